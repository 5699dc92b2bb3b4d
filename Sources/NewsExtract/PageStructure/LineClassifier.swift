/// Classifies a line of a page from the line alone: lead, byline, guide, continuation,
/// caption, headline-shaped or body. Context (what comes before and after) is the
/// extractor's job.
struct LineClassifier: Sendable {
  /// The issue date, for the leads' datelines.
  var issueDate: LocalDate?

  /// Classifies `range` (one line without its break), or `nil` when it holds only spaces
  /// and heading marks.
  func classify(_ text: SourceText, _ range: Range<Int>, gapBefore: Int) -> PageLine? {
    var lower = range.lowerBound
    var upper = range.upperBound
    trim(text, &lower, &upper)
    var level = 0
    while lower + level < upper, text.folded(at: lower + level) == "#" { level += 1 }
    var markdownLevel: Int?
    if level > 0, let after = text.scalar(at: lower + level), ScalarFolding.isSpace(after) {
      markdownLevel = level
      lower += level
      trim(text, &lower, &upper)
    }
    guard lower < upper, !Self.holdsOnlyControls(text, lower..<upper) else { return nil }
    let content = lower..<upper
    var line = PageLine(
      range: range, content: content, markdownLevel: markdownLevel, gapBefore: gapBefore,
      kind: .body, looksLikePageHeader: false, hasEnumerationComma: false, opensArticle: false)
    let features = LineFeatures(text, content)
    line.kind = kind(text, content, features, markdown: markdownLevel != nil)
    line.looksLikePageHeader = looksLikePageHeader(text, content, features)
    line.hasEnumerationComma = features.hasEnumerationComma
    line.opensArticle = opensArticle(text, content)
    if let last = text.scalar(at: content.upperBound - 1) {
      line.endsMidSentence = PageStructureLexicon.cutSentenceEnds.contains(last)
    }
    line.continuesSentence = (content.lowerBound..<min(content.upperBound, content.lowerBound + 3))
      .contains { text.folded(at: $0).map(PageStructureLexicon.clauseMarks.contains) == true }
    return line
  }

  private func kind(
    _ text: SourceText, _ content: Range<Int>, _ features: LineFeatures, markdown: Bool
  ) -> LineKind {
    if ContinuationMarkerReader().isMarker(text, content) { return .continuation }
    if Self.guideHeaders.isWord(text, content) { return .guideHeader }
    if isGuideReference(text, content) { return .guideReference }
    if features.hasLeadEnd,
      let lead = AgencyLeadReader().read(text, line: content, issueDate: issueDate)
    {
      return .lead(lead)
    }
    if content.count <= PageStructureLexicon.longestBylineLine,
      let reading = CreditParser().parseMarked(text, content), isBylineLine(text, reading)
    {
      return .byline(reading)
    }
    if content.count <= PageStructureLexicon.longestBylineLine, features.hasSpace,
      let reading = editorialTail(text, content)
    {
      return .byline(reading)
    }
    var captionStart = content.lowerBound
    while captionStart < content.upperBound, let scalar = text.scalar(at: captionStart),
      BylineLexicon.leadMarkers.contains(scalar) || ScalarFolding.isSpace(scalar)
    {
      captionStart += 1
    }
    if Self.captionStarts.match(text, at: captionStart, limit: content.upperBound) != nil {
      return .caption
    }
    if markdown { return .headline }
    // A headline-shaped line closed by a credit is body text; the credit is read only for
    // lines of a headline's shape.
    guard isHeadlineShaped(text, content, features) else { return .body }
    return ParagraphJoiner().trailingCredit(text, in: content) == nil ? .headline : .body
  }

  /// A byline standing on its own line: marked (`■`, `□ 赵紫妍`), bracketed, an agency, or
  /// role words with at least one name that starts with a surname.
  private func isBylineLine(_ text: SourceText, _ reading: BylineReading) -> Bool {
    if reading.credits.isEmpty { return reading.agency != nil }
    guard reading.hasRoleWord else {
      return reading.isBracketed || (reading.hasLeadMarker && Self.hasBareNames(text, reading))
    }
    if reading.hasLeadMarker || reading.isBracketed { return true }
    let splitter = NameSplitter()
    return reading.credits.contains {
      splitter.startsWithSurname(text, at: $0.start, length: $0.end - $0.start)
    }
  }

  /// Whether every credit of a marked line without role words reads as a personal name.
  static func hasBareNames(_ text: SourceText, _ reading: BylineReading) -> Bool {
    let splitter = NameSplitter()
    return reading.credits.allSatisfy { splitter.isBareName(text, $0.start..<$0.end) }
  }

  /// A byline printed at the end of a headline line (`我区召开推进会 ■记者 王小明`): the
  /// headline part and the byline, or `nil`.
  func embeddedByline(_ text: SourceText, in line: PageLine) -> (
    headline: Range<Int>, byline: Range<Int>, reading: BylineReading
  )? {
    guard case .headline = line.kind else { return nil }
    let content = line.content
    var index = content.lowerBound + 1
    while index < content.upperBound - 1 {
      if let previous = text.scalar(at: index - 1), ScalarFolding.isSpace(previous),
        let scalar = text.scalar(at: index),
        BylineLexicon.leadMarkers.contains(scalar)
          || BylineTokenizer.startsWithRoleWord(text, at: index, limit: content.upperBound),
        let reading = CreditParser().parse(text, index..<content.upperBound),
        reading.hasRoleWord, isBylineLine(text, reading), !reading.isEditorial
      {
        var headEnd = index
        while headEnd > content.lowerBound, let space = text.scalar(at: headEnd - 1),
          ScalarFolding.isSpace(space)
        {
          headEnd -= 1
        }
        return (content.lowerBound..<headEnd, index..<content.upperBound, reading)
      }
      index += 1
    }
    return nil
  }

  /// A byline printed at the start of a lead's line (`■记者 王小明 本报讯 近日，…`): the
  /// byline and where the lead starts, or `nil`.
  func leadingByline(_ text: SourceText, in line: PageLine) -> (
    byline: Range<Int>, reading: BylineReading, rest: Range<Int>
  )? {
    let content = line.content
    guard let first = text.scalar(at: content.lowerBound),
      BylineLexicon.leadMarkers.contains(first)
        || BylineTokenizer.startsWithRoleWord(
          text, at: content.lowerBound, limit: content.upperBound)
    else { return nil }
    let limit = min(content.upperBound, content.lowerBound + Self.longestLeadingByline)
    var found: (byline: Range<Int>, reading: BylineReading, rest: Range<Int>)?
    var index = content.lowerBound + 1
    while index < limit {
      // The longest byline that leaves a lead: `■记者 王小明 通讯员 李四` + `本报讯 …`.
      if let previous = text.scalar(at: index - 1), ScalarFolding.isSpace(previous),
        let scalar = text.scalar(at: index), !ScalarFolding.isSpace(scalar),
        // The lead first: it rejects most positions in one short pass.
        AgencyLeadReader().read(text, line: index..<content.upperBound, issueDate: issueDate)
          != nil,
        let reading = CreditParser().parse(text, content.lowerBound..<index),
        reading.hasRoleWord, !reading.credits.isEmpty
      {
        found = (content.lowerBound..<index, reading, index..<content.upperBound)
      }
      index += 1
    }
    return found
  }

  private static let longestLeadingByline = 40

  /// Page-edge credits printed after other page-header text (`第3版 要闻 责任编辑:王芳
  /// 美编:李四`): the tail from the first editor's title on, when it reads as editors only.
  private func editorialTail(_ text: SourceText, _ content: Range<Int>) -> BylineReading? {
    var index = content.lowerBound + 1
    while index < content.upperBound - 1 {
      if let previous = text.scalar(at: index - 1), ScalarFolding.isSpace(previous),
        Self.editorTitles.match(text, at: index, limit: content.upperBound) != nil
      {
        guard let reading = CreditParser().parse(text, index..<content.upperBound),
          reading.isEditorial
        else { return nil }
        return reading
      }
      index += 1
    }
    return nil
  }

  private func isGuideReference(_ text: SourceText, _ content: Range<Int>) -> Bool {
    guard content.count <= 20,
      Self.guideReferenceStarts.match(text, at: content.lowerBound, limit: content.upperBound)
        != nil
    else { return false }
    return contains(text, content, PageStructureLexicon.pageUnit)
  }

  /// ``isHeadlineShaped(_:_:)`` from the line's features (the same answer, no new pass).
  func isHeadlineShaped(_ text: SourceText, _ content: Range<Int>, _ features: LineFeatures)
    -> Bool
  {
    guard !features.hasClauseMark, !features.hasInnerSentenceEnd,
      features.visible <= PageStructureLexicon.longestHeadline
        || (features.hasSpace && features.visible <= PageStructureLexicon.longestSpacedHeadline),
      let last = text.folded(at: content.upperBound - 1)
    else { return false }
    return !Self.closingEnds.contains(last)
  }

  /// Short, without sentence punctuation inside or at the end.
  func isHeadlineShaped(_ text: SourceText, _ content: Range<Int>) -> Bool {
    var tail = content.upperBound - 1
    while tail > content.lowerBound, let scalar = text.folded(at: tail),
      PageStructureLexicon.closers.contains(scalar)
    {
      tail -= 1
    }
    var visible = 0
    for index in content {
      guard let scalar = text.scalar(at: index) else { return false }
      if ScalarFolding.isSpace(scalar) { continue }
      visible += 1
      let folded = ScalarFolding.fold(scalar)
      if PageStructureLexicon.clauseMarks.contains(folded) { return false }
      if PageStructureLexicon.sentenceEnds.contains(folded) && index < content.upperBound - 1
        && !(index == tail && PageStructureLexicon.headlineEnds.contains(folded))
      {
        return false
      }
    }
    let hasSpace = content.contains { text.scalar(at: $0).map(ScalarFolding.isSpace) == true }
    guard
      visible <= PageStructureLexicon.longestHeadline
        || (hasSpace && visible <= PageStructureLexicon.longestSpacedHeadline)
    else { return false }
    guard let last = text.folded(at: content.upperBound - 1) else { return false }
    return !Self.closingEnds.contains(last)
  }

  private func looksLikePageHeader(
    _ text: SourceText, _ content: Range<Int>, _ features: LineFeatures
  ) -> Bool {
    guard content.count <= 60 else { return false }
    if content.count <= Self.longestPaperName,
      Self.paperNameEndings.matchEnding(
        text, at: content.upperBound, lowerLimit: content.lowerBound) != nil
    {
      return true
    }
    if features.mayHoldPageHeaderWord {
      let words = LineFeatures.pageHeaderWords
      for index in content {
        guard let scalar = text.scalar(at: index), !ScalarFolding.isSpace(scalar) else {
          continue
        }
        if words.match(text, at: index, limit: content.upperBound) != nil { return true }
      }
    }
    return features.han == 0 || features.digits * 3 >= features.visible
  }

  private func opensArticle(_ text: SourceText, _ content: Range<Int>) -> Bool {
    if Self.openers.match(text, at: content.lowerBound, limit: content.upperBound) != nil {
      return true
    }
    return DatelineReader().readDate(text, at: content.lowerBound, limit: content.upperBound)
      != nil
  }

  private func contains(_ text: SourceText, _ range: Range<Int>, _ target: Unicode.Scalar) -> Bool {
    range.contains { text.folded(at: $0) == target }
  }

  /// Whether `range` holds nothing but control characters (C0, DEL, C1) and spaces: no
  /// printed text (a form feed between pages, OCR noise), so the line reads as blank. The
  /// test stops at the first other scalar, the first one on any real line.
  static func holdsOnlyControls(_ text: SourceText, _ range: Range<Int>) -> Bool {
    for index in range {
      guard let scalar = text.scalar(at: index) else { return true }
      guard ScalarFolding.isControl(scalar) || ScalarFolding.isSpace(scalar) else { return false }
    }
    return true
  }

  private func trim(_ text: SourceText, _ lower: inout Int, _ upper: inout Int) {
    while lower < upper, let scalar = text.scalar(at: lower), ScalarFolding.isSpace(scalar) {
      lower += 1
    }
    while upper > lower, let scalar = text.scalar(at: upper - 1), ScalarFolding.isSpace(scalar) {
      upper -= 1
    }
  }

  /// Marks a headline does not end with (`!` and `?` may end one).
  private static let closingEnds: ScalarSet = PageStructureLexicon.clauseMarks.union([
    "…", ":",
  ])
  private static let guideHeaders = WordTable(words: PageStructureLexicon.guideHeaders)
  private static let editorTitles = WordTable(
    words: BylineLexicon.titles.filter { $0.1 == .editor }.map(\.0))
  private static let guideReferenceStarts = WordTable(
    words: PageStructureLexicon.guideReferenceStarts)
  private static let captionStarts = WordTable(words: PageStructureLexicon.captionStarts)
  private static let openers = WordTable(words: PageStructureLexicon.articleOpeners)
  private static let paperNameEndings = WordTable(words: PageStructureLexicon.paperNameEndings)
  private static let longestPaperName = 8
}
