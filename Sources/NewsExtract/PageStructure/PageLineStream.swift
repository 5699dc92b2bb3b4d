/// The classified lines of a page, produced on demand as the layout builder reads them and
/// released once it has moved past them.
///
/// The builder looks ahead only as far as the current headline run (or one line after a
/// lead or byline), so only that window is held: a page of hundreds of thousands of
/// header-like lines no longer keeps a `PageLine` per line alive while its blocks are built.
/// The lines and their order are exactly those of classifying every text line up front.
///
/// ```swift
/// var stream = PageLineStream(text: text, from: 0, classifier: LineClassifier(issueDate: nil))
/// var index = 0
/// while stream.has(index) {
///   let line = stream[index]
///   stream.release(before: index + 1)
///   index += 1
/// }
/// ```
struct PageLineStream {
  let text: SourceText
  let classifier: LineClassifier
  /// Where the page body starts: text lines ending at or before it are skipped, the one
  /// holding it is clipped.
  let offset: Int
  /// The next text line (an index into `text.lines`) to classify.
  private var nextTextLine: Int
  /// Blank lines (or lines the classifier dropped) since the last line produced.
  private var gap = 0
  /// The lines produced and not yet released; `buffer[0]` is line number `base`.
  private var buffer: [PageLine] = []
  private var base = 0

  /// A stream over the lines of `text` from `offset` on.
  ///
  /// ```swift
  /// PageLineStream(text: text, from: masthead.end, classifier: classifier)
  /// ```
  init(text: SourceText, from offset: Int, classifier: LineClassifier) {
    self.text = text
    self.classifier = classifier
    self.offset = offset
    let lines = text.lines
    // Binary search for the first text line ending after `offset`.
    var low = 0
    var high = lines.count
    while low < high {
      let mid = (low + high) / 2
      if lines[mid].upperBound > offset { high = mid } else { low = mid + 1 }
    }
    nextTextLine = low
  }

  /// Whether line number `index` exists (classifying text lines up to it if needed).
  ///
  /// ```swift
  /// stream.has(index + 1)  // is there a next line?
  /// ```
  mutating func has(_ index: Int) -> Bool {
    while index - base >= buffer.count {
      guard produce() else { return false }
    }
    return index >= base
  }

  /// Line number `index`, which `has(_:)` must have confirmed and which is not released.
  ///
  /// ```swift
  /// if stream.has(index) { let line = stream[index] }
  /// ```
  subscript(index: Int) -> PageLine {
    buffer[index - base]
  }

  /// Lines `range` (confirmed by `has(range.upperBound - 1)`, none released).
  ///
  /// ```swift
  /// pending.append(contentsOf: stream[start..<end])
  /// ```
  subscript(range: Range<Int>) -> ArraySlice<PageLine> {
    buffer[(range.lowerBound - base)..<(range.upperBound - base)]
  }

  /// Forgets the lines before `index`: the reader never looks back at them.
  ///
  /// The buffer is shifted only once the released part is at least half of it, so each
  /// line is moved a constant number of times on average.
  ///
  /// ```swift
  /// stream.release(before: index)
  /// ```
  mutating func release(before index: Int) {
    let count = min(index - base, buffer.count)
    guard count >= 64, count * 2 >= buffer.count else { return }
    buffer.removeFirst(count)
    base += count
  }

  /// Classifies the next text line(s) until at least one line is buffered; false at the end.
  private mutating func produce() -> Bool {
    let lines = text.lines
    while nextTextLine < lines.count {
      let range = lines[nextTextLine]
      nextTextLine += 1
      let clipped = max(range.lowerBound, offset)..<range.upperBound
      guard let line = classifier.classify(text, clipped, gapBefore: gap) else {
        gap += 1
        continue
      }
      gap = 0
      if let leading = classifier.leadingByline(text, in: line),
        let rest = classifier.classify(text, leading.rest, gapBefore: 0)
      {
        var byline = line
        byline.content = leading.byline
        byline.kind = .byline(leading.reading)
        buffer.append(byline)
        buffer.append(rest)
        return true
      }
      if let embedded = classifier.embeddedByline(text, in: line) {
        var headline = line
        headline.content = embedded.headline
        var byline = line
        byline.content = embedded.byline
        byline.kind = .byline(embedded.reading)
        byline.gapBefore = 0
        buffer.append(headline)
        buffer.append(byline)
        return true
      }
      buffer.append(line)
      return true
    }
    return false
  }
}
