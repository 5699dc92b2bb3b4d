/// A longest-match lookup of lexicon words in a ``SourceText``, comparing folded scalars
/// (see ``ScalarFolding``) so that full-width forms in the text match ASCII in the table.
///
/// Words are bucketed by their first folded scalar and tried longest first, so a lookup
/// costs a dictionary probe plus a few short comparisons.
struct WordTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    var scalars: [Unicode.Scalar]
    var value: Value
  }

  private var buckets: [UInt32: [Entry]] = [:]
  private var endBuckets: [UInt32: [Entry]] = [:]
  /// The first and last scalars of the words: a bitmap test rejects most positions before
  /// any dictionary probe.
  private var firsts = ScalarSet()
  private var lasts = ScalarSet()

  /// Builds a table from `(word, value)` pairs; later duplicates replace earlier ones.
  init(_ pairs: [(String, Value)]) {
    for (word, value) in pairs {
      let scalars = word.unicodeScalars.map(ScalarFolding.fold)
      guard let first = scalars.first, let last = scalars.last else { continue }
      let entry = Entry(scalars: scalars, value: value)
      firsts.insert(first)
      lasts.insert(last)
      buckets[first.value, default: []].removeAll { $0.scalars == scalars }
      buckets[first.value, default: []].append(entry)
      endBuckets[last.value, default: []].removeAll { $0.scalars == scalars }
      endBuckets[last.value, default: []].append(entry)
    }
    for key in buckets.keys {
      buckets[key]?.sort { $0.scalars.count > $1.scalars.count }
    }
    for key in endBuckets.keys {
      endBuckets[key]?.sort { $0.scalars.count > $1.scalars.count }
    }
  }

  /// The longest word starting at `index` and ending at or before `limit`.
  func match(_ text: SourceText, at index: Int, limit: Int) -> (length: Int, value: Value)? {
    guard let first = text.folded(at: index), firsts.contains(first),
      let entries = buckets[first.value]
    else {
      return nil
    }
    for entry in entries where index + entry.scalars.count <= min(limit, text.count) {
      var same = true
      for (offset, scalar) in entry.scalars.enumerated().dropFirst()
      where text.folded(at: index + offset) != scalar {
        same = false
        break
      }
      if same { return (entry.scalars.count, entry.value) }
    }
    return nil
  }

  /// The longest word ending exactly at `end` and starting at or after `lowerLimit`.
  func matchEnding(_ text: SourceText, at end: Int, lowerLimit: Int) -> (
    length: Int, value: Value
  )? {
    guard let last = text.folded(at: end - 1), lasts.contains(last),
      let entries = endBuckets[last.value]
    else {
      return nil
    }
    for entry in entries where end - entry.scalars.count >= max(0, lowerLimit) {
      let start = end - entry.scalars.count
      var same = true
      for (offset, scalar) in entry.scalars.enumerated()
      where text.folded(at: start + offset) != scalar {
        same = false
        break
      }
      if same { return (entry.scalars.count, entry.value) }
    }
    return nil
  }

  /// Whether the whole of `range` is one word of the table.
  func isWord(_ text: SourceText, _ range: Range<Int>) -> Bool {
    guard let found = match(text, at: range.lowerBound, limit: range.upperBound) else {
      return false
    }
    return found.length == range.count
  }
}

extension WordTable where Value == Bool {
  /// A set of words.
  init(words: [String]) {
    self.init(words.map { ($0, true) })
  }
}
