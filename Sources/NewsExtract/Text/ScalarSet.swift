/// A set of Unicode scalars with O(1) membership and no hashing: a bitmap over the Basic
/// Multilingual Plane (8 KB) plus a small sorted list for the rare scalars above it.
///
/// Lexicons use it instead of `Set<Unicode.Scalar>` for the character classes parsers test
/// at every position of a page (digits, multipliers, brackets, separators): `contains` is
/// a shift and a mask where `Set` hashes the scalar with SipHash.
///
/// ```swift
/// let separators: ScalarSet = ["、", ",", "；"]
/// separators.contains("、")  // true
/// separators.contains("钱")  // false
/// ```
public struct ScalarSet: Sendable, Hashable, ExpressibleByArrayLiteral {
  private var words: [UInt64]
  private var astral: [UInt32]

  /// An empty set.
  public init() {
    words = Array(repeating: 0, count: 1024)
    astral = []
  }

  /// The set of `scalars`.
  public init<Scalars: Sequence>(_ scalars: Scalars) where Scalars.Element == Unicode.Scalar {
    self.init()
    for scalar in scalars { insert(scalar) }
  }

  /// The set of the literal's scalars.
  public init(arrayLiteral scalars: Unicode.Scalar...) {
    self.init(scalars)
  }

  /// Adds `scalar`.
  public mutating func insert(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x10000 {
      words[Int(value >> 6)] |= 1 << UInt64(value & 63)
    } else if !astral.contains(value) {
      astral.append(value)
      astral.sort()
    }
  }

  /// The set with `other`'s scalars added.
  ///
  /// ```swift
  /// let marks: ScalarSet = ["。"]
  /// marks.union(["…"]).contains("…")  // true
  /// ```
  public func union<Scalars: Sequence>(_ other: Scalars) -> ScalarSet
  where Scalars.Element == Unicode.Scalar {
    var result = self
    for scalar in other { result.insert(scalar) }
    return result
  }

  /// The set with `other`'s scalars added.
  public func union(_ other: ScalarSet) -> ScalarSet {
    var result = self
    for index in 0..<result.words.count { result.words[index] |= other.words[index] }
    for value in other.astral where !result.astral.contains(value) { result.astral.append(value) }
    result.astral.sort()
    return result
  }

  /// The set with every scalar added that ``ScalarFolding/fold(_:)`` maps into it (`８` for
  /// `8`, the ideographic space for a space), so that `folded().contains(s)` equals
  /// `contains(ScalarFolding.fold(s))` for members and their full-width forms alike.
  ///
  /// ```swift
  /// let digits: ScalarSet = ["8"]
  /// digits.folded().contains("８")  // true
  /// ```
  public func folded() -> ScalarSet {
    var result = self
    for value in UInt32(0x21)...0x7E {
      if let scalar = Unicode.Scalar(value), contains(scalar),
        let wide = Unicode.Scalar(value + 0xFEE0)
      {
        result.insert(wide)
      }
    }
    if contains(" ") {
      result.insert("\u{3000}")
      result.insert("\u{A0}")
    }
    return result
  }

  /// The BMP bitmap, for tight loops over raw storage (see
  /// ``CompactScalars/firstIndex(in:from:to:)``).
  var bitmap: [UInt64] { words }

  /// Whether a scalar value above the BMP is in the set.
  func containsAstral(_ value: UInt32) -> Bool { astral.contains(value) }

  /// Whether `scalar` is in the set.
  @inline(__always)
  public func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x10000 {
      return words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }
    return astral.contains(value)
  }

  /// Whether the scalar at `index` of `text` is in the set (`false` outside the text).
  @inline(__always)
  public func contains(_ text: SourceText, at index: Int) -> Bool {
    guard let scalar = text.scalar(at: index) else { return false }
    return contains(scalar)
  }
}
