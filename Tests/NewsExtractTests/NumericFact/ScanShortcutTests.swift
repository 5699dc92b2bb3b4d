import Foundation
import Testing

@testable import NewsExtract

/// The shortcuts of the fact scan: lone Chinese digits read without the numeral state
/// machine, unit traits read once per lexicon entry, sentences bounded by bitmap search.
@Suite struct ScanShortcutTests {
  /// A digit and what follows it: (text, value, end), or nil value when no number is read.
  static let loneDigits: [(String, Decimal, Int)] = [
    ("一些", 1, 1), ("三农", 3, 1), ("两", 2, 1), ("零", 0, 1), ("九。", 9, 1), ("五a", 5, 1),
    ("三十", 30, 2), ("三四", 3, 2), ("一万", 10_000, 2), ("三点五", 3.5, 3), ("两个亿", 200_000_000, 3),
    ("三 千", 3000, 3), ("三\u{3000}百", 300, 3), ("七七", 77, 2),
  ]

  @Test(arguments: loneDigits)
  func loneDigitReadsLikeTheNumeralReader(_ row: (String, Decimal, Int)) throws {
    let text = SourceText(row.0)
    let reading = try #require(NumberReader().read(text, at: 0, limit: text.count))
    #expect(reading.value == row.1)
    #expect(reading.end == row.2)
    #expect(!reading.isArabic && !reading.overflow && reading.qualifier == nil)
  }

  @Test func everySpaceTheNumeralReaderSkipsEndsTheLoneDigitShortcut() {
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value), ScalarFolding.isSpace(scalar) else { continue }
      #expect(NumberReader.chineseContinuers.contains(scalar), "U+\(String(value, radix: 16))")
    }
  }

  @Test func loneDigitReadingIsTheFullReading() throws {
    // 一 before a space goes through the numeral state machine (a space may lead on to more
    // numerals), 一 before 些 through the shortcut: the readings are equal, field by field.
    let spaced = SourceText("一 些")
    let followed = SourceText("一些")
    let first = try #require(NumberReader().read(spaced, at: 0, limit: 3))
    let second = try #require(NumberReader().read(followed, at: 0, limit: 2))
    #expect(first == second)
    #expect(!second.hasMultiplier && !second.isDigitSequence && !second.isBareMultiplier)
    #expect(second.trailingMultiplier == nil && second.upper == nil && second.isSmallChinese)
  }

  static let traits: [(String, Bool, Bool, Bool, Bool)] = [
    // word, subunit host, rank unit, calendar year, continued by 代
    ("元", true, false, false, false), ("名", false, true, false, false),
    ("年", false, false, true, true), ("平方米", false, false, false, false),
  ]

  @Test(arguments: traits)
  func unitTraitsAreTheLexiconsAnswers(_ row: (String, Bool, Bool, Bool, Bool)) throws {
    let entry = try #require(UnitLexicon.entries.first { $0.word == row.0 })
    let traits = UnitTraits(entry)
    #expect(traits.isSubunitHost == row.1)
    #expect(traits.isRankUnit == row.2)
    #expect(traits.isCalendarYear == row.3)
    #expect(traits.isContinued(by: "代") == row.4)
    #expect(traits.multiplierIsOne)
  }

  @Test func unitMatcherReturnsEachEntrysOwnTraits() {
    for entry in UnitLexicon.entries {
      let text = SourceText(entry.word)
      guard let match = UnitMatcher.shared.match(in: text, at: 0, limit: text.count),
        match.entry.word == entry.word
      else { continue }
      let expected = UnitTraits(entry)
      #expect(match.traits.isSubunitHost == expected.isSubunitHost)
      #expect(match.traits.fractionalTailDigits == expected.fractionalTailDigits)
      #expect(match.traits.multiplierIsOne == expected.multiplierIsOne)
      #expect(match.traits.multiplierIsTen == expected.multiplierIsTen)
    }
  }

  /// Arabic numbers without a multiplier skip the overflow test up to 30 digits.
  static let longNumbers: [(String, Bool)] = [
    (String(repeating: "9", count: 30), false), ("1" + String(repeating: "0", count: 30), false),
    (String(repeating: "9", count: 31), true),
    ("1" + String(repeating: "0", count: 29) + "1", true),
    ("1" + String(repeating: "0", count: 27) + "万", true),
    (String(repeating: "9", count: 26) + "万", false),
  ]

  @Test(arguments: longNumbers)
  func numbersAbove10To30Overflow(_ row: (String, Bool)) throws {
    let text = SourceText(row.0)
    let reading = try #require(NumberReader().read(text, at: 0, limit: text.count))
    #expect(reading.overflow == row.1)
  }

  static let sentences: [(String, String)] = [
    ("甲。共3\n\n个。乙", "共3个。"), ("■全区共有7141名", "全区共有7141名"),
    ("前文！今年增长5%；后文", "今年增长5%；"), ("本报讯 记者 全年4万户。", "记者 全年4万户。"),
    ("无终止符的3公里", "无终止符的3公里"), ("问？答５０万元", "答５０万元"),
  ]

  @Test(arguments: sentences)
  func sentenceIsBoundedByTerminatorsAndOpeners(_ row: (String, String)) throws {
    let fact = try #require(NumericFactExtractor().facts(in: row.0).first)
    #expect(fact.sentence == row.1)
  }
}
