/// A longest-match lookup of lexicon words in a ``SourceText``, comparing folded scalars
/// (see ``ScalarFolding``) so that full-width forms in the text match ASCII in the table.
///
/// Words are bucketed by their first folded scalar (and, for matches that end at a
/// position, by their last) and tried longest first. A bitmap rejects most positions;
/// a hit costs one probe of a ``ScalarSlots`` table (no hashing of `String`s or `Hasher`)
/// plus a few short comparisons against one flat array of scalar values.
struct WordTable<Value: Sendable>: Sendable {
  /// The table lives in one object, so that reading a `static let` table copies a single
  /// reference, not a dozen arrays.
  private let storage: WordTableStorage<Value>

  /// Builds a table from `(word, value)` pairs; later duplicates replace earlier ones.
  init(_ pairs: [(String, Value)]) {
    storage = WordTableStorage(pairs)
  }

  /// The longest word starting at `index` and ending at or before `limit`.
  @inline(__always)
  func match(_ text: SourceText, at index: Int, limit: Int) -> (length: Int, value: Value)? {
    storage.match(text, at: index, limit: limit)
  }

  /// The longest word ending exactly at `end` and starting at or after `lowerLimit`.
  @inline(__always)
  func matchEnding(_ text: SourceText, at end: Int, lowerLimit: Int) -> (
    length: Int, value: Value
  )? {
    storage.matchEnding(text, at: end, lowerLimit: lowerLimit)
  }

  /// Whether a word of the table may start with `scalar` (folded): a bitmap test.
  @inline(__always)
  func mayStart(with scalar: Unicode.Scalar) -> Bool {
    storage.firstSlots.mayContain(scalar.value)
  }

  /// Whether the whole of `range` is one word of the table.
  func isWord(_ text: SourceText, _ range: Range<Int>) -> Bool {
    guard let found = match(text, at: range.lowerBound, limit: range.upperBound) else {
      return false
    }
    return found.length == range.count
  }
}

/// The storage of a ``WordTable``.
private final class WordTableStorage<Value: Sendable>: Sendable {
  /// The words, flattened: every word's folded scalar values, back to back.
  private let scalars: [UInt32]
  /// The words' values, by word index.
  private let values: [Value]
  /// The words grouped by first scalar, longest first within a group.
  private let byFirst: Group
  /// The words grouped by last scalar, longest first within a group.
  private let byLast: Group
  /// First scalar → the group's range in ``byFirst``.
  let firstSlots: ScalarSlots
  /// Last scalar → the group's range in ``byLast``.
  private let lastSlots: ScalarSlots

  /// Words in lookup order: where each starts in ``scalars``, its length, its index.
  private struct Group: Sendable {
    var starts: [Int]
    var lengths: [Int]
    var words: [Int]
  }

  init(_ pairs: [(String, Value)]) {
    var folded: [[UInt32]] = []
    var values: [Value] = []
    var seen: [[UInt32]: Int] = [:]
    for (word, value) in pairs {
      let word = word.unicodeScalars.map { ScalarFolding.fold($0).value }
      guard !word.isEmpty else { continue }
      if let earlier = seen[word] {
        // A later duplicate replaces the earlier one.
        values[earlier] = value
        continue
      }
      seen[word] = folded.count
      folded.append(word)
      values.append(value)
    }
    var scalars: [UInt32] = []
    var words: [(start: Int, length: Int, value: Value)] = []
    for (word, value) in zip(folded, values) {
      words.append((scalars.count, word.count, value))
      scalars.append(contentsOf: word)
    }
    let longestFirst = words.indices.sorted {
      words[$0].length > words[$1].length || (words[$0].length == words[$1].length && $0 < $1)
    }
    func grouped(by key: (Int) -> UInt32) -> (order: Group, slots: ScalarSlots) {
      var groups: [UInt32: [Int]] = [:]
      var keys: [UInt32] = []
      for index in longestFirst {
        let scalar = key(index)
        if groups[scalar] == nil { keys.append(scalar) }
        groups[scalar, default: []].append(index)
      }
      var order: [Int] = []
      var ranges: [(UInt32, Range<Int>)] = []
      for scalar in keys {
        let group = groups[scalar] ?? []
        ranges.append((scalar, order.count..<(order.count + group.count)))
        order.append(contentsOf: group)
      }
      let group = Group(
        starts: order.map { words[$0].start }, lengths: order.map { words[$0].length },
        words: order)
      return (group, ScalarSlots(ranges))
    }
    let first = grouped { scalars[words[$0].start] }
    let last = grouped { scalars[words[$0].start + words[$0].length - 1] }
    self.scalars = scalars
    self.values = values
    byFirst = first.order
    firstSlots = first.slots
    byLast = last.order
    lastSlots = last.slots
  }

  /// The longest word starting at `index` and ending at or before `limit`.
  func match(_ text: SourceText, at index: Int, limit: Int) -> (length: Int, value: Value)? {
    guard let first = text.folded(at: index), let group = firstSlots.range(of: first.value)
    else { return nil }
    let end = min(limit, text.count)
    for position in group {
      let length = byFirst.lengths[position]
      guard index + length <= end else { continue }
      let start = byFirst.starts[position]
      var offset = 1
      while offset < length, text.folded(at: index + offset)?.value == scalars[start + offset] {
        offset += 1
      }
      if offset == length { return (length, values[byFirst.words[position]]) }
    }
    return nil
  }

  /// The longest word ending exactly at `end` and starting at or after `lowerLimit`.
  func matchEnding(_ text: SourceText, at end: Int, lowerLimit: Int) -> (
    length: Int, value: Value
  )? {
    guard let last = text.folded(at: end - 1), let group = lastSlots.range(of: last.value)
    else { return nil }
    for position in group {
      let length = byLast.lengths[position]
      let start = end - length
      guard start >= max(0, lowerLimit) else { continue }
      let stored = byLast.starts[position]
      var offset = 0
      while offset < length - 1, text.folded(at: start + offset)?.value == scalars[stored + offset]
      {
        offset += 1
      }
      if offset == length - 1 { return (length, values[byLast.words[position]]) }
    }
    return nil
  }
}

extension WordTable where Value == Bool {
  /// A set of words.
  init(words: [String]) {
    self.init(words.map { ($0, true) })
  }
}
