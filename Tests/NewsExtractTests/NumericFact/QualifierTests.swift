import Foundation
import NewsExtract
import Testing

/// Approximation words before, inside and after the number; ranges; change directions.
@Suite struct QualifierTests {
  @Test(arguments: [
    ("8800余户", Qualifier.over), ("4万余户", .over), ("30余万名", .over), ("2000多万条", .over),
    ("超过5000万元", .over), ("超8万间", .over), ("逾千人", .over), ("20%以上", .over),
    ("近9000户", .under), ("不足100人", .under), ("不到3成", .under), ("5公里以下", .under),
    ("约10.9万人", .about), ("约合120亩", .about), ("60%左右", .about), ("500元上下", .about),
    ("大约3公里", .about), ("不少于800个", .atLeast), ("不低于8%", .atLeast),
    ("至少3家", .atLeast), ("60岁及以上", .atLeast), ("不超过50万元", .atMost),
    ("最多5人", .atMost), ("3%以内", .atMost), ("3年多", .over), ("3个多月", .over),
    ("超过\n\n5000万元", .over), ("约\n\n5公里", .about),
  ])
  func qualifier(text: String, qualifier: Qualifier) throws {
    #expect(try onlyFact(text).qualifier == qualifier)
  }

  @Test(arguments: ["6个", "99%", "2017人", "近3年来", "最近5个月", "3个多元化平台"])
  func noQualifier(text: String) {
    #expect(facts(text).allSatisfy { $0.qualifier == nil })
  }

  @Test(arguments: [
    ("200元至400元", "200", "400", "元"), ("3-4个", "3", "4", "个"), ("200~400元", "200", "400", "元"),
    ("6到8个", "6", "8", "个"), ("1.6~3.9米", "1.6", "3.9", "米"), ("两到三万港元", "20000", "30000", "港元"),
    ("1万-5万元", "10000", "50000", "元"), ("三五百元", "300", "500", "元"),
    ("十八至三十万日元", "180000", "300000", "日元"), ("5%至8%", "5", "8", "%"),
    ("1万元（含）至5万元", "10000", "50000", "元"), ("20-30万元", "200000", "300000", "元"),
    ("3-5年", "3", "5", "年"), ("三四十人", "30", "40", "人"), ("二三十个", "20", "30", "个"),
    ("1 万(含)-5 万元", "10000", "50000", "元"),
  ])
  func ranges(text: String, low: String, high: String, unit: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(low))
    #expect(fact.upper == dec(high))
    #expect(fact.unit == unit)
  }

  @Test(arguments: [
    ("同比下降26.06%", Direction.decrease), ("同比增加288%", .increase),
    ("增长不低于8%", .increase), ("提高3个百分点", .increase), ("下降了1.2个百分点", .decrease),
    ("同比增长6.5%", .increase), ("降低15%", .decrease), ("增幅为12%", .increase),
    ("同比下\n\n降3%", .decrease), ("同比下降\n\n3%", .decrease),
  ])
  func direction(text: String, direction: Direction) throws {
    #expect(try onlyFact(text).direction == direction)
  }

  @Test(arguments: ["占比60%", "28.7%", "覆盖率达99%", "增加3个", "下降至3%"])
  func noDirection(text: String) throws {
    #expect(try onlyFact(text).direction == nil)
  }

  @Test func sharedChangeWordGivesBothDirections() {
    let found = facts("分别增长5.1%和6.8%")
    #expect(found.map(\.direction) == [.increase, .increase])
  }
}
