/// Finds the masthead block among the first lines of a page (see ``MastheadExtractor``).
///
/// ```swift
/// let block = MastheadBlockFinder(text: SourceText(page), maxLines: 40, maxScalars: 3000).find()
/// ```
struct MastheadBlockFinder {
  let text: SourceText
  let maxLines: Int
  let maxScalars: Int

  /// Non-element lines allowed between element lines before the block is over.
  static let maxQuietLines = 2
  /// Non-empty lines allowed above the first element line (nameplate, banner, 报眼).
  static let maxLeadingLines = 6
  /// A line this long (non-space scalars) without elements is body text.
  static let bodyLineLength = 50

  /// Markdown marks around a line (`# 钱塘新区报`, `**萧山日报**`).
  static let markup: ScalarSet = ["#", "*", "_", ">"]

  static let articleCues = ScalarWordList(MastheadLexicon.articleCues)
  static let bylineMarks = ScalarWordList(MastheadLexicon.bylineMarks)
  static let sentenceMarks = ScalarWordList(MastheadLexicon.sentenceMarks)
  static let paperSuffixes = ScalarWordList(MastheadLexicon.paperNameSuffixes)
  static let headerNameSuffixes = ScalarWordList(MastheadLexicon.runningHeaderNameSuffixes)
  static let titleMarks: ScalarSet = ScalarSet(
    MastheadLexicon.titleMarks.compactMap(\.unicodeScalars.first))

  /// The block, or `nil` when the top of the page holds no masthead.
  func find() -> MastheadBlock? {
    let lineReader = MastheadLineReader(text: text)
    let roleReader = MastheadRoleReader(text: text)
    var leading: [Range<Int>] = []
    var found: [MastheadLine] = []
    var quiet = 0
    for (number, fullLine) in text.lines.enumerated() {
      guard number < maxLines, fullLine.lowerBound < maxScalars else { break }
      let line = fullLine.lowerBound..<min(fullLine.upperBound, maxScalars)
      let content = trimmed(line)
      guard !content.isEmpty else { continue }
      if isArticleCue(content) { break }
      let elements = lineReader.elements(in: line)
      let roles = gaps(in: line, between: elements).flatMap { roleReader.assignments(in: $0) }
      let candidate = MastheadLine(range: line, elements: elements, roles: roles)
      let isProse = Self.sentenceMarks.occurs(in: text, content)
      if isElementLine(candidate, content: content, isProse: isProse) {
        found.append(candidate)
        quiet = 0
        continue
      }
      // Short prose above the block (a 导读 in the 报眼) is passed; below it, prose ends it.
      if nonSpaceCount(content) >= Self.bodyLineLength || (isProse && !found.isEmpty) { break }
      if found.isEmpty {
        leading.append(content)
        if leading.count > Self.maxLeadingLines { break }
      } else {
        quiet += 1
        if quiet > Self.maxQuietLines { break }
      }
    }
    guard let first = found.first, isMasthead(found) else { return nil }
    // A name printed beside its English name (`钱塘新区报 QIANTANG NEW AREA DAILY`) wins.
    if let name = runningHeaderName(first), let element = first.elements.first,
      case .englishName = element.kind
    {
      return MastheadBlock(paperName: name, start: first.range.lowerBound, lines: found)
    }
    if let nameplate = nameplate(among: leading) {
      let lineStart = text.lines[text.lineIndex(containing: nameplate.lowerBound)].lowerBound
      return MastheadBlock(paperName: paperName(nameplate), start: lineStart, lines: found)
    }
    return MastheadBlock(
      paperName: runningHeaderName(first), start: first.range.lowerBound, lines: found)
  }

  // MARK: Lines

  private func trimmed(_ line: Range<Int>) -> Range<Int> {
    var lower = line.lowerBound
    var upper = line.upperBound
    while lower < upper, let scalar = text.scalar(at: lower),
      ScalarFolding.isSpace(scalar) || Self.markup.contains(scalar)
    {
      lower += 1
    }
    while upper > lower, let scalar = text.scalar(at: upper - 1),
      ScalarFolding.isSpace(scalar) || Self.markup.contains(scalar)
    {
      upper -= 1
    }
    return lower..<upper
  }

  private func nonSpaceCount(_ range: Range<Int>) -> Int {
    range.reduce(0) { count, position in
      guard let scalar = text.scalar(at: position), !ScalarFolding.isSpace(scalar) else {
        return count
      }
      return count + 1
    }
  }

  private func isArticleCue(_ content: Range<Int>) -> Bool {
    if Self.bylineMarks.match(in: text, at: content.lowerBound, limit: content.upperBound) != nil {
      return true
    }
    return Self.articleCues.occurs(in: text, content)
  }

  /// The stretches of a line between its elements, where role words are read.
  private func gaps(in line: Range<Int>, between elements: [MastheadElement]) -> [Range<Int>] {
    var gaps: [Range<Int>] = []
    var lower = line.lowerBound
    for element in elements {
      if element.range.lowerBound > lower { gaps.append(lower..<element.range.lowerBound) }
      lower = max(lower, element.range.upperBound)
    }
    if lower < line.upperBound { gaps.append(lower..<line.upperBound) }
    return gaps
  }

  /// A line belongs to the block when it prints roles or a strong element, or when its
  /// elements (with the labels of its phones) cover at least half of it. A line with
  /// sentence punctuation (`。`) is prose unless its elements cover three quarters of it.
  private func isElementLine(_ line: MastheadLine, content: Range<Int>, isProse: Bool) -> Bool {
    guard !line.elements.isEmpty || !line.roles.isEmpty else { return false }
    if !isProse {
      if !line.roles.isEmpty { return true }
      if line.elements.contains(where: { $0.evidence >= 2 }) { return true }
    }
    var covered = 0
    for element in line.elements {
      covered += nonSpaceCount(element.range)
      if case .phone(_, let label) = element.kind { covered += label.unicodeScalars.count }
    }
    let length = nonSpaceCount(content)
    return isProse ? covered * 4 >= length * 3 : covered * 2 >= length
  }

  /// Strong evidence, or a date with at least one more element.
  private func isMasthead(_ lines: [MastheadLine]) -> Bool {
    var score = 0
    var hasDate = false
    for line in lines {
      if !line.roles.isEmpty { return true }
      for element in line.elements {
        if element.evidence >= 2 { return true }
        if case .date = element.kind { hasDate = true }
        score += element.evidence
      }
    }
    return hasDate && score >= 2
  }

  // MARK: Nameplate

  /// The nameplate among the lines above the first element line: the first short line
  /// of one word ending like a paper name, else the first short line of one word.
  private func nameplate(among lines: [Range<Int>]) -> Range<Int>? {
    let short = lines.filter { line in
      let name = stripTitleMarks(line)
      return (2...20).contains(name.count) && !Self.sentenceMarks.occurs(in: text, name)
    }
    let single = short.filter { line in
      isSpacedLetters(line)
        || !line.contains { position in
          text.scalar(at: position).map(ScalarFolding.isSpace) ?? false
        }
    }
    if let named = single.first(where: { line in
      let name = stripTitleMarks(line)
      return Self.paperSuffixes.match(
        in: text, endingAt: name.upperBound, lowerLimit: name.lowerBound)
        != nil
    }) {
      return named
    }
    return single.first
  }

  private func stripTitleMarks(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    if let first = text.scalar(at: lower), Self.titleMarks.contains(first) { lower += 1 }
    if upper > lower, let last = text.scalar(at: upper - 1), Self.titleMarks.contains(last) {
      upper -= 1
    }
    return lower..<upper
  }

  private func paperName(_ line: Range<Int>) -> String {
    let name = text.string(stripTitleMarks(line))
    guard isSpacedLetters(line) else { return name }
    return String(
      String.UnicodeScalarView(name.unicodeScalars.filter { !ScalarFolding.isSpace($0) }))
  }

  /// Whether a line is one word printed letter by letter (`钱 塘 新 区 报`).
  private func isSpacedLetters(_ line: Range<Int>) -> Bool {
    var letters = 0
    var previousWasLetter = false
    for position in line {
      guard let scalar = text.scalar(at: position) else { return false }
      if ScalarFolding.isSpace(scalar) {
        previousWasLetter = false
      } else {
        if previousWasLetter { return false }
        previousWasLetter = true
        letters += 1
      }
    }
    return letters >= 2
  }

  /// The paper's name in a running header: the word before its first element
  /// (`钱塘新区报 2022年11月9日 星期三 第3版`), else a word after its elements that ends
  /// like a paper (`2022年11月9日 星期三 钱塘新区报`).
  private func runningHeaderName(_ line: MastheadLine) -> String? {
    guard line.roles.isEmpty, let first = line.elements.first else { return nil }
    switch first.kind {
    case .label, .phone, .email, .website, .postalCode: return nil
    default: break
    }
    let lead = stripTitleMarks(trimmed(line.range.lowerBound..<first.range.lowerBound))
    if isNameWord(lead) { return text.string(lead) }
    guard lead.isEmpty else { return nil }
    var lower = first.range.upperBound
    let following: [MastheadElement?] = line.elements.dropFirst().map { $0 } + [nil]
    for element in following {
      let upper = element?.range.lowerBound ?? line.range.upperBound
      for word in words(in: lower..<upper) {
        let name = stripTitleMarks(word)
        if isNameWord(name),
          Self.headerNameSuffixes.match(
            in: text, endingAt: name.upperBound, lowerLimit: name.lowerBound) != nil
        {
          return text.string(name)
        }
      }
      lower = max(lower, element?.range.upperBound ?? upper)
    }
    return nil
  }

  /// A short word of Han text without a colon: a candidate paper name.
  private func isNameWord(_ name: Range<Int>) -> Bool {
    (2...20).contains(name.count) && text.folded(at: name.upperBound - 1) != ":"
      && name.contains(where: { text.scalar(at: $0).map(ScalarFolding.isHan) ?? false })
      && !name.contains(where: { text.scalar(at: $0).map(ScalarFolding.isSpace) ?? false })
  }

  /// The space-separated words of a range.
  private func words(in range: Range<Int>) -> [Range<Int>] {
    var words: [Range<Int>] = []
    var start = range.lowerBound
    for position in range.lowerBound...range.upperBound {
      let isSpace =
        position == range.upperBound
        || (text.scalar(at: position).map(ScalarFolding.isSpace) ?? true)
      if isSpace {
        if position > start { words.append(start..<position) }
        start = position + 1
      }
    }
    return words
  }
}
