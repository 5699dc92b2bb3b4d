import Foundation

/// A number as ``NumberReader`` read it, before a unit is looked for.
///
/// ```swift
/// let text = SourceText("30余万名")
/// let reading = NumberReader().read(text, at: 0, limit: text.count)
/// reading?.value      // 300000
/// reading?.qualifier  // .over
/// ```
public struct NumberReading: Sendable, Hashable {
  /// The value, exact (the low end for 三四个, 三五百).
  public var value: Decimal
  /// The high end of a Chinese approximate pair (三四个 → 4), if any.
  public var upper: Decimal?
  /// Where the number starts (a scalar offset).
  public var start: Int
  /// Where it ends (exclusive).
  public var end: Int
  /// Whether it is written with Arabic digits.
  public var isArabic: Bool
  /// Arabic digits only: no separator, decimal point or multiplier (`2022`, `82987136`).
  public var isPlainInteger: Bool
  /// The number of integer digits of an Arabic number.
  public var integerDigits: Int
  /// Chinese digits without a multiplier (二〇二二, 八一): a name or a year, not a count.
  public var isDigitSequence: Bool
  /// A bare multiplier without a digit (百, 千万).
  public var isBareMultiplier: Bool
  /// Whether a multiplier (十 百 千 万 亿, k, w) was applied.
  public var hasMultiplier: Bool
  /// The last 万/亿-type multiplier, which a range's low end may share (两到三万).
  public var trailingMultiplier: Decimal?
  /// 余/多 inside, 数十, 几百, 上百: the number is a lower bound.
  public var qualifier: Qualifier?
  /// Whether the number is too long to hold exactly (more than 38 digits) or too large.
  public var overflow: Bool

  /// A one-digit Chinese number (一 … 九, 两), which before a measure word is an article.
  public var isSmallChinese: Bool {
    !isArabic && !hasMultiplier && !isDigitSequence
      && DecimalOrdering.compare(value, 10) == .orderedAscending
  }
}
