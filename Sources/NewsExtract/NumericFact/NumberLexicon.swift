import Foundation

/// The characters Chinese numbers are written with, as tables for ``NumberReader``.
///
/// Arabic digits are recognised through ``ScalarFolding`` (half- and full-width); these
/// tables cover the Chinese numerals (simplified, traditional and financial forms), the
/// multipliers, the decimal point and the approximation words that stand inside a number.
///
/// ```swift
/// NumberLexicon.digits["两"]           // 2
/// NumberLexicon.smallMultipliers["百"]  // 100
/// NumberLexicon.largeMultipliers["亿"]  // 100_000_000
/// ```
public enum NumberLexicon {
  /// Chinese digits and their values (〇/零 → 0, 两 → 2, financial 壹贰叁 …).
  public static let digits: ScalarMap<Int> = [
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4,
    "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
  ]

  /// The zero digits, which keep a place inside a number (一百零五).
  public static let zeros: ScalarSet = ["零", "〇", "○"]

  /// Multipliers below ten thousand: 十, 百, 千 (and their financial forms).
  public static let smallMultipliers: ScalarMap<Int> = [
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
  ]

  /// Multipliers of ten thousand and more: 万, 亿.
  public static let largeMultipliers: ScalarMap<Int> = [
    "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000,
  ]

  /// Latin letters used as multipliers right after Arabic digits before a unit (15k元, 30w元).
  public static let letterMultipliers: ScalarMap<Int> = [
    "k": 1000, "K": 1000, "w": 10_000, "W": 10_000,
  ]

  /// The Chinese decimal point (三点一, 零點五).
  public static let decimalPoints: ScalarSet = ["点", "點"]

  /// Arabic decimal points, compared after folding (so `．` counts).
  public static let arabicDecimalPoints: ScalarSet = ["."]

  /// Thousands separators between Arabic digit groups (1,617 and 1，617), after folding.
  public static let thousandsSeparators: ScalarSet = [","]

  /// Words that make a number "more than" when they stand inside it or right after it:
  /// 余 and 多 (30余万, 2000多万, 10余个).
  public static let overInfixes: ScalarSet = ["余", "多", "餘"]

  /// Words that lead a vague count and need a multiplier after them: 数十, 几百.
  public static let vagueLeaders: ScalarSet = ["数", "數", "几", "幾"]

  /// Classifiers that colloquial speech puts between a number and 亿 (两个亿, 三个多亿,
  /// 十几个亿, 几个亿): skipped when one of ``colloquialMultipliers`` follows.
  public static let colloquialClassifiers: ScalarSet = ["个", "個"]

  /// The multipliers a colloquial classifier may stand before.
  public static let colloquialMultipliers: ScalarSet = ["亿", "億"]

  /// "Several" after a multiplier: 十几个.
  public static let vagueTails: ScalarSet = ["几", "幾"]

  /// Leading 上 of 上百, 上千, 上万, 上亿 (reaching a round number).
  public static let reachingLeaders: ScalarSet = ["上"]

  /// Leading 近 of 近百, 近千 (approaching a round number).
  public static let approachingLeaders: ScalarSet = ["近"]

  /// Half: 三成半, 两米半, 一吨半.
  public static let half: ScalarSet = ["半"]

  /// The fraction marker between denominator and numerator: 三分之一.
  public static let fractionMarker = "分之"

  /// Words that lead a percentage or a per-mille figure, with the factor to percent
  /// (百分之五 → 5%, 千分之二 → 0.2%).
  public static let percentLeaders: [(word: String, factor: String)] = [
    ("百分之", "1"), ("千分之", "0.1"), ("万分之", "0.01"), ("仟分之", "0.1"), ("萬分之", "0.01"),
  ]

  /// Words between the two ends of a range (200元至400元, 3-4个, 6到8个, 200~400元);
  /// full-width forms fold to the ASCII ones.
  public static let rangeSeparators = ["至", "到", "-", "~", "—", "–", "——", "--", "－－", "－"]

  /// Marks after a range's low end saying it is included (1万元（含）至5万元).
  public static let inclusiveMarks = ["(含)"]

  /// Words that open a range and belong to its span (从8500到3万港元).
  public static let rangeOpeners = ["从", "由"]

  /// The largest denominator of a fraction written with a slash (1/3, 3/4, 1/10).
  public static let largestSlashDenominator: Decimal = 10

  /// Signs that make a number negative when they stand right before it.
  public static let negativePrefixes = ["负的", "负", "負", "零下", "-", "－", "−"]

  /// The largest number of significant digits a value may have (`Decimal` holds 38).
  public static let maximumDigits = 38
}
