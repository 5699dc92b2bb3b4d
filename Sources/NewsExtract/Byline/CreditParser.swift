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
    parse(text, range, requireSurnames: false)
  }

  /// Parses the segment `range`; with `requireSurnames`, every name must start with a
  /// surname (for credits glued to a lead, where the next words are prose).
  func parse(_ text: SourceText, _ range: Range<Int>, requireSurnames: Bool) -> BylineReading? {
    parse(text, range, requireSurnames: requireSurnames, markedOnly: false)
  }

  /// Parses the segment `range` for a caller that keeps only a reading with a role word, an
  /// agency, a bracket or a lead marker (a byline standing on its own line): a segment
  /// with none of them, no space (a role word spelled `记 者`) and no byline word is
  /// refused before tokenizing. The answer is otherwise that of ``parse(_:_:)``.
  func parseMarked(_ text: SourceText, _ range: Range<Int>) -> BylineReading? {
    parse(text, range, requireSurnames: false, markedOnly: true)
  }

  private func parse(
    _ text: SourceText, _ range: Range<Int>, requireSurnames: Bool, markedOnly: Bool
  ) -> BylineReading? {
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
    guard lower < upper, BylineTokenizer.acceptsAll(text, lower..<upper) else { return nil }
    if markedOnly, !reading.hasLeadMarker, !reading.isBracketed,
      !holdsSpacer(text, lower..<upper), !BylineTokenizer.mayHoldWord(text, lower..<upper)
    {
      return nil
    }
    guard let pieces = BylineTokenizer().tokenize(text, lower..<upper)
    else {
      return nil
    }
    if pieces.contains(where: { if case .jointReport = $0 { true } else { false } }) {
      reading.agency = text.string(lower..<upper)
      return reading
    }
    guard !BylineInterpreter.mustRefuse(pieces, isBracketed: reading.isBracketed) else {
      return nil
    }
    var interpreter = BylineInterpreter(
      text: text, pieces: pieces, requireSurnames: requireSurnames, reading: reading)
    guard interpreter.run() else { return nil }
    reading = interpreter.reading
    guard !reading.credits.isEmpty || reading.agency != nil else { return nil }
    let untitled = reading.credits.prefix { $0.role == .unspecified }
    if reading.hasRoleWord {
      // `(王小明 李四 记者 张三)`: names before the first role word, printed inside a
      // bracket, are credits without a role; anywhere else a role word must govern them all.
      let leadingOnly = !reading.credits.dropFirst(untitled.count).contains {
        $0.role == .unspecified
      }
      guard leadingOnly, untitled.isEmpty || (reading.isBracketed && isPlausible(untitled, text))
      else { return nil }
    } else {
      guard isPlausible(reading.credits[...], text) else { return nil }
    }
    return reading
  }

  /// Whether names printed without a role read as persons: each starts with a surname, is
  /// no ambiguous run, and is printed apart from the next.
  private func isPlausible(_ credits: ArraySlice<Credit>, _ text: SourceText) -> Bool {
    let splitter = NameSplitter()
    let plausible = credits.allSatisfy {
      !$0.isAmbiguous && splitter.startsWithSurname(text, at: $0.start, length: $0.end - $0.start)
    }
    let separated = zip(credits, credits.dropFirst()).allSatisfy { $0.end < $1.start }
    return plausible && separated
  }

  /// Whether a space or a lead marker (both cut a segment like a space, so that single
  /// characters around them may spell a role word: `记 者`) occurs in `range`.
  private func holdsSpacer(_ text: SourceText, _ range: Range<Int>) -> Bool {
    let markers = BylineLexicon.leadMarkers
    return range.contains {
      guard let scalar = text.scalar(at: $0) else { return true }
      return ScalarFolding.isSpace(scalar) || markers.contains(scalar)
    }
  }

  private func trimSpaces(_ text: SourceText, _ lower: inout Int, _ upper: inout Int) {
    while lower < upper, let scalar = text.scalar(at: lower), ScalarFolding.isSpace(scalar) {
      lower += 1
    }
    while upper > lower, let scalar = text.scalar(at: upper - 1), ScalarFolding.isSpace(scalar) {
      upper -= 1
    }
  }
}
