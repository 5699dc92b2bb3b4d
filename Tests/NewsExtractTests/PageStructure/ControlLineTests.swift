import Foundation
import Testing

@testable import NewsExtract

/// Lines made only of control characters (a form feed between pages, NUL runs, OCR noise)
/// read as blank: no block, no article line; a line with printed text beside its controls is
/// read as before.
@Suite struct ControlLineTests {
  @Test(arguments: [
    ("\u{0C}", true), ("\u{0}\u{1}\u{2}", true), ("\u{0B}\u{0C} \u{7F}", true),
    ("\u{85}\u{9F}", true),
    (" \u{1B} ", true), ("\u{0C}第2版", false), ("约5公里\u{0}", false), ("a", false),
    ("\u{0}\u{A0}x", false), ("\u{200B}", true),
  ])
  func controlOnlyLinesAreBlank(_ line: String, _ blank: Bool) {
    let text = SourceText(line)
    #expect(LineClassifier.holdsOnlyControls(text, 0..<text.count) == blank)
    #expect((LineClassifier().classify(text, 0..<text.count, gapBefore: 0) == nil) == blank)
  }

  @Test func controlLinesMakeNoBlocks() {
    let bytes = Data((0..<4_096).map { UInt8($0 % 32) })
    let page = try? NewsExtractor().extract(data: bytes)
    #expect(page?.blocks.isEmpty == true)
    #expect(page?.articles.isEmpty == true)
  }

  /// A form-feed line between two articles separates them like a blank line; both articles
  /// and their facts are read.
  @Test func formFeedBetweenArticles() {
    let page = NewsExtractor().extract(
      "第一篇标题\n本报讯 全区约5公里道路。\n\u{0C}\n第二篇标题\n本报讯 共有300户。\n")
    #expect(page.articles.map(\.headline) == ["第一篇标题", "第二篇标题"])
    #expect(page.articles.map(\.facts.count) == [1, 1])
    #expect(page.blocks.isEmpty)
  }
}
