import Foundation

/// The fields of a ``NumericFact`` that most facts leave empty (a range's high end, the SI
/// conversion) or that do not fit its compact storage (a value beyond a 64-bit mantissa, an
/// end more than 2³² scalars after the start), kept out of line so that the fact itself
/// stays small. Immutable: changing one of them on a fact makes a new box.
///
/// ```swift
/// FactExtras.make(nil, upper: nil, siValue: nil, siUnit: nil)  // nil: nothing to keep
/// FactExtras.make(nil, upper: 400, siValue: nil, siUnit: nil)?.upper  // 400
/// ```
final class FactExtras: Sendable {
  let upper: Decimal?
  let siValue: Decimal?
  let siUnit: String?
  /// The value, when it is not kept inline.
  let value: Decimal?
  /// The end, when it is not kept as a 32-bit length.
  let end: Int?

  private init(upper: Decimal?, siValue: Decimal?, siUnit: String?, value: Decimal?, end: Int?) {
    self.upper = upper
    self.siValue = siValue
    self.siUnit = siUnit
    self.value = value
    self.end = end
  }

  /// A box with the three public fields replaced (the others kept from `old`), or nil when
  /// every field is nil.
  static func make(_ old: FactExtras?, upper: Decimal?, siValue: Decimal?, siUnit: String?)
    -> FactExtras?
  {
    make(upper: upper, siValue: siValue, siUnit: siUnit, value: old?.value, end: old?.end)
  }

  /// A box with the out-of-line value replaced (the others kept from `old`).
  static func make(_ old: FactExtras?, value: Decimal?) -> FactExtras? {
    make(
      upper: old?.upper, siValue: old?.siValue, siUnit: old?.siUnit, value: value,
      end: old?.end)
  }

  /// A box with the out-of-line end replaced (the others kept from `old`).
  static func make(_ old: FactExtras?, end: Int?) -> FactExtras? {
    make(
      upper: old?.upper, siValue: old?.siValue, siUnit: old?.siUnit, value: old?.value,
      end: end)
  }

  private static func make(
    upper: Decimal?, siValue: Decimal?, siUnit: String?, value: Decimal?, end: Int?
  ) -> FactExtras? {
    guard upper != nil || siValue != nil || siUnit != nil || value != nil || end != nil else {
      return nil
    }
    return FactExtras(upper: upper, siValue: siValue, siUnit: siUnit, value: value, end: end)
  }
}

/// A `Decimal` kept as its first two storage bytes (exponent, length and sign flags) and a
/// 64-bit mantissa, accepted only when rebuilding gives back the very same bytes — so the
/// value and its representation (which the JSON writer prints from) are kept exactly; on a
/// platform with another layout nothing is accepted and every value is boxed.
///
/// ```swift
/// InlineDecimal(Decimal(string: "12.5") ?? 0)?.mantissa  // 125
/// ```
struct InlineDecimal {
  let exponent: UInt8
  let flags: UInt8
  let mantissa: UInt64

  /// The compact form of `value`, or nil when it does not rebuild byte for byte.
  init?(_ value: Decimal) {
    let parts = withUnsafeBytes(of: value) { bytes -> (UInt8, UInt8, UInt64)? in
      guard bytes.count >= 12 else { return nil }
      var mantissa: UInt64 = 0
      for offset in (4..<12).reversed() { mantissa = mantissa << 8 | UInt64(bytes[offset]) }
      return (bytes[0], bytes[1], mantissa)
    }
    guard let parts else { return nil }
    let rebuilt = InlineDecimal.decimal(parts.0, parts.1, parts.2)
    let same = withUnsafeBytes(of: value) { original in
      withUnsafeBytes(of: rebuilt) { copy in
        guard let a = original.baseAddress, let b = copy.baseAddress else { return false }
        return memcmp(a, b, original.count) == 0
      }
    }
    guard same else { return nil }
    (exponent, flags, mantissa) = parts
  }

  /// The `Decimal` whose storage is `exponent`, `flags`, two zero bytes, then `mantissa`
  /// (little-endian) and zeros.
  static func decimal(_ exponent: UInt8, _ flags: UInt8, _ mantissa: UInt64) -> Decimal {
    var result = Decimal()
    withUnsafeMutableBytes(of: &result) { bytes in
      for offset in bytes.indices { bytes[offset] = 0 }
      guard bytes.count >= 12 else { return }
      bytes[0] = exponent
      bytes[1] = flags
      for offset in 0..<8 {
        bytes[4 + offset] = UInt8(truncatingIfNeeded: mantissa >> (8 * offset))
      }
    }
    return result
  }
}

/// Qualifier and direction of a ``NumericFact`` in one byte: the qualifier's case number
/// (0 for none) in the low four bits, the direction's in the next two.
///
/// ```swift
/// FactCodes.qualifier(FactCodes.code(.about, .increase))  // .about
/// ```
enum FactCodes {
  static let qualifiers = Qualifier.allCases
  static let directions = Direction.allCases

  /// The byte for `qualifier` and `direction`.
  static func code(_ qualifier: Qualifier?, _ direction: Direction?) -> UInt8 {
    let q = qualifier.flatMap { qualifiers.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    let d = direction.flatMap { directions.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    return UInt8(truncatingIfNeeded: q | d << 4)
  }

  /// The qualifier in `code`.
  static func qualifier(_ code: UInt8) -> Qualifier? {
    let index = Int(code & 0x0F)
    return index > 0 && index <= qualifiers.count ? qualifiers[index - 1] : nil
  }

  /// The direction in `code`.
  static func direction(_ code: UInt8) -> Direction? {
    let index = Int(code >> 4 & 0x03)
    return index > 0 && index <= directions.count ? directions[index - 1] : nil
  }
}
