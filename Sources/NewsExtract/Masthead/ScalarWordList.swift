/// A list of words matched against a ``SourceText`` at a position, longest word first,
/// comparing folded scalars (full-width forms match their ASCII twins).
///
/// It answers with the word's index in the list; the lookup itself is a ``WordTable`` (words
/// grouped by their first two scalars, no hashing of strings).
///
/// ```swift
/// let list = ScalarWordList(["主办", "主办单位"])
/// list.match(in: SourceText("主办单位:"), at: 0, limit: 5)  // (index 1, length 4)
/// ```
struct ScalarWordList: Sendable {
  /// The words, looked up through a ``WordTable`` whose values are the words' indices.
  private let table: WordTable<Int>

  /// Creates a list from words; empty words never match.
  init(_ source: [String]) {
    // A word listed twice answers with its first index: the table keeps the last value
    // given for a word, so the words are given last to first.
    table = WordTable(source.enumerated().reversed().map { ($0.element, $0.offset) })
  }

  /// The longest word starting at `position` and ending at or before `limit`.
  ///
  /// - Returns: The word's index in the list given to ``init(_:)`` and its length, or `nil`.
  func match(in text: SourceText, at position: Int, limit: Int) -> (index: Int, length: Int)? {
    guard position >= 0, position < limit,
      let found = table.match(text, at: position, limit: limit)
    else { return nil }
    return (found.value, found.length)
  }

  /// The longest word ending exactly at `end` and starting at or after `lowerLimit`.
  func match(in text: SourceText, endingAt end: Int, lowerLimit: Int) -> (index: Int, length: Int)?
  {
    guard let found = table.matchEnding(text, at: end, lowerLimit: lowerLimit) else { return nil }
    return (found.value, found.length)
  }

  /// Whether some word occurs anywhere in `range`.
  ///
  /// - Complexity: O(*n*) for a range of *n* scalars (times the few words sharing a scalar).
  func occurs(in text: SourceText, _ range: Range<Int>) -> Bool {
    range.contains { match(in: text, at: $0, limit: range.upperBound) != nil }
  }
}
