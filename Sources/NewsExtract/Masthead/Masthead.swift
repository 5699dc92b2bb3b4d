/// The masthead (报头) of a page: the paper's name and the issue's printed metadata.
///
/// Fields the block does not print are `nil` or empty; NewsExtract never infers them
/// from article text.
///
/// ```swift
/// let page = NewsExtractor().extract(text)
/// page.masthead?.paperName    // "钱塘新区报"
/// page.masthead?.date         // 2022-11-09
/// page.masthead?.issueNumber  // 427
/// ```
public struct Masthead: Sendable, Hashable, Codable {
  /// The paper's name (报名), such as `钱塘新区报`.
  public var paperName: String?
  /// The English name line, such as `QIANTANG NEW AREA DAILY`.
  public var englishName: String?
  /// The publication date.
  public var date: LocalDate?
  /// The weekday as printed, such as `星期三`.
  public var weekday: String?
  /// The lunar date as printed, such as `农历壬寅年十月十六`.
  public var lunarDate: String?
  /// The lunar date read into its parts, when it could be read.
  public var lunar: LunarDate?
  /// Pages in today's issue (`今日8版` → 8).
  public var pageCount: Int?
  /// The cumulative issue number (`总第427期` → 427), else the issue number (`第12期`).
  public var issueNumber: Int?
  /// The number of this page when the block prints one (`第3版` in a running header, 报眉).
  public var pageNumber: Int?
  /// The supervising bodies (主管).
  public var supervisors: [String]
  /// The sponsors (主办).
  public var sponsors: [String]
  /// The organizers (承办).
  public var organizers: [String]
  /// The co-organizers (协办).
  public var coOrganizers: [String]
  /// The publishers (出版).
  public var publishers: [String]
  /// Every phone number in the block, digits only, in printed order.
  public var phones: [String]
  /// Every phone number with its label (热线电话, 江东片区 …), in printed order.
  public var labeledPhones: [LabeledPhone]
  /// Every email address in the block.
  public var emails: [String]
  /// The serial number (国内统一连续出版物号), such as `CN33-0001`, without spaces.
  public var serialNumber: String?
  /// The postal-distribution code (邮发代号), such as `31-1`.
  public var postalCode: String?
  /// The website, when printed.
  public var website: String?
  /// Start of the masthead block (Unicode scalar offset into the input).
  public var start: Int
  /// End (exclusive) of the masthead block.
  public var end: Int

  /// Creates an empty masthead over a span.
  public init(start: Int, end: Int) {
    self.supervisors = []
    self.sponsors = []
    self.organizers = []
    self.coOrganizers = []
    self.publishers = []
    self.phones = []
    self.labeledPhones = []
    self.emails = []
    self.start = start
    self.end = end
  }

  enum CodingKeys: String, CodingKey {
    case paperName, englishName, date, weekday, lunarDate, lunar, pageCount, issueNumber
    case pageNumber
    case supervisors, sponsors, organizers, coOrganizers, publishers, phones, labeledPhones
    case emails, serialNumber, postalCode, website, start, end
  }

  /// Encodes every key, writing `null` for absent values, so the JSON shape is stable.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(paperName, forKey: .paperName)
    try c.encode(englishName, forKey: .englishName)
    try c.encode(date, forKey: .date)
    try c.encode(weekday, forKey: .weekday)
    try c.encode(lunarDate, forKey: .lunarDate)
    try c.encode(lunar, forKey: .lunar)
    try c.encode(pageCount, forKey: .pageCount)
    try c.encode(issueNumber, forKey: .issueNumber)
    try c.encode(pageNumber, forKey: .pageNumber)
    try c.encode(supervisors, forKey: .supervisors)
    try c.encode(sponsors, forKey: .sponsors)
    try c.encode(organizers, forKey: .organizers)
    try c.encode(coOrganizers, forKey: .coOrganizers)
    try c.encode(publishers, forKey: .publishers)
    try c.encode(phones, forKey: .phones)
    try c.encode(labeledPhones, forKey: .labeledPhones)
    try c.encode(emails, forKey: .emails)
    try c.encode(serialNumber, forKey: .serialNumber)
    try c.encode(postalCode, forKey: .postalCode)
    try c.encode(website, forKey: .website)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
  }
}

/// A phone number in the masthead with the label printed before it.
///
/// ```swift
/// // "征订服务热线 江东片区:83523999"
/// LabeledPhone(label: "江东片区", number: "83523999")
/// ```
public struct LabeledPhone: Sendable, Hashable, Codable {
  /// The label, such as `热线电话` or `下沙西站`; empty when none is printed.
  public var label: String
  /// The number, digits only (a hyphenated area code is joined).
  public var number: String

  /// Creates a labelled phone number.
  public init(label: String, number: String) {
    self.label = label
    self.number = number
  }
}
