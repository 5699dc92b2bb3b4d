import Foundation

/// Collects decimal digits into an exact value, in a machine integer while it fits (up to
/// 18 digits) and in `Decimal` beyond, so that reading an ordinary number costs no
/// `Decimal` arithmetic per digit.
///
/// ```swift
/// var digits = DigitAccumulator()
/// for digit in [1, 2, 5, 0] { digits.append(digit) }
/// digits.value(scale: 2)  // 12.5
/// ```
struct DigitAccumulator: Sendable {
  private var small: UInt64 = 0
  private var large: Decimal?

  /// Appends one digit (0...9) at the end.
  mutating func append(_ digit: Int) {
    let digit = UInt64(max(0, min(9, digit)))
    if large == nil, small <= (UInt64.max - 9) / 10 {
      small = small * 10 + digit
      return
    }
    large = (large ?? Decimal(small)) * 10 + Decimal(digit)
  }

  /// The digits read as an integer divided by 10^`scale`, exactly.
  func value(scale: Int) -> Decimal {
    let integer = large ?? Decimal(small)
    guard scale > 0 else { return integer }
    return Decimal(sign: .plus, exponent: -scale, significand: integer)
  }
}
