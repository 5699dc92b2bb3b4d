/// Decides where a paragraph ends and what closes it: a line that ends without closing
/// punctuation was cut by the column layout and continues on the next line; a paragraph
/// may close with a continuation marker (`(下转2版)`) or a trailing credit
/// (`…落实见效。(记者 X)`, `…通行。本报记者 X 摄`).
struct ParagraphJoiner: Sendable {
  /// A credit closing a paragraph.
  struct TrailingCredit: Sendable {
    /// What the credit says.
    var reading: BylineReading
    /// Where the credit starts; the paragraph ends before it.
    var start: Int
  }

  /// Whether the text of `range` stops in the middle of a sentence.
  func endsOpen(_ text: SourceText, _ range: Range<Int>) -> Bool {
    var end = range.upperBound
    while end > range.lowerBound, let scalar = text.scalar(at: end - 1),
      ScalarFolding.isSpace(scalar)
    {
      end -= 1
    }
    guard end > range.lowerBound, let last = text.folded(at: end - 1) else { return false }
    if PageStructureLexicon.dashes.contains(last) { return false }
    if let open = openingBracket(text, closingAt: end - 1, lowerLimit: range.lowerBound),
      isSentenceBoundary(text, before: open, lowerLimit: range.lowerBound)
    {
      return false
    }
    var cursor = end - 1
    while cursor > range.lowerBound, let scalar = text.folded(at: cursor),
      PageStructureLexicon.closers.contains(scalar)
    {
      cursor -= 1
    }
    guard let scalar = text.folded(at: cursor) else { return false }
    return !PageStructureLexicon.sentenceEnds.contains(scalar)
  }

  /// The credit closing `range`, if one does.
  func trailingCredit(_ text: SourceText, in range: Range<Int>) -> TrailingCredit? {
    var end = range.upperBound
    while end > range.lowerBound, let scalar = text.scalar(at: end - 1),
      ScalarFolding.isSpace(scalar)
    {
      end -= 1
    }
    guard end > range.lowerBound, let last = text.folded(at: end - 1) else { return nil }
    let earliest = max(range.lowerBound, end - PageStructureLexicon.longestTrailingCredit)
    let parser = CreditParser()
    if Self.closingBrackets.contains(last) {
      var open = end - 2
      while open >= earliest {
        if let scalar = text.folded(at: open), BylineLexicon.brackets[scalar] == last { break }
        open -= 1
      }
      // `(徐红燕 余彬)` and a source such as `(山西日报)` need a sentence before them.
      guard open >= earliest, var reading = parser.parse(text, open..<end),
        !reading.credits.isEmpty || reading.agency != nil,
        (reading.hasRoleWord && !reading.credits.isEmpty)
          || isSentenceBoundary(text, before: open, lowerLimit: range.lowerBound)
      else { return nil }
      var start = open
      if reading.hasRoleWord, let earlier = titledBracket(text, before: open, in: range) {
        // `…。(记者 张三)(通讯员 李四)`: two brackets in a row close the paragraph.
        reading.credits.insert(contentsOf: earlier.reading.credits, at: 0)
        reading.warnings.insert(contentsOf: earlier.reading.warnings, at: 0)
        start = earlier.start
      }
      return TrailingCredit(reading: reading, start: start)
    }
    var boundary = end - 1
    while boundary >= earliest, let scalar = text.folded(at: boundary),
      !PageStructureLexicon.sentenceEnds.contains(scalar),
      !PageStructureLexicon.closers.contains(scalar)
    {
      boundary -= 1
    }
    guard boundary >= earliest else { return nil }
    var start = boundary + 1
    while start < end, let scalar = text.folded(at: start),
      PageStructureLexicon.closers.contains(scalar) || ScalarFolding.isSpace(scalar)
    {
      start += 1
    }
    // `…。本报记者 X 摄`, or names after a lead marker (`…认可。” □ 赵紫妍`).
    guard start < end, let reading = parser.parse(text, start..<end),
      reading.hasRoleWord
        || (reading.hasLeadMarker && LineClassifier.hasBareNames(text, reading)),
      !reading.credits.isEmpty,
      !reading.isBracketed
    else { return nil }
    return TrailingCredit(reading: reading, start: start)
  }

  /// A bracket of titled credits closing right before `index` (spaces between allowed).
  private func titledBracket(_ text: SourceText, before index: Int, in range: Range<Int>)
    -> TrailingCredit?
  {
    var close = index - 1
    while close > range.lowerBound, let scalar = text.scalar(at: close),
      ScalarFolding.isSpace(scalar)
    {
      close -= 1
    }
    guard let open = openingBracket(text, closingAt: close, lowerLimit: range.lowerBound),
      close - open < PageStructureLexicon.longestTrailingCredit,
      let reading = CreditParser().parse(text, open..<(close + 1)), reading.hasRoleWord,
      !reading.credits.isEmpty,
      !reading.credits.contains(where: { $0.role == .unspecified })
    else { return nil }
    return TrailingCredit(reading: reading, start: open)
  }

  /// The bracket opening the one that closes at `close` (within a trailing credit's length).
  private func openingBracket(_ text: SourceText, closingAt close: Int, lowerLimit: Int) -> Int? {
    guard let last = text.folded(at: close), Self.closingBrackets.contains(last) else {
      return nil
    }
    var open = close - 1
    while open >= max(lowerLimit, close - Self.longestBracket) {
      if let scalar = text.folded(at: open), BylineLexicon.brackets[scalar] == last { return open }
      open -= 1
    }
    return nil
  }

  private static let longestBracket = 60

  private func isSentenceBoundary(_ text: SourceText, before index: Int, lowerLimit: Int) -> Bool {
    var cursor = index - 1
    while cursor >= lowerLimit, let scalar = text.scalar(at: cursor), ScalarFolding.isSpace(scalar)
    {
      cursor -= 1
    }
    guard cursor >= lowerLimit, let scalar = text.folded(at: cursor) else { return true }
    return PageStructureLexicon.sentenceEnds.contains(scalar)
      || PageStructureLexicon.closers.contains(scalar)
  }

  private static let closingBrackets = ScalarSet(BylineLexicon.brackets.values)
}
