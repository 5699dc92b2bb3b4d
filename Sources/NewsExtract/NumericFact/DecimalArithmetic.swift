import Foundation

/// Exact `Decimal` arithmetic for the values a page holds (mantissas of at most 64 bits) in
/// machine integers, giving the very `Decimal` Foundation's operators give (same value, same
/// compact representation, so the same JSON), at a fraction of their cost (a `Decimal`
/// multiplication is about 1,700 instructions, a division 15,000–30,000). Anything larger,
/// negative where it matters, or inexact falls back to Foundation.
///
/// ```swift
/// DecimalArithmetic.product(Decimal(string: "4.5") ?? 0, 10_000)  // 45000
/// DecimalArithmetic.quotient(100_000_000, 10_000)                 // 10000
/// DecimalArithmetic.rounded(Decimal(860) * 10_000, dividedBy: 15, places: 6)  // 573333.333333
/// ```
enum DecimalArithmetic {
  /// The exponents this fast path builds results with; far beyond every page value and
  /// well inside `Decimal`'s own range.
  private static let exponents = -60...60

  /// `lhs × rhs`, exactly as `lhs * rhs`.
  static func product(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
    guard let left = DecimalOrdering.mantissa64(lhs), let right = DecimalOrdering.mantissa64(rhs),
      left != 0, right != 0
    else { return lhs * rhs }
    let (mantissa, overflow) = left.multipliedReportingOverflow(by: right)
    let exponent = lhs.exponent + rhs.exponent
    guard !overflow, exponents.contains(exponent) else { return lhs * rhs }
    return Decimal(
      sign: lhs.sign == rhs.sign ? .plus : .minus, exponent: exponent,
      significand: Decimal(mantissa))
  }

  /// `lhs + rhs`, exactly as `lhs + rhs`, for two positive values.
  static func sum(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
    guard let left = DecimalOrdering.mantissa64(lhs), let right = DecimalOrdering.mantissa64(rhs),
      left != 0, right != 0, lhs.sign == .plus, rhs.sign == .plus,
      let (alignedLeft, alignedRight, exponent) = aligned(left, lhs.exponent, right, rhs.exponent)
    else { return lhs + rhs }
    let (mantissa, overflow) = alignedLeft.addingReportingOverflow(alignedRight)
    guard !overflow else { return lhs + rhs }
    return Decimal(sign: .plus, exponent: exponent, significand: Decimal(mantissa))
  }

  /// `lhs ÷ rhs` when the quotient is exact in 64 bits (10⁸ ÷ 10⁴, 4.5 ÷ 0.5), exactly as
  /// `lhs / rhs`; other quotients are left to `Decimal` division.
  static func quotient(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
    guard let left = DecimalOrdering.mantissa64(lhs), let right = DecimalOrdering.mantissa64(rhs),
      left != 0, right != 0, left % right == 0
    else { return lhs / rhs }
    let exponent = lhs.exponent - rhs.exponent
    guard exponents.contains(exponent) else { return lhs / rhs }
    return Decimal(
      sign: lhs.sign == rhs.sign ? .plus : .minus, exponent: exponent,
      significand: Decimal(left / right))
  }

  /// `value ÷ divisor` rounded to `places` decimal places, halves away from zero: what
  /// `NSDecimalRound(value / divisor, places, .plain)` gives for the small positive whole
  /// divisors of SI factors (亩 = 10000/15 m²). A quotient that is inexact within 38 digits
  /// never lies within 10⁻³¹ of a rounding boundary for such divisors, so rounding the exact
  /// quotient once is the same as Foundation's rounding of its 38-digit quotient.
  static func rounded(_ value: Decimal, dividedBy divisor: UInt64, places: Int) -> Decimal? {
    guard let mantissa = DecimalOrdering.mantissa64(value), mantissa != 0, divisor != 0,
      divisor < 1 << 32, (0...18).contains(places)
    else { return nil }
    // value / divisor = mantissa × 10^shift / divisor × 10^-places.
    let shift = value.exponent + places
    var numerator = (high: UInt64(0), low: mantissa)
    var denominator = divisor
    if shift >= 0 {
      guard shift <= 19 else { return nil }
      numerator = mantissa.multipliedFullWidth(by: power(shift))
    } else {
      guard -shift <= 9 else { return nil }
      denominator *= power(-shift)
    }
    guard numerator.high < denominator else { return nil }
    let (quotient, remainder) = denominator.dividingFullWidth(numerator)
    // Half away from zero: the remainder is at least half the denominator.
    let roundsUp = remainder >= denominator - remainder
    let (result, overflow) = quotient.addingReportingOverflow(roundsUp ? 1 : 0)
    guard !overflow else { return nil }
    if result == 0 { return nil }
    return Decimal(sign: value.sign, exponent: -places, significand: Decimal(result))
  }

  /// Both mantissas scaled to the smaller exponent, when that fits 64 bits.
  private static func aligned(
    _ left: UInt64, _ leftExponent: Int, _ right: UInt64, _ rightExponent: Int
  ) -> (UInt64, UInt64, Int)? {
    let exponent = min(leftExponent, rightExponent)
    guard exponents.contains(exponent), leftExponent - exponent <= 19,
      rightExponent - exponent <= 19
    else { return nil }
    let (scaledLeft, leftOverflow) = left.multipliedReportingOverflow(
      by: power(leftExponent - exponent))
    let (scaledRight, rightOverflow) = right.multipliedReportingOverflow(
      by: power(rightExponent - exponent))
    guard !leftOverflow, !rightOverflow else { return nil }
    return (scaledLeft, scaledRight, exponent)
  }

  /// 10^`exponent` for 0...19.
  private static func power(_ exponent: Int) -> UInt64 {
    var result: UInt64 = 1
    for _ in 0..<max(0, min(exponent, 19)) { result &*= 10 }
    return result
  }
}
