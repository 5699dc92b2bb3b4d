/// The role a person plays in an article's credits.
///
/// An open vocabulary: the values below are the ones NewsExtract emits, and part of the
/// JSON contract; callers may define their own.
///
/// ```swift
/// let role = CreditRole.correspondent
/// role.rawValue  // "correspondent"
/// CreditRole(rawValue: "reporter") == .reporter  // true
/// ```
public struct CreditRole: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
  /// The JSON spelling of the role.
  public let rawValue: String

  /// Creates a role from its JSON spelling.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// 记者, 本报记者, and any outlet's 记者 (杭报记者: the outlet goes to the credit's affiliation).
  public static let reporter = CreditRole(rawValue: "reporter")
  /// 首席记者.
  public static let chiefReporter = CreditRole(rawValue: "chiefReporter")
  /// 见习记者, 实习记者.
  public static let traineeReporter = CreditRole(rawValue: "traineeReporter")
  /// 实习生.
  public static let intern = CreditRole(rawValue: "intern")
  /// 特约记者.
  public static let specialReporter = CreditRole(rawValue: "specialReporter")
  /// 通讯员.
  public static let correspondent = CreditRole(rawValue: "correspondent")
  /// 摄影, 摄, 图.
  public static let photographer = CreditRole(rawValue: "photographer")
  /// 文 in `X/文`.
  public static let writer = CreditRole(rawValue: "writer")
  /// 编辑, 责任编辑, 责编.
  public static let editor = CreditRole(rawValue: "editor")
  /// Names printed without a role word, such as a trailing `(徐红燕 余彬)`.
  public static let unspecified = CreditRole(rawValue: "unspecified")

  /// The JSON spelling.
  public var description: String { rawValue }

  /// Decodes the JSON written by `encode(to:)`.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes every key, writing `null` for absent values, so the JSON shape is stable.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
