import Testing

@testable import NewsExtract

/// A printed date, the issue date, and the date it resolves to.
struct DatelineCase: Sendable, CustomTestStringConvertible {
  var printed: String
  var issue: String?
  var expected: String?
  var testDescription: String { "\(printed) on \(issue ?? "no issue")" }

  init(_ printed: String, _ issue: String?, _ expected: String?) {
    self.printed = printed
    self.issue = issue
    self.expected = expected
  }
}

@Suite struct DatelineReaderTests {
  static let cases: [DatelineCase] = [
    DatelineCase("9日上午", "2022-08-10", "2022-08-09"),
    DatelineCase("10月26日", "2022-11-09", "2022-10-26"),
    DatelineCase("12月30日", "2023-01-02", "2022-12-30"),
    DatelineCase("30日", "2022-08-02", "2022-07-30"),
    DatelineCase("31日", "2023-01-05", "2022-12-31"),
    DatelineCase("昨天下午", "2022-03-01", "2022-02-28"),
    DatelineCase("昨日", "2024-01-01", "2023-12-31"),
    DatelineCase("今天", "2022-11-09", "2022-11-09"),
    DatelineCase("2021年5月21日", nil, "2021-05-21"),
    DatelineCase("十月二十六日", "2022-11-09", "2022-10-26"),
    DatelineCase("１１月７日", "2022-11-09", "2022-11-07"),
    DatelineCase("10月26日", nil, nil),
    DatelineCase("9日", nil, nil),
  ]

  @Test(arguments: cases)
  func resolves(_ dateline: DatelineCase) throws {
    let text = SourceText(dateline.printed)
    let reader = DatelineReader()
    let printed = try #require(reader.readDate(text, at: 0, limit: text.count))
    #expect(printed.range == 0..<text.count)
    let issue = dateline.issue.flatMap { LocalDate(iso: $0) }
    #expect(reader.resolve(printed, issueDate: issue)?.description == dateline.expected)
  }

  @Test(arguments: ["近日", "日前", "10月份", "13月5日", "32日", "第7站", ""])
  func notADate(_ printed: String) {
    let text = SourceText(printed)
    #expect(DatelineReader().readDate(text, at: 0, limit: text.count) == nil)
  }

  @Test func partOfDay() throws {
    let text = SourceText("14日晚,会议召开")
    let printed = try #require(DatelineReader().readDate(text, at: 0, limit: text.count))
    #expect(printed.partOfDay == "晚")
    #expect(printed.range == 0..<4)
  }
}
