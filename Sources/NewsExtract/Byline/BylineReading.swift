/// What one byline segment says: its credits, the agency it names, and what was doubtful.
///
/// ```swift
/// let reading = CreditParser().parse("(记者 宛琼 通讯员 田远斌)")
/// reading?.credits.map(\.name)       // ["宛琼", "田远斌"]
/// reading?.credits.map(\.role)       // [.reporter, .correspondent]
/// CreditParser().parse("■本报综合报道")?.agency  // "本报综合报道"
/// ```
public struct BylineReading: Sendable, Hashable {
  /// The credits, in printed order.
  public var credits: [Credit]
  /// The agency named by the segment (`本报综合报道`), if any.
  public var agency: String?
  /// Names kept as printed because they could not be split safely.
  public var warnings: [PageWarning]
  /// Whether the segment holds at least one role word (`记者`, `摄` …).
  public var hasRoleWord: Bool
  /// Whether the segment starts with a lead marker such as `■` or `◎`.
  public var hasLeadMarker: Bool
  /// Whether the segment is wrapped in brackets, such as `(徐红燕 余彬)`.
  public var isBracketed: Bool

  /// Creates a reading.
  public init(
    credits: [Credit] = [], agency: String? = nil, warnings: [PageWarning] = [],
    hasRoleWord: Bool = false, hasLeadMarker: Bool = false, isBracketed: Bool = false
  ) {
    self.credits = credits
    self.agency = agency
    self.warnings = warnings
    self.hasRoleWord = hasRoleWord
    self.hasLeadMarker = hasLeadMarker
    self.isBracketed = isBracketed
  }

  /// Whether every credit is an editor's (a page-edge line such as `责任编辑:X 美编:Y`).
  public var isEditorial: Bool {
    !credits.isEmpty && credits.allSatisfy { $0.role == .editor }
  }
}
