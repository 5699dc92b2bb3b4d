/// One person credited on an article, with the role they played.
///
/// ```swift
/// // 本报讯(杭报记者 赵芳洲 本报记者 王苑阳)
/// article.credits[0].role         // .reporter
/// article.credits[0].name         // "赵芳洲"
/// article.credits[0].affiliation  // "杭报"
/// ```
public struct Credit: Sendable, Hashable, Codable {
  /// The role, such as ``CreditRole/reporter``.
  public var role: CreditRole
  /// The name as printed.
  public var name: String
  /// The title as printed before the name, such as `首席记者` or `杭报记者`, if any.
  public var title: String?
  /// The outlet the person belongs to when the byline says so (`杭报` in `杭报记者`).
  public var affiliation: String?
  /// What a combined credit says the person did: `writing`, `photography` (文/摄影 → both).
  public var duties: [String]
  /// Set when the name could not be split safely and is kept as printed.
  public var isAmbiguous: Bool
  /// Start of the name as printed (Unicode scalar offset into the input). A name broken by
  /// a line break or spaced out by the OCR (`王 芳`) spans the gap; ``name`` has no white space.
  public var start: Int
  /// End (exclusive) of the name.
  public var end: Int

  /// Creates a credit.
  public init(
    role: CreditRole, name: String, title: String? = nil, affiliation: String? = nil,
    duties: [String] = [], isAmbiguous: Bool = false, start: Int, end: Int
  ) {
    self.role = role
    self.name = name
    self.title = title
    self.affiliation = affiliation
    self.duties = duties
    self.isAmbiguous = isAmbiguous
    self.start = start
    self.end = end
  }

  enum CodingKeys: String, CodingKey {
    case role, name, title, affiliation, duties, isAmbiguous, start, end
  }

  /// Encodes every key, writing `null` for absent values, so the JSON shape is stable.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(role, forKey: .role)
    try c.encode(name, forKey: .name)
    try c.encode(title, forKey: .title)
    try c.encode(affiliation, forKey: .affiliation)
    try c.encode(duties, forKey: .duties)
    try c.encode(isAmbiguous, forKey: .isAmbiguous)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
  }
}
