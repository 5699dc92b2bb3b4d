/// Walks the pieces of one byline segment and turns them into credits: a role word
/// governs every name after it until the next role word; duty words after names
/// (`X/文`, `X Y 摄`) give untitled names a role and titled ones a duty; a run glued
/// before a title that is not a name (`杭报记者`) is the credit's affiliation.
struct BylineInterpreter {
  let text: SourceText
  let pieces: [BylinePiece]
  /// Every name must start with a surname (credits glued to a lead).
  let requireSurnames: Bool
  /// What was read so far.
  var reading: BylineReading

  private let splitter = NameSplitter()
  private var group: RoleGroup?
  private var pendingFrom = 0
  private var lastSuffix: Range<Int>?
  private var pendingAffiliation: String?
  private var expectSource = false

  init(text: SourceText, pieces: [BylinePiece], requireSurnames: Bool, reading: BylineReading) {
    self.text = text
    self.pieces = pieces
    self.requireSurnames = requireSurnames
    self.reading = reading
  }

  /// Whether ``run()`` is sure to refuse `pieces`, seen without reading them: a chunk longer
  /// than any run of names (``NameSplitter/longestRun``) is refused by ``readChunk(_:at:)``
  /// unless a source label stands before it, a role word right after it (an outlet such
  /// as `…日报记者`), or the segment is bracketed (a source such as `(山西日报)`). Prose lines
  /// of Han and commas are refused here before names are split and strings built.
  static func mustRefuse(_ pieces: [BylinePiece], isBracketed: Bool) -> Bool {
    guard !isBracketed else { return false }
    for index in pieces.indices {
      switch pieces[index] {
      case .sourceLabel:
        return false
      case .chunk(let range) where range.count > NameSplitter.longestRun:
        if index + 1 < pieces.count, case .role = pieces[index + 1] { continue }
        return true
      default:
        continue
      }
    }
    return false
  }

  /// Reads every piece; `false` when the segment is not a byline.
  mutating func run() -> Bool {
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
        readRole(word, range, at: index)
      case .chunk(let range):
        guard readChunk(range, at: index) else { return false }
      case .spacedName(let first, let second):
        guard readSpacedName(first, second, at: index) else { return false }
      }
    }
    if let group, group.isOpen, group.isCredited, group.title != nil {
      reading.danglingRole = DanglingRole(
        role: group.role, title: group.title, affiliation: group.affiliation,
        duties: group.duties)
    }
    return pendingAffiliation == nil && !expectSource
  }

  /// A role word: a duty after names, or a title or duty opening (or joining) a group.
  private mutating func readRole(_ word: RoleWord, _ range: Range<Int>, at index: Int) {
    reading.hasRoleWord = true
    let previous = neighbour(of: index, step: -1)
    let separator = separator(between: previous?.index, and: index)
    let next = neighbour(of: index, step: 1)
    if word.canFollowNames, let suffix = lastSuffix, let previous, case .role = previous.piece,
      separator == nil || separator == .slash, !isChunk(next?.piece)
    {
      // `X 文/摄`: a second duty word after a suffix gives the same names its duty.
      addDuties(word.duties, to: suffix)
      return
    }
    lastSuffix = nil
    if word.canFollowNames, let previous, isChunk(previous.piece),
      separator == nil || separator == .slash || next == nil || !isChunk(next?.piece)
    {
      let names = pendingFrom..<reading.credits.count
      addDuties(word.duties, to: names)
      for credit in names where reading.credits[credit].title == nil {
        reading.credits[credit].role = word.role
      }
      lastSuffix = names
      pendingFrom = reading.credits.count
      return
    }
    let printed = printedRole(range)
    if var open = group, open.isOpen {
      open.merge(word, printed: printed, affiliation: pendingAffiliation)
      group = open
    } else {
      group = RoleGroup(word, printed: printed, affiliation: pendingAffiliation)
    }
    pendingAffiliation = nil
    pendingFrom = reading.credits.count
  }

  /// The role as printed, after the pending affiliation and without spaces; built straight
  /// from storage when the word holds no space (the usual case).
  private func printedRole(_ range: Range<Int>) -> String {
    let prefix = pendingAffiliation ?? ""
    guard range.contains(where: { text.scalar(at: $0).map(ScalarFolding.isSpace) != false })
    else { return prefix + text.string(range) }
    var printed = String.UnicodeScalarView()
    printed.append(contentsOf: prefix.unicodeScalars)
    printed.append(contentsOf: text.scalars[range].lazy.filter { !ScalarFolding.isSpace($0) })
    return String(printed)
  }

  /// A run of Han characters: the source after `来源`, an outlet glued before a title
  /// (`杭报记者`), or names.
  private mutating func readChunk(_ range: Range<Int>, at index: Int) -> Bool {
    lastSuffix = nil
    if expectSource {
      reading.agency = text.string(range)
      expectSource = false
      return true
    }
    if isReportPlace(range, at: index) { return true }
    let glued = isGluedToRole(index)
    if let next = neighbour(of: index, step: 1), next.index == index + 1,
      case .role(let word, _) = next.piece, word.isTitle, !glued, range.count >= 2,
      isOutlet(range) || !isNameShaped(range)
        || !splitter.startsWithSurname(text, at: range.lowerBound, length: range.count)
    {
      pendingAffiliation = text.string(range)
      return true
    }
    if group == nil, reading.isBracketed, let source = outletSource(range, at: index) {
      // `(山西日报)`, `(据新华社)`, `(新华)`: a source closing an article, not a person.
      // Unbracketed, such a run is a nameplate or a headline (`余杭晨报`).
      // `(综合新华社、人民日报)`: several sources are kept together.
      let name = text.string(source)
      reading.agency = reading.agency.map { $0 + BylineLexicon.sourceSeparator + name } ?? name
      return true
    }
    guard let names = splitter.split(text, range, gluedToMark: isGluedToPhotoMark(index)),
      !names.isEmpty
    else { return false }
    if glued || requireSurnames,
      names.contains(where: {
        !splitter.startsWithSurname(text, at: $0.range.lowerBound, length: $0.range.count)
      })
    {
      return false
    }
    guard group?.isCredited != false else {
      group?.isOpen = false
      return true
    }
    for name in names {
      reading.credits.append(
        credit(name: text.string(name.range), name.range, ambiguous: name.isAmbiguous))
      if name.isAmbiguous {
        reading.warnings.append(
          PageWarning(
            code: "ambiguousName",
            message: "kept \"\(text.string(name.range))\" as one name: it could not be split"
              + " safely", start: name.range.lowerBound, end: name.range.upperBound))
      }
    }
    group?.isOpen = false
    return true
  }

  /// A two-character name printed with a space inside (`王 芳`).
  private mutating func readSpacedName(_ first: Range<Int>, _ second: Range<Int>, at index: Int)
    -> Bool
  {
    guard splitter.isNameCharacter(text, first.lowerBound),
      splitter.isNameCharacter(text, second.lowerBound),
      !(isGluedToRole(index) || requireSurnames)
        || splitter.startsWithSurname(text, at: first.lowerBound, length: 2)
    else { return false }
    guard group?.isCredited != false else {
      group?.isOpen = false
      return true
    }
    let name = text.string(first) + text.string(second)
    reading.credits.append(credit(name: name, first.lowerBound..<second.upperBound))
    group?.isOpen = false
    return true
  }

  private mutating func addDuties(_ duties: [String], to credits: Range<Int>) {
    for credit in credits {
      for duty in duties where !reading.credits[credit].duties.contains(duty) {
        reading.credits[credit].duties.append(duty)
      }
    }
  }

  private func isGluedToRole(_ index: Int) -> Bool {
    guard index > 0, case .role = pieces[index - 1] else { return false }
    return true
  }

  private func credit(name: String, _ range: Range<Int>, ambiguous: Bool = false) -> Credit {
    Credit(
      role: group?.role ?? .unspecified, name: name, title: group?.title,
      affiliation: group?.affiliation, duties: group?.duties ?? [], isAmbiguous: ambiguous,
      start: range.lowerBound, end: range.upperBound)
  }

  private func isChunk(_ piece: BylinePiece?) -> Bool {
    switch piece {
    case .chunk, .spacedName: return true
    default: return false
    }
  }

  private func neighbour(of index: Int, step: Int) -> (
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

  private func separator(between start: Int?, and end: Int) -> BylineSeparator? {
    guard let start, start + 1 < end else { return nil }
    var found: BylineSeparator?
    for piece in pieces[(start + 1)..<end] {
      if case .separator(let kind) = piece, found == nil || kind == .slash { found = kind }
    }
    return found
  }

  /// The outlet a run names when it stands for a source (`山西日报`, `据新华社`), not
  /// before a title (`杭报记者`, an affiliation) nor next to a duty word.
  private func outletSource(_ range: Range<Int>, at index: Int) -> Range<Int>? {
    var source = range
    if let prefix = Self.sourcePrefixes.match(text, at: range.lowerBound, limit: range.upperBound) {
      source = (range.lowerBound + prefix.length)..<range.upperBound
    }
    // A two-character run ending like an outlet may be a name (`王台`): only short forms.
    guard source.count >= 3 ? isOutlet(source) : Self.outletShortForms.isWord(text, source)
    else { return nil }
    for step in [-1, 1] {
      if case .role? = neighbour(of: index, step: step)?.piece, step == -1 || isGluedToNext(index) {
        return nil
      }
    }
    return source
  }

  /// Whether the chunk names where a report was filed: glued before `报道`, after names.
  private func isReportPlace(_ range: Range<Int>, at index: Int) -> Bool {
    guard index + 1 < pieces.count, case .ignorable = pieces[index + 1],
      Self.reportWords.match(text, at: range.upperBound, limit: text.count) != nil,
      range.count <= BylineLexicon.longestName
    else { return false }
    return isChunk(neighbour(of: index, step: -1)?.piece)
  }

  /// Whether the chunk is glued to a photo mark closing a bracket (`(苏巧将陵谷摄)`).
  private func isGluedToPhotoMark(_ index: Int) -> Bool {
    guard reading.isBracketed, index + 2 == pieces.count,
      case .role(let word, _) = pieces[index + 1]
    else {
      return false
    }
    return word.canFollowNames && word.duties == [BylineLexicon.photography]
  }

  private func isGluedToNext(_ index: Int) -> Bool {
    guard index + 1 < pieces.count, case .role = pieces[index + 1] else { return false }
    return true
  }

  /// Whether a run glued before a title could be a name printed that way: plain Han, at
  /// most ``BylineLexicon/longestName`` long. Latin letters, a dot or a longer run
  /// (`YMG`, `齐鲁晚报·齐鲁壹点`) can only be the outlet the title belongs to.
  private func isNameShaped(_ range: Range<Int>) -> Bool {
    guard range.count <= BylineLexicon.longestName else { return false }
    return range.allSatisfy { text.scalar(at: $0).map(ScalarFolding.isHan) == true }
  }

  private func isOutlet(_ range: Range<Int>) -> Bool {
    guard range.count >= 2, range.count <= 8 else { return false }
    if Self.outletShortForms.isWord(text, range) { return true }
    return Self.outletEndings.matchEnding(text, at: range.upperBound, lowerLimit: range.lowerBound)
      != nil
  }

  private static let outletEndings = WordTable(words: BylineLexicon.outletEndings)
  private static let sourcePrefixes = WordTable(words: BylineLexicon.sourcePrefixes)
  private static let reportWords = WordTable(words: BylineLexicon.reportWords)
  private static let outletShortForms = WordTable(words: BylineLexicon.outletShortForms)
}
