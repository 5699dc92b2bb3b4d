import Foundation
import NewsExtract
import Testing

/// Shares and discounts, all reported in %: 1/3 and 三分之一 (33.333333), 三成 (30),
/// 七成六 (76); a discount is the share of the price paid (打八折 → 80).
@Suite struct ShareTests {
  @Test(arguments: [
    ("三分之一", "33.333333", "三分之一"), ("1/3", "33.333333", "1/3"), ("三成", "30", "三成"),
    ("七成六", "76", "七成六"), ("打八折", "80", "八折"), ("8折", "80", "8折"),
    ("七五折", "75", "七五折"), ("7.5折", "75", "7.5折"), ("打对折", "50", "对折"),
    ("兩成", "20", "兩成"),
  ])
  func share(text: String, value: String, span: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == "%")
    #expect(fact.kind == .percentage)
    #expect(fact.text == span)
  }

  @Test(arguments: ["成为", "一成不变", "折合人民币", "折旧", "八成员"])
  func isNotAShare(text: String) {
    #expect(facts(text).allSatisfy { $0.unit != "%" }, "\(text) gave \(facts(text).map(\.text))")
  }
}
