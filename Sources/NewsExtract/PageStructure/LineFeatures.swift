/// What one pass over a line's scalars tells the line classifier: counts and the anchor
/// classes that occur. The expensive per-line readers (page-header words, headline shape,
/// editors' titles after a space) consult it instead of scanning the line again.
///
/// ```swift
/// let text = SourceText("第3版 要闻、本地")
/// let features = LineFeatures(text, 0..<text.count)
/// features.hasEnumerationComma  // true
/// features.digits               // 1
/// ```
struct LineFeatures: Equatable, Sendable {
  /// Non-space scalars.
  var visible = 0
  /// Han characters.
  var han = 0
  /// ASCII or full-width digits.
  var digits = 0
  /// Whether a space (any width) occurs.
  var hasSpace = false
  /// Whether the enumeration comma `、` occurs.
  var hasEnumerationComma = false
  /// Whether a clause mark (`,` `;` `。`, folded) occurs.
  var hasClauseMark = false
  /// Whether sentence punctuation stands inside the line: before its last scalar, and not
  /// the `!` or `?` that ends a headline before closing quotes.
  var hasInnerSentenceEnd = false
  /// Whether some scalar may start a page-header word (热线, 主办 …): `false` is certain.
  var mayHoldPageHeaderWord = false

  /// Reads `content` (a trimmed line) once.
  init(_ text: SourceText, _ content: Range<Int>) {
    guard !content.isEmpty else { return }
    let closers = PageStructureLexicon.closers
    let clauseMarks = PageStructureLexicon.clauseMarks
    let sentenceEnds = PageStructureLexicon.sentenceEnds
    let headlineEnds = PageStructureLexicon.headlineEnds
    let headerWords = Self.pageHeaderWords
    // Where a headline's own end mark may stand: before any closing quotes or brackets.
    var tail = content.upperBound - 1
    while tail > content.lowerBound, let scalar = text.folded(at: tail), closers.contains(scalar) {
      tail -= 1
    }
    let last = content.upperBound - 1
    let scalars = text.scalars
    var index = max(0, content.lowerBound)
    let upper = min(content.upperBound, scalars.count)
    while index < upper {
      let raw = scalars[index]
      index += 1
      let value = raw.value
      if value >= 0x4E00 && value <= 0x9FFF {
        // Han, the common case: no mark, no digit.
        visible += 1
        han += 1
        if !mayHoldPageHeaderWord && headerWords.mayStart(with: raw) {
          mayHoldPageHeaderWord = true
        }
        continue
      }
      if ScalarFolding.isSpace(raw) {
        hasSpace = true
        continue
      }
      visible += 1
      if ScalarFolding.isHan(raw) { han += 1 }
      let scalar = ScalarFolding.fold(raw)
      if scalar.value >= 0x30 && scalar.value <= 0x39 { digits += 1 }
      if scalar == PageStructureLexicon.enumerationComma { hasEnumerationComma = true }
      if clauseMarks.contains(scalar) { hasClauseMark = true }
      if index - 1 < last, sentenceEnds.contains(scalar),
        !(index - 1 == tail && headlineEnds.contains(scalar))
      {
        hasInnerSentenceEnd = true
      }
      if !mayHoldPageHeaderWord && headerWords.mayStart(with: scalar) {
        mayHoldPageHeaderWord = true
      }
    }
  }

  /// The page-header words (``PageStructureLexicon/pageHeaderWords``).
  static let pageHeaderWords = WordTable(words: PageStructureLexicon.pageHeaderWords)
}
