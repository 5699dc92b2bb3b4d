/// One article on a page: its headlines, byline, dateline, body and what was found in it.
///
/// ```swift
/// let page = NewsExtractor().extract(text)
/// for article in page.articles {
///   print(article.headline ?? "-", article.credits.map(\.name), article.facts.count)
/// }
/// ```
public struct Article: Sendable, Hashable, Codable {
  /// What kind of item this is: `article`, `photoStory` or `brief`.
  public var kind: String
  /// The main headline (主题), if one was found.
  public var headline: String?
  /// Short lines printed above the headline (引题).
  public var kickers: [String]
  /// Short lines printed below the headline (副题).
  public var subheadlines: [String]
  /// The agency or source line, such as `本报讯`, `本报综合报道`, `新华社`.
  public var agency: String?
  /// The dateline, when the article gives one.
  public var dateline: Dateline?
  /// Every credit of the article, in printed order.
  public var credits: [Credit]
  /// The body paragraphs, with lines broken by the column layout joined back.
  public var paragraphs: [Paragraph]
  /// Continuation markers such as `(下转2版)` or `(上接1版)`, as printed.
  public var continuations: [String]
  /// Every numeric fact in the article (headlines included), in printed order.
  public var facts: [NumericFact]
  /// Start of the article (Unicode scalar offset into the input).
  public var start: Int
  /// End (exclusive) of the article.
  public var end: Int

  /// Creates an empty article over a span.
  public init(kind: String = "article", start: Int, end: Int) {
    self.kind = kind
    self.kickers = []
    self.subheadlines = []
    self.credits = []
    self.paragraphs = []
    self.continuations = []
    self.facts = []
    self.start = start
    self.end = end
  }

  enum CodingKeys: String, CodingKey {
    case kind, headline, kickers, subheadlines, agency, dateline, credits, paragraphs
    case continuations, facts, start, end
  }

  /// Encodes every key, writing `null` for absent values, so the JSON shape is stable.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    try c.encode(headline, forKey: .headline)
    try c.encode(kickers, forKey: .kickers)
    try c.encode(subheadlines, forKey: .subheadlines)
    try c.encode(agency, forKey: .agency)
    try c.encode(dateline, forKey: .dateline)
    try c.encode(credits, forKey: .credits)
    try c.encode(paragraphs, forKey: .paragraphs)
    try c.encode(continuations, forKey: .continuations)
    try c.encode(facts, forKey: .facts)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
  }
}

/// A body paragraph. Its `text` has the column layout's line breaks removed; `start` and
/// `end` span the paragraph in the input, breaks included.
///
/// ```swift
/// article.paragraphs[0].text  // "金承涛代表区委、区政府向长期以来关心支持钱塘发展的…"
/// ```
public struct Paragraph: Sendable, Hashable, Codable {
  /// The paragraph text, with broken lines joined.
  public var text: String
  /// Start (Unicode scalar offset into the input).
  public var start: Int
  /// End (exclusive).
  public var end: Int

  /// Creates a paragraph.
  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }
}

/// The date (and part of day, and place) an article reports from.
///
/// ```swift
/// // "本报讯 9日上午，…" on a page dated 2022-08-10
/// article.dateline?.date       // 2022-08-09
/// article.dateline?.partOfDay  // "上午"
/// ```
public struct Dateline: Sendable, Hashable, Codable {
  /// The date text as printed, such as `11月7日下午`.
  public var text: String
  /// The date resolved against the masthead date, when it can be.
  public var date: LocalDate?
  /// 上午, 下午, 晚上 … when printed.
  public var partOfDay: String?
  /// The place, for wire datelines (新华社杭州…电).
  public var place: String?
  /// Start (Unicode scalar offset into the input).
  public var start: Int
  /// End (exclusive).
  public var end: Int

  /// Creates a dateline.
  public init(
    text: String, date: LocalDate?, partOfDay: String?, place: String? = nil, start: Int, end: Int
  ) {
    self.text = text
    self.date = date
    self.partOfDay = partOfDay
    self.place = place
    self.start = start
    self.end = end
  }
}

/// Text on the page that belongs to no article: a section banner, a 导读 block, a
/// continuation marker, a page-level credit line.
///
/// ```swift
/// page.blocks.first?.kind  // "banner"
/// page.blocks.first?.text  // "献礼二十大 奋斗新钱塘"
/// ```
public struct PageBlock: Sendable, Hashable, Codable {
  /// `banner`, `guide`, `continuation`, `pageCredit` or `other`.
  public var kind: String
  /// The text as printed.
  public var text: String
  /// Start (Unicode scalar offset into the input).
  public var start: Int
  /// End (exclusive).
  public var end: Int

  /// Creates a block.
  public init(kind: String, text: String, start: Int, end: Int) {
    self.kind = kind
    self.text = text
    self.start = start
    self.end = end
  }
}
