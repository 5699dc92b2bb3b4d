import Foundation
import NewsExtract
import Testing

/// Facts in the page JSON and in the CSV table.
@Suite struct FactOutputTests {
  @Test func pageHoldsEveryFactOnce() throws {
    let page = NewsExtractor().extract("总投资约5000万元，惠及4万余户居民。")
    #expect(page.allFacts.map(\.text) == ["约5000万元", "4万余户"])
  }

  @Test func csvHasAHeaderAndOneQuotedRowPerFact() {
    let page = NewsExtractor().extract("租金在200元至400元，\"优惠\"3家。", source: "a.txt")
    let csv = CSVWriter.facts(of: [page])
    let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.count == 3)
    #expect(rows[0].hasPrefix("source,headline,text,value,unit,kind"))
    #expect(rows[1].contains(",200元至400元,200,元,money,,400,"))
    #expect(rows[2].contains("\"\"优惠\"\"3家"))
  }

  @Test func cliPrintsCSV() throws {
    let result = try runCLI(["--format", "csv", "-"], stdin: Data("约5公里，".utf8))
    #expect(result.status == 0)
    #expect(result.stdout.contains("约5公里,5,公里,length,about"))
  }
}
