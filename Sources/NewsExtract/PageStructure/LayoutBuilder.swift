/// Walks the classified lines of a page once, in order, and groups them into articles and
/// page-level blocks.
///
/// Cues, from the conventions of Chinese newspapers: headline lines (short, without
/// closing punctuation) stand before a byline, a lead or the first paragraph; a `■` byline
/// or a lead opens an article's body; a byline line after the body closes the article;
/// `导读` blocks and their `» 详见 3 版` references, section banners at the top of the page
/// and masthead lines belong to no article.
struct LayoutBuilder {
  let text: SourceText
  private(set) var drafts: [ArticleDraft] = []
  private(set) var blocks: [PageBlock] = []
  private(set) var credits: [Credit] = []
  private(set) var warnings: [PageWarning] = []

  private var pending: [PageLine] = []
  /// A role word that ended the last byline line without names.
  private var danglingRole: DanglingRole?
  /// `(上接1版)` printed under a headline, for the article that headline starts.
  private var pendingContinuations: [Range<Int>] = []
  private var guide: [PageLine] = []
  private var guideTentative: [PageLine] = []
  private var inGuide = false
  private let grouper = HeadlineGrouper()
  private let joiner = ParagraphJoiner()

  /// The issue date, for datelines read after a split lead.
  let issueDate: LocalDate?

  init(text: SourceText, issueDate: LocalDate? = nil) {
    self.text = text
    self.issueDate = issueDate
  }

  /// Reads every line.
  mutating func read(_ lines: [PageLine]) {
    var index = 0
    while index < lines.count {
      let line = lines[index]
      if isPageHeader(line) {
        flushPendingAsBlocks(kind: "other")
        blocks.append(block("other", line.content))
        index += 1
        continue
      }
      if let dangling = danglingRole {
        danglingRole = nil
        if continueByline(dangling, line) {
          index += 1
          continue
        }
      }
      switch line.kind {
      case .guideHeader:
        endGuide()
        closeCurrent()
        flushPendingAsBlocks(kind: "other")
        inGuide = true
        guide = [line]
      case .guideReference:
        if inGuide {
          guide.append(contentsOf: guideTentative + [line])
          guideTentative = []
        } else {
          closeCurrent()
          inGuide = true
          guide = pending + [line]
          pending = []
          for marker in pendingContinuations { blocks.append(block("continuation", marker)) }
          pendingContinuations = []
        }
      case .continuation:
        endGuide()
        if !pending.isEmpty {
          pendingContinuations.append(line.content)
        } else if let last = drafts.indices.last {
          drafts[last].article.continuations.append(text.string(line.content))
          drafts[last].cover(line.content)
        } else {
          blocks.append(block("continuation", line.content))
        }
      case .headline:
        if inGuide {
          guideTentative.append(line)
        } else if line.markdownLevel == nil, pending.isEmpty, continuesOpenParagraph() {
          addBody(line, from: line.content.lowerBound)
        } else {
          var end = index
          while end < lines.count, case .headline = lines[end].kind,
            end == index || !isPageHeader(lines[end])
          {
            end += 1
          }
          if isHeadlineRun(lines, index..<end) {
            pending.append(contentsOf: lines[index..<end])
          } else {
            for body in lines[index..<end] { addBody(body, from: body.content.lowerBound) }
          }
          index = end
          continue
        }
      case .body:
        endGuide()
        addBody(line, from: line.content.lowerBound)
      case .caption:
        endGuide()
        addBody(line, from: line.content.lowerBound)
        if let last = drafts.indices.last { drafts[last].hasCaption = true }
      case .lead(let lead):
        endGuide()
        if index + 1 < lines.count, addSplitLead(lead, line, next: lines[index + 1]) {
          index += 2
          continue
        }
        addLead(lead, line)
      case .byline(let reading):
        endGuide()
        addByline(reading, line, next: index + 1 < lines.count ? lines[index + 1] : nil)
      }
      index += 1
    }
    guide.append(contentsOf: guideTentative)
    guideTentative = []
    endGuide()
    flushPendingAsBlocks(kind: "other")
  }

  /// Whether the last article's last paragraph stops mid-sentence (read without copying
  /// the draft, so that appending to it stays in place).
  private func continuesOpenParagraph() -> Bool {
    guard let last = drafts.indices.last else { return false }
    return drafts[last].paragraphIsOpen && !drafts[last].isClosed
  }

  /// The articles, finished.
  func articles() -> (articles: [Article], warnings: [PageWarning]) {
    var articles: [Article] = []
    var warnings: [PageWarning] = []
    var previousEnd = 0
    for draft in drafts {
      var finished = draft.finished(in: text)
      // Spans never overlap, so that facts attach to one article.
      finished.article.start = max(finished.article.start, previousEnd)
      finished.article.end = max(finished.article.end, finished.article.start)
      previousEnd = finished.article.end
      articles.append(finished.article)
      warnings.append(contentsOf: finished.warnings)
    }
    return (articles, warnings)
  }

  // MARK: - Headlines

  /// A masthead or page-header line above the first article.
  private func isPageHeader(_ line: PageLine) -> Bool {
    guard drafts.isEmpty, line.looksLikePageHeader, line.markdownLevel == nil else { return false }
    switch line.kind {
    case .lead, .byline: return false
    default: return true
    }
  }

  /// Whether a run of headline-shaped lines holds headlines rather than body lines cut by
  /// the column layout.
  private func isHeadlineRun(_ lines: [PageLine], _ run: Range<Int>) -> Bool {
    guard let first = run.first else { return false }
    if lines[run].contains(where: { $0.markdownLevel != nil }) { return true }
    guard run.upperBound < lines.count else { return true }
    let next = lines[run.upperBound]
    switch next.kind {
    case .lead, .guideReference, .guideHeader, .caption, .headline, .continuation:
      return true
    case .byline(let reading):
      return !(reading.isBracketed && !reading.hasRoleWord)
    case .body:
      if run.count >= 2 { return true }
      let line = lines[first]
      if line.gapBefore >= 2 || next.opensArticle { return true }
      guard let last = drafts.last, !last.isClosed else { return true }
      return !(line.hasEnumerationComma || line.endsMidSentence || next.continuesSentence)
    }
  }

  private mutating func flushPendingAsBlocks(kind: String) {
    for line in pending { blocks.append(block(kind, line.content)) }
    for marker in pendingContinuations { blocks.append(block("continuation", marker)) }
    pending = []
    pendingContinuations = []
  }

  private func block(_ kind: String, _ range: Range<Int>) -> PageBlock {
    PageBlock(
      kind: kind, text: text.string(range), start: range.lowerBound, end: range.upperBound)
  }

  private mutating func giveHeadlines(_ lines: [PageLine], toDraft index: Int) {
    let assignment = grouper.assign(lines, in: text)
    var article = drafts[index].article
    article.kickers = assignment.kickers.map { text.string($0) }
    article.headline = assignment.headline.map { text.string($0) }
    article.subheadlines = assignment.subheadlines.map { text.string($0) }
    drafts[index].article = article
    for line in lines { drafts[index].cover(line.content) }
  }

  // MARK: - Articles

  /// Starts an article at `line`, with the pending headline lines.
  private mutating func startArticle(at line: PageLine) {
    var group = pending
    pending = []
    if let last = drafts.indices.last, drafts[last].article.headline == nil,
      drafts[last].hasBody
    {
      let back = grouper.linesForPreviousArticle(group, in: text)
      if back > 0 {
        giveHeadlines(Array(group.prefix(back)), toDraft: last)
        group.removeFirst(back)
      }
    }
    if drafts.isEmpty, group.count >= 2, let first = group.first, grouper.isBanner(first, in: text)
    {
      blocks.append(block("banner", first.content))
      group.removeFirst()
    }
    if group.count > Self.mostHeadlineLines {
      for extra in group.prefix(group.count - Self.mostHeadlineLines) {
        blocks.append(block("other", extra.content))
      }
      group.removeFirst(group.count - Self.mostHeadlineLines)
    }
    var draft = ArticleDraft(start: group.first?.content.lowerBound ?? line.content.lowerBound)
    drafts.append(draft)
    if !group.isEmpty {
      giveHeadlines(group, toDraft: drafts.count - 1)
    }
    draft = drafts[drafts.count - 1]
    draft.cover(line.content)
    for marker in pendingContinuations {
      draft.article.continuations.append(text.string(marker))
      draft.cover(marker)
    }
    pendingContinuations = []
    drafts[drafts.count - 1] = draft
  }

  private static let mostHeadlineLines = 4

  private mutating func closeCurrent() {
    guard let last = drafts.indices.last else { return }
    drafts[last].isClosed = true
    drafts[last].paragraphIsOpen = false
  }

  private mutating func endGuide() {
    guard inGuide else { return }
    inGuide = false
    if let first = guide.first, let last = guide.last {
      let range = first.content.lowerBound..<last.content.upperBound
      blocks.append(block("guide", range))
    }
    guide = []
    pending.append(contentsOf: guideTentative)
    guideTentative = []
  }

  private mutating func addLead(_ lead: AgencyLead, _ line: PageLine) {
    let needsNew: Bool
    if let last = drafts.last {
      needsNew =
        !pending.isEmpty || last.isClosed || last.article.agency != nil || last.hasBody
    } else {
      needsNew = true
    }
    if needsNew { startArticle(at: line) }
    guard let index = drafts.indices.last else { return }
    drafts[index].cover(line.content)
    drafts[index].article.agency = lead.agency
    if drafts[index].article.dateline == nil { drafts[index].article.dateline = lead.dateline }
    if let byline = lead.byline {
      drafts[index].article.credits.append(contentsOf: byline.credits)
      warnings.append(contentsOf: byline.warnings)
    }
    if lead.bodyStart < line.content.upperBound {
      appendParagraphText(lead.bodyStart..<line.content.upperBound, toDraft: index, joining: false)
    }
  }

  /// A lead whose credit bracket the column layout cut (`本报讯(记者 王小明 通讯` +
  /// `员 李四)近日，…`): reads the credit across both lines, then the second line's body.
  private mutating func addSplitLead(_ lead: AgencyLead, _ line: PageLine, next: PageLine)
    -> Bool
  {
    switch next.kind {
    case .body, .headline, .caption: break
    default: return false
    }
    let split = SplitCreditReader()
    let open = lead.bodyStart
    guard lead.byline == nil, let scalar = text.folded(at: open),
      BylineLexicon.brackets[scalar] != nil,
      split.trailingOpen(text, in: open..<line.content.upperBound, limit: Self.longestSplit)
        == open,
      let close = split.leadingClose(text, in: next.content, limit: Self.longestSplit),
      let reading = split.read(
        text, open: open, firstEnd: line.content.upperBound, secondStart: next.content.lowerBound,
        close: close),
      reading.hasRoleWord
    else { return false }
    var body = close + 1
    while body < next.content.upperBound, let scalar = text.scalar(at: body),
      ScalarFolding.isSpace(scalar)
    {
      body += 1
    }
    var joined = lead
    joined.byline = reading
    joined.bodyStart = line.content.upperBound
    if joined.dateline == nil {
      joined.dateline = DatelineReader().dateline(
        text, at: body, limit: next.content.upperBound, issueDate: issueDate)
    }
    addLead(joined, line)
    guard let index = drafts.indices.last else { return true }
    drafts[index].cover(next.content)
    if body < next.content.upperBound {
      appendParagraphText(body..<next.content.upperBound, toDraft: index, joining: false)
    }
    return true
  }

  private static let longestSplit = 40

  private mutating func addByline(_ reading: BylineReading, _ line: PageLine, next: PageLine?) {
    if reading.isEditorial && !reading.hasLeadMarker {
      credits.append(contentsOf: reading.credits)
      warnings.append(contentsOf: reading.warnings)
      blocks.append(block("pageCredit", line.content))
      return
    }
    var nextIsLead = false
    if let next, case .lead = next.kind { nextIsLead = true }
    guard let last = drafts.indices.last, pending.isEmpty else {
      guard reading.hasRoleWord || reading.agency != nil else {
        addBody(line, from: line.content.lowerBound)
        return
      }
      startArticle(at: line)
      attach(reading, line)
      return
    }
    let isClosed = drafts[last].isClosed
    let hasBody = drafts[last].hasBody
    let startsNew: Bool
    if reading.hasLeadMarker {
      startsNew =
        isClosed
        || (hasBody && (drafts[last].hasByline || drafts[last].article.headline == nil))
    } else if isClosed {
      startsNew = nextIsLead
    } else if !hasBody {
      startsNew = false
    } else {
      startsNew = nextIsLead
    }
    if startsNew {
      guard reading.hasRoleWord || reading.agency != nil else {
        addBody(line, from: line.content.lowerBound)
        return
      }
      startArticle(at: line)
      attach(reading, line)
    } else {
      attach(reading, line)
      if drafts[last].hasBody && !reading.hasLeadMarker && !reading.isPhotoOnly {
        drafts[last].isClosed = true
        drafts[last].paragraphIsOpen = false
      }
    }
  }

  /// Reads a line of names continuing a byline line cut after its role word
  /// (`■首席记者 吴宇翔 通讯员` + `饶亦晴 刘莹 罗依莲`).
  private mutating func continueByline(_ dangling: DanglingRole, _ line: PageLine) -> Bool {
    switch line.kind {
    case .headline, .body: break
    default: return false
    }
    guard line.content.count <= PageStructureLexicon.longestBylineLine,
      let reading = CreditParser().parse(text, line.content), !reading.hasRoleWord,
      !reading.isBracketed, reading.agency == nil, let index = drafts.indices.last
    else { return false }
    for var credit in reading.credits {
      credit.role = dangling.role
      credit.title = dangling.title
      credit.affiliation = dangling.affiliation
      credit.duties = dangling.duties
      drafts[index].article.credits.append(credit)
    }
    drafts[index].cover(line.content)
    return true
  }

  private mutating func attach(_ reading: BylineReading, _ line: PageLine) {
    guard let index = drafts.indices.last else { return }
    danglingRole = reading.danglingRole
    drafts[index].add(reading)
    drafts[index].cover(line.content)
    warnings.append(contentsOf: reading.warnings)
  }

  private mutating func addBody(_ line: PageLine, from start: Int) {
    let needsNew: Bool
    if let last = drafts.last {
      needsNew = !pending.isEmpty || (last.isClosed && !last.paragraphIsOpen)
    } else {
      needsNew = true
    }
    if needsNew { startArticle(at: line) }
    guard let index = drafts.indices.last else { return }
    appendParagraphText(
      start..<line.content.upperBound, toDraft: index, joining: drafts[index].paragraphIsOpen)
  }

  /// Adds body text: joins it to the open paragraph or starts a new one, and reads the
  /// continuation marker or credit that may close it.
  private mutating func appendParagraphText(
    _ range: Range<Int>, toDraft index: Int, joining: Bool
  ) {
    let found = drafts[index].appendText(range, joining: joining, in: text, joiner: joiner)
    warnings.append(contentsOf: found)
  }
}
