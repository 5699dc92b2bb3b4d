import Foundation
import Testing

@testable import NewsExtract

/// The bitmap gates of the fact scan (session 3): each must answer exactly what the longer
/// path it skips would answer.
@Suite struct ScanGateTests {
  static let samples = [
    "一些人统一规划", "一米九的个子", "三农", "一兆元", "一万人", "一 个", "十一个", "一半", "一成",
    "三分之一", "一\n5个", "一。", "两个亿", "一折", "一到三个", "一余", "一年级", "一", "五十一", "上午数字几个", "上百人", "数十万",
    "几个亿元", "上", "数",
  ]

  @Test(arguments: samples)
  func aDeadStartIsWhatTheScanDrops(_ sample: String) {
    let text = SourceText(sample)
    let scanner = FactScanner(text: text, lower: 0, upper: text.count)
    for index in 0..<text.count
    where scanner.isDeadStart(
      at: index, starts: FactScanner.deadStarts, blockers: FactScanner.deadStartBlockers)
    {
      let (fact, next) = scanner.scan(at: index)
      #expect(fact == nil, "\(sample) at \(index)")
      #expect(next == index + 1, "\(sample) at \(index)")
    }
  }

  static let loneOrNot: [(String, Bool)] = [
    ("一些", true), ("一", true), ("三农", true), ("一万", false), ("一个", false), ("一米", false),
    ("一 ", false), ("一\n", false), ("一兆", false), ("十", false), ("半", false), ("米九", false),
    ("一十", false), ("一点", false), ("一折", false), ("3", false), ("上午", true), ("数字", true),
    ("上百", false),
    ("几个亿", false), ("数", true),
  ]

  @Test(arguments: loneOrNot)
  func deadStartGate(_ row: (String, Bool)) {
    let text = SourceText(row.0)
    let scanner = FactScanner(text: text, lower: 0, upper: text.count)
    let lone = scanner.isDeadStart(
      at: 0, starts: FactScanner.deadStarts, blockers: FactScanner.deadStartBlockers)
    #expect(lone == row.1, "\(row.0)")
  }

  static let multipliers: [(String, Decimal, Int)] = [
    ("5000万", 50_000_000, 5), ("3个亿", 300_000_000, 3), ("15k元", 15_000, 3),
    ("30余万", 300_000, 4), ("2 万", 20_000, 3), ("3千米", 3, 1), ("12个", 12, 2), ("7", 7, 1),
    ("8人", 8, 1),
  ]

  @Test(arguments: multipliers)
  func arabicMultipliersBehindTheGate(_ row: (String, Decimal, Int)) throws {
    let text = SourceText(row.0)
    let reading = try #require(NumberReader().read(text, at: 0, limit: text.count))
    #expect(reading.value == row.1)
    #expect(reading.end == row.2)
  }

  @Test func everyMultiplierStartIsInTheGate() {
    let keys =
      NumberLexicon.smallMultipliers.pairs.map(\.key)
      + NumberLexicon.largeMultipliers.pairs.map(\.key)
      + NumberLexicon.letterMultipliers.pairs.map(\.key)
    for key in keys { #expect(NumberReader.multiplierStarts.contains(key)) }
    #expect(!NumberReader.multiplierStarts.contains("元"))
  }

  static let starts: [(String, Bool)] = [
    ("5", true), ("５", true), ("半", true), ("两", true), ("百", true), ("亿", true),
    ("数十", true), ("数据", false), ("上百", true), ("上午", false), ("元", false), ("a", false),
  ]

  @Test(arguments: starts)
  func startsNumber(_ row: (String, Bool)) {
    let text = SourceText(row.0)
    #expect(NumberReader().startsNumber(text, at: 0, limit: text.count) == row.1, "\(row.0)")
  }

  static let bounds: [(String, UInt64, UInt64, Bool)] = [
    ("5", 0, 10, true), ("0", 0, 10, false), ("10", 0, 10, false), ("9.99", 0, 10, true),
    ("0.001", 0, 10, true), ("1800", 1799, 2200, true), ("2200", 1799, 2200, false),
  ]

  @Test(arguments: bounds)
  func decimalBounds(_ row: (String, UInt64, UInt64, Bool)) {
    let value = Decimal(string: row.0) ?? .nan
    #expect(DecimalOrdering.isBetween(value, above: row.1, below: row.2) == row.3)
    #expect(DecimalOrdering.isAbove(value, row.1) == (value > Decimal(row.1)))
  }

  static let runOns: [(String, Decimal)] = [
    ("十3个", 13), ("2十一个", 21), ("四十九兆九千五百九十二億元", 49_959_200_000_000), ("3个", 3),
  ]

  @Test(arguments: runOns)
  func numeralsRunOnBehindTheGate(_ row: (String, Decimal)) throws {
    let fact = try #require(NumericFactExtractor().facts(in: row.0).first)
    #expect(fact.value == row.1, "\(row.0)")
  }

  static let digitRuns: [([Int], [Int], Bool)] = [
    ([], [], false), ([3], [3], false), ([3, 4], [3, 4], true),
    ([2, 0, 2, 2], [2, 0, 2, 2], false),
  ]

  @Test(arguments: digitRuns)
  func digitRunKeepsItsDigits(_ row: ([Int], [Int], Bool)) {
    var run = DigitRun()
    for digit in row.0 { run.append(digit) }
    #expect(run.count == row.0.count)
    #expect(run.digits(prefix: 38) == row.1)
    #expect((run.pair != nil) == row.2)
    run.start(7)
    #expect(run.digits(prefix: 38) == [7])
  }

  static let chineseRuns: [(String, Decimal, Decimal?)] = [
    ("三四个", 3, 4), ("二〇二二年", 2022, nil), ("三五百人", 300, 500), ("七七", 77, nil),
  ]

  @Test(arguments: chineseRuns)
  func chineseDigitRuns(_ row: (String, Decimal, Decimal?)) throws {
    let text = SourceText(row.0)
    let reading = try #require(NumberReader().read(text, at: 0, limit: text.count))
    #expect(reading.value == row.1, "\(row.0)")
    #expect(reading.upper == row.2, "\(row.0)")
  }

  static let shortTexts = [
    "五千万元", "约10.9万人", "3", "共3\n个", "ａｂｃ", "😀元", "一二三四五六七八九十", "全区共有持证残障人士7141名，比去年增长5.2%。",
  ]

  @Test(arguments: shortTexts)
  func shortStringsAreBuiltExactly(_ sample: String) {
    let scalars = CompactScalars(sample)
    #expect(scalars.string(0..<scalars.count) == sample)
    #expect(
      scalars.string(0..<scalars.count, omitting: "\n")
        == sample.replacingOccurrences(of: "\n", with: ""))
  }

  static let qualifiers: [(String, Qualifier?)] = [
    ("约5000万元", .about), ("突破1000万元", .over), ("破3个", nil), ("近3000人", .under), ("近3年", nil),
  ]

  @Test(arguments: qualifiers)
  func qualifierWordsKeepTheirGuards(_ row: (String, Qualifier?)) throws {
    let fact = try #require(NumericFactExtractor().facts(in: row.0).first)
    #expect(fact.qualifier == row.1, "\(row.0)")
  }
}
