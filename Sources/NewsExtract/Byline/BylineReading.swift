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
  /// The role word ending the segment with no name after it (`■记者 X 通讯员` whose names
  /// the OCR put on the next line), if any.
  var danglingRole: DanglingRole?

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

  /// Whether every credit is for a photograph only (`记者 X 摄`, `X Y 摄`): such a credit may
  /// stand under a photo in the middle of an article.
  public var isPhotoOnly: Bool {
    !credits.isEmpty
      && credits.allSatisfy {
        $0.duties == ["photography"] || ($0.role == .photographer && $0.duties.count <= 1)
      }
  }

  /// Whether every credit is an editor's (a page-edge line such as `责任编辑:X 美编:Y`).
  public var isEditorial: Bool {
    !credits.isEmpty && credits.allSatisfy { $0.role == .editor }
  }
}

/// A role word left without names at the end of a byline line.
struct DanglingRole: Sendable, Hashable {
  /// The role the names will take.
  var role: CreditRole
  /// The title as printed.
  var title: String?
  /// The outlet, for `杭报记者`.
  var affiliation: String?
  /// The duties the role word gives.
  var duties: [String]
}
