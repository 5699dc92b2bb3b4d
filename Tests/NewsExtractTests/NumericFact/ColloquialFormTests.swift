import Foundation
import NewsExtract
import Testing

/// Colloquial and regional forms (``ColloquialLexicon``): each positive table gives the
/// text, value, unit and upper end; each negative table look-alikes that must not be read.
@Suite struct ColloquialFormTests {
  /// Checks the one fact of `text`.
  private func check(
    _ text: String, _ value: String, _ unit: String, _ upper: String?,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let fact = try onlyFact(text, sourceLocation: sourceLocation)
    #expect(fact.value == dec(value), "\(text)", sourceLocation: sourceLocation)
    #expect(fact.unit == unit, "\(text)", sourceLocation: sourceLocation)
    #expect(fact.upper == upper.map(dec), "\(text)", sourceLocation: sourceLocation)
  }

  // MARK: Fractions without 之

  @Test(arguments: [
    ("四分一升", "0.25", "升"), ("二分一加侖", "0.5", "加侖"), ("二分一加仑", "0.5", "加仑"),
    ("三分一斤", "0.333333", "斤"), ("三分之一升", "0.333333", "升"), ("四分三公里", "0.75", "公里"),
  ])
  func shortFraction(text: String, value: String, unit: String) throws {
    try check(text, value, unit, nil)
  }

  @Test(arguments: [
    ("十分一致", [String]()), ("跑了三分一秒", []), ("得了三分一个", []), ("四分一", []),
    ("四分一元", ["一元"]), ("三分一人", []), ("5分1秒", []),
  ])
  func notShortFraction(text: String, spans: [String]) {
    #expect(facts(text).map(\.text) == spans, "\(text) gave \(facts(text).map(\.text))")
  }

  // MARK: Sums below one yuan

  @Test(arguments: [
    ("九角九分", "0.99"), ("九毛九", "0.99"), ("两毛五", "0.25"), ("两角五分", "0.25"),
    ("五毛八分", "0.58"), ("九角九分钱", "0.99"), ("两毫五", "0.25"), ("3元5角", "3.5"),
    ("三块五", "3.5"), ("五块五毛", "5.5"), ("一毛钱", "0.1"),
  ])
  func subYuan(text: String, value: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == "元")
    #expect(fact.kind == .money)
  }

  @Test(arguments: [
    "2角", "两毛", "九角", "五角星", "一毛不拔", "九牛一毛", "三角一号", "三毛一族", "五角五分钟",
    "五分", "20分", "二十五分",
  ])
  func notSubYuan(text: String) {
    #expect(facts(text).isEmpty, "\(text) gave \(facts(text).map(\.text))")
  }

  // MARK: Cantonese money

  @Test(arguments: [
    ("七蚊", "7", "蚊", String?.none), ("三蚊零四", "3.04", "蚊", nil),
    ("起碼三蚊零四", "3.04", "蚊", nil), ("五蚊六毫至五蚊七毫八", "5.6", "蚊", "5.78"),
    ("港幣三個一毫四", "3.14", "港元", nil), ("港币五个半", "5.5", "港元", nil),
    ("五块六到五块七毛八", "5.6", "元", "5.78"),
  ])
  func cantonese(text: String, value: String, unit: String, upper: String?) throws {
    try check(text, value, unit, upper)
  }

  @Test func atLeastWord() throws {
    #expect(try onlyFact("起碼三蚊零四").qualifier == .atLeast)
  }

  @Test func subunitBeforeUnit() {
    #expect(facts("3元5毫米").map(\.text) == ["3元", "5毫米"])
  }

  @Test(arguments: ["五個半", "個半", "一個半", "個九", "三蚊子", "两毫"])
  func notCantonese(text: String) {
    #expect(
      facts(text).allSatisfy { $0.kind != .money }, "\(text) gave \(facts(text).map(\.text))")
  }

  // MARK: Temperatures with the scale first, mixed numerals

  @Test(arguments: [
    ("华氏51度", "51", "华氏度"), ("摄氏20度", "20", "摄氏度"), ("零下华氏13度", "-13", "华氏度"),
    ("华氏零下13度", "-13", "华氏度"), ("零下华氏十3度", "-13", "华氏度"),
    ("2十一华氏度", "21", "华氏度"), ("攝氏37度", "37", "攝氏度"), ("30度", "30", "度"),
    ("十3个", "13", "个"),
  ])
  func temperature(text: String, value: String, unit: String) throws {
    try check(text, value, unit, nil)
  }

  @Test(arguments: [("十32度", "32度"), ("2十一", ""), ("第十3个", "")])
  func mixedNumeralLimits(text: String, span: String) {
    #expect(facts(text).map(\.text) == (span.isEmpty ? [] : [span]), "\(text)")
  }

  // MARK: 兆 as a numeral

  @Test(arguments: [
    ("四十九兆九千五百九十二億元", "49959200000000", "元"), ("49兆9592億元", "49959200000000", "元"),
    ("三兆五千亿元", "3500000000000", "元"), ("1.5兆元", "1500000000000", "元"),
    ("3兆瓦", "3", "兆瓦"), ("3.5兆瓦", "3.5", "兆瓦"), ("100兆字节", "100", "兆字节"),
  ])
  func trillion(text: String, value: String, unit: String) throws {
    try check(text, value, unit, nil)
  }

  @Test(arguments: ["兆瓦", "五十兆赫", "2.5亿兆", "三兆帕"])
  func notTrillion(text: String) {
    #expect(facts(text).allSatisfy { $0.kind != .money }, "\(text) gave \(facts(text).map(\.text))")
  }

  // MARK: OCR spacing in shares and discounts

  @Test(arguments: [
    ("七成 六", "76", "七成 六"), ("七成六", "76", "七成六"), ("7 2 折", "72", "7 2 折"),
    ("7折", "70", "7折"), ("75折", "75", "75折"), ("八五折", "85", "八五折"),
  ])
  func spacedShare(text: String, value: String, span: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == "%")
    #expect(fact.text == span)
  }

  @Test(arguments: [("七成 六成", ["七成", "六成"]), ("七成 六个", ["七成"]), ("7 2", [])])
  func notSpacedShare(text: String, spans: [String]) {
    #expect(facts(text).map(\.text) == spans, "\(text) gave \(facts(text).map(\.text))")
  }

  // MARK: Heights and lengths

  @Test(arguments: [
    ("一米八", "1.8", String?.none), ("一米七五", "1.75", nil), ("身高一米八五", "1.85", nil),
    ("一米七五的个子", "1.75", nil), ("一米八的个子", "1.8", nil), ("米九", "1.9", nil),
    ("米九左右", "1.9", nil), ("。米六", "1.6", nil), ("米六到三米九", "1.6", "3.9"),
    ("三米九的高度", "3.9", nil),
  ])
  func height(text: String, value: String, upper: String?) throws {
    try check(text, value, "米", upper)
  }

  @Test(arguments: ["玉米九月", "小米九台", "大米九元", "米", "米饭"])
  func notImpliedOne(text: String) {
    #expect(facts(text).allSatisfy { $0.unit != "米" }, "\(text) gave \(facts(text).map(\.text))")
  }

  @Test(arguments: [
    ("十二月初出生的话已经三周大了", "3", "周"), ("三个月大的宝宝", "3", "个月"), ("3周大涨", "3", "周"),
  ])
  func age(text: String, value: String, unit: String) throws {
    try check(text, value, unit, nil)
  }

  @Test(arguments: ["连续三周大涨", "一周大事", "一年大变样", "两天大雨"])
  func notAge(text: String) {
    #expect(facts(text).isEmpty, "\(text) gave \(facts(text).map(\.text))")
  }

  /// A long chain of compound ranges is read in one pass, without recursion.
  @Test func longRangeChain() {
    let chain = String(repeating: "五蚊六毫至", count: 20_000)
    #expect(facts(chain).count == 20_000)
  }

  // MARK: Foot and inch marks, colloquial speed

  @Test(arguments: [
    ("8'", "8", "'"), ("至少5\"", "5", "\""), ("高8'，", "8", "'"), ("1.8迈", "1.8", "迈"),
    ("时速120迈", "120", "迈"), ("1.8码", "1.8", "码"), ("车速120码", "120", "码"),
  ])
  func marks(text: String, value: String, unit: String) throws {
    try check(text, value, unit, nil)
  }

  @Test(arguments: [
    "5'-UTR", "'5'", "\"5\"", "1'23\"45", "他说\"今年5\"", "迈进", "三迈", "两码事", "3码头", "东经120°12'",
    "北纬30度15'",
  ])
  func notMarks(text: String) {
    #expect(
      facts(text).allSatisfy { $0.kind != .length && $0.kind != .speed && $0.kind != .other },
      "\(text) gave \(facts(text).map(\.text))")
  }
}
