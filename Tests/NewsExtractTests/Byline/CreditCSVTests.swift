import NewsExtract
import Testing

@Suite struct CreditCSVTests {
  static let page = """
    市政府召开常务会议

    本报讯(记者 王一鸣 通讯员 李晓东)昨天上午,市政府召开常务会议。

    责任编辑:郑海云
    """

  @Test func listsEachCreditWithItsArticle() throws {
    let extracted = NewsExtractor().extract(Self.page, source: "page.txt")
    let csv = CSVWriter.credits(of: [extracted])
    let rows = csv.split(separator: "\r\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(rows.first?.map(String.init) == CSVWriter.creditColumns)
    #expect(rows.count == 4)
    let article = try #require(extracted.articles.first)
    let reporter = try #require(rows.first { $0.count > 5 && $0[5] == "王一鸣" })
    #expect(reporter[1] == "市政府召开常务会议")
    #expect(reporter[2] == "\(article.start)")
    #expect(reporter[3] == "\(article.end)")
    #expect(reporter[4] == "reporter")
    #expect(reporter[6] == "记者")
    let text = SourceText(Self.page)
    let start = try #require(Int(reporter[9]))
    let end = try #require(Int(reporter[10]))
    #expect(text.string(start..<end) == "王一鸣")
    let editor = try #require(rows.first { $0.count > 5 && $0[5] == "郑海云" })
    #expect(editor[1] == "")
    #expect(editor[4] == "editor")
  }
}
