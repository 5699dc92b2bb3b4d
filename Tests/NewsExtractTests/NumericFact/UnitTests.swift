import Foundation
import NewsExtract
import Testing

/// Units and measure words: value with 万/亿 applied, printed unit, kind.
@Suite struct UnitTests {
  @Test(arguments: [
    ("38.24万平方米", "382400", "平方米", QuantityKind.area),
    ("5000万元", "50000000", "元", .money), ("36.57亿元", "3657000000", "元", .money),
    ("1.66万套", "16600", "套", .count), ("4万余户", "40000", "户", .households),
    ("6.28平方公里", "6.28", "平方公里", .area), ("3平方千米", "3", "平方千米", .area),
    ("12公顷", "12", "公顷", .area), ("860亩", "860", "亩", .area), ("5km²", "5", "km²", .area),
    ("120㎡", "120", "㎡", .area), ("3千米", "3", "千米", .length), ("5公里", "5", "公里", .length),
    ("10厘米", "10", "厘米", .length), ("3mm", "3", "mm", .length), ("168cm", "168", "cm", .length),
    ("150万立方米", "1500000", "立方米", .volume), ("2升", "2", "升", .volume),
    ("36.5万吨", "365000", "吨", .weight), ("20万公斤", "200000", "公斤", .weight),
    ("2.3千克", "2.3", "千克", .weight), ("1200亿美元", "120000000000", "美元", .money),
    ("1.95港元", "1.95", "港元", .money), ("8亿元人民币", "800000000", "元", .money),
    ("7141名", "7141", "名", .people), ("50万人次", "500000", "人次", .people),
    ("7141位", "7141", "位", .people), ("3年", "3", "年", .duration),
    ("3个月", "3", "个月", .duration), ("72小时", "72", "小时", .duration),
    ("15分钟", "15", "分钟", .duration), ("30天", "30", "天", .duration),
    ("3个百分点", "3", "个百分点", .percentagePoint), ("60岁", "60", "岁", .duration),
    ("48类", "48", "类", .count), ("7大类", "7", "大类", .count), ("46台", "46", "台", .count),
    ("120辆", "120", "辆", .count), ("29幢", "29", "幢", .count), ("12栋", "12", "栋", .count),
    ("6层", "6", "层", .count), ("3处", "3", "处", .count), ("126起", "126", "起", .count),
    ("120万剂次", "1200000", "剂次", .count), ("37℃", "37", "℃", .temperature),
    ("1.2亿千瓦时", "120000000", "千瓦时", .other), ("增长3倍", "3", "倍", .other),
  ])
  func unit(text: String, value: String, unit: String, kind: QuantityKind) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
    #expect(fact.kind == kind)
  }

  @Test(arguments: [
    ("200万元/亩", "2000000", "元/亩"), ("1.8万元/平方米", "18000", "元/平方米"),
    ("2000元/月", "2000", "元/月"), ("60公里/小时", "60", "公里/小时"), ("80km/h", "80", "km/h"),
  ])
  func compoundUnits(text: String, value: String, unit: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
  }

  @Test(arguments: [
    ("123元1角1分", "123.11"), ("九十九块九毛九", "99.99"), ("两块九毛九", "2.99"),
    ("三米九", "3.9"), ("两米半", "2.5"), ("一吨半", "1.5"), ("3年半", "3.5"),
  ])
  func partsAfterTheUnit(text: String, value: String) throws {
    #expect(try onlyFact(text).value == dec(value))
  }

  @Test(arguments: [
    ("860亩", "573333.333333", "m²"), ("6.28平方公里", "6280000", "m²"), ("12公顷", "120000", "m²"),
    ("3千米", "3000", "m"), ("10厘米", "0.1", "m"), ("150万立方米", "1500000", "m³"),
    ("2升", "0.002", "m³"), ("36.5万吨", "365000000", "kg"), ("2小时", "7200", "s"),
    ("3斤", "1.5", "kg"),
  ])
  func siValues(text: String, si: String, siUnit: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.siValue == dec(si))
    #expect(fact.siUnit == siUnit)
  }

  @Test(arguments: ["3000万元", "60%", "7141名", "26个"])
  func nonPhysicalQuantitiesHaveNoSIValue(text: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.siValue == nil)
    #expect(fact.siUnit == nil)
  }
}
