import Foundation

/// The fields of a ``NumericFact`` that most facts leave empty (a range's high end, the SI
/// conversion), kept out of line so that the fact itself stays small. Immutable: setting
/// one of them on a fact makes a new box.
///
/// ```swift
/// FactExtras.make(upper: nil, siValue: nil, siUnit: nil)  // nil: nothing to keep
/// FactExtras.make(upper: 400, siValue: nil, siUnit: nil)?.upper  // 400
/// ```
final class FactExtras: Sendable {
  let upper: Decimal?
  let siValue: Decimal?
  let siUnit: String?

  private init(upper: Decimal?, siValue: Decimal?, siUnit: String?) {
    self.upper = upper
    self.siValue = siValue
    self.siUnit = siUnit
  }

  /// A box holding the three values, or nil when all are nil.
  static func make(upper: Decimal?, siValue: Decimal?, siUnit: String?) -> FactExtras? {
    guard upper != nil || siValue != nil || siUnit != nil else { return nil }
    return FactExtras(upper: upper, siValue: siValue, siUnit: siUnit)
  }
}
