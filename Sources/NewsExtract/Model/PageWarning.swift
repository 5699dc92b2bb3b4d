/// Something on the page that NewsExtract read but does not trust: a weekday that
/// disagrees with the date, a malformed serial number, a name it could not split.
///
/// ```swift
/// let page = NewsExtractor().extract("2022年11月9日 星期一 ...")
/// page.warnings.first?.code  // "weekdayMismatch" (when a masthead is found)
/// ```
public struct PageWarning: Sendable, Hashable, Codable {
  /// A stable, machine-readable code, such as `weekdayMismatch`, `lunarDateMismatch`,
  /// `malformedSerialNumber`, `ambiguousName`.
  public var code: String
  /// A readable explanation.
  public var message: String
  /// Start of the text the warning is about (Unicode scalar offset), if any.
  public var start: Int?
  /// End (exclusive) of the text the warning is about, if any.
  public var end: Int?

  /// Creates a warning.
  public init(code: String, message: String, start: Int? = nil, end: Int? = nil) {
    self.code = code
    self.message = message
    self.start = start
    self.end = end
  }

  enum CodingKeys: String, CodingKey {
    case code, message, start, end
  }
}
