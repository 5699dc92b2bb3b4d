import Foundation
import NewsExtract
import Testing

/// Sports results: race times read whole (13秒72), shooting scores (684.7环); match
/// scores (2比1, 3:2) and the seconds of a clock or race time with minutes are no facts.
@Suite struct SportsResultTests {
  @Test(arguments: [
    ("以13秒72夺冠", "13秒72", "13.72", "秒"), ("9秒58的成绩", "9秒58", "9.58", "秒"),
    ("成绩为45秒3", "45秒3", "45.3", "秒"), ("用时13秒", "13秒", "13", "秒"),
    ("13.72秒", "13.72秒", "13.72", "秒"), ("以684.7环获得冠军", "684.7环", "684.7", "环"),
    ("打出10环", "10环", "10", "环"),
    ("9秒589", "9秒589", "9.589", "秒"), ("跳出8米15的成绩", "8米15", "8.15", "米"),
    ("身高1米85", "1米85", "1.85", "米"), ("2米5", "2米5", "2.5", "米"),
    ("全长1200米2022年建成", "1200米", "1200", "米"), ("以249.6環奪冠", "249.6環", "249.6", "環"),
  ])
  func result(text: String, span: String, value: String, unit: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.text == span)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
  }

  @Test(arguments: [
    "2比1", "3:2", "3∶2", "以3比2获胜", "比分为95比87", "18时30分20秒", "1分23秒45", "用时2小时08分15秒",
    "环境保护", "三环路", "五环", "9秒5890",
  ])
  func isNotAFact(text: String) {
    #expect(facts(text).isEmpty, "\(text) gave \(facts(text).map(\.text))")
  }

  @Test func raceTimeIsNeverCutBeforeItsFraction() {
    #expect(facts("跑出13秒72").map(\.value) == [dec("13.72")])
    #expect(facts("13秒72个").allSatisfy { $0.unit != "秒" })
    #expect(facts("2小时30分钟").map(\.unit) == ["小时", "分钟"])
  }
}
