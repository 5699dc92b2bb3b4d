import Foundation

/// Colloquial and regional quantity forms that papers of Hong Kong, Macau, Guangdong and
/// the mainland print besides the standard ones, as tables for the fact scanner.
///
/// - Fractions without 之: 四分一升 → 0.25 升 (only before a unit).
/// - Sums below one yuan: 九角九分, 九毛九, 两毛五 → 0.99, 0.99, 0.25 元.
/// - Cantonese money: 七蚊, 三蚊零四, 五蚊六毫, 港幣三個一毫四 (個 as dollar after a
///   currency word only).
/// - 兆 as 10¹² inside a numeral (四十九兆九千五百九十二億元).
/// - Heights with an implied 一: 米九 → 1.9 米, 一米七五 → 1.75 米.
///
/// ```swift
/// ColloquialLexicon.subYuanLeads.first?.word  // "角"
/// ColloquialLexicon.trillion["兆"]            // "1000000000000"
/// ```
public enum ColloquialLexicon {
  /// The fraction marker of the short form without 之 (四分一 = 1/4), read only when a
  /// unit follows the numerator.
  public static let shortFractionMarker: ScalarSet = ["分"]

  /// Words of tenths of a yuan that open a sum below one yuan when another part follows:
  /// 九角九分, 九毛九, 两毫五. Alone (2角, 两毛) they are not read: 角 and 毛 are also
  /// angles, horns, hair and the marks of 五角星 or 一毛不拔.
  public static let subYuanLeads: [(word: String, factor: String)] = [
    ("角", "0.1"), ("毛", "0.1"), ("毫", "0.1"),
  ]

  /// Classifiers that mean "dollar" right after a currency word (港幣三個一毫四 → 3.14 港元);
  /// anywhere else they are the measure word 个 (五個半 stays unread).
  public static let dollarClassifiers = ["个", "個"]

  /// Currency words that may stand before a number whose unit is a dollar classifier, with
  /// the unit reported.
  public static let dollarCurrencies: [(word: String, unit: String)] = [
    ("港币", "港元"), ("港幣", "港元"), ("港元", "港元"), ("人民币", "元"), ("人民幣", "元"),
    ("美元", "美元"), ("美金", "美元"), ("澳门币", "澳门元"), ("澳門幣", "澳门元"), ("新台币", "新台币"),
  ]

  /// Multipliers of 10¹² that read as a numeral only when more numerals with 亿/万 follow
  /// (四十九兆九千五百九十二億元); before 瓦, 帕, 赫 or 字节 兆 is the SI mega and stays in
  /// the unit (兆瓦).
  public static let trillion: ScalarMap<String> = ["兆": "1000000000000"]

  /// Units printed with an implied 一 at the start of a phrase: 米九 → 1.9 米, 米六到三米九.
  public static let impliedOneUnits: ScalarSet = ["米"]

  /// Units after which two Chinese digits are hundredths: 一米七五 → 1.75 米.
  public static let twoDigitTailHosts: Set<String> = ["米"]

  /// Words that may follow the digit read after a unit (一米八的个子, 九块九的价格,
  /// 三十八度五的高烧), besides a qualifier or a range separator.
  public static let tailFollowers: ScalarSet = ["的"]

  /// The word after an amount of time that makes it an age (三周大, 两个月大).
  public static let ageMarker: Unicode.Scalar = "大"

  /// What may follow 大 of an age (三周大了, 三个月大的宝宝); any other Han character makes
  /// 大 part of another word (三周大涨, 一周大事).
  public static let ageFollowers: ScalarSet = ["了", "的", "时", "時", "啦", "左", "就"]

  /// Foot and inch marks after Arabic digits (8', 5"), read only where no quote mark of
  /// the same kind opens before the number on its line and no digit or letter follows.
  public static let primeMarks: ScalarSet = ["'", "\"", "′", "″"]

  /// The ASCII marks that may follow a foot or inch mark (8', 5"; 8'-UTR is a code).
  public static let primeFollowers: ScalarSet = [",", ".", ";", ":", "!", "?", ")"]

  /// Marks of degrees right before the number that make a prime mark after it minutes of
  /// arc (东经120°12', 北纬30度15'), not feet.
  public static let angleMarks: ScalarSet = ["°", "度"]

  /// How far back on a line an opening quote mark is looked for before a prime mark.
  public static let primeQuoteLookBack = 16

  /// Temperature scale words before the number and the unit they give a fact in 度
  /// (华氏51度 → 华氏度, 摄氏20度 → 摄氏度).
  public static let scaleUnits: [(word: String, unit: String)] = [
    ("摄氏", "摄氏度"), ("攝氏", "攝氏度"), ("华氏", "华氏度"), ("華氏", "華氏度"),
    ("华氏温度", "华氏度"), ("華氏溫度", "華氏度"),
  ]

  /// The bare degree unit a scale word before the number makes precise.
  public static let bareDegree = "度"
}
