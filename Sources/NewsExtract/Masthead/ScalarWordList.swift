/// A list of words matched against a ``SourceText`` at a position, longest word first,
/// comparing folded scalars (full-width forms match their ASCII twins).
///
/// Words are indexed by their first scalar, so a match costs a look-up plus the few words
/// that share that scalar.
///
/// ```swift
/// let list = ScalarWordList(["主办", "主办单位"])
/// list.match(in: SourceText("主办单位:"), at: 0, limit: 5)  // (index 1, length 4)
/// ```
struct ScalarWordList: Sendable {
  /// The words as folded scalars, in the order given.
  private let words: [[Unicode.Scalar]]
  /// For each first scalar, the indices of the words that start with it, longest first.
  private let byFirst: ScalarMap<[Int]>
  /// Every word's index, longest first (for matches that end at a position).
  private let longestFirst: [Int]

  /// Creates a list from words; empty words never match.
  init(_ source: [String]) {
    let words = source.map { $0.unicodeScalars.map(ScalarFolding.fold) }
    self.words = words
    let order = words.indices.filter { !words[$0].isEmpty }.sorted {
      words[$0].count > words[$1].count || (words[$0].count == words[$1].count && $0 < $1)
    }
    longestFirst = order
    var byFirst: [Unicode.Scalar: [Int]] = [:]
    for index in order {
      if let first = words[index].first { byFirst[first, default: []].append(index) }
    }
    self.byFirst = ScalarMap(byFirst.map { ($0.key, $0.value) })
  }

  /// The longest word starting at `position` and ending at or before `limit`.
  ///
  /// - Returns: The word's index in the list given to ``init(_:)`` and its length, or `nil`.
  func match(in text: SourceText, at position: Int, limit: Int) -> (index: Int, length: Int)? {
    guard position >= 0, position < limit, let first = text.folded(at: position),
      let candidates = byFirst[first]
    else { return nil }
    for index in candidates where position + words[index].count <= limit {
      if matches(words[index], in: text, at: position) { return (index, words[index].count) }
    }
    return nil
  }

  /// The longest word ending exactly at `end` and starting at or after `lowerLimit`.
  func match(in text: SourceText, endingAt end: Int, lowerLimit: Int) -> (index: Int, length: Int)?
  {
    for index in longestFirst {
      let start = end - words[index].count
      guard start >= lowerLimit, start >= 0 else { continue }
      if matches(words[index], in: text, at: start) { return (index, words[index].count) }
    }
    return nil
  }

  /// Whether some word occurs anywhere in `range`.
  ///
  /// - Complexity: O(*n*) for a range of *n* scalars (times the few words sharing a scalar).
  func occurs(in text: SourceText, _ range: Range<Int>) -> Bool {
    range.contains { match(in: text, at: $0, limit: range.upperBound) != nil }
  }

  private func matches(_ word: [Unicode.Scalar], in text: SourceText, at start: Int) -> Bool {
    for offset in word.indices where text.folded(at: start + offset) != word[offset] {
      return false
    }
    return true
  }
}
