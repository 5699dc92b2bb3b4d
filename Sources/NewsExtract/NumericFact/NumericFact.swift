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
  // Stored compactly (96 bytes instead of 168): a page of hundreds of thousands of facts
  // keeps one per fact. The range bound and the SI conversion, absent from most facts, live
  // in one shared box (`FactExtras`), allocated only when one of them is set. The value is
  // kept as the `Decimal`'s own header and 64-bit mantissa (`InlineDecimal`, checked to
  // rebuild the same bytes) and the end as a 32-bit length; anything that does not fit goes
  // to the box too. Qualifier and direction share a byte.
  private var storedText: String
  private var storedUnit: String
  private var storedSubject: String?
  private var storedSentence: String?
  private var storedStart: Int
  private var extras: FactExtras?
  private var valueMantissa: UInt64
  private var storedLength: UInt32
  private var valueExponent: UInt8
  private var valueFlags: UInt8
  private var storedKind: QuantityKind
  private var qualifierAndDirection: UInt8

  /// The text of the fact exactly as printed, qualifier words included (`约10.9万人`).
  public var text: String {
    get { storedText }
    set { storedText = newValue }
  }
  /// The value (the low end of a range), exact.
  public var value: Decimal {
    get {
      if let boxed = extras?.value { return boxed }
      return InlineDecimal.decimal(valueExponent, valueFlags, valueMantissa)
    }
    set { store(value: newValue) }
  }
  /// The unit or measure word, without multiplier (`平方米`, `户`, `元`, `%`, `万元/亩` → `元/亩`).
  public var unit: String {
    get { storedUnit }
    set { storedUnit = newValue }
  }
  /// What is measured.
  public var kind: QuantityKind {
    get { storedKind }
    set { storedKind = newValue }
  }
  /// The approximation word's meaning, if any.
  public var qualifier: Qualifier? {
    get { FactCodes.qualifier(qualifierAndDirection) }
    set { qualifierAndDirection = FactCodes.code(newValue, direction) }
  }
  /// The high end of a range (`200元至400元` → 400).
  public var upper: Decimal? {
    get { extras?.upper }
    set { extras = FactExtras.make(extras, upper: newValue, siValue: siValue, siUnit: siUnit) }
  }
  /// For changes (同比下降26.06%): `increase` or `decrease`.
  public var direction: Direction? {
    get { FactCodes.direction(qualifierAndDirection) }
    set { qualifierAndDirection = FactCodes.code(qualifier, newValue) }
  }
  /// The value in SI units for physical quantities (860亩 → 573333.333333 m²), rounded
  /// to six decimal places.
  public var siValue: Decimal? {
    get { extras?.siValue }
    set { extras = FactExtras.make(extras, upper: upper, siValue: newValue, siUnit: siUnit) }
  }
  /// The SI unit of ``siValue``: `m²`, `m`, `m³`, `kg`, `s`.
  public var siUnit: String? {
    get { extras?.siUnit }
    set { extras = FactExtras.make(extras, upper: upper, siValue: siValue, siUnit: newValue) }
  }
  /// What is counted or measured, when the sentence says (`屋顶绿化面积`, `居民`).
  public var subject: String? {
    get { storedSubject }
    set { storedSubject = newValue }
  }
  /// The sentence the fact stands in, with the layout's line breaks removed.
  public var sentence: String? {
    get { storedSentence }
    set { storedSentence = newValue }
  }
  /// Start of ``text`` (Unicode scalar offset into the input).
  public var start: Int {
    get { storedStart }
    set {
      let end = self.end
      storedStart = newValue
      store(end: end)
    }
  }
  /// End (exclusive) of ``text``.
  public var end: Int {
    get { extras?.end ?? storedStart &+ Int(storedLength) }
    set { store(end: newValue) }
  }

  /// Creates a fact.
  public init(
    text: String, value: Decimal, unit: String, kind: QuantityKind, qualifier: Qualifier? = nil,
    upper: Decimal? = nil, direction: Direction? = nil, siValue: Decimal? = nil,
    siUnit: String? = nil, subject: String? = nil, sentence: String? = nil, start: Int, end: Int
  ) {
    storedText = text
    storedUnit = unit
    storedKind = kind
    qualifierAndDirection = FactCodes.code(qualifier, direction)
    extras = FactExtras.make(nil, upper: upper, siValue: siValue, siUnit: siUnit)
    storedSubject = subject
    storedSentence = sentence
    storedStart = start
    valueMantissa = 0
    valueExponent = 0
    valueFlags = 0
    storedLength = 0
    store(value: value)
    store(end: end)
  }

  /// Keeps `value` inline when its bytes can be rebuilt from header and mantissa, else boxed.
  private mutating func store(value: Decimal) {
    if let inline = InlineDecimal(value) {
      valueExponent = inline.exponent
      valueFlags = inline.flags
      valueMantissa = inline.mantissa
      if extras?.value != nil { extras = FactExtras.make(extras, value: nil) }
    } else {
      valueExponent = 0
      valueFlags = 0
      valueMantissa = 0
      extras = FactExtras.make(extras, value: value)
    }
  }

  /// Keeps `end` as a length from ``start`` when it fits 32 bits, else boxed.
  private mutating func store(end: Int) {
    let (length, overflow) = end.subtractingReportingOverflow(storedStart)
    if !overflow, length >= 0, length <= Int(UInt32.max) {
      storedLength = UInt32(length)
      if extras?.end != nil { extras = FactExtras.make(extras, end: nil) }
    } else {
      storedLength = 0
      extras = FactExtras.make(extras, end: end)
    }
  }

  /// Decodes a fact written by ``encode(to:)`` (absent or `null` optional keys read as nil).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      text: try c.decode(String.self, forKey: .text),
      value: try c.decode(Decimal.self, forKey: .value),
      unit: try c.decode(String.self, forKey: .unit),
      kind: try c.decode(QuantityKind.self, forKey: .kind),
      qualifier: try c.decodeIfPresent(Qualifier.self, forKey: .qualifier),
      upper: try c.decodeIfPresent(Decimal.self, forKey: .upper),
      direction: try c.decodeIfPresent(Direction.self, forKey: .direction),
      siValue: try c.decodeIfPresent(Decimal.self, forKey: .siValue),
      siUnit: try c.decodeIfPresent(String.self, forKey: .siUnit),
      subject: try c.decodeIfPresent(String.self, forKey: .subject),
      sentence: try c.decodeIfPresent(String.self, forKey: .sentence),
      start: try c.decode(Int.self, forKey: .start),
      end: try c.decode(Int.self, forKey: .end))
  }

  /// Two facts are equal when every property is.
  public static func == (lhs: NumericFact, rhs: NumericFact) -> Bool {
    lhs.storedStart == rhs.storedStart && lhs.end == rhs.end
      && lhs.storedText == rhs.storedText && lhs.value == rhs.value
      && lhs.storedUnit == rhs.storedUnit && lhs.storedKind == rhs.storedKind
      && lhs.qualifier == rhs.qualifier && lhs.upper == rhs.upper
      && lhs.direction == rhs.direction && lhs.siValue == rhs.siValue
      && lhs.siUnit == rhs.siUnit && lhs.storedSubject == rhs.storedSubject
      && lhs.storedSentence == rhs.storedSentence
  }

  /// Hashes every property.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storedText)
    hasher.combine(value)
    hasher.combine(storedUnit)
    hasher.combine(storedKind)
    hasher.combine(qualifier)
    hasher.combine(upper)
    hasher.combine(direction)
    hasher.combine(siValue)
    hasher.combine(siUnit)
    hasher.combine(storedSubject)
    hasher.combine(storedSentence)
    hasher.combine(storedStart)
    hasher.combine(end)
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
