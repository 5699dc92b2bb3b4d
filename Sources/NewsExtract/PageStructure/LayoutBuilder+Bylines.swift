/// Leads and byline lines: where they open an article, join one, or close it.
extension LayoutBuilder {
  /// A lead (`本报讯…`) opens an article unless the current one has only its headline and
  /// byline so far; it gives the agency, the dateline, the credits and the first paragraph.
  mutating func addLead(_ lead: AgencyLead, _ line: PageLine) {
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
  mutating func addSplitLead(_ lead: AgencyLead, _ line: PageLine, next: PageLine)
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

  /// How far a split credit bracket may reach on each line.
  static let longestSplit = 40

  /// A byline line: page-edge editors go to the page; a marked line or one before a lead
  /// opens the body of an article; after the body it closes the article.
  mutating func addByline(_ reading: BylineReading, _ line: PageLine, next: PageLine?) {
    if reading.isEditorial && !reading.hasLeadMarker {
      credits.append(contentsOf: reading.credits)
      warnings.append(contentsOf: reading.warnings)
      blocks.append(block("pageCredit", line.content))
      return
    }
    var nextIsLead = false
    if let next, case .lead = next.kind { nextIsLead = true }
    // Names after a marker without a role word (`□ 赵紫妍`) only close an article: before
    // more body text they are a list item.
    let bareNames = reading.hasLeadMarker && !reading.hasRoleWord && reading.agency == nil
    let marksBody = reading.hasLeadMarker && !bareNames
    if bareNames {
      if let next, case .body = next.kind {
        addBody(line, from: line.content.lowerBound)
        return
      }
    }
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
    if marksBody {
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
      if drafts[last].hasBody && !marksBody && !reading.isPhotoOnly {
        drafts[last].isClosed = true
        drafts[last].paragraphIsOpen = false
      }
    }
  }

  /// Reads a line of names continuing a byline line cut after its role word
  /// (`■首席记者 吴宇翔 通讯员` + `饶亦晴 刘莹 罗依莲`).
  mutating func continueByline(_ dangling: DanglingRole, _ line: PageLine) -> Bool {
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

  /// Adds a byline's credits and agency to the current article.
  mutating func attach(_ reading: BylineReading, _ line: PageLine) {
    guard let index = drafts.indices.last else { return }
    danglingRole = reading.danglingRole
    drafts[index].add(reading)
    drafts[index].cover(line.content)
    warnings.append(contentsOf: reading.warnings)
  }
}
