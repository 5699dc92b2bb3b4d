import Foundation
import NewsExtract
import Testing

/// Total, linear-time extraction on hostile input.
@Suite struct RobustnessTests {
  @Test(arguments: [
    String(repeating: "9", count: 40) + "元", String(repeating: "9", count: 39) + ".5万元",
    "万万亿亿亿亿亿亿亿亿亿亿亿亿元", String(repeating: "亿", count: 500) + "元",
    String(repeating: "一", count: 300) + "个", "1,,,,,2元", "1..2元", "-", "%", "第", "约",
    "3-", "至400元", "分之一", "三分之", "百分之", "零分之一", "0分之1", "\u{0}\u{FFFF}12个",
  ])
  func hostileInputNeverCrashesOrOverflows(text: String) {
    for fact in facts(text) {
      #expect(fact.value.isFinite)
      #expect(fact.start >= 0 && fact.start < fact.end)
      #expect(fact.end <= text.unicodeScalars.count)
    }
  }

  @Test func tooLongNumbersAreRejectedNotRounded() {
    #expect(facts(String(repeating: "1", count: 40) + "个").isEmpty)
    #expect(facts(String(repeating: "1", count: 30) + "个").count == 1)
  }

  @Test func longRunsOfDigitsAreScannedInLinearTime() {
    let text = String(repeating: "1234567890", count: 200_000) + "个 共3个"
    let clock = ContinuousClock()
    let elapsed = clock.measure { #expect(facts(text).map(\.text) == ["3个"]) }
    #expect(elapsed < .seconds(20))
  }

  @Test func manyShortFactsScaleLinearly() {
    let text = String(repeating: "约3.5万元，", count: 20_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure { #expect(facts(text).count == 20_000) }
    #expect(elapsed < .seconds(20))
  }
}
