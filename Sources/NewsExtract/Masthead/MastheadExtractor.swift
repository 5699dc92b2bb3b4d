/// Finds and reads the masthead (报头) block at the top of a page.
///
/// The block is found by evidence, never assumed: the extractor reads the first lines
/// (at most ``maxLines`` lines and ``maxScalars`` scalars), stops at the first article cue
/// (a `■` byline, `本报讯`, a line of prose), and keeps the lines that carry masthead
/// elements (roles, 今日N版, 总第N期, CN, 邮发代号, a date, 热线 …). A page is given a
/// masthead only when they include a strong element (a role line, a page count, a
/// cumulative issue number, a lunar date, a CN or 邮发代号) or a printed date with at
/// least one more element; a page without one gets `nil`.
///
/// The block runs from the nameplate line (the first short line above the elements) to
/// the end of its last element line, so the articles start right after it.
///
/// ```swift
/// let reading = MastheadExtractor().extract(from: SourceText(pageText))
/// reading.masthead?.issueNumber  // 427
/// ```
public struct MastheadExtractor: Sendable {
  /// How many lines from the top of the page are read at most.
  ///
  /// ```swift
  /// MastheadExtractor().maxLines  // 40
  /// ```
  public var maxLines: Int
  /// How many scalars from the top of the page are read at most.
  ///
  /// ```swift
  /// MastheadExtractor().maxScalars  // 3000
  /// ```
  public var maxScalars: Int

  /// Creates an extractor.
  ///
  /// ```swift
  /// let extractor = MastheadExtractor(maxLines: 60)
  /// ```
  public init(maxLines: Int = 40, maxScalars: Int = 3000) {
    self.maxLines = maxLines
    self.maxScalars = maxScalars
  }

  /// Reads the masthead of `text`, or reports that there is none.
  ///
  /// ```swift
  /// let page = SourceText("今日拱墅\n\nA委员会、B人民政府主办 C宣传部承办\n\n本报讯 …")
  /// MastheadExtractor().extract(from: page).masthead?.sponsors  // ["A委员会", "B人民政府"]
  /// ```
  ///
  /// - Parameter text: The page.
  /// - Returns: The masthead (or `nil`) and the warnings about it.
  /// - Complexity: O(*n*) in the length of the block it reads (at most ``maxScalars``).
  public func extract(from text: SourceText) -> MastheadReading {
    let lines = MastheadBlockFinder(text: text, maxLines: maxLines, maxScalars: maxScalars)
      .find()
    guard let block = lines else { return MastheadReading(masthead: nil, warnings: []) }
    return MastheadAssembler(text: text).assemble(block)
  }
}

/// What ``MastheadExtractor`` read: the masthead, if any, and its warnings.
///
/// ```swift
/// let reading = MastheadExtractor().extract(from: SourceText("今日8版 总第427期"))
/// reading.masthead?.pageCount  // 8
/// reading.warnings             // []
/// ```
public struct MastheadReading: Sendable, Hashable {
  /// The masthead, or `nil` when the page has none.
  public var masthead: Masthead?
  /// Disagreements found in the block (weekday, lunar date, serial number).
  public var warnings: [PageWarning]

  /// Creates a reading.
  ///
  /// ```swift
  /// let none = MastheadReading(masthead: nil, warnings: [])
  /// ```
  public init(masthead: Masthead?, warnings: [PageWarning]) {
    self.masthead = masthead
    self.warnings = warnings
  }
}
