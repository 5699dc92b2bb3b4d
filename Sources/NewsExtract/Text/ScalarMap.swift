/// A dictionary keyed by Unicode scalars whose misses cost no hashing: a ``ScalarSet`` of
/// the keys answers first, and only keys present are looked up.
///
/// Lexicons use it for per-character tables read at every position of a page (numeral
/// values, multipliers, closing brackets), where nearly every lookup misses.
///
/// ```swift
/// let digits: ScalarMap<Int> = ["一": 1, "二": 2, "两": 2]
/// digits["两"]  // 2
/// digits["钱"]  // nil
/// ```
public struct ScalarMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  /// The keys, for fast misses.
  public private(set) var keys: ScalarSet
  private var storage: [Unicode.Scalar: Value]
  /// Lookup without hashing for keys in the Basic Multilingual Plane: the high byte of a
  /// scalar selects a page of ``slots`` (page 0 holds no key), the low byte a slot, and a
  /// slot holds 1 + the index of the value in ``ordered`` (0: no key).
  private var pages: [UInt32]
  private var slots: [UInt32]
  private var ordered: [Value]

  /// An empty map.
  public init() {
    keys = ScalarSet()
    storage = [:]
    pages = Array(repeating: 0, count: 256)
    slots = Array(repeating: 0, count: 256)
    ordered = []
  }

  /// A map of the literal's pairs (a later duplicate key wins).
  public init(dictionaryLiteral pairs: (Unicode.Scalar, Value)...) {
    self.init(pairs)
  }

  /// A map of `pairs` (a later duplicate key wins).
  public init<Pairs: Sequence>(_ pairs: Pairs) where Pairs.Element == (Unicode.Scalar, Value) {
    self.init()
    for (key, value) in pairs { self[key] = value }
  }

  /// The value for `scalar`, or `nil`.
  public subscript(scalar: Unicode.Scalar) -> Value? {
    @inline(__always) get {
      let value = scalar.value
      guard value < 0x10000 else { return keys.contains(scalar) ? storage[scalar] : nil }
      let page = Int(pages[Int(value >> 8)])
      let slot = Int(slots[page << 8 | Int(value & 0xFF)])
      return slot == 0 ? nil : ordered[slot - 1]
    }
    set {
      if let newValue {
        keys.insert(scalar)
        storage[scalar] = newValue
        index(scalar, newValue)
      } else {
        storage[scalar] = nil
        keys = ScalarSet(storage.keys)
        pages = Array(repeating: 0, count: 256)
        slots = Array(repeating: 0, count: 256)
        ordered = []
        for (key, value) in storage { index(key, value) }
      }
    }
  }

  /// Records `value` for a BMP `scalar` in the page table.
  private mutating func index(_ scalar: Unicode.Scalar, _ value: Value) {
    let code = scalar.value
    guard code < 0x10000 else { return }
    var page = Int(pages[Int(code >> 8)])
    if page == 0 {
      page = slots.count >> 8
      slots.append(contentsOf: repeatElement(0, count: 256))
      pages[Int(code >> 8)] = UInt32(page)
    }
    let position = page << 8 | Int(code & 0xFF)
    if slots[position] == 0 {
      ordered.append(value)
      slots[position] = UInt32(ordered.count)
    } else {
      ordered[Int(slots[position]) - 1] = value
    }
  }

  /// The number of keys.
  public var count: Int { storage.count }

  /// Whether the map has no keys.
  public var isEmpty: Bool { storage.isEmpty }

  /// The values, in no particular order.
  public var values: [Value] { Array(storage.values) }

  /// The key–value pairs, in no particular order.
  public var pairs: [(key: Unicode.Scalar, value: Value)] { storage.map { ($0.key, $0.value) } }
}
