/// Reads one byline segment — a byline line, the bracket after a `本报讯` lead, a trailing
/// credit — into credits.
///
/// A role word governs every name after it until the next role word; names are split on
/// spaces, `、` and `，`. Duty words (`文`, `摄`, `摄影`, `图`) before the names give them a
/// role, after the names (`X/文`, `X Y 摄`) they give untitled names a role and titled
/// ones a duty. A run printed before `记者` that names an outlet (`杭报记者`) becomes the
/// credit's affiliation. The whole segment must read as a byline, or the result is `nil`.
///
/// ```swift
/// let parser = CreditParser()
/// parser.parse("文/摄影 记者 徐红燕 王基诺")?.credits.map(\.duties)
/// // [["writing", "photography"], ["writing", "photography"]]
/// parser.parse("梦诗三悦 祝依娜/文 余文华/摄")?.credits.map(\.role)
/// // [.writer, .writer, .photographer]
/// parser.parse("记者从区住建局获悉")  // nil
/// ```
public struct CreditParser: Sendable {
  /// Creates a parser.
  public init() {}

  /// Parses a string holding one byline segment (offsets are into that string).
  public func parse(_ string: String) -> BylineReading? {
    let text = SourceText(string)
    return parse(text, 0..<text.count)
  }

  /// Parses the segment `range` of `text`; credit offsets are into `text`.
  ///
  /// - Complexity: O(*n*) in the length of the segment.
  public func parse(_ text: SourceText, _ range: Range<Int>) -> BylineReading? {
    var lower = max(0, range.lowerBound)
    var upper = min(text.count, range.upperBound)
    var reading = BylineReading()
    trimSpaces(text, &lower, &upper)
    while lower < upper, let scalar = text.scalar(at: lower),
      BylineLexicon.leadMarkers.contains(scalar)
    {
      reading.hasLeadMarker = true
      lower += 1
      trimSpaces(text, &lower, &upper)
    }
    if upper - lower >= 2, let open = text.folded(at: lower),
      let close = text.folded(at: upper - 1),
      BylineLexicon.brackets[open] == close
    {
      reading.isBracketed = true
      lower += 1
      upper -= 1
      trimSpaces(text, &lower, &upper)
    }
    guard lower < upper, let pieces = BylineTokenizer().tokenize(text, lower..<upper) else {
      return nil
    }
    if pieces.contains(where: { if case .jointReport = $0 { true } else { false } }) {
      reading.agency = text.string(lower..<upper)
      return reading
    }
    guard interpret(pieces, text, into: &reading) else { return nil }
    guard !reading.credits.isEmpty || reading.agency != nil else { return nil }
    return reading
  }

  private func trimSpaces(_ text: SourceText, _ lower: inout Int, _ upper: inout Int) {
    while lower < upper, let scalar = text.scalar(at: lower), ScalarFolding.isSpace(scalar) {
      lower += 1
    }
    while upper > lower, let scalar = text.scalar(at: upper - 1), ScalarFolding.isSpace(scalar) {
      upper -= 1
    }
  }

  /// The role word governing the names that follow it, with what merged into it.
  private struct Group {
    var role: CreditRole
    var duties: [String]
    var title: String?
    var affiliation: String?
    var isOpen = true

    init(_ word: RoleWord, printed: String, affiliation: String?) {
      role = word.role
      duties = word.duties
      title = word.isTitle ? printed : nil
      self.affiliation = affiliation
    }

    mutating func merge(_ word: RoleWord, printed: String, affiliation: String?) {
      for duty in word.duties where !duties.contains(duty) { duties.append(duty) }
      if word.isTitle {
        role = word.role
        title = printed
        if let affiliation { self.affiliation = affiliation }
      } else if title == nil {
        role = duties.contains(BylineLexicon.writing) ? .writer : word.role
      }
      if title != nil && role == .photographer && duties.contains(BylineLexicon.writing) {
        role = .reporter
      }
    }
  }

  private func interpret(
    _ pieces: [BylinePiece], _ text: SourceText, into reading: inout BylineReading
  ) -> Bool {
    let splitter = NameSplitter()
    var group: Group?
    var pendingFrom = 0
    var pendingAffiliation: String?
    var expectSource = false
    for (index, piece) in pieces.enumerated() {
      switch piece {
      case .separator, .ignorable, .jointReport:
        continue
      case .sourceLabel:
        expectSource = true
      case .agency(let range):
        reading.agency = text.string(range)
        group?.isOpen = false
      case .role(let word, let range):
        reading.hasRoleWord = true
        let previous = neighbour(of: index, in: pieces, step: -1)
        let separator = separator(between: previous?.index, and: index, in: pieces)
        let next = neighbour(of: index, in: pieces, step: 1)
        if word.canFollowNames, let previous, case .chunk = previous.piece,
          separator == nil || separator == .slash || next == nil || !isChunk(next?.piece)
        {
          for credit in pendingFrom..<reading.credits.count {
            for duty in word.duties where !reading.credits[credit].duties.contains(duty) {
              reading.credits[credit].duties.append(duty)
            }
            if reading.credits[credit].title == nil { reading.credits[credit].role = word.role }
          }
          pendingFrom = reading.credits.count
          continue
        }
        let printed = (pendingAffiliation ?? "") + text.string(range)
        if var open = group, open.isOpen {
          open.merge(word, printed: printed, affiliation: pendingAffiliation)
          group = open
        } else {
          group = Group(word, printed: printed, affiliation: pendingAffiliation)
        }
        pendingAffiliation = nil
        pendingFrom = reading.credits.count
      case .chunk(let range):
        if expectSource {
          reading.agency = text.string(range)
          expectSource = false
          continue
        }
        let next = neighbour(of: index, in: pieces, step: 1)
        let gluedToRole: Bool
        if index > 0, case .role = pieces[index - 1] {
          gluedToRole = true
        } else {
          gluedToRole = false
        }
        if let next, next.index == index + 1, case .role(let word, _) = next.piece, word.isTitle,
          !gluedToRole, isOutlet(text, range)
        {
          pendingAffiliation = text.string(range)
          continue
        }
        guard let names = splitter.split(text, range), let first = names.first else {
          return false
        }
        if gluedToRole,
          !splitter.startsWithSurname(text, at: first.range.lowerBound, length: first.range.count)
        {
          return false
        }
        for name in names {
          reading.credits.append(
            Credit(
              role: group?.role ?? .unspecified, name: text.string(name.range),
              title: group?.title, affiliation: group?.affiliation, duties: group?.duties ?? [],
              isAmbiguous: name.isAmbiguous, start: name.range.lowerBound,
              end: name.range.upperBound))
          if name.isAmbiguous {
            reading.warnings.append(
              PageWarning(
                code: "ambiguousName",
                message: "kept \"\(text.string(name.range))\" as one name: it could not be split"
                  + " safely", start: name.range.lowerBound, end: name.range.upperBound))
          }
        }
        group?.isOpen = false
      }
    }
    return pendingAffiliation == nil && !expectSource
  }

  private func isChunk(_ piece: BylinePiece?) -> Bool {
    if case .chunk = piece { return true }
    return false
  }

  private func neighbour(of index: Int, in pieces: [BylinePiece], step: Int) -> (
    index: Int, piece: BylinePiece
  )? {
    var cursor = index + step
    while cursor >= 0 && cursor < pieces.count {
      switch pieces[cursor] {
      case .separator, .ignorable: cursor += step
      default: return (cursor, pieces[cursor])
      }
    }
    return nil
  }

  private func separator(between start: Int?, and end: Int, in pieces: [BylinePiece])
    -> BylineSeparator?
  {
    guard let start, start + 1 < end else { return nil }
    var found: BylineSeparator?
    for piece in pieces[(start + 1)..<end] {
      if case .separator(let kind) = piece, found == nil || kind == .slash { found = kind }
    }
    return found
  }

  private func isOutlet(_ text: SourceText, _ range: Range<Int>) -> Bool {
    guard range.count >= 2, range.count <= 8 else { return false }
    if Self.outletShortForms.isWord(text, range) { return true }
    return Self.outletEndings.matchEnding(text, at: range.upperBound, lowerLimit: range.lowerBound)
      != nil
  }

  private static let outletEndings = WordTable(words: BylineLexicon.outletEndings)
  private static let outletShortForms = WordTable(words: BylineLexicon.outletShortForms)
}
