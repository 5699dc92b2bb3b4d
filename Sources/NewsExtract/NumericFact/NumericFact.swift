import Foundation

/// A number with its unit as stated in the text: an area, a head count, a sum of money,
/// a percentage — exact, normalized and qualified.
///
/// `value` is exact (`Decimal`) with 万 and 亿 applied and Chinese numerals read; `unit`
/// is the unit as printed without its multiplier (`38.24万平方米` → 382400 平方米,
/// `5000万元` → 50000000 元).
///
/// ```swift
/// let facts = NumericFactExtractor().facts(in: "累计完成8800余户居民的改造")
/// facts[0].value      // 8800
/// facts[0].unit       // "户"
/// facts[0].qualifier  // .over
/// facts[0].subject    // "居民"
/// ```
public struct NumericFact: Sendable, Hashable, Codable {
  /// The text of the fact exactly as printed, qualifier words included (`约10.9万人`).
  public var text: String
  /// The value (the low end of a range), exact.
  public var value: Decimal
  /// The unit or measure word, without multiplier (`平方米`, `户`, `元`, `%`, `万元/亩` → `元/亩`).
  public var unit: String
  /// What is measured.
  public var kind: QuantityKind
  /// The approximation word's meaning, if any.
  public var qualifier: Qualifier?
  /// The high end of a range (`200元至400元` → 400).
  public var upper: Decimal?
  /// For changes (同比下降26.06%): `increase` or `decrease`.
  public var direction: Direction?
  /// The value in SI units for physical quantities (860亩 → 573333.333333 m²), rounded
  /// to six decimal places.
  public var siValue: Decimal?
  /// The SI unit of ``siValue``: `m²`, `m`, `m³`, `kg`, `s`.
  public var siUnit: String?
  /// What is counted or measured, when the sentence says (`屋顶绿化面积`, `居民`).
  public var subject: String?
  /// The sentence the fact stands in, with the layout's line breaks removed.
  public var sentence: String?
  /// Start of ``text`` (Unicode scalar offset into the input).
  public var start: Int
  /// End (exclusive) of ``text``.
  public var end: Int

  /// Creates a fact.
  public init(
    text: String, value: Decimal, unit: String, kind: QuantityKind, qualifier: Qualifier? = nil,
    upper: Decimal? = nil, direction: Direction? = nil, siValue: Decimal? = nil,
    siUnit: String? = nil, subject: String? = nil, sentence: String? = nil, start: Int, end: Int
  ) {
    self.text = text
    self.value = value
    self.unit = unit
    self.kind = kind
    self.qualifier = qualifier
    self.upper = upper
    self.direction = direction
    self.siValue = siValue
    self.siUnit = siUnit
    self.subject = subject
    self.sentence = sentence
    self.start = start
    self.end = end
  }

  enum CodingKeys: String, CodingKey {
    case text, value, unit, kind, qualifier, upper, direction, siValue, siUnit, subject
    case sentence, start, end
  }

  /// Encodes every key, writing `null` for absent values, so the JSON shape is stable.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    try c.encode(value, forKey: .value)
    try c.encode(unit, forKey: .unit)
    try c.encode(kind, forKey: .kind)
    try c.encode(qualifier, forKey: .qualifier)
    try c.encode(upper, forKey: .upper)
    try c.encode(direction, forKey: .direction)
    try c.encode(siValue, forKey: .siValue)
    try c.encode(siUnit, forKey: .siUnit)
    try c.encode(subject, forKey: .subject)
    try c.encode(sentence, forKey: .sentence)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
  }
}

/// What a ``NumericFact`` measures.
///
/// ```swift
/// QuantityKind.area.rawValue  // "area"
/// ```
public enum QuantityKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// 平方公里, 平方米, 公顷, 亩 …
  case area
  /// 公里, 米, 厘米 …
  case length
  /// 立方米, 方, 升 …
  case volume
  /// 吨, 公斤, 克 …
  case weight
  /// 元, 美元 …
  case money
  /// 户.
  case households
  /// 人, 名, 位, 人次.
  case people
  /// Measure words for things: 个, 家, 套, 项 …
  case count
  /// 年, 个月, 天, 小时, 分钟 (amounts of time).
  case duration
  /// %, 百分之…, 成.
  case percentage
  /// 个百分点.
  case percentagePoint
  /// 度, ℃.
  case temperature
  /// 公里每小时, km/h.
  case speed
  /// Compound units such as 元/平方米 and anything else.
  case other
}

/// What an approximation word says about a ``NumericFact``'s value.
///
/// ```swift
/// // 8800余户 → .over, 约6平方公里 → .about, 不少于800个 → .atLeast
/// ```
public enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
  /// 余, 多, 以上, 超, 超过, 逾, 上百.
  case over
  /// 近, 不足, 不到, 以下.
  case under
  /// 约, 左右, 大约, 约合, 上下.
  case about
  /// 不少于, 不低于, 至少.
  case atLeast
  /// 不超过, 最多, 以内.
  case atMost
}

/// The direction of a change a ``NumericFact`` reports (同比下降26.06% → `decrease`).
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
  /// 增长, 增加, 提高, 上升 …
  case increase
  /// 下降, 减少, 降低 …
  case decrease
}
