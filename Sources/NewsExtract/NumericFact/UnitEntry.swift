import Foundation

/// One unit or measure word of ``UnitLexicon``: how it is printed, what it measures, the
/// multiplier it carries and its conversion to SI.
///
/// ```swift
/// let mu = UnitEntry("亩", .area, si: ("10000", "15", "m²"))
/// mu.unit      // "亩"
/// mu.siUnit    // "m²"
/// ```
public struct UnitEntry: Sendable, Hashable {
  /// The word as it stands after the number (`万元`, `平方公里`, `km`, `个月`).
  public let word: String
  /// The same, as scalars, for matching.
  public let scalars: [Unicode.Scalar]
  /// The unit a fact reports (`万元` → `元`, `‰` → `%`).
  public let unit: String
  /// What the unit measures.
  public let kind: QuantityKind
  /// The factor the word applies to the number (`万元` → 10000, `成` → 10).
  public let multiplier: Decimal
  /// The SI factor as an exact fraction (`亩` → 10000 / 15), when the unit is physical.
  public let siNumerator: Decimal?
  /// The denominator of the SI factor.
  public let siDenominator: Decimal
  /// The SI unit (`m²`, `m`, `m³`, `kg`, `s`).
  public let siUnit: String?
  /// Whether a one-digit Chinese numeral may stand before it (一吨 yes, 一台 no: an article).
  public let allowsSmallChinese: Bool
  /// Whether only Arabic digits may stand before it (`方` of 150万方, never 三方).
  public let arabicOnly: Bool
  /// The qualifier the word itself carries (`个多月` → over).
  public let qualifier: Qualifier?

  /// Creates an entry.
  ///
  /// - Parameters:
  ///   - word: The word as printed.
  ///   - kind: What it measures.
  ///   - unit: The reported unit; the word itself when `nil`.
  ///   - multiplier: The factor the word carries, as a decimal string.
  ///   - si: The SI factor as numerator, denominator (decimal strings) and SI unit.
  ///   - smallChinese: Whether 一…九 may stand before it; by default for physical
  ///     quantities, money and percentages.
  ///   - arabicOnly: Whether only Arabic digits may stand before it.
  ///   - qualifier: The qualifier the word itself carries.
  public init(
    _ word: String, _ kind: QuantityKind, unit: String? = nil, multiplier: String = "1",
    si: (String, String, String)? = nil, smallChinese: Bool? = nil, arabicOnly: Bool = false,
    qualifier: Qualifier? = nil
  ) {
    self.qualifier = qualifier
    self.word = word
    self.scalars = Array(word.unicodeScalars)
    self.unit = unit ?? word
    self.kind = kind
    self.multiplier = Decimal(string: multiplier) ?? 1
    self.siNumerator = si.flatMap { Decimal(string: $0.0) }
    self.siDenominator = si.flatMap { Decimal(string: $0.1) } ?? 1
    self.siUnit = si?.2
    switch kind {
    case .count, .people, .households, .duration:
      self.allowsSmallChinese = smallChinese ?? false
    default:
      self.allowsSmallChinese = smallChinese ?? true
    }
    self.arabicOnly = arabicOnly
  }

  /// The same entry printed in traditional characters (`万元` → `萬元`, unit `個` for `個`),
  /// or `nil` when the word has no traditional form different from itself.
  public var traditionalTwin: UnitEntry? {
    let twin = ScriptLexicon.traditional(word)
    guard twin != word else { return nil }
    return UnitEntry(copying: self, word: twin, unit: ScriptLexicon.traditional(unit))
  }

  private init(copying entry: UnitEntry, word: String, unit: String) {
    self.word = word
    self.scalars = Array(word.unicodeScalars)
    self.unit = unit
    self.kind = entry.kind
    self.multiplier = entry.multiplier
    self.siNumerator = entry.siNumerator
    self.siDenominator = entry.siDenominator
    self.siUnit = entry.siUnit
    self.allowsSmallChinese = entry.allowsSmallChinese
    self.arabicOnly = entry.arabicOnly
    self.qualifier = entry.qualifier
  }

  /// Whether the unit is physical, so that a fact carries an SI value.
  public var isPhysical: Bool { siNumerator != nil }

  /// Two entries are the same unit word.
  public static func == (lhs: UnitEntry, rhs: UnitEntry) -> Bool { lhs.word == rhs.word }

  /// Hashes the word.
  public func hash(into hasher: inout Hasher) { hasher.combine(word) }
}
