/// The lead (电头) that opens an article's first paragraph: the agency, the credits in
/// the bracket after it, and the dateline.
struct AgencyLead: Sendable {
  /// `本报讯`, `新华社`, `浙江在线` …
  var agency: String
  /// The date the lead prints, resolved against the issue date.
  var dateline: Dateline?
  /// The credits printed with the lead (`本报讯(记者 X)`), if any.
  var byline: BylineReading?
  /// Where the lead starts.
  var start: Int
  /// Where the body text of the paragraph starts (after the lead and its credits).
  var bodyStart: Int
}

/// Reads the leads of Chinese news copy: `本报讯`, other papers' `XX日报讯`,
/// `浙江在线杭州10月8日快讯`, `新华社北京4月24日电`, `据新华社电`, `本报X地X月X日电`, each
/// optionally followed by credits in brackets (`本报讯(记者 宛琼 通讯员 田远斌)`) or glued
/// (`电记者张金江报道:`), then a date (`11月7日下午`).
struct AgencyLeadReader: Sendable {
  /// The lead at the start of `line`, or `nil` when the line opens with none.
  func read(_ text: SourceText, line: Range<Int>, issueDate: LocalDate?) -> AgencyLead? {
    var cursor = line.lowerBound
    let leadMarkers = BylineLexicon.leadMarkers
    while cursor < line.upperBound, let scalar = text.scalar(at: cursor),
      ScalarFolding.isSpace(scalar) || leadMarkers.contains(scalar)
    {
      cursor += 1
    }
    let start = cursor
    // `【新华社北京4月24日电】`, `[中新网北京11月8日电]`: a lead in brackets.
    var closing: Unicode.Scalar?
    if let open = text.folded(at: cursor), PageStructureLexicon.leadBrackets.contains(open) {
      closing = BylineLexicon.brackets[open]
      cursor += 1
    }
    let attributed = text.folded(at: cursor).map(PageStructureLexicon.attributions.contains) == true
    if attributed { cursor += 1 }
    let prefixStart = cursor
    // A lead ends with `讯` or `电` within its longest length: most lines hold neither there,
    // and are rejected by this one pass.
    guard
      let lastEnd = lastLeadEnd(
        text, from: prefixStart, limit: min(line.upperBound, prefixStart + Self.longestLead)),
      let end = findLeadEnd(
        text, from: prefixStart, line: line, attributed: attributed, closing: closing,
        lastEnd: lastEnd)
    else {
      return nil
    }
    let datelineReader = DatelineReader()
    var placeEnd = end.index
    if let quick = Self.leadEndPrefixes.matchEnding(text, at: end.index, lowerLimit: prefixStart) {
      placeEnd -= quick.length
    }
    let outletEnd = outletEnd(text, prefixStart..<placeEnd)
    var printedDate: DatelineReader.PrintedDate?
    var placeParts: [String] = []
    if let outletEnd {
      var cursor = outletEnd
      var placeStart = outletEnd
      while cursor < placeEnd {
        if printedDate == nil,
          let date = datelineReader.readDate(text, at: cursor, limit: placeEnd),
          date.day != nil
        {
          if cursor > placeStart { placeParts.append(text.string(placeStart..<cursor)) }
          printedDate = date
          cursor = date.range.upperBound
          placeStart = cursor
        } else {
          cursor += 1
        }
      }
      if placeEnd > placeStart { placeParts.append(text.string(placeStart..<placeEnd)) }
    }
    let place = trimmingSpaces(placeParts.joined())
    let agency: String
    if let outletEnd, end.kind == .wire || !place.isEmpty || printedDate != nil {
      agency = text.string(prefixStart..<outletEnd)
    } else {
      agency = text.string(prefixStart..<(end.index + 1))
    }
    var lead = AgencyLead(
      agency: agency, dateline: nil, byline: nil, start: start,
      bodyStart: end.index + (closing == nil ? 1 : 2))
    if let printedDate {
      lead.dateline = Dateline(
        text: text.string(printedDate.range),
        date: datelineReader.resolve(printedDate, issueDate: issueDate),
        partOfDay: printedDate.partOfDay, place: place.isEmpty ? nil : place,
        start: printedDate.range.lowerBound, end: printedDate.range.upperBound)
    }
    readCredits(text, line: line, into: &lead)
    var body = lead.bodyStart
    while body < line.upperBound, let scalar = text.scalar(at: body), ScalarFolding.isSpace(scalar)
    {
      body += 1
    }
    lead.bodyStart = body
    if lead.dateline == nil {
      lead.dateline = datelineReader.dateline(
        text, at: body, limit: line.upperBound, issueDate: issueDate)
    }
    return lead
  }

  private func readCredits(_ text: SourceText, line: Range<Int>, into lead: inout AgencyLead) {
    var cursor = lead.bodyStart
    while cursor < line.upperBound, let scalar = text.scalar(at: cursor),
      ScalarFolding.isSpace(scalar)
    {
      cursor += 1
    }
    guard let first = text.folded(at: cursor), cursor < line.upperBound else { return }
    let limit = min(line.upperBound, cursor + PageStructureLexicon.longestBylineLine)
    if let close = BylineLexicon.brackets[first] {
      let bracketLimit = min(line.upperBound, cursor + PageStructureLexicon.longestBracketedByline)
      var end = cursor + 1
      while end < bracketLimit, text.folded(at: end) != close { end += 1 }
      guard end < bracketLimit, let reading = CreditParser().parse(text, cursor..<(end + 1))
      else {
        return
      }
      if var earlier = lead.byline {
        // `本报讯（记者 X）（通讯员 Y）`: a second bracket adds its credits.
        earlier.credits.append(contentsOf: reading.credits)
        earlier.warnings.append(contentsOf: reading.warnings)
        lead.byline = earlier
        lead.bodyStart = end + 1
        return
      }
      lead.byline = reading
      lead.bodyStart = end + 1
      readCredits(text, line: line, into: &lead)
      return
    }
    guard BylineTokenizer.startsWithRoleWord(text, at: cursor, limit: limit) else { return }
    var ends: [Int] = []
    var end = cursor + 1
    while end <= limit {
      let scalar = text.scalar(at: end)
      if end == limit || scalar.map(ScalarFolding.isSpace) == true
        || scalar.map({ Self.gluedCreditEnds.contains(ScalarFolding.fold($0)) }) == true
      {
        ends.append(end)
      }
      if let scalar, Self.gluedCreditEnds.contains(ScalarFolding.fold(scalar)) { break }
      end += 1
    }
    for end in ends.reversed() {
      guard let reading = CreditParser().parse(text, cursor..<end, requireSurnames: true),
        reading.hasRoleWord
      else { continue }
      if var earlier = lead.byline {
        earlier.credits.append(contentsOf: reading.credits)
        earlier.warnings.append(contentsOf: reading.warnings)
        lead.byline = earlier
      } else {
        lead.byline = reading
      }
      var body = end
      if let scalar = text.folded(at: body), Self.gluedCreditEnds.contains(scalar) { body += 1 }
      lead.bodyStart = body
      return
    }
  }

  private static let gluedCreditEnds = PageStructureLexicon.gluedCreditEnds

  /// The last scalar in `start..<limit` that can end a lead (`讯`, `电`), or `nil`.
  private func lastLeadEnd(_ text: SourceText, from start: Int, limit: Int) -> Int? {
    let marks = Self.leadEndMarks
    var index = start
    var last: Int?
    while index < limit, let scalar = text.folded(at: index) {
      if marks.contains(scalar) { last = index }
      index += 1
    }
    return last
  }

  /// The scalars of ``PageStructureLexicon/leadEnds`` (each a single folded scalar).
  static let leadEndMarks = ScalarSet(
    PageStructureLexicon.leadEnds.flatMap { $0.0.unicodeScalars.map(ScalarFolding.fold) })

  private func findLeadEnd(
    _ text: SourceText, from start: Int, line: Range<Int>, attributed: Bool,
    closing: Unicode.Scalar?, lastEnd: Int
  ) -> (index: Int, kind: LeadEnd)? {
    let limit = min(line.upperBound, start + Self.longestLead)
    // No lead ends after `lastEnd`: the scan stops there (role words are still matched up
    // to `limit`).
    let scanLimit = min(limit, lastEnd + 1)
    var sawOutlet = false
    var sawDate = false
    var cursor = start
    // Tables read once here, not per scalar (a static read costs a `swift_once` and copies).
    let leadEnds = Self.leadEnds
    let outletAnchors = Self.outletAnchors
    let prefixMarks = Self.prefixMarks
    let dayMarks = PageStructureLexicon.dayMarks
    let leadAnchors = PageStructureLexicon.leadAnchors
    let roleWords = BylineTokenizer.roleWordTable
    // Only an attribution or an outlet anchor lets a lead end match, so most lines are
    // rejected by one cheap pass that looks for an anchor.
    if !attributed {
      var probe = start
      while probe < scanLimit, let scalar = text.folded(at: probe),
        !outletAnchors.contains(scalar)
      {
        probe += 1
      }
      guard probe < scanLimit else { return nil }
    }
    while cursor < scanLimit, let scalar = text.folded(at: cursor) {
      if let end = leadEnds.match(text, at: cursor, limit: cursor + 1), cursor > start,
        sawOutlet || attributed,
        let previous = text.folded(at: cursor - 1),
        leadAnchors.contains(previous)
          || (sawDate && end.value == .report),
        closing.map({ text.folded(at: cursor + 1) == $0 })
          ?? isFollowerOK(text, after: cursor, line: line, kind: end.value)
      {
        return (cursor, end.value)
      }
      if outletAnchors.contains(scalar) { sawOutlet = true }
      // A lead names an outlet, never a person: `通讯员 李四 本报讯` is a byline, then a lead.
      if BylineTokenizer.startsWithRoleWord(text, at: cursor, limit: limit, in: roleWords) {
        return nil
      }
      if dayMarks.contains(scalar),
        let previous = text.scalar(at: cursor - 1), ScalarFolding.isDigit(previous)
      {
        sawDate = true
      }
      let allowed =
        ScalarFolding.isHan(scalar) || ScalarFolding.isDigit(scalar)
        || ScalarFolding.isSpace(scalar) || prefixMarks.contains(scalar)
      guard allowed else { return nil }
      cursor += 1
    }
    return nil
  }

  private func isFollowerOK(_ text: SourceText, after index: Int, line: Range<Int>, kind: LeadEnd)
    -> Bool
  {
    let next = index + 1
    guard next < line.upperBound, let scalar = text.folded(at: next) else { return true }
    if ScalarFolding.isSpace(scalar) || BylineLexicon.brackets[scalar] != nil
      || scalar == ":" || scalar == ","
    {
      return true
    }
    switch kind {
    case .report:
      if ScalarFolding.isDigit(scalar) { return true }
      return ScalarFolding.isHan(scalar)
        && !PageStructureLexicon.reportWordFollowers.contains(scalar)
    case .wire:
      return Self.wireFollowers.match(text, at: next, limit: line.upperBound) != nil
    }
  }

  private func outletEnd(_ text: SourceText, _ range: Range<Int>) -> Int? {
    var cursor = range.lowerBound
    var found: Int?
    while cursor < range.upperBound {
      if let scalar = text.scalar(at: cursor), ScalarFolding.isDigit(scalar) { break }
      if let match = Self.outletEndings.match(text, at: cursor, limit: range.upperBound) {
        found = cursor + match.length
        cursor += match.length
        if found != nil { break }
      } else {
        cursor += 1
      }
    }
    return found
  }

  private func trimmingSpaces(_ string: String) -> String {
    var scalars = Substring(string).unicodeScalars[...]
    while let first = scalars.first, ScalarFolding.isSpace(first) { scalars.removeFirst() }
    while let last = scalars.last, ScalarFolding.isSpace(last) { scalars.removeLast() }
    return String(scalars)
  }

  private static let longestLead = 36
  private static let prefixMarks = PageStructureLexicon.leadPrefixMarks
  private static let outletAnchors = PageStructureLexicon.outletAnchors
  private static let leadEnds = WordTable(PageStructureLexicon.leadEnds)
  private static let leadEndPrefixes = WordTable(words: PageStructureLexicon.leadEndPrefixes)
  private static let wireFollowers = WordTable(words: PageStructureLexicon.wireFollowers)
  private static let outletEndings = WordTable(words: PageStructureLexicon.outletEndings)
}
