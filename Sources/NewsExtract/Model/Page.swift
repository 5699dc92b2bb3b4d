/// Everything NewsExtract read from one page: its masthead, its articles, and what
/// belongs to no article.
///
/// Every credit and every numeric fact appears exactly once: in its article, or, when
/// it stands outside every article, in the page's own ``credits`` or ``facts``.
///
/// ```swift
/// let page = NewsExtractor().extract(text)
/// page.masthead?.paperName      // "钱塘新区报"
/// page.articles.count           // 5
/// page.allFacts.map(\.value)    // [5, 109000, 6, ...]
/// ```
public struct Page: Sendable, Hashable, Codable {
  /// The version of the JSON shape (see `Docs/JSON-Format.md`).
  public static let currentSchemaVersion = 1

  /// The version of the JSON shape this value was written with.
  public var schemaVersion: Int
  /// Where the page came from (a file path), when known.
  public var source: String?
  /// The masthead, or `nil` when the page has none.
  public var masthead: Masthead?
  /// The articles, in printed order.
  public var articles: [Article]
  /// Text that belongs to no article: banners, 导读 blocks, continuation markers.
  public var blocks: [PageBlock]
  /// Credits outside every article (page-level 责任编辑, 美编 …).
  public var credits: [Credit]
  /// Numeric facts outside every article.
  public var facts: [NumericFact]
  /// Things read but not trusted: see ``PageWarning``.
  public var warnings: [PageWarning]

  /// Creates a page.
  public init(
    source: String? = nil, masthead: Masthead? = nil, articles: [Article] = [],
    blocks: [PageBlock] = [], credits: [Credit] = [], facts: [NumericFact] = [],
    warnings: [PageWarning] = []
  ) {
    self.schemaVersion = Page.currentSchemaVersion
    self.source = source
    self.masthead = masthead
    self.articles = articles
    self.blocks = blocks
    self.credits = credits
    self.facts = facts
    self.warnings = warnings
  }

  /// Every numeric fact on the page, in printed order.
  public var allFacts: [NumericFact] {
    (facts + articles.flatMap(\.facts)).sorted { $0.start < $1.start }
  }

  /// Every credit on the page, in printed order.
  public var allCredits: [Credit] {
    (credits + articles.flatMap(\.credits)).sorted { $0.start < $1.start }
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, source, masthead, articles, blocks, credits, facts, warnings
  }

  /// Decodes the JSON written by `encode(to:)`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
    source = try c.decodeIfPresent(String.self, forKey: .source)
    masthead = try c.decodeIfPresent(Masthead.self, forKey: .masthead)
    articles = try c.decodeIfPresent([Article].self, forKey: .articles) ?? []
    blocks = try c.decodeIfPresent([PageBlock].self, forKey: .blocks) ?? []
    credits = try c.decodeIfPresent([Credit].self, forKey: .credits) ?? []
    facts = try c.decodeIfPresent([NumericFact].self, forKey: .facts) ?? []
    warnings = try c.decodeIfPresent([PageWarning].self, forKey: .warnings) ?? []
  }

  /// Encodes every key, writing `null` for absent values, so the JSON shape is stable.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encodeIfPresent(source, forKey: .source)
    try c.encode(masthead, forKey: .masthead)
    try c.encode(articles, forKey: .articles)
    try c.encode(blocks, forKey: .blocks)
    try c.encode(credits, forKey: .credits)
    try c.encode(facts, forKey: .facts)
    try c.encode(warnings, forKey: .warnings)
  }
}
