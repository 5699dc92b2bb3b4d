import Foundation

/// Exact comparisons of a `Decimal` with a whole number that skip Foundation's general
/// `Decimal` comparison (about 2,700 instructions a call) for the values a page holds: a
/// mantissa of at most 64 bits. Anything else, or a `Decimal` whose storage does not read as
/// expected on this platform, falls back to `Decimal` comparison.
///
/// ```swift
/// DecimalOrdering.compare(Decimal(string: "3.5") ?? 0, 10)  // .orderedAscending
/// DecimalOrdering.exceeds(Decimal(12), powerOfTen: 30)    // false
/// ```
enum DecimalOrdering {
  /// `value` compared with `bound`, exactly.
  static func compare(_ value: Decimal, _ bound: UInt64) -> ComparisonResult {
    guard let mantissa = mantissa64(value) else {
      return compareSlowly(value, Decimal(bound))
    }
    if value.isZero { return bound == 0 ? .orderedSame : .orderedAscending }
    if value.sign == .minus { return .orderedAscending }
    let exponent = value.exponent
    if exponent >= 0 {
      var scaled = mantissa
      for _ in 0..<exponent {
        let (product, overflow) = scaled.multipliedReportingOverflow(by: 10)
        if overflow { return .orderedDescending }
        scaled = product
      }
      return order(scaled, bound)
    }
    var scaledBound = bound
    for _ in 0..<(-exponent) {
      let (product, overflow) = scaledBound.multipliedReportingOverflow(by: 10)
      if overflow { return .orderedAscending }
      scaledBound = product
    }
    return order(mantissa, scaledBound)
  }

  /// Whether `low` < `value` < `high`, exactly (`0 < value < 10`: a digit's worth).
  @inline(__always)
  static func isBetween(_ value: Decimal, above low: UInt64, below high: UInt64) -> Bool {
    compare(value, low) == .orderedDescending && compare(value, high) == .orderedAscending
  }

  /// Whether `value` > `bound`, exactly.
  @inline(__always)
  static func isAbove(_ value: Decimal, _ bound: UInt64) -> Bool {
    compare(value, bound) == .orderedDescending
  }

  /// Whether `value` is greater than 10^`powerOfTen` (`powerOfTen` ≥ 20), exactly.
  static func exceeds(_ value: Decimal, powerOfTen: Int) -> Bool {
    // A 64-bit mantissa is below 10^20, so m × 10^e stays below 10^(20 + e).
    if mantissa64(value) != nil, value.exponent <= powerOfTen - 20 { return false }
    return value > Decimal(sign: .plus, exponent: powerOfTen, significand: 1)
  }

  /// Where the mantissa's eight 16-bit words start in `Decimal`'s storage (little-endian).
  private static let mantissaOffset = 4

  /// Whether `Decimal`'s storage reads as expected here; otherwise every call falls back.
  /// Internal so that a test can check the fast path is taken.
  static let layoutIsKnown: Bool = {
    guard MemoryLayout<Decimal>.size >= mantissaOffset + 16 else { return false }
    let sample = Decimal(sign: .plus, exponent: 0, significand: Decimal(0x1234_5678_9ABC))
    let large = Decimal(sign: .plus, exponent: 0, significand: Decimal(UInt64.max)) * 65_536
    return readMantissa(sample) == 0x1234_5678_9ABC && readMantissa(large) == nil
      && readMantissa(Decimal(7)) == 7 && readMantissa(Decimal(65_536)) == 65_536
  }()

  /// The mantissa when the value is a number whose mantissa fits 64 bits.
  static func mantissa64(_ value: Decimal) -> UInt64? {
    guard layoutIsKnown, !value.isNaN else { return nil }
    return readMantissa(value)
  }

  /// The mantissa from storage: the length (16-bit words in use) in the high four bits of
  /// byte 1, then the words from ``mantissaOffset``; `nil` beyond four words.
  private static func readMantissa(_ value: Decimal) -> UInt64? {
    withUnsafeBytes(of: value) { bytes -> UInt64? in
      guard bytes.count >= mantissaOffset + 16 else { return nil }
      let length = Int(bytes[1] >> 4)
      guard length <= 4 else { return nil }
      var result: UInt64 = 0
      for offset in (mantissaOffset..<(mantissaOffset + 2 * length)).reversed() {
        result = (result << 8) | UInt64(bytes[offset])
      }
      return result
    }
  }

  private static func order(_ lhs: UInt64, _ rhs: UInt64) -> ComparisonResult {
    lhs < rhs ? .orderedAscending : lhs > rhs ? .orderedDescending : .orderedSame
  }

  private static func compareSlowly(_ lhs: Decimal, _ rhs: Decimal) -> ComparisonResult {
    lhs < rhs ? .orderedAscending : lhs > rhs ? .orderedDescending : .orderedSame
  }

  /// `value` ÷ 10^`places`, exactly, by moving the exponent instead of dividing (a compact
  /// value stays compact). Far from 1 (below 10^-80 or above 10^127) it divides like
  /// `Decimal` does, which underflows to NaN long before the exponent's own limit.
  static func dividedByPowerOfTen(_ value: Decimal, _ places: Int) -> Decimal {
    guard places > 0 else { return value }
    let exponent = value.exponent - places
    guard !value.isNaN, exponent >= -80, value.exponent <= Int(Int8.max) else {
      var result = value
      for _ in 0..<places { result /= 10 }
      return result
    }
    return Decimal(sign: value.sign, exponent: exponent, significand: value.significand)
  }
}
