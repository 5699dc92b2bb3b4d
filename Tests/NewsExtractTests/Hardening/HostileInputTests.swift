import Foundation
import NewsExtract
import Testing

/// Hostile and odd inputs: each gives a sound page (every invariant of `PageInvariants`)
/// or a clear decoding error, never a crash. The sizes here are small enough for a debug
/// `swift test`; `newsextract-bench --hostile` runs the full sizes (10 MB line, 100 MB of
/// digits, 100k byline openings) in release.
@Suite struct HostileInputTests {
  static let sentence = "本报讯（记者 王伟）全区约5000万元，同比增长12.5%，惠及8800余户居民。"

  static let survivable: [HostileInput] = [
    HostileInput("empty", Data()),
    HostileInput("whitespace only", text: " \t\n　\n\u{00A0}\r\n  \n"),
    HostileInput(
      "one long line without a newline", Data(String(repeating: sentence, count: 2_000).utf8)),
    .repeated("digits without end", "0123456789", count: 100_000),
    .repeated("byline openings without a close", "本报讯(", count: 20_000),
    .repeated("open brackets", "(（[【《", count: 20_000),
    .repeated("close brackets", ")）]】》", count: 20_000),
    HostileInput("unbalanced byline", text: "本报讯（记者 王伟 通讯员（李芳\n约5公里）)）\n（（（"),
    HostileInput(
      "byline with fifty names",
      text: "本报讯（记者 " + fiftyNames.joined(separator: " ") + "）全区约5公里。\n"),
    HostileInput(
      "NUL and control characters",
      Data([0, 1, 2, 7, 8, 0x1B, 0x7F] + Array("本报讯\u{0}（记者\u{1} 王伟）约5\u{7}公里\u{0}".utf8))),
    HostileInput("all 32 control bytes", Data((0..<2_048).map { UInt8($0 % 32) })),
    HostileInput("mixed full and half width", text: "约５０００万元，同比增长１２.５％，（记者　王伟)"),
    HostileInput("combining marks and emoji", text: "约5公里😀，e\u{301}增长12%👨‍👩‍👧，本报讯（记者 王伟）🇨🇳"),
    HostileInput("CRLF line ends", text: "钱塘新区报\r\n本报讯（记者 王伟）\r\n约5公里\r\n"),
    HostileInput("lone CR line ends", text: "钱塘新区报\r本报讯（记者 王伟）\r约5公里\r"),
    HostileInput(
      "forty-digit numbers",
      text:
        "共有1234567890123456789012345678901234567890人，投资9999999999999999999999999999999999999999亿元。"),
    HostileInput("stacked multipliers", text: "总额5万万亿元，约3亿亿元，万万亿，亿万元，1万万。"),
    HostileInput("numbers at the very end", text: "约5"),
    HostileInput("a lone surrogate-looking escape", text: "\u{FFFD}\u{FEFF}约\u{FFFF}5公里\u{10FFFF}"),
    HostileInput("decimal points without digits", text: "...．．．5..公里 .%. 5.万 .5亿"),
  ]

  @Test(arguments: survivable)
  func givesASoundPage(_ input: HostileInput) throws {
    let result = extractChecked(input.bytes)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.page != nil)
  }

  @Test func emptyInputGivesAnEmptyPage() throws {
    let page = try #require(extractChecked(Data()).page)
    #expect(page.masthead == nil)
    #expect(page.articles.isEmpty && page.allFacts.isEmpty && page.allCredits.isEmpty)
  }

  @Test func whitespaceGivesNoFactsOrCredits() throws {
    let page = try #require(extractChecked(Data(" \t\n　\r\n \n".utf8)).page)
    #expect(page.masthead == nil)
    #expect(page.allFacts.isEmpty && page.allCredits.isEmpty)
  }

  @Test func digitsAloneAreNoFacts() throws {
    // A number without a unit or measure word is not a fact.
    let page = try #require(
      extractChecked(Data(String(repeating: "0123456789", count: 10_000).utf8)).page)
    #expect(page.allFacts.isEmpty)
  }

  @Test func aBylineWithFiftyNamesGivesFiftyReporters() throws {
    let input = "本报讯（记者 " + fiftyNames.joined(separator: " ") + "）全区约5公里。\n"
    let page = try #require(extractChecked(Data(input.utf8)).page)
    let credits = page.allCredits
    #expect(credits.map(\.name) == fiftyNames)
    #expect(credits.allSatisfy { $0.role == .reporter })
  }

  @Test func fortyDigitNumbersAreRejectedNotRounded() throws {
    let forty = "1234567890123456789012345678901234567890"
    let input = "共有\(forty)人，投资\(forty)亿元，另有\(forty.prefix(12))人。"
    let page = try #require(extractChecked(Data(input.utf8)).page)
    // Only the 12-digit count is a fact; the 40-digit numbers are too large to be exact.
    #expect(page.allFacts.map(\.value) == [Decimal(string: String(forty.prefix(12)))])
    #expect(page.allFacts.allSatisfy { !$0.text.contains(forty) })
  }

  @Test(arguments: [
    ("总额5万万亿元", "5万万亿元", "50000000000000000"),
    ("约3亿亿元", "约3亿亿元", "30000000000000000"),
  ])
  func stackedMultipliersMultiply(_ input: String, _ text: String, _ value: String) throws {
    let page = try #require(extractChecked(Data(input.utf8)).page)
    let fact = try #require(page.allFacts.first)
    #expect(fact.text == text)
    #expect(fact.value == Decimal(string: value))
    #expect(fact.unit == "元")
  }

  @Test func combiningMarksAndEmojiCountAsScalars() throws {
    let text = SourceText("e\u{301}😀👨‍👩‍👧约5公里")
    // e + U+0301 + 😀 + 👨 ZWJ 👩 ZWJ 👧 + 约5公里
    #expect(text.count == 2 + 1 + 5 + 4)
    #expect(text.string(8..<12) == "约5公里")
    #expect(text.scalars.bytesPerScalar == 4)
  }
}
