import Foundation
import Testing

@testable import NewsExtract

/// The direct JSON writer (`PageJSON.bytes`) against `JSONEncoder` with the same settings:
/// byte-identical, compact and pretty, on real pages and on pages built to hit every
/// optional, every escape and every kind of number.
@Suite struct PageJSONWriterTests {
  /// Both encodings of `page`, compact and pretty: (writer, JSONEncoder).
  static func encodings(_ page: Page) throws -> [(String, String)] {
    try [false, true].map { pretty in
      let encoded = try PageJSON.encoder(pretty: pretty).encode(page)
      return (
        String(decoding: PageJSON.bytes(page, pretty: pretty), as: UTF8.self),
        String(decoding: encoded, as: UTF8.self)
      )
    }
  }

  /// The bundled pages (the list the getting-started tests read).
  static let fixtureTexts = GettingStartedTests.pages

  @Test func thereAreFixtures() {
    #expect(Self.fixtureTexts.count >= 5)
  }

  @Test(arguments: fixtureTexts)
  func fixturePagesEncodeAlike(_ url: URL) throws {
    let page = try NewsExtractor().extract(contentsOf: url)
    #expect(page.masthead != nil || url.lastPathComponent.contains("no-masthead"))
    for (written, encoded) in try Self.encodings(page) {
      #expect(written == encoded)
    }
  }

  @Test func aPageWithEveryOptionalSet() throws {
    var masthead = Masthead(start: 0, end: 40)
    masthead.paperName = "钱塘新区报"
    masthead.englishName = "QIANTANG NEWS"
    masthead.date = LocalDate(year: 2022, month: 11, day: 9)
    masthead.weekday = "星期三"
    masthead.lunarDate = "农历壬寅年十月十六"
    masthead.lunar = LunarDate(
      text: "农历壬寅年十月十六", cyclicYear: "壬寅", month: 10, day: 16, isLeapMonth: false)
    masthead.pageCount = 4
    masthead.issueNumber = 427
    masthead.pageNumber = 1
    masthead.supervisors = ["甲"]
    masthead.sponsors = ["乙", "丙"]
    masthead.organizers = ["丁"]
    masthead.coOrganizers = ["戊"]
    masthead.publishers = ["己"]
    masthead.phones = ["057186000000"]
    masthead.labeledPhones = [LabeledPhone(label: "新闻热线", number: "057186000000")]
    masthead.emails = ["news@example.cn"]
    masthead.serialNumber = "CN33-0001"
    masthead.postalCode = "310018"
    masthead.website = "http://example.cn/a/b"
    var article = Article(kind: "photoStory", start: 41, end: 90)
    article.headline = "标题"
    article.kickers = ["引题"]
    article.subheadlines = ["副题"]
    article.agency = "新华社"
    article.dateline = Dateline(
      text: "北京11月8日电", date: LocalDate(year: 2022, month: 11, day: 8), partOfDay: "上午",
      place: "北京", start: 41, end: 49)
    article.credits = [
      Credit(
        role: .photographer, name: "王小明", title: "记者", affiliation: "本报",
        duties: ["摄影", "文"], isAmbiguous: true, start: 50, end: 53)
    ]
    article.paragraphs = [Paragraph(text: "第一段", start: 54, end: 57)]
    article.continuations = ["下转第2版"]
    article.facts = [
      NumericFact(
        text: "约5至6公里", value: 5, unit: "公里", kind: .length, qualifier: .about, upper: 6,
        direction: .increase, siValue: 5000, siUnit: "m", subject: "道路", sentence: "约5至6公里。",
        start: 60, end: 66)
    ]
    let page = Page(
      source: "/tmp/a \"b\".txt", masthead: masthead, articles: [article],
      blocks: [PageBlock(kind: "guide", text: "导读", start: 91, end: 93)],
      credits: [Credit(role: .editor, name: "李四", start: 94, end: 96)],
      facts: [
        NumericFact(text: "-3.5万元", value: -35000, unit: "元", kind: .money, start: 97, end: 103)
      ],
      warnings: [PageWarning(code: "weekday", message: "星期不符", start: 1, end: 2)])
    for (written, encoded) in try Self.encodings(page) {
      #expect(written == encoded)
    }
  }

  @Test func aPageWithEveryOptionalUnset() throws {
    var masthead = Masthead(start: 0, end: 0)
    masthead.lunar = LunarDate(text: "十月十六", cyclicYear: nil, month: 10, day: 16, isLeapMonth: true)
    var article = Article(start: 0, end: 0)
    article.dateline = Dateline(text: "电", date: nil, partOfDay: nil, start: 0, end: 1)
    article.credits = [Credit(role: .reporter, name: "", start: 0, end: 0)]
    article.facts = [NumericFact(text: "5", value: 5, unit: "", kind: .other, start: 0, end: 1)]
    let pages = [
      Page(),
      Page(masthead: masthead, articles: [article], warnings: [PageWarning(code: "", message: "")]),
    ]
    for page in pages {
      for (written, encoded) in try Self.encodings(page) {
        #expect(written == encoded)
      }
    }
  }

  /// Every control scalar, quotes, backslash, slash (unescaped), DEL, line and paragraph
  /// separators, a byte-order mark, combining marks and emoji.
  @Test(arguments: [
    String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
    "\"\\/\"", "\u{7F}\u{2028}\u{2029}\u{FEFF}", "e\u{301}👩‍👩‍👧😀", "", " ", "钱塘\n新区\r报\t",
  ])
  func stringsEscapeAlike(_ value: String) throws {
    var article = Article(start: 0, end: 0)
    article.headline = value
    article.kickers = [value, value]
    let page = Page(
      source: value, articles: [article],
      blocks: [
        PageBlock(kind: value, text: value, start: 0, end: 0)
      ])
    for (written, encoded) in try Self.encodings(page) {
      #expect(written == encoded)
    }
  }

  /// A byte to escape at every position of the eight-byte blocks the writer skips through.
  @Test(arguments: ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", " ", "/"])
  func specialBytesAnywhereEscapeAlike(_ special: String) throws {
    var article = Article(start: 0, end: 0)
    article.kickers = (0..<20).flatMap { position in
      [
        String(repeating: "a", count: position) + special
          + String(repeating: "b", count: 19 - position),
        String(repeating: "中", count: position) + special + "文",
      ]
    }
    for (written, encoded) in try Self.encodings(Page(articles: [article])) {
      #expect(written == encoded)
    }
  }

  @Test(arguments: [
    "0", "-0", "1", "-1", "0.25", "-0.25", "1.50", "0.000001", "109000", "1e40", "-1e40",
    "9999999999999999999999999999999999999", "123456789012345678901234567890.5",
    "0.00000000000000000000000000000000001",
  ])
  func decimalsEncodeAlike(_ text: String) throws {
    let value = try #require(Decimal(string: text))
    let fact = NumericFact(
      text: text, value: value, unit: "元", kind: .money, upper: value, siValue: value,
      start: Int.min, end: Int.max)
    for (written, encoded) in try Self.encodings(Page(facts: [fact])) {
      #expect(written == encoded)
    }
  }

  /// The digit-by-digit path against `Decimal.description` over mantissas and exponents,
  /// both signs, including mantissas with trailing zeros (written through `description`).
  @Test(
    arguments: [
      0, 1, 7, 10, 15, 100, 150, 99_999, 123_456_789, 1_000_000_000_000_000_000, UInt64.max,
      UInt64.max - 1,
    ] as [UInt64])
  func decimalsWrittenDigitByDigit(_ mantissa: UInt64) throws {
    for exponent in -45...45 {
      for sign in [FloatingPointSign.plus, .minus] {
        let value = Decimal(sign: sign, exponent: exponent, significand: Decimal(mantissa))
        var writer = JSONTextWriter(pretty: false)
        writer.decimal(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == value.description)
      }
    }
  }

  @Test func theGenericPathStillUsesJSONEncoder() throws {
    let values = ["a/b"]
    #expect(PageJSON.string(values, pretty: false) == "[\"a/b\"]")
  }
}
