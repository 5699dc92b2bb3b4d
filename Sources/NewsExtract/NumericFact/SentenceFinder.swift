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
    var start = span.lowerBound
    let startLimit = max(lower, span.lowerBound - Self.reach)
    while start > startLimit, let scalar = text.scalar(at: start - 1),
      !SentenceLexicon.terminators.contains(ScalarFolding.fold(scalar)),
      Self.openers.longestMatch(in: text, endingAt: start, lowerLimit: startLimit) == nil
    {
      start -= 1
    }
    var end = span.upperBound
    let endLimit = min(upper, span.upperBound + Self.reach)
    while end < endLimit, let scalar = text.scalar(at: end) {
      end += 1
      if SentenceLexicon.terminators.contains(ScalarFolding.fold(scalar)) { break }
    }
    while start < span.lowerBound, let scalar = text.scalar(at: start),
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
    let found = (range: start..<end, text: text.string(trimmedStart..<trimmedEnd, omitting: "\n"))
    last = found
    return found
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
