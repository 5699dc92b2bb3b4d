extension SourceText {
  /// The end of the white-space run at `index` when that run holds a line break (the page
  /// layout's break inside a paragraph), else `nil`.
  ///
  /// - Complexity: O(*k*) in the length of the run.
  func breakRunEnd(at index: Int, limit: Int) -> Int? {
    var cursor = index
    var sawBreak = false
    while cursor < limit {
      let scalar = scalars[cursor]
      if scalar == "\n" {
        sawBreak = true
      } else if !ScalarFolding.isSpace(scalar) {
        break
      }
      cursor += 1
    }
    return sawBreak && cursor > index ? cursor : nil
  }

  /// The index after horizontal spaces and layout line breaks starting at `index`, skipping
  /// at most `maxSpaces` plain spaces when no line break is among them.
  func skipGap(at index: Int, limit: Int, maxSpaces: Int) -> Int {
    // Nearly always no gap starts here: one test instead of the two loops below.
    guard index >= 0, index < limit, index < count else { return index }
    let first = scalars[index]
    if first != "\n" && !ScalarFolding.isSpace(first) { return index }
    if let end = breakRunEnd(at: index, limit: limit) { return end }
    var cursor = index
    while cursor < limit && cursor - index < maxSpaces && ScalarFolding.isSpace(scalars[cursor]) {
      cursor += 1
    }
    return cursor
  }

  /// Matches `word` at `index` (comparing folded scalars, allowing layout line breaks
  /// between its scalars) and returns the index after it.
  func match(_ word: [Unicode.Scalar], at index: Int, limit: Int) -> Int? {
    // The common case first: the word printed in one piece, compared scalar by scalar. A
    // break or space inside the span leaves the decision to the general loop below.
    let end = index + word.count
    if index >= 0, end <= limit, end <= count {
      var cursor = index
      for expected in word {
        let scalar = scalars[cursor]
        if cursor > index && (scalar == "\n" || ScalarFolding.isSpace(scalar)) { break }
        guard ScalarFolding.fold(scalar) == expected else { return nil }
        cursor += 1
      }
      if cursor == end { return end }
    }
    var cursor = index
    for (offset, expected) in word.enumerated() {
      if offset > 0, cursor < limit,
        scalars[cursor] == "\n" || ScalarFolding.isSpace(scalars[cursor])
      {
        cursor = skipGap(at: cursor, limit: limit, maxSpaces: 4)
      }
      guard cursor < limit, ScalarFolding.fold(scalars[cursor]) == expected else { return nil }
      cursor += 1
    }
    return cursor
  }

  /// Matches `word` ending right before `end` (folded, no line breaks) and returns its start.
  func match(_ word: [Unicode.Scalar], endingAt end: Int, lowerLimit: Int) -> Int? {
    let start = end - word.count
    guard start >= lowerLimit, start >= 0, end <= count else { return nil }
    var cursor = start
    for expected in word {
      guard ScalarFolding.fold(scalars[cursor]) == expected else { return nil }
      cursor += 1
    }
    return start
  }

  /// Whether the scalar at `index` is an ASCII letter.
  func isASCIILetter(at index: Int) -> Bool {
    guard let scalar = folded(at: index) else { return false }
    return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
  }
}

/// A word of a lexicon as scalars, with what it stands for.
struct LexiconWord<Payload: Sendable>: Sendable {
  let scalars: [Unicode.Scalar]
  let payload: Payload

  init(_ word: String, _ payload: Payload) {
    self.scalars = Array(word.unicodeScalars)
    self.payload = payload
  }

  /// A table of words and their traditional twins (``ScriptLexicon``) indexed by first and
  /// last scalar, longest first.
  static func table(_ pairs: [(String, Payload)]) -> FactWordTable<Payload> {
    FactWordTable(ScriptLexicon.withTraditional(pairs).map { LexiconWord($0.0, $0.1) })
  }
}

/// Lexicon words indexed by their first and last scalar, so that a lookup compares only
/// the few words that can match; within a bucket the longest word comes first. A class, so
/// that reading a table held in a `static let` copies no arrays.
final class FactWordTable<Payload: Sendable>: Sendable {
  let words: [LexiconWord<Payload>]
  private let byFirst: ScalarMap<[LexiconWord<Payload>]>
  private let byLast: ScalarMap<[LexiconWord<Payload>]>
  /// The keys of ``byFirst`` and ``byLast``, held apart for the inline rejection.
  private let firstScalars: ScalarSet
  private let lastScalars: ScalarSet

  /// The first scalar of every word (a bitmap: misses cost no hashing).
  var firsts: ScalarSet { byFirst.keys }

  /// The last scalar of every word (a bitmap: misses cost no hashing).
  var lasts: ScalarSet { byLast.keys }

  init(_ words: [LexiconWord<Payload>]) {
    let sorted = words.sorted { $0.scalars.count > $1.scalars.count }
    self.words = sorted
    var byFirst: [Unicode.Scalar: [LexiconWord<Payload>]] = [:]
    var byLast: [Unicode.Scalar: [LexiconWord<Payload>]] = [:]
    for word in sorted {
      guard let first = word.scalars.first, let last = word.scalars.last else { continue }
      byFirst[first, default: []].append(word)
      byLast[last, default: []].append(word)
    }
    self.byFirst = ScalarMap(byFirst.map { ($0.key, $0.value) })
    self.byLast = ScalarMap(byLast.map { ($0.key, $0.value) })
    self.firstScalars = self.byFirst.keys
    self.lastScalars = self.byLast.keys
  }

  /// The longest word matching at `index`, with the index after it. A scalar that starts
  /// no word is rejected inline by one bitmap test (nearly every lookup), the rest below.
  @inline(__always)
  func longestMatch(in text: SourceText, at index: Int, limit: Int) -> (Payload, Int)? {
    guard index < limit, let scalar = text.folded(at: index), firstScalars.contains(scalar)
    else { return nil }
    return longestMatch(in: text, at: index, first: scalar, limit: limit)
  }

  /// ``longestMatch(in:at:limit:)`` once the first scalar is known to start some word.
  private func longestMatch(
    in text: SourceText, at index: Int, first scalar: Unicode.Scalar, limit: Int
  )
    -> (Payload, Int)?
  {
    guard let bucket = byFirst[scalar] else { return nil }
    for word in bucket {
      if let end = text.match(word.scalars, at: index, limit: limit) {
        return (word.payload, end)
      }
    }
    return nil
  }

  /// The longest word ending at `end`, with its start. A scalar that ends no word is
  /// rejected inline by one bitmap test, the rest below.
  @inline(__always)
  func longestMatch(in text: SourceText, endingAt end: Int, lowerLimit: Int) -> (Payload, Int)? {
    guard end > lowerLimit, let scalar = text.folded(at: end - 1), lastScalars.contains(scalar)
    else { return nil }
    return longestMatch(in: text, endingAt: end, last: scalar, lowerLimit: lowerLimit)
  }

  /// ``longestMatch(in:endingAt:lowerLimit:)`` once the last scalar is known to end a word.
  private func longestMatch(
    in text: SourceText, endingAt end: Int, last scalar: Unicode.Scalar, lowerLimit: Int
  ) -> (Payload, Int)? {
    guard let bucket = byLast[scalar] else { return nil }
    for word in bucket {
      if let start = text.match(word.scalars, endingAt: end, lowerLimit: lowerLimit) {
        return (word.payload, start)
      }
    }
    return nil
  }
}
