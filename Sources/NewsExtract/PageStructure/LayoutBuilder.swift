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
  var drafts: [ArticleDraft] = []
  var blocks: [PageBlock] = []
  var credits: [Credit] = []
  var warnings: [PageWarning] = []

  var pending: [PageLine] = []
  /// A role word that ended the last byline line without names.
  var danglingRole: DanglingRole?
  /// `(上接1版)` printed under a headline, for the article that headline starts.
  var pendingContinuations: [Range<Int>] = []
  var guide: [PageLine] = []
  var guideTentative: [PageLine] = []
  var inGuide = false
  let grouper = HeadlineGrouper()
  let joiner = ParagraphJoiner()

  /// The issue date, for datelines read after a split lead.
  let issueDate: LocalDate?

  init(text: SourceText, issueDate: LocalDate? = nil) {
    self.text = text
    self.issueDate = issueDate
  }

  /// Reads every line.
  mutating func read(_ lines: inout PageLineStream) {
    var index = 0
    while lines.has(index) {
      lines.release(before: index)
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
          while lines.has(end), case .headline = lines[end].kind,
            end == index || !isPageHeader(lines[end])
          {
            end += 1
          }
          if isHeadlineRun(&lines, index..<end) {
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
        if lines.has(index + 1), addSplitLead(lead, line, next: lines[index + 1]) {
          index += 2
          continue
        }
        addLead(lead, line)
      case .byline(let reading):
        endGuide()
        addByline(reading, line, next: lines.has(index + 1) ? lines[index + 1] : nil)
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
  func continuesOpenParagraph() -> Bool {
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
  func isPageHeader(_ line: PageLine) -> Bool {
    guard drafts.isEmpty, line.looksLikePageHeader, line.markdownLevel == nil else { return false }
    switch line.kind {
    case .lead, .byline: return false
    default: return true
    }
  }

  /// Whether a run of headline-shaped lines holds headlines rather than body lines cut by
  /// the column layout.
  func isHeadlineRun(_ lines: inout PageLineStream, _ run: Range<Int>) -> Bool {
    guard let first = run.first else { return false }
    if lines[run].contains(where: { $0.markdownLevel != nil }) { return true }
    guard lines.has(run.upperBound) else { return true }
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

  mutating func flushPendingAsBlocks(kind: String) {
    for line in pending { blocks.append(block(kind, line.content)) }
    for marker in pendingContinuations { blocks.append(block("continuation", marker)) }
    pending = []
    pendingContinuations = []
  }

  func block(_ kind: String, _ range: Range<Int>) -> PageBlock {
    PageBlock(
      kind: kind, text: text.string(range), start: range.lowerBound, end: range.upperBound)
  }

  mutating func giveHeadlines(_ lines: [PageLine], toDraft index: Int) {
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
  mutating func startArticle(at line: PageLine) {
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

  static let mostHeadlineLines = 4

  mutating func closeCurrent() {
    guard let last = drafts.indices.last else { return }
    drafts[last].isClosed = true
    drafts[last].paragraphIsOpen = false
  }

  mutating func endGuide() {
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

  mutating func addBody(_ line: PageLine, from start: Int) {
    let needsNew: Bool
    if let last = drafts.last {
      needsNew = !pending.isEmpty || (last.isClosed && !last.paragraphIsOpen)
    } else {
      needsNew = true
    }
    if needsNew { startArticle(at: line) }
    guard let index = drafts.indices.last else { return }
    var start = start
    if !drafts[index].hasBody, drafts[index].article.agency == nil,
      let opening = OpeningCreditReader().read(text, start..<line.content.upperBound)
    {
      // `(德州晚报全媒体记者 张明凯)近日，…`: credits open the paragraph without a lead.
      drafts[index].add(opening.reading)
      warnings.append(contentsOf: opening.reading.warnings)
      start = opening.bodyStart
      if drafts[index].article.dateline == nil {
        drafts[index].article.dateline = DatelineReader().dateline(
          text, at: start, limit: line.content.upperBound, issueDate: issueDate)
      }
    } else if !drafts[index].hasBody, drafts[index].article.agency == nil,
      let attribution = AttributionReader().read(text, start..<line.content.upperBound)
    {
      if let byline = attribution.byline {
        drafts[index].add(byline)
        warnings.append(contentsOf: byline.warnings)
      } else {
        drafts[index].article.agency = attribution.source
      }
    }
    appendParagraphText(
      start..<line.content.upperBound, toDraft: index, joining: drafts[index].paragraphIsOpen)
  }

  /// Adds body text: joins it to the open paragraph or starts a new one, and reads the
  /// continuation marker or credit that may close it.
  mutating func appendParagraphText(
    _ range: Range<Int>, toDraft index: Int, joining: Bool
  ) {
    let found = drafts[index].appendText(range, joining: joining, in: text, joiner: joiner)
    warnings.append(contentsOf: found)
  }
}
