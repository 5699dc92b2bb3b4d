/// Reads a bracketed credit that the column layout cut across two lines
/// (`本报讯(记者 王小明 通讯` + `员 李四)近日，…`, or `…工作。(记者 王小明` + `通讯员 李四)`).
///
/// The two pieces are read as one segment, and every offset is mapped back to the page.
struct SplitCreditReader: Sendable {
  /// The credit in brackets opening at `open` on one line and closing at `close` on a later
  /// one, or `nil` when the pieces do not read as a byline.
  func read(_ text: SourceText, open: Int, firstEnd: Int, secondStart: Int, close: Int)
    -> BylineReading?
  {
    guard open < firstEnd, secondStart <= close else { return nil }
    let first = open..<firstEnd
    let second = secondStart..<(close + 1)
    let local = SourceText(text.string(first) + text.string(second))
    guard var reading = CreditParser().parse(local, 0..<local.count) else { return nil }
    func map(_ offset: Int) -> Int {
      offset < first.count ? first.lowerBound + offset : second.lowerBound + offset - first.count
    }
    for index in reading.credits.indices {
      let start = map(reading.credits[index].start)
      let end = map(reading.credits[index].end - 1) + 1
      reading.credits[index].start = start
      reading.credits[index].end = end
    }
    for index in reading.warnings.indices {
      reading.warnings[index].start = reading.warnings[index].start.map(map)
      reading.warnings[index].end = reading.warnings[index].end.map { map($0 - 1) + 1 }
    }
    return reading
  }

  /// The index of the first closing bracket in `range` (within `limit` scalars), when no
  /// bracket opens before it.
  func leadingClose(_ text: SourceText, in range: Range<Int>, limit: Int) -> Int? {
    let opening = BylineLexicon.brackets.keys
    let closing = Self.closing
    var index = range.lowerBound
    while index < min(range.upperBound, range.lowerBound + limit),
      let scalar = text.folded(at: index)
    {
      if opening.contains(scalar) { return nil }
      if closing.contains(scalar) { return index }
      index += 1
    }
    return nil
  }

  /// The index of the last opening bracket in `range` (within `limit` scalars of its end),
  /// when no bracket closes after it.
  func trailingOpen(_ text: SourceText, in range: Range<Int>, limit: Int) -> Int? {
    let opening = BylineLexicon.brackets.keys
    let closing = Self.closing
    var index = range.upperBound - 1
    while index >= max(range.lowerBound, range.upperBound - limit),
      let scalar = text.folded(at: index)
    {
      if closing.contains(scalar) { return nil }
      if opening.contains(scalar) { return index }
      index -= 1
    }
    return nil
  }

  private static let closing = ScalarSet(BylineLexicon.brackets.values)
}
