/// Decides which line of a group of headline lines is the headline (主题), which are
/// kickers (引题, above it) and which are subheadlines (副题, below it); splits off a
/// section banner at the top of a page; and, when the OCR printed an article's headline
/// after its body, gives the leading lines of a group back to that article.
struct HeadlineGrouper: Sendable {
  /// The headline lines of one article.
  struct Assignment: Equatable, Sendable {
    /// The kicker lines.
    var kickers: [Range<Int>] = []
    /// The headline line.
    var headline: Range<Int>?
    /// The subheadline lines.
    var subheadlines: [Range<Int>] = []
  }

  /// Assigns the roles of `lines` (in printed order).
  func assign(_ lines: [PageLine], in text: SourceText) -> Assignment {
    var assignment = Assignment()
    guard !lines.isEmpty else { return assignment }
    let headlineIndex: Int
    if let minimum = lines.compactMap(\.markdownLevel).min(),
      let first = lines.firstIndex(where: { $0.markdownLevel == minimum })
    {
      headlineIndex = first
    } else if let kicker = lines.firstIndex(where: { isKicker($0, in: text) }),
      kicker + 1 < lines.count
    {
      headlineIndex = kicker + 1
    } else {
      let candidates = lines.indices.filter {
        !isKicker(lines[$0], in: text) && !isColumnLabel(lines[$0], in: text)
      }
      let pool = candidates.isEmpty ? Array(lines.indices) : candidates
      headlineIndex = pick(from: pool, lines)
    }
    for (index, line) in lines.enumerated() {
      if index < headlineIndex {
        assignment.kickers.append(line.content)
      } else if index == headlineIndex {
        if let cut = kickerCut(line, in: text) {
          assignment.kickers.append(line.content.lowerBound..<cut.kickerEnd)
          assignment.headline = cut.headlineStart..<line.content.upperBound
        } else {
          assignment.headline = line.content
        }
      } else {
        assignment.subheadlines.append(line.content)
      }
    }
    return assignment
  }

  /// The headline among candidate lines: of two, the lower one (引题 above 主题) unless it
  /// is much shorter than the upper one (a 副题 or column line below); of more, the longest.
  private func pick(from pool: [Int], _ lines: [PageLine]) -> Int {
    let longest = pool.max { lines[$0].content.count < lines[$1].content.count } ?? 0
    guard pool.count == 2, let upper = pool.first, let lower = pool.last else { return longest }
    let upperLength = lines[upper].content.count
    let lowerLength = lines[lower].content.count
    return lowerLength * Self.lowerHeadlineShare.denominator
      >= upperLength * Self.lowerHeadlineShare.numerator ? lower : upper
  }

  /// The lower of two lines is the headline when it is at least this share of the upper.
  private static let lowerHeadlineShare = (numerator: 3, denominator: 5)

  /// How many leading lines of `lines` belong to the article before, which has no
  /// headline yet: the lines before a wide gap, before a second top-level markdown
  /// heading, or before a kicker; else the first of three or more lines.
  func linesForPreviousArticle(_ lines: [PageLine], in text: SourceText) -> Int {
    guard lines.count >= 2 else { return 0 }
    if let gap = lines.indices.dropFirst().first(where: { lines[$0].gapBefore >= 2 }) {
      return gap
    }
    let levels = lines.compactMap(\.markdownLevel)
    if let minimum = levels.min() {
      let tops = lines.indices.filter { lines[$0].markdownLevel == minimum }
      if tops.count >= 2, let first = tops.first { return first + 1 }
      return 0
    }
    if let kicker = lines.indices.dropFirst().first(where: { isKicker(lines[$0], in: text) }) {
      return kicker
    }
    return lines.count >= 3 ? 1 : 0
  }

  /// Whether `line` is a section banner: two or more short phrases of Han characters
  /// separated by spaces (`献礼二十大 奋斗新钱塘`).
  func isBanner(_ line: PageLine, in text: SourceText) -> Bool {
    var segments = 0
    var current = 0
    var total = 0
    for index in line.content {
      guard let scalar = text.scalar(at: index) else { return false }
      if ScalarFolding.isSpace(scalar) {
        if current > 0 { segments += 1 }
        current = 0
      } else if ScalarFolding.isHan(scalar) {
        current += 1
        total += 1
        if current > Self.longestBannerPhrase { return false }
      } else {
        return false
      }
    }
    if current > 0 { segments += 1 }
    return segments >= 2 && total <= Self.longestBanner
  }

  /// Where a line holding a kicker and its headline (`X在会上强调 切实织密防控网`), as the
  /// OCR sometimes merges them, splits: after the kicker's ending and the space that follows.
  func kickerCut(_ line: PageLine, in text: SourceText) -> (kickerEnd: Int, headlineStart: Int)? {
    var index = line.content.lowerBound + 1
    while index < line.content.upperBound - 1 {
      if let scalar = text.scalar(at: index), ScalarFolding.isSpace(scalar),
        Self.kickerEndings.matchEnding(text, at: index, lowerLimit: line.content.lowerBound) != nil
      {
        var start = index
        while start < line.content.upperBound, let next = text.scalar(at: start),
          ScalarFolding.isSpace(next)
        {
          start += 1
        }
        return start < line.content.upperBound ? (index, start) : nil
      }
      index += 1
    }
    return nil
  }

  /// Whether `line` ends like a kicker reporting a speech (`…会上强调`).
  func isKicker(_ line: PageLine, in text: SourceText) -> Bool {
    Self.kickerEndings.matchEnding(
      text, at: line.content.upperBound, lowerLimit: line.content.lowerBound) != nil
  }

  /// Whether `line` reads like a column or campaign label (`学习贯彻四中全会精神`,
  /// `全面打赢经济稳进提质攻坚战`) rather than a headline.
  func isColumnLabel(_ line: PageLine, in text: SourceText) -> Bool {
    let range = line.content
    return Self.columnStarts.match(text, at: range.lowerBound, limit: range.upperBound) != nil
      || Self.columnEndings.matchEnding(text, at: range.upperBound, lowerLimit: range.lowerBound)
        != nil
  }

  private static let columnStarts = WordTable(words: PageStructureLexicon.columnLabelStarts)
  private static let columnEndings = WordTable(words: PageStructureLexicon.columnLabelEndings)
  private static let longestBannerPhrase = 6
  private static let longestBanner = 14
  private static let kickerEndings = WordTable(words: PageStructureLexicon.kickerEndings)
}
