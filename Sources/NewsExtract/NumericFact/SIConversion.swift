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
    let product = value * numerator
    if DecimalOrdering.compare(entry.siDenominator, 1) == .orderedSame {
      return rounded(product)
    }
    return rounded(product / entry.siDenominator)
  }

  /// `value` rounded to ``scale`` decimal places.
  public static func rounded(_ value: Decimal) -> Decimal {
    var input = value
    var output = Decimal()
    NSDecimalRound(&output, &input, scale, .plain)
    return output
  }
}
