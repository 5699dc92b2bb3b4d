/// One highlighted span of the review page: a half-open range of Unicode-scalar offsets,
/// what it is, and the text shown on hover.
///
/// ``HTMLRenderer`` collects these from a ``Page`` and nests them while it walks the
/// text once.
///
/// ```swift
/// let highlights = ReviewHighlight.collect(from: page, text: SourceText(pageText))
/// highlights.first?.kind  // .masthead
/// ```
public struct ReviewHighlight: Sendable, Hashable {
  /// What a highlighted span is; the raw value is its CSS class.
  ///
  /// ```swift
  /// ReviewHighlight.Kind.fact.rawValue  // "fact" (styled by `.fact` in the review page)
  /// ```
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// The masthead block.
    case masthead
    /// A whole article (marked with its number, not coloured).
    case article
    /// A main headline.
    case headline
    /// A kicker (引题) or subheadline (副题).
    case subheadline
    /// A dateline.
    case dateline
    /// A page block that belongs to no article (banner, 导读 …).
    case block
    /// A credited name.
    case credit
    /// A numeric fact.
    case fact
    /// The text a ``PageWarning`` is about (a weekday that disagrees with the date …).
    case warning

    /// Nesting order when two spans start at the same offset and have the same length:
    /// the lower rank is outside.
    var rank: Int {
      switch self {
      case .masthead: 0
      case .article: 1
      case .block: 2
      case .headline: 3
      case .subheadline: 4
      case .dateline: 5
      case .credit: 6
      case .fact: 7
      case .warning: 8
      }
    }
  }

  /// What the span is.
  public var kind: Kind
  /// Start (Unicode-scalar offset into the page text).
  public var start: Int
  /// End (exclusive).
  public var end: Int
  /// The tooltip (the `title` attribute): a fact's value, unit, qualifier and subject …
  public var title: String
  /// The HTML `id` of the span, which the tables link to (`fact-3`), if any.
  public var anchor: String?
  /// A short label shown before the span (the article number), if any.
  public var label: String?

  /// Creates a highlight.
  ///
  /// ```swift
  /// ReviewHighlight(kind: .credit, start: 10, end: 13, title: "reporter")
  /// ```
  public init(
    kind: Kind, start: Int, end: Int, title: String, anchor: String? = nil, label: String? = nil
  ) {
    self.kind = kind
    self.start = start
    self.end = end
    self.title = title
    self.anchor = anchor
    self.label = label
  }

  /// Every highlight of `page`, sorted for nesting: by start, longer spans first.
  ///
  /// Spans outside the text are clamped; empty ones are dropped. Headlines carry no
  /// offsets in the model, so each is located in the first lines of its article.
  ///
  /// ```swift
  /// let highlights = ReviewHighlight.collect(from: page, text: SourceText(pageText))
  /// highlights.filter { $0.kind == .fact }.count == page.allFacts.count  // true
  /// ```
  ///
  /// - Complexity: O(*n* log *n*) in the number of spans, plus O(*h*) per headline
  ///   searched in a bounded window at its article's start.
  public static func collect(from page: Page, text: SourceText) -> [ReviewHighlight] {
    var out: [ReviewHighlight] = []
    if let masthead = page.masthead {
      out.append(
        ReviewHighlight(
          kind: .masthead, start: masthead.start, end: masthead.end,
          title: "masthead" + (masthead.paperName.map { ": " + $0 } ?? "")))
    }
    for block in page.blocks {
      out.append(
        ReviewHighlight(
          kind: .block, start: block.start, end: block.end, title: "block: " + block.kind))
    }
    for credit in page.credits {
      out.append(creditHighlight(credit, number: nil))
    }
    for (index, article) in page.articles.enumerated() {
      let number = index + 1
      out.append(
        ReviewHighlight(
          kind: .article, start: article.start, end: article.end,
          title: "article \(number): " + (article.headline ?? "(no headline)"),
          anchor: "article-\(number)", label: "A\(number)"))
      out += headlineHighlights(article, text: text)
      if let dateline = article.dateline {
        var parts = ["dateline: " + dateline.text]
        if let date = dateline.date { parts.append("date: \(date)") }
        if let part = dateline.partOfDay { parts.append("part of day: " + part) }
        if let place = dateline.place { parts.append("place: " + place) }
        out.append(
          ReviewHighlight(
            kind: .dateline, start: dateline.start, end: dateline.end,
            title: parts.joined(separator: "\n")))
      }
      for credit in article.credits {
        out.append(creditHighlight(credit, number: number))
      }
    }
    for (index, fact) in page.allFacts.enumerated() {
      out.append(factHighlight(fact, number: index + 1))
    }
    for warning in page.warnings {
      guard let start = warning.start, let end = warning.end else { continue }
      out.append(
        ReviewHighlight(
          kind: .warning, start: start, end: end, title: warning.code + ": " + warning.message))
    }
    return
      out
      .compactMap { $0.clamped(to: text.count) }
      .sorted {
        ($0.start, -$0.end, $0.kind.rank) < ($1.start, -$1.end, $1.kind.rank)
      }
  }

  /// The tooltip of a fact: value, unit, kind, qualifier, range, direction, subject.
  ///
  /// ```swift
  /// ReviewHighlight.factTitle(fact)
  /// // "value: 8800\nunit: 户\nkind: households\nqualifier: over\nsubject: 居民\n…"
  /// ```
  public static func factTitle(_ fact: NumericFact) -> String {
    var lines = ["value: \(fact.value)", "unit: " + fact.unit, "kind: " + fact.kind.rawValue]
    lines.append("qualifier: " + (fact.qualifier?.rawValue ?? "none"))
    if let upper = fact.upper { lines.append("upper: \(upper)") }
    if let direction = fact.direction { lines.append("direction: " + direction.rawValue) }
    if let siValue = fact.siValue, let siUnit = fact.siUnit {
      lines.append("SI: \(siValue) \(siUnit)")
    }
    lines.append("subject: " + (fact.subject ?? "(none)"))
    lines.append("offsets: \(fact.start)..<\(fact.end)")
    return lines.joined(separator: "\n")
  }

  private static func factHighlight(_ fact: NumericFact, number: Int) -> ReviewHighlight {
    ReviewHighlight(
      kind: .fact, start: fact.start, end: fact.end, title: factTitle(fact),
      anchor: "fact-\(number)")
  }

  private static func creditHighlight(_ credit: Credit, number: Int?) -> ReviewHighlight {
    var lines = ["role: " + credit.role.rawValue]
    if let title = credit.title { lines.append("title: " + title) }
    if let affiliation = credit.affiliation { lines.append("affiliation: " + affiliation) }
    if !credit.duties.isEmpty { lines.append("duties: " + credit.duties.joined(separator: ", ")) }
    if credit.isAmbiguous { lines.append("ambiguous: kept as printed") }
    lines.append(number.map { "article \($0)" } ?? "page-level credit")
    return ReviewHighlight(
      kind: .credit, start: credit.start, end: credit.end,
      title: lines.joined(separator: "\n"))
  }

  /// Kickers, headline and subheadlines, each found independently in a window at the
  /// article's start (OCR'd pages do not always print them in order).
  private static func headlineHighlights(_ article: Article, text: SourceText)
    -> [ReviewHighlight]
  {
    var out: [ReviewHighlight] = []
    let limit = min(article.end, article.start + searchWindow)
    let lines: [(String, Kind, String)] =
      article.kickers.map { ($0, .subheadline, "kicker") }
      + (article.headline.map { [($0, .headline, "headline")] } ?? [])
      + article.subheadlines.map { ($0, .subheadline, "subheadline") }
    for (line, kind, name) in lines {
      guard let range = locate(line, in: text, from: article.start, before: limit) else {
        continue
      }
      out.append(
        ReviewHighlight(
          kind: kind, start: range.lowerBound, end: range.upperBound,
          title: name))
    }
    return out
  }

  /// How far into an article its headlines are searched for, in scalars.
  static let searchWindow = 2_000

  /// Finds `needle` in `text` between `from` and `before`, letting the text break a line
  /// or add spaces where the needle has none (headlines are joined across layout lines).
  ///
  /// - Complexity: O(*w* · *m*) for a window of *w* scalars and a needle of *m*.
  static func locate(_ needle: String, in text: SourceText, from: Int, before: Int)
    -> Range<Int>?
  {
    let pattern = Array(needle.unicodeScalars.lazy.filter { !isGap($0) })
    guard let first = pattern.first else { return nil }
    var start = max(0, from)
    let end = min(before, text.count)
    while start < end {
      if text.scalar(at: start) == first,
        let stop = match(pattern, in: text, at: start, before: end)
      {
        return start..<stop
      }
      start += 1
    }
    return nil
  }

  private static func match(
    _ pattern: [Unicode.Scalar], in text: SourceText, at start: Int, before end: Int
  ) -> Int? {
    var index = start
    for scalar in pattern {
      while index < end, let current = text.scalar(at: index), isGap(current), current != scalar {
        index += 1
      }
      guard index < end, text.scalar(at: index) == scalar else { return nil }
      index += 1
    }
    return index
  }

  private static func isGap(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || ScalarFolding.isSpace(scalar)
  }

  /// The span limited to `0..<count`, or `nil` when nothing of it is left.
  func clamped(to count: Int) -> ReviewHighlight? {
    let lower = max(0, min(start, count))
    let upper = max(lower, min(end, count))
    guard upper > lower else { return nil }
    var copy = self
    copy.start = lower
    copy.end = upper
    return copy
  }
}
