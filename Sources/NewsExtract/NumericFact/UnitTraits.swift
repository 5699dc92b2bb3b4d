import Foundation

/// What the scanner's rules ask about a unit word (is it a host of subunits, a rank word,
/// which scalars may not follow it …), looked up in the lexicons once per lexicon entry
/// instead of hashing the word for every number read.
///
/// ```swift
/// let traits = UnitTraits(UnitLexicon.yuan)
/// traits.isSubunitHost  // true: 123元1角1分
/// traits.isRankUnit     // false
/// ```
struct UnitTraits: Sendable {
  /// ``UnitLexicon/fractionalTailHosts``: how many digits of a fraction may follow (13秒72).
  let fractionalTailDigits: Int?
  /// ``UnitLexicon/subunitHosts`` (元 of 123元1角1分).
  let isSubunitHost: Bool
  /// ``UnitLexicon/trailingDigitHosts`` (米 of 三米九).
  let isTrailingDigitHost: Bool
  /// ``UnitLexicon/wholeOrNothingHosts`` (秒 of 18时30分20秒).
  let isWholeOrNothingHost: Bool
  /// ``ExclusionLexicon/rankUnits`` (名 of 前3名).
  let isRankUnit: Bool
  /// The word is ``ExclusionLexicon/calendarYearUnit``.
  let isCalendarYear: Bool
  /// The word is ``UnitLexicon/discount``'s.
  let isDiscount: Bool
  /// The scalars that turn the word into a longer non-unit word (年 + 级), if any.
  let continuations: Set<Unicode.Scalar>?
  /// Every scalar that continues some unit word (shared by all traits): a bitmap test that
  /// answers for nearly every scalar after a unit before ``continuations`` is hashed.
  let anyContinuation: ScalarSet
  /// ``ColloquialLexicon/dollarClassifiers`` (個 of 港幣三個一毫四).
  let isDollarClassifier: Bool
  /// ``ColloquialLexicon/twoDigitTailHosts`` (米 of 一米七五).
  let isTwoDigitTailHost: Bool
  /// The entry's multiplier is exactly 1.
  let multiplierIsOne: Bool
  /// The entry's multiplier is exactly 10 (成).
  let multiplierIsTen: Bool

  /// Reads the traits of `entry`'s word from the lexicons.
  init(_ entry: UnitEntry) {
    let word = entry.word
    fractionalTailDigits = UnitLexicon.fractionalTailHosts[word]
    isSubunitHost = UnitLexicon.subunitHosts.contains(word)
    isTrailingDigitHost = UnitLexicon.trailingDigitHosts.contains(word)
    isWholeOrNothingHost = UnitLexicon.wholeOrNothingHosts.contains(word)
    isRankUnit = ExclusionLexicon.rankUnits.contains(word)
    isCalendarYear = word == ExclusionLexicon.calendarYearUnit
    isDiscount = word == UnitLexicon.discount.word
    continuations = FactScanner.continuations[word]
    anyContinuation = FactScanner.continuationScalars
    isDollarClassifier = FactScanner.dollarClassifiers.contains(word)
    isTwoDigitTailHost = ColloquialLexicon.twoDigitTailHosts.contains(word)
    multiplierIsOne = DecimalOrdering.compare(entry.multiplier, 1) == .orderedSame
    multiplierIsTen = DecimalOrdering.compare(entry.multiplier, 10) == .orderedSame
  }

  /// Whether colloquial tails may follow the word, so that a compound range may too
  /// (五蚊六毫至五蚊七毫八, 米六到三米九).
  var takesCompoundRange: Bool { isSubunitHost || isDollarClassifier || isTwoDigitTailHost }

  /// Whether `scalar` after the word makes it a longer word that is no unit.
  @inline(__always)
  func isContinued(by scalar: Unicode.Scalar) -> Bool {
    anyContinuation.contains(scalar) && continuations?.contains(scalar) == true
  }
}
