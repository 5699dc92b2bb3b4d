/// Finds the sentence a fact stands in: from the end of the previous sentence to the next
/// sentence end (。！？；), with the layout's line breaks removed.
///
/// Facts are asked for in printed order, so the finder remembers the last sentence and
/// scans each part of the text at most a bounded number of times.
///
/// ```swift
/// var finder = SentenceFinder(text: SourceText("甲。共3\n\n个。"), lower: 0, upper: 9)
/// finder.sentence(around: 3..<7).text  // "共3个。"
/// ```
struct SentenceFinder {
  let text: SourceText
  let lower: Int
  let upper: Int
  /// The longest sentence looked for on either side of a fact.
  static let reach = 300
  static let openers = LexiconWord.table(SentenceLexicon.openers.map { ($0, ()) })
  private var last: (range: Range<Int>, text: String)?

  init(text: SourceText, lower: Int, upper: Int) {
    self.text = text
    self.lower = lower
    self.upper = upper
  }

  /// The sentence around `span` and its range.
  mutating func sentence(around span: Range<Int>) -> (range: Range<Int>, text: String) {
    if let last, last.range.contains(span.lowerBound), span.upperBound <= last.range.upperBound {
      return last
    }
    let startLimit = max(lower, span.lowerBound - Self.reach)
    let start = sentenceStart(before: span.lowerBound, limit: startLimit)
    let endLimit = min(upper, span.upperBound + Self.reach)
    let end = sentenceEnd(after: span.upperBound, limit: endLimit)
    let found = trimmed(start: start, end: end, spanStart: span.lowerBound)
    last = found
    return found
  }

  /// The terminators with their full-width forms (see ``ScalarSet/folded()``).
  static let terminators = SentenceLexicon.terminators.folded()
  /// The scalars that may end what stops the backward scan: a terminator or the last
  /// scalar of an opener, with their full-width forms.
  static let backStops = SentenceLexicon.terminators.union(openers.lasts).folded()

  /// Where the sentence holding `index` starts: after the nearest terminator or opener
  /// before it, not before `limit`. Only scalars of ``backStops`` are looked at closely.
  private func sentenceStart(before index: Int, limit: Int) -> Int {
    var start = index
    while start > limit {
      guard let stop = text.scalars.lastIndex(in: Self.backStops, from: limit, before: start)
      else { return limit }
      start = stop + 1
      if let scalar = text.scalar(at: stop),
        SentenceLexicon.terminators.contains(ScalarFolding.fold(scalar))
      {
        return start
      }
      if Self.openers.longestMatch(in: text, endingAt: start, lowerLimit: limit) != nil {
        return start
      }
      start = stop
    }
    return start
  }

  /// The index after the first terminator from `index`, or `limit` when none comes first.
  private func sentenceEnd(after index: Int, limit: Int) -> Int {
    var cursor = index
    while cursor < limit {
      let stop = text.scalars.firstIndex(in: Self.terminators, from: cursor, to: limit)
      guard stop < limit, let scalar = text.scalar(at: stop) else { return limit }
      if SentenceLexicon.terminators.contains(ScalarFolding.fold(scalar)) { return stop + 1 }
      cursor = stop + 1
    }
    return max(cursor, index)
  }

  /// The sentence `start..<end` with white space skipped up to `spanStart`, and its text
  /// without line breaks and without white space at either end.
  private func trimmed(start: Int, end: Int, spanStart: Int) -> (
    range: Range<Int>, text: String
  ) {
    var start = start
    while start < spanStart, let scalar = text.scalar(at: start),
      scalar == "\n" || ScalarFolding.isSpace(scalar)
    {
      start += 1
    }
    // The text without line breaks and without white space at either end.
    var trimmedStart = start
    var trimmedEnd = end
    while trimmedStart < trimmedEnd, let scalar = text.scalar(at: trimmedStart),
      scalar == "\n" || ScalarFolding.isSpace(scalar)
    {
      trimmedStart += 1
    }
    while trimmedEnd > trimmedStart, let scalar = text.scalar(at: trimmedEnd - 1),
      scalar == "\n" || ScalarFolding.isSpace(scalar)
    {
      trimmedEnd -= 1
    }
    return (range: start..<end, text: text.string(trimmedStart..<trimmedEnd, omitting: "\n"))
  }
}

extension String {
  /// The string without leading and trailing white space.
  func trimmingSpaces() -> String {
    let scalars = Array(unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end && ScalarFolding.isSpace(scalars[start]) { start += 1 }
    while end > start && ScalarFolding.isSpace(scalars[end - 1]) { end -= 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }
}
