import Foundation
import NewsExtract
import Testing

/// Colloquial 两个亿 and amounts with 万/亿 but no unit: money in 元 only next to a money
/// noun (总投资4.5亿, 营收破千亿, 两个亿的投资); otherwise not reported.
@Suite struct UnprintedMoneyTests {
  @Test(arguments: [
    ("三个多亿元", "300000000", "元", Qualifier?.some(.over)), ("3个亿元", "300000000", "元", nil),
    ("几个亿元", "100000000", "元", .over), ("十几个亿元", "1000000000", "元", .over),
    ("两个亿美元", "200000000", "美元", nil), ("兩個億元", "200000000", "元", nil),
    ("两个亿的投资", "200000000", "元", nil), ("投资两个亿", "200000000", "元", nil),
    ("总投资4.5亿", "450000000", "元", nil), ("营收破千亿", "100000000000", "元", .over),
    ("融资3000万", "30000000", "元", nil), ("总投资达4.5亿，", "450000000", "元", nil),
    ("年产值超过10亿", "1000000000", "元", .over), ("票房破10亿", "1000000000", "元", .over),
    ("總投資約4.5億", "450000000", "元", .about), ("财政收入3.2亿", "320000000", "元", nil),
  ])
  func money(text: String, value: String, unit: String, qualifier: Qualifier?) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
    #expect(fact.kind == .money)
    #expect(fact.qualifier == qualifier)
  }

  @Test(arguments: [
    "两个亿", "人口1.4亿", "粉丝3000万", "投资者3000万", "销量超3000万", "4.5亿", "两个人",
    "投资3年", "3000万的人口",
  ])
  func notMoney(text: String) {
    #expect(facts(text).allSatisfy { $0.kind != .money }, "\(text) gave \(facts(text).map(\.text))")
  }
}
