import Foundation
import NewsExtract
import Testing

/// White space left by OCR and web copies inside a fact, anniversaries and reign years
/// (no facts), and colloquial areas (平方余米, 平方米余, 平方).
@Suite struct SpacingAndEraTests {
  /// ASCII or full-width spaces between the qualifier or change word and the number, and
  /// between the number and its unit: the span starts at the qualifier word and keeps
  /// the spaces.
  @Test(arguments: [
    ("同比增长约 40%", "约 40%", "40", "%", Qualifier?.some(.about), Direction?.some(.increase)),
    ("游客超 18亿人次", "超 18亿人次", "1800000000", "人次", .over, nil),
    ("增长 5.2%", "5.2%", "5.2", "%", nil, .increase),
    ("增长　5.2%", "5.2%", "5.2", "%", nil, .increase),
    ("约 3000 平方米", "约 3000 平方米", "3000", "平方米", .about, nil),
    ("约　3000　平方米", "约　3000　平方米", "3000", "平方米", .about, nil),
    ("增长 约40%", "约40%", "40", "%", .about, .increase),
    ("同比下降  3.1 %", "3.1 %", "3.1", "%", nil, .decrease),
    ("超过 5000 元", "超过 5000 元", "5000", "元", .over, nil),
    ("约3000平方米", "约3000平方米", "3000", "平方米", .about, nil),
  ])
  func spaced(
    text: String, span: String, value: String, unit: String, qualifier: Qualifier?,
    direction: Direction?
  ) throws {
    let fact = try onlyFact(text)
    #expect(fact.text == span)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
    #expect(fact.qualifier == qualifier)
    #expect(fact.direction == direction)
    let scalars = Array(text.unicodeScalars)
    let printed = String(String.UnicodeScalarView(scalars[fact.start..<fact.end]))
    #expect(printed == span)
  }

  /// Spaces too wide to bridge (three or more) or a word that is no measure word: the
  /// number stays bare, or the word before it is no qualifier.
  @Test(arguments: [
    ("覆盖10 省份", 0), ("覆盖10　省份", 0), ("约   3000平方米", 1), ("再过 3年", 1),
    ("经过 5天", 1),
  ])
  func spacedNegatives(text: String, count: Int) {
    let found = facts(text)
    #expect(found.count == count, "\(text) gave \(found.map(\.text))")
    #expect(found.allSatisfy { $0.qualifier == nil }, "\(text) gave \(found.map(\.text))")
  }

  /// Anniversaries (周年) and years of a reign or of 民国 are dates, not amounts of time.
  @Test(arguments: [
    "10周年", "建党100周年", "三十周年", "成立一周年", "建校60週年", "明洪武27年", "光绪三十年",
    "民国二十年", "康熙年间", "乾隆 五十年", "万历十五年", "清宣统3年",
  ])
  func noDuration(text: String) {
    #expect(facts(text).isEmpty, "\(text) gave \(facts(text).map(\.text))")
  }

  /// Durations next to those words are still facts.
  @Test(arguments: [
    ("工作了三十年", "三十年", "30", "年"), ("建成3年", "3年", "3", "年"),
    ("历时10周", "10周", "10", "周"), ("民国时期的20年", "20年", "20", "年"),
  ])
  func stillDuration(text: String, span: String, value: String, unit: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.text == span)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
  }

  /// 余/多 inside 平方米 or after it; 平方 alone is an area printed as 平方 (SI m²).
  @Test(arguments: [
    ("面积800平方余米", "800平方余米", "800", "平方米", Qualifier?.some(.over)),
    ("面积800平方多米", "800平方多米", "800", "平方米", .over),
    ("面积800平方米余", "800平方米余", "800", "平方米", .over),
    ("面积3000平方", "3000平方", "3000", "平方", nil),
    ("面积3000平方米", "3000平方米", "3000", "平方米", nil),
  ])
  func colloquialArea(
    text: String, span: String, value: String, unit: String, qualifier: Qualifier?
  ) throws {
    let fact = try onlyFact(text)
    #expect(fact.text == span)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
    #expect(fact.qualifier == qualifier)
    #expect(fact.kind == .area)
    #expect(fact.siUnit == "m²")
    #expect(fact.siValue == dec(value))
  }
}
