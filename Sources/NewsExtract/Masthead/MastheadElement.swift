/// One element read from a masthead line, with its span (Unicode-scalar offsets).
///
/// ```swift
/// // "今日8版" → MastheadElement(kind: .pageCount(8), range: 0..<4)
/// ```
struct MastheadElement: Sendable, Hashable {
  /// What was read.
  enum Kind: Sendable, Hashable {
    /// A solar date; `nil` when the printed day does not exist (2022年2月30日).
    case date(LocalDate?)
    /// A weekday as printed, with Foundation's number (1 = Sunday).
    case weekday(String, Int)
    /// A lunar date as printed, read into parts when possible.
    case lunar(String, LunarDate?)
    /// 今日N版 / 本期N版 / 共N版.
    case pageCount(Int)
    /// 总第N期 (cumulative) or 第N期.
    case issueNumber(Int, cumulative: Bool)
    /// 第N版: the number of this page (报眉).
    case pageNumber(Int)
    /// A CN serial number, folded and without spaces, with its parts for validation.
    case serialNumber(String, province: String, serial: String)
    /// 邮发代号 P-N, as printed without spaces.
    case postalCode(String)
    /// An e-mail address.
    case email(String)
    /// A website address.
    case website(String)
    /// A phone number, digits only, with its label.
    case phone(String, label: String)
    /// An all-caps Latin name line.
    case englishName(String)
    /// A masthead label (热线, 邮箱, 国内统一刊号 …); `hasValue` when its range also holds
    /// the value printed after it (`社址：萧山区市心中路`, `天气 晴`).
    case label(hasValue: Bool)
  }

  /// What was read.
  var kind: Kind
  /// Where it was printed.
  var range: Range<Int>

  /// How much this element says that its block is a masthead: 2 = only mastheads print
  /// it, 1 = mastheads and other places print it.
  var evidence: Int {
    switch kind {
    case .lunar, .pageCount, .serialNumber, .postalCode: return 2
    case .issueNumber(_, let cumulative): return cumulative ? 2 : 1
    default: return 1
    }
  }
}
