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

  /// An empty map.
  public init() {
    keys = ScalarSet()
    storage = [:]
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
    @inline(__always) get { keys.contains(scalar) ? storage[scalar] : nil }
    set {
      if let newValue {
        keys.insert(scalar)
        storage[scalar] = newValue
      } else {
        storage[scalar] = nil
        keys = ScalarSet(storage.keys)
      }
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
