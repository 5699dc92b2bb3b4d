/// A small read-only map from scalar values to ranges, for the lexicon tables parsers probe
/// at every position of a page: a 4,096-bit filter answers most misses with one load, and
/// a hit costs one multiplicative hash and a short linear probe (no `Hasher`, no SipHash).
///
/// ```swift
/// let slots = ScalarSlots([(0x8BB0, 0..<3), (0x672C, 3..<4)])  // 记, 本
/// slots.range(of: 0x8BB0)  // 0..<3
/// slots.range(of: 0x4E00)  // nil
/// ```
struct ScalarSlots: Sendable {
  private let filter: [UInt64]
  private let keys: [UInt32]
  private let lowers: [Int32]
  private let uppers: [Int32]
  private let shift: UInt32
  private let mask: Int

  private static let empty = UInt32.max
  private static let filterWords = 64

  /// A map of `pairs`; a later duplicate key wins.
  init(_ pairs: [(UInt32, Range<Int>)]) {
    var bits: UInt32 = 3
    while (1 << bits) < pairs.count * 2 { bits += 1 }
    let capacity = 1 << Int(bits)
    var filter = [UInt64](repeating: 0, count: Self.filterWords)
    var keys = [UInt32](repeating: Self.empty, count: capacity)
    var lowers = [Int32](repeating: 0, count: capacity)
    var uppers = [Int32](repeating: 0, count: capacity)
    let shift = 32 - bits
    for (key, range) in pairs where key != Self.empty {
      filter[Int(key >> 6) & (Self.filterWords - 1)] |= 1 << UInt64(key & 63)
      var slot = Int((key &* 0x9E37_79B1) >> shift)
      while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key
      lowers[slot] = Int32(clamping: range.lowerBound)
      uppers[slot] = Int32(clamping: range.upperBound)
    }
    self.filter = filter
    self.keys = keys
    self.lowers = lowers
    self.uppers = uppers
    self.shift = shift
    mask = capacity - 1
  }

  /// Whether `key` may be in the map: `false` is certain, `true` needs ``range(of:)``.
  @inline(__always)
  func mayContain(_ key: UInt32) -> Bool {
    filter[Int(key >> 6) & (Self.filterWords - 1)] & (1 << UInt64(key & 63)) != 0
  }

  /// The range stored for `key`, or `nil`.
  @inline(__always)
  func range(of key: UInt32) -> Range<Int>? {
    guard mayContain(key) else { return nil }
    var slot = Int((key &* 0x9E37_79B1) >> shift)
    while true {
      let found = keys[slot]
      if found == key { return Int(lowers[slot])..<Int(uppers[slot]) }
      if found == Self.empty { return nil }
      slot = (slot + 1) & mask
    }
  }
}
