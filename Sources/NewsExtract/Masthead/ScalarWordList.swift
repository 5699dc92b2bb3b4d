/// A list of words matched against a ``SourceText`` at a position, longest word first,
/// comparing folded scalars (full-width forms match their ASCII twins).
///
/// ```swift
/// let list = ScalarWordList(["主办", "主办单位"])
/// list.match(in: SourceText("主办单位:"), at: 0, limit: 5)  // (index 1, length 4)
/// ```
struct ScalarWordList: Sendable {
  /// The words as folded scalars, longest first; `indices` maps back to the input order.
  private let words: [[Unicode.Scalar]]
  private let indices: [Int]

  /// Creates a list from words; empty words are ignored.
  init(_ source: [String]) {
    let folded = source.enumerated().compactMap { item -> (Int, [Unicode.Scalar])? in
      let scalars = item.element.unicodeScalars.map(ScalarFolding.fold)
      return scalars.isEmpty ? nil : (item.offset, scalars)
    }
    let sorted = folded.sorted {
      $0.1.count > $1.1.count || ($0.1.count == $1.1.count && $0.0 < $1.0)
    }
    words = sorted.map(\.1)
    indices = sorted.map(\.0)
  }

  /// The longest word starting at `position` and ending at or before `limit`.
  ///
  /// - Returns: The word's index in the list given to ``init(_:)`` and its length, or `nil`.
  func match(in text: SourceText, at position: Int, limit: Int) -> (index: Int, length: Int)? {
    guard position >= 0, position < limit, let first = text.folded(at: position) else {
      return nil
    }
    for (slot, word) in words.enumerated() where word[0] == first {
      guard position + word.count <= limit else { continue }
      var matches = true
      for offset in 1..<max(1, word.count) where text.folded(at: position + offset) != word[offset]
      {
        matches = false
        break
      }
      if matches { return (indices[slot], word.count) }
    }
    return nil
  }

  /// The longest word ending exactly at `end` and starting at or after `lowerLimit`.
  func match(in text: SourceText, endingAt end: Int, lowerLimit: Int) -> (index: Int, length: Int)?
  {
    for (slot, word) in words.enumerated() {
      let start = end - word.count
      guard start >= lowerLimit, start >= 0 else { continue }
      var matches = true
      for offset in 0..<word.count where text.folded(at: start + offset) != word[offset] {
        matches = false
        break
      }
      if matches { return (indices[slot], word.count) }
    }
    return nil
  }

  /// Whether some word occurs anywhere in `range`.
  ///
  /// - Complexity: O(*n* × *w*) for a range of *n* scalars and *w* words (both small here).
  func occurs(in text: SourceText, _ range: Range<Int>) -> Bool {
    var position = range.lowerBound
    while position < range.upperBound {
      if match(in: text, at: position, limit: range.upperBound) != nil { return true }
      position += 1
    }
    return false
  }
}
