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
  private var guide: [PageLine] = []
  private var guideTentative: [PageLine] = []
  private var inGuide = false
  private let grouper = HeadlineGrouper()
  private let joiner = ParagraphJoiner()

  init(text: SourceText) {
    self.text = text
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
        }
      case .continuation:
        endGuide()
        if let last = drafts.indices.last, pending.isEmpty {
          drafts[last].article.continuations.append(text.string(line.content))
          drafts[last].cover(line.content)
        } else {
          blocks.append(block("continuation", line.content))
        }
      case .headline:
        if inGuide {
          guideTentative.append(line)
        } else if line.markdownLevel == nil, let last = drafts.last, last.paragraphIsOpen,
          !last.isClosed, pending.isEmpty
        {
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
    if !pending.isEmpty {
      if let last = drafts.indices.last, drafts[last].article.headline == nil,
        drafts[last].hasBody
      {
        giveHeadlines(pending, toDraft: last)
      } else {
        flushPendingAsBlocks(kind: "other")
      }
      pending = []
    }
  }

  /// The articles, finished.
  func articles() -> (articles: [Article], warnings: [PageWarning]) {
    var articles: [Article] = []
    var warnings: [PageWarning] = []
    for draft in drafts {
      let finished = draft.finished(in: text)
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
    case .lead, .guideReference, .guideHeader, .caption, .headline:
      return true
    case .byline(let reading):
      return !(reading.isBracketed && !reading.hasRoleWord)
    case .continuation:
      return false
    case .body:
      if run.count >= 2 { return true }
      let line = lines[first]
      if line.hasEnumerationComma { return false }
      if line.gapBefore >= 2 { return true }
      guard let last = drafts.last else { return true }
      return last.isClosed || next.opensArticle
    }
  }

  private mutating func flushPendingAsBlocks(kind: String) {
    for line in pending { blocks.append(block(kind, line.content)) }
    pending = []
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
    drafts[drafts.count - 1] = draft
  }

  private static let mostHeadlineLines = 4

  private mutating func closeCurrent() {
    if let last = drafts.indices.last { drafts[last].isClosed = true }
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
    let draft = drafts[last]
    let startsNew: Bool
    if reading.hasLeadMarker {
      startsNew = draft.isClosed || draft.hasByline || draft.article.headline == nil
    } else if draft.isClosed {
      startsNew = nextIsLead
    } else if !draft.hasBody {
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
      if drafts[last].hasBody && !reading.hasLeadMarker { drafts[last].isClosed = true }
    }
  }

  private mutating func attach(_ reading: BylineReading, _ line: PageLine) {
    guard let index = drafts.indices.last else { return }
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
    var draft = drafts[index]
    draft.cover(range)
    draft.tentativeCredit = nil
    var end = range.upperBound
    let markers = ContinuationMarkerReader()
    if let marker = markers.trailingMarker(text, in: range.lowerBound..<end) {
      draft.article.continuations.append(text.string(marker))
      end = marker.lowerBound
    }
    var closesArticle = false
    var tentative: ParagraphJoiner.TrailingCredit?
    if let credit = joiner.trailingCredit(text, in: range.lowerBound..<end) {
      if credit.reading.hasRoleWord {
        draft.add(credit.reading)
        warnings.append(contentsOf: credit.reading.warnings)
        end = credit.start
        closesArticle = true
      } else {
        tentative = credit
      }
    }
    if joining, var pieces = draft.paragraphs.last {
      pieces.append(range.lowerBound..<end)
      draft.paragraphs[draft.paragraphs.count - 1] = pieces
    } else {
      draft.paragraphs.append([range.lowerBound..<end])
    }
    if let tentative {
      draft.tentativeCredit = (tentative.reading, draft.paragraphs.count - 1, tentative.start)
    }
    draft.paragraphIsOpen =
      !closesArticle && tentative == nil && joiner.endsOpen(text, range.lowerBound..<end)
    if closesArticle { draft.isClosed = true }
    drafts[index] = draft
  }
}
