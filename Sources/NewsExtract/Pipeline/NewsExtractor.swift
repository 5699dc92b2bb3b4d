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
  ///
  /// Facts come in printed order and articles do not overlap, so each article's facts (and
  /// each run of page-level facts) are one contiguous slice of `facts`: they are copied
  /// slice by slice into arrays of the right size, and a slice that is the whole array is
  /// shared, not copied (a page of one article holding 300,000 facts).
  mutating func attach(_ facts: [NumericFact]) {
    var articleIndex = 0
    var runStart = 0
    var runArticle: Int?
    for (position, fact) in facts.enumerated() {
      while articleIndex < articles.count && articles[articleIndex].end <= fact.start {
        articleIndex += 1
      }
      let target: Int? =
        articleIndex < articles.count && articles[articleIndex].start <= fact.start
          && fact.end <= articles[articleIndex].end ? articleIndex : nil
      if position > runStart && target != runArticle {
        place(facts, runStart..<position, in: runArticle)
        runStart = position
      }
      runArticle = target
    }
    if runStart < facts.count { place(facts, runStart..<facts.count, in: runArticle) }
  }

  /// Appends `facts[range]` to article `index`'s facts, or to the page's when `nil`.
  private mutating func place(_ facts: [NumericFact], _ range: Range<Int>, in index: Int?) {
    if let index {
      if articles[index].facts.isEmpty && range == facts.indices {
        articles[index].facts = facts
      } else {
        articles[index].facts.append(contentsOf: facts[range])
      }
    } else if self.facts.isEmpty && range == facts.indices {
      self.facts = facts
    } else {
      self.facts.append(contentsOf: facts[range])
    }
  }
}
