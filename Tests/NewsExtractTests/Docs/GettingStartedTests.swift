import Foundation
import NewsExtract
import Testing

/// The library examples of the README and the DocC getting-started article, compiled and run
/// on the bundled pages.
@Suite struct GettingStartedTests {
  static let pages: [URL] = {
    let folder = TestPaths.fixtures.appendingPathComponent("pages")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
  }()

  @Test func pagesAreBundled() {
    #expect(Self.pages.count >= 5)
  }

  @Test(arguments: pages)
  func extractReadAndSlice(_ url: URL) throws {
    let page = try NewsExtractor().extract(contentsOf: url)
    #expect(page.source == url.path)
    // Offsets slice the decoded text: every fact's text and every credit's name.
    let decoded = try InputDecoder.decode(Data(contentsOf: url), source: url.path)
    let source = SourceText(decoded.text)
    for fact in page.allFacts {
      #expect(source.string(fact.start..<fact.end) == fact.text)
    }
    for credit in page.allCredits {
      #expect(source.string(credit.start..<credit.end) == credit.name)
    }
    // The same page from a string, from bytes and from a SourceText.
    #expect(NewsExtractor().extract(decoded.text, source: url.path) == page)
    #expect(NewsExtractor().extract(source, source: url.path) == page)
    // JSON round trip.
    let json = PageJSON.string(page, pretty: true)
    #expect(try PageJSON.decode(Data(json.utf8)) == page)
    // The review page shows every fact and credit.
    let html = HTMLRenderer.render(page, text: decoded.text)
    #expect(
      html.components(separatedBy: "<span class=\"fact\" id=").count - 1 == page.allFacts.count)
    #expect(!html.contains("<script"))
  }

  /// The README's library example, line for line (printing replaced by collecting).
  @Test func readmeLibraryExample() throws {
    let url = try #require(
      Self.pages.first { $0.lastPathComponent == "qiantang-2022-11-09-issue-427.txt" })
    var lines: [String] = []
    func print(_ items: Any...) { lines.append(items.map { "\($0)" }.joined(separator: " ")) }
    let page = try NewsExtractor().extract(contentsOf: url)
    print(page.masthead?.date?.description ?? "no masthead")
    for fact in page.allFacts {
      print(fact.value, fact.unit, fact.qualifier?.rawValue ?? "-", fact.subject ?? "-")
    }
    for credit in page.allCredits { print(credit.role.rawValue, credit.name) }
    #expect(lines.first == "2022-11-09")
    #expect(lines.contains("109000 人 about -") || lines.contains { $0.hasPrefix("109000 人 about") })
    #expect(lines.contains("reporter 郁佳伟"))
    #expect(NumericFactExtractor().facts(in: "共完成改造8800余户").map(\.value) == [8800])
  }
}
