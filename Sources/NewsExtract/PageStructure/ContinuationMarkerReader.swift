/// Reads continuation markers (`(下转2版)`, `（上接第1版）`, `下转第二版`), on a line of their
/// own or closing a paragraph.
struct ContinuationMarkerReader: Sendable {
  /// The end of the marker starting exactly at `start`, or `nil`.
  func markerEnd(_ text: SourceText, at start: Int, limit: Int) -> Int? {
    var cursor = start
    var close: Unicode.Scalar?
    if let open = text.folded(at: cursor), let pair = BylineLexicon.brackets[open] {
      close = pair
      cursor += 1
    }
    guard let word = Self.words.match(text, at: cursor, limit: limit) else { return nil }
    cursor += word.length
    if text.folded(at: cursor) == PageStructureLexicon.ordinalPrefix { cursor += 1 }
    guard let number = DatelineReader().readNumber(text, at: cursor, limit: limit),
      text.folded(at: number.end) == PageStructureLexicon.pageUnit
    else { return nil }
    cursor = number.end + 1
    if let close {
      guard text.folded(at: cursor) == close, cursor < limit else { return nil }
      cursor += 1
    }
    return cursor <= limit ? cursor : nil
  }

  /// Whether the whole of `range` is one marker.
  func isMarker(_ text: SourceText, _ range: Range<Int>) -> Bool {
    markerEnd(text, at: range.lowerBound, limit: range.upperBound) == range.upperBound
  }

  /// The marker that ends `range`, if one does.
  func trailingMarker(_ text: SourceText, in range: Range<Int>) -> Range<Int>? {
    // A marker ends with the page unit, or with a closing bracket right after it.
    guard let last = text.folded(at: range.upperBound - 1), range.count >= 4,
      last == PageStructureLexicon.pageUnit
        || (Self.closing.contains(last)
          && text.folded(at: range.upperBound - 2) == PageStructureLexicon.pageUnit)
    else { return nil }
    let earliest = max(range.lowerBound, range.upperBound - Self.longestMarker)
    var start = range.upperBound - 4
    while start >= earliest {
      if markerEnd(text, at: start, limit: range.upperBound) == range.upperBound {
        return start..<range.upperBound
      }
      start -= 1
    }
    return nil
  }

  private static let longestMarker = 12
  private static let closing = ScalarSet(BylineLexicon.brackets.values)
  private static let words = WordTable(words: PageStructureLexicon.continuationWords)
}
