import Foundation

/// The whole pipeline: masthead, articles and bylines, numeric facts.
///
/// ```swift
/// import NewsExtract
///
/// let page = try NewsExtractor().extract(contentsOf: URL(fileURLWithPath: "page.txt"))
/// print(page.masthead?.date, page.allCredits.count, page.allFacts.count)
/// ```
public struct NewsExtractor: Sendable {
  /// Creates the pipeline.
  public init() {}

  /// Extracts a page from text.
  ///
  /// Never throws: text that is not a newspaper page gives an empty page.
  ///
  /// - Parameters:
  ///   - text: The page text (line ends are normalized like ``InputDecoder`` does).
  ///   - source: A name recorded in ``Page/source``.
  /// - Complexity: O(*n*) in the length of the text.
  public func extract(_ text: String, source: String? = nil) -> Page {
    extract(SourceText(InputDecoder.normalizeLineEnds(text)), source: source)
  }

  /// Extracts a page from a ``SourceText``.
  public func extract(_ text: SourceText, source: String? = nil) -> Page {
    let mastheadReading = MastheadExtractor().extract(from: text)
    let bodyStart = mastheadReading.masthead?.end ?? 0
    let layout = PageStructureExtractor().extract(
      from: text, startingAt: bodyStart, issueDate: mastheadReading.masthead?.date)
    let facts = NumericFactExtractor().extract(from: text, in: bodyStart..<text.count)
    var page = Page(
      source: source, masthead: mastheadReading.masthead, articles: layout.articles,
      blocks: layout.blocks, credits: layout.credits,
      warnings: mastheadReading.warnings + layout.warnings)
    page.attach(facts)
    return page
  }

  /// Decodes bytes (see ``InputDecoder``) and extracts the page.
  ///
  /// - Throws: ``NewsExtractError`` when the bytes are not text.
  public func extract(data: Data, source: String? = nil) throws(NewsExtractError) -> Page {
    // Straight from the bytes for plain UTF-8: no intermediate String (see SourceText).
    extract(try SourceText(decoding: data, source: source), source: source)
  }

  /// Reads a file, decodes it and extracts the page.
  ///
  /// - Throws: ``NewsExtractError`` when the file is missing, unreadable or not text.
  public func extract(contentsOf url: URL) throws(NewsExtractError) -> Page {
    let data = try FileInput.read(url)
    return try extract(data: data, source: url.path)
  }
}

extension Page {
  /// Puts each fact into the article whose span holds it, or at page level.
  mutating func attach(_ facts: [NumericFact]) {
    var articleIndex = 0
    for fact in facts {
      while articleIndex < articles.count && articles[articleIndex].end <= fact.start {
        articleIndex += 1
      }
      if articleIndex < articles.count && articles[articleIndex].start <= fact.start
        && fact.end <= articles[articleIndex].end
      {
        articles[articleIndex].facts.append(fact)
      } else {
        self.facts.append(fact)
      }
    }
  }
}
