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

  /// ``mayStart(with:)`` for a folded scalar value.
  @inline(__always)
  func mayStart(value: UInt32) -> Bool {
    storage.firstSlots.mayContain(value)
  }

  /// Whether the whole of `range` is one word of the table.
  func isWord(_ text: SourceText, _ range: Range<Int>) -> Bool {
    guard let found = match(text, at: range.lowerBound, limit: range.upperBound) else {
      return false
    }
    return found.length == range.count
  }
}

/// The storage of a ``WordTable``: words of two or more scalars are grouped by their first
/// (or last) two scalars, so a lookup compares only the few words that share them; words of
/// one scalar are found by that scalar.
private final class WordTableStorage<Value: Sendable>: Sendable {
  /// The words, flattened: every word's folded scalar values, back to back.
  private let scalars: [UInt32]
  /// The words' values, by word index.
  private let values: [Value]
  /// Words of two or more scalars by their first two, longest first within a group.
  private let byFirstPair: Group
  /// Words of two or more scalars by their last two, longest first within a group.
  private let byLastPair: Group
  /// The words of one scalar.
  private let singles: Group
  /// Every word's first scalar (its range is unused): the bitmap of ``mayStart(with:)``.
  let firstSlots: ScalarSlots
  /// ``pairKey(_:_:)`` of the first two scalars → the group's range in ``byFirstPair``.
  private let firstPairSlots: ScalarSlots
  /// ``pairKey(_:_:)`` of the last two scalars → the group's range in ``byLastPair``.
  private let lastPairSlots: ScalarSlots
  /// The scalar of a one-scalar word → its range in ``singles``.
  private let singleSlots: ScalarSlots

  /// Words in lookup order: where each starts in ``scalars``, its length, its index.
  private struct Group: Sendable {
    var starts: [Int]
    var lengths: [Int]
    var words: [Int]
  }

  /// A key for two scalars. Different pairs may share a key (their words then share a
  /// group, and every scalar is compared); the key is never the slots' empty marker.
  @inline(__always)
  private static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt32 {
    let key = first &* 0x0100_0193 ^ second
    return key == UInt32.max ? key ^ 1 : key
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
    var words: [(start: Int, length: Int)] = []
    for word in folded {
      words.append((scalars.count, word.count))
      scalars.append(contentsOf: word)
    }
    let longestFirst = words.indices.sorted {
      words[$0].length > words[$1].length || (words[$0].length == words[$1].length && $0 < $1)
    }
    func grouped(_ members: [Int], by key: (Int) -> UInt32) -> (order: Group, slots: ScalarSlots) {
      var groups: [UInt32: [Int]] = [:]
      var keys: [UInt32] = []
      for index in members {
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
    let long = longestFirst.filter { words[$0].length >= 2 }
    let short = longestFirst.filter { words[$0].length == 1 }
    let firstPair = grouped(long) {
      Self.pairKey(scalars[words[$0].start], scalars[words[$0].start + 1])
    }
    let lastPair = grouped(long) {
      let end = words[$0].start + words[$0].length
      return Self.pairKey(scalars[end - 2], scalars[end - 1])
    }
    let single = grouped(short) { scalars[words[$0].start] }
    self.scalars = scalars
    self.values = values
    byFirstPair = firstPair.order
    firstPairSlots = firstPair.slots
    byLastPair = lastPair.order
    lastPairSlots = lastPair.slots
    singles = single.order
    singleSlots = single.slots
    firstSlots = grouped(longestFirst) { scalars[words[$0].start] }.slots
  }

  /// The longest word starting at `index` and ending at or before `limit`.
  func match(_ text: SourceText, at index: Int, limit: Int) -> (length: Int, value: Value)? {
    guard let first = text.folded(at: index)?.value, firstSlots.mayContain(first) else {
      return nil
    }
    let end = min(limit, text.count)
    if index + 1 < end, let second = text.folded(at: index + 1)?.value,
      let group = firstPairSlots.range(of: Self.pairKey(first, second))
    {
      for position in group {
        let length = byFirstPair.lengths[position]
        guard index + length <= end else { continue }
        let start = byFirstPair.starts[position]
        // The pair is known; only another pair sharing its key can differ there.
        guard scalars[start] == first, scalars[start + 1] == second else { continue }
        var offset = 2
        while offset < length, text.folded(at: index + offset)?.value == scalars[start + offset] {
          offset += 1
        }
        if offset == length { return (length, values[byFirstPair.words[position]]) }
      }
    }
    if index + 1 <= end, let group = singleSlots.range(of: first), let position = group.first {
      return (1, values[singles.words[position]])
    }
    return nil
  }

  /// The longest word ending exactly at `end` and starting at or after `lowerLimit`.
  func matchEnding(_ text: SourceText, at end: Int, lowerLimit: Int) -> (
    length: Int, value: Value
  )? {
    guard let last = text.folded(at: end - 1)?.value else { return nil }
    let lower = max(0, lowerLimit)
    if end - 2 >= lower, let secondLast = text.folded(at: end - 2)?.value,
      let group = lastPairSlots.range(of: Self.pairKey(secondLast, last))
    {
      for position in group {
        let length = byLastPair.lengths[position]
        let start = end - length
        guard start >= lower else { continue }
        let stored = byLastPair.starts[position]
        guard scalars[stored + length - 2] == secondLast, scalars[stored + length - 1] == last
        else { continue }
        var offset = 0
        while offset < length - 2,
          text.folded(at: start + offset)?.value == scalars[stored + offset]
        {
          offset += 1
        }
        if offset == length - 2 { return (length, values[byLastPair.words[position]]) }
      }
    }
    if end - 1 >= lower, let group = singleSlots.range(of: last), let position = group.first {
      return (1, values[singles.words[position]])
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
