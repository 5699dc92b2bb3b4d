import NewsExtract

/// Helpers of the masthead suites.
enum MastheadProbe {
  /// The masthead read from `page`, or `nil`.
  static func masthead(_ page: String) -> Masthead? {
    MastheadExtractor().extract(from: SourceText(page)).masthead
  }

  /// The warning codes read from `page`.
  static func warningCodes(_ page: String) -> [String] {
    MastheadExtractor().extract(from: SourceText(page)).warnings.map(\.code)
  }

  /// A minimal block around one line: a nameplate and a strong element, so the line's own
  /// element is read whatever its strength.
  static func block(_ line: String) -> String {
    "示例日报\n今日8版\n\(line)\n\n本报讯 正文。"
  }
}
