import Foundation

/// Converts a physical quantity to SI units, exactly, then rounds to six decimal places.
///
/// The SI factor of a unit is an exact fraction (亩 = 10000/15 m²), so the only
/// inexactness is the final rounding to ``scale`` places (half away from zero):
/// 860亩 → 573333.333333 m².
///
/// ```swift
/// SIConversion.rounded(Decimal(string: "573333.3333333")!)  // 573333.333333
/// ```
public enum SIConversion {
  /// The number of decimal places SI values are rounded to.
  public static let scale = 6

  /// The SI value of `value` in the unit `entry`, or `nil` when the unit is not physical.
  public static func si(_ value: Decimal, _ entry: UnitEntry) -> Decimal? {
    guard let numerator = entry.siNumerator, entry.siDenominator != 0 else { return nil }
    let product = DecimalArithmetic.product(value, numerator)
    if let divisor = wholeNumber(entry.siDenominator),
      let exact = DecimalArithmetic.rounded(product, dividedBy: divisor, places: scale)
    {
      return exact
    }
    if DecimalOrdering.compare(entry.siDenominator, 1) == .orderedSame {
      return rounded(product)
    }
    return rounded(product / entry.siDenominator)
  }

  /// `value` as a positive whole number below 2³², if it is one.
  private static func wholeNumber(_ value: Decimal) -> UInt64? {
    guard value.sign == .plus, (0...9).contains(value.exponent),
      let mantissa = DecimalOrdering.mantissa64(value), mantissa < 1 << 32
    else { return nil }
    var result = mantissa
    for _ in 0..<value.exponent { result *= 10 }
    return result < 1 << 32 ? result : nil
  }

  /// `value` rounded to ``scale`` decimal places.
  public static func rounded(_ value: Decimal) -> Decimal {
    var input = value
    var output = Decimal()
    NSDecimalRound(&output, &input, scale, .plain)
    return output
  }
}
