/// Splits the text after the masthead into articles and reads their bylines.
///
/// ```swift
/// let layout = PageStructureExtractor().extract(from: SourceText(pageText), startingAt: 0, issueDate: nil)
/// layout.articles.first?.headline
/// ```
public struct PageStructureExtractor: Sendable {
  /// Creates an extractor.
  public init() {}

  /// Splits `text` from `offset` on into articles.
  ///
  /// - Parameters:
  ///   - text: The page.
  ///   - offset: Where the articles start (the end of the masthead, or 0).
  ///   - issueDate: The masthead date, used to resolve datelines that print only a day.
  /// - Complexity: O(*n*).
  public func extract(from text: SourceText, startingAt offset: Int, issueDate: LocalDate?)
    -> PageLayout
  {
    // Lines are classified as the builder reads them and dropped once it has passed them
    // (see PageLineStream): no array of every line of the page.
    var lines = PageLineStream(
      text: text, from: offset, classifier: LineClassifier(issueDate: issueDate))
    var builder = LayoutBuilder(text: text, issueDate: issueDate)
    // Every block holds at least one line of its own, so on a long page the block array is
    // reserved once at the line count: untouched capacity is never made resident, while
    // growing by doubling would hold the old and the new array at once (a page of
    // hundreds of thousands of header-like lines has as many blocks).
    let reserveFrom = 4096
    if text.lines.count >= reserveFrom { builder.blocks.reserveCapacity(text.lines.count + 16) }
    builder.read(&lines)
    let finished = builder.articles()
    // The blocks are moved out and sorted in place, only when out of order: a page of
    // hundreds of thousands of header-like lines holds as many blocks, not copied twice.
    var blocks: [PageBlock] = []
    swap(&blocks, &builder.blocks)
    if zip(blocks, blocks.dropFirst()).contains(where: { $1.start < $0.start }) {
      blocks.sort { $0.start < $1.start }
    }
    if blocks.capacity >= reserveFrom, blocks.count * 2 < blocks.capacity {
      blocks = Array(blocks[...])  // a few blocks on a long page: keep no reserve
    }
    return PageLayout(
      articles: finished.articles, blocks: blocks, credits: builder.credits,
      warnings: builder.warnings + finished.warnings)
  }
}

/// What ``PageStructureExtractor`` found: articles, page-level blocks and credits.
public struct PageLayout: Sendable, Hashable {
  /// The articles, in printed order, without facts (the pipeline attaches them).
  public var articles: [Article]
  /// Text that belongs to no article.
  public var blocks: [PageBlock]
  /// Credits outside every article.
  public var credits: [Credit]
  /// Things read but not trusted.
  public var warnings: [PageWarning]

  /// Creates a layout.
  public init(
    articles: [Article] = [], blocks: [PageBlock] = [], credits: [Credit] = [],
    warnings: [PageWarning] = []
  ) {
    self.articles = articles
    self.blocks = blocks
    self.credits = credits
    self.warnings = warnings
  }
}
