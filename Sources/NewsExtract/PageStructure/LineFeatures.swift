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
  /// Whether a scalar that ends a lead (`讯`, `电`) occurs: a line without one opens with
  /// no lead.
  var hasLeadEnd = false

  /// Reads `content` (a trimmed line) once, straight from the text's storage.
  init(_ text: SourceText, _ content: Range<Int>) {
    guard !content.isEmpty else { return }
    // Where a headline's own end mark may stand: before any closing quotes or brackets.
    let closers = PageStructureLexicon.closers
    var tail = content.upperBound - 1
    while tail > content.lowerBound, let scalar = text.folded(at: tail), closers.contains(scalar) {
      tail -= 1
    }
    let lower = max(0, content.lowerBound)
    let upper = min(content.upperBound, text.count)
    guard lower < upper else { return }
    let marks = Marks.shared
    switch text.scalars.units {
    case .narrow(let store):
      store.withUnsafeBufferPointer { read($0, lower..<upper, tail: tail, marks) }
    case .wide(let store):
      store.withUnsafeBufferPointer { read($0, lower..<upper, tail: tail, marks) }
    case .full(let store):
      store.withUnsafeBufferPointer { read($0, lower..<upper, tail: tail, marks) }
    }
  }

  /// The tables the pass reads, in one shared object: fetching it per line retains one
  /// reference instead of a dozen arrays.
  private final class Marks: Sendable {
    let clauseMarks = PageStructureLexicon.clauseMarks
    let sentenceEnds = PageStructureLexicon.sentenceEnds
    let headlineEnds = PageStructureLexicon.headlineEnds
    let headerWords = LineFeatures.pageHeaderWords
    let leadEnds = AgencyLeadReader.leadEndMarks
    let watchedHan = LineFeatures.watchedHan

    static let shared = Marks()
  }

  /// The pass over stored units (valid scalar values) of `range`; `tail` is where a
  /// headline's end mark may stand. The counts live in locals (registers) during the loop.
  private mutating func read<Unit: FixedWidthInteger & UnsignedInteger>(
    _ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>, tail: Int, _ marks: Marks
  ) {
    let last = range.upperBound - 1
    var spaces = 0
    var han = 0
    var digits = 0
    var headerWord = false
    var leadEnd = false
    marks.watchedHan.withUnsafeBufferPointer { watched in
      for index in range {
        let value = UInt32(truncatingIfNeeded: units[index])
        if value &- 0x4E00 <= 0x9FFF - 0x4E00 {
          // Han, the common case: no mark, no digit, folded as it is; one bitmap test
          // tells whether it may start a page-header word or end a lead.
          han += 1
          if watched[Int(value &- 0x4E00) >> 6] & (1 << UInt64(value & 63)) != 0 {
            if marks.headerWords.mayStart(value: value) { headerWord = true }
            if marks.leadEnds.contains(CompactScalars.scalar(value)) { leadEnd = true }
          }
          continue
        }
        let raw = CompactScalars.scalar(value)
        if ScalarFolding.isSpace(raw) {
          spaces += 1
          continue
        }
        if ScalarFolding.isHan(raw) { han += 1 }
        let scalar = ScalarFolding.fold(raw)
        if scalar.value >= 0x30 && scalar.value <= 0x39 { digits += 1 }
        if scalar == PageStructureLexicon.enumerationComma { hasEnumerationComma = true }
        if marks.clauseMarks.contains(scalar) { hasClauseMark = true }
        if index < last, marks.sentenceEnds.contains(scalar),
          !(index == tail && marks.headlineEnds.contains(scalar))
        {
          hasInnerSentenceEnd = true
        }
        if !headerWord && marks.headerWords.mayStart(with: scalar) { headerWord = true }
        if marks.leadEnds.contains(scalar) { leadEnd = true }
      }
    }
    visible = range.count - spaces
    hasSpace = spaces > 0
    self.han = han
    self.digits = digits
    mayHoldPageHeaderWord = headerWord
    hasLeadEnd = leadEnd
  }

  /// A bitmap over U+4E00...U+9FFF of the Han scalars that start a page-header word or end
  /// a lead (``AgencyLeadReader/leadEndMarks``): the pass asks the two tables only about
  /// these. (A Han scalar that starts no word never makes the header-word lookup match, so
  /// leaving out the bitmap filter's false positives changes no answer.)
  static let watchedHan: [UInt64] = {
    let first = 0x4E00 >> 6
    let leadEnds = AgencyLeadReader.leadEndMarks.bitmap
    var words = Array(leadEnds[first...(0x9FFF >> 6)])
    for word in PageStructureLexicon.pageHeaderWords {
      guard let scalar = word.unicodeScalars.first else { continue }
      let value = Int(ScalarFolding.fold(scalar).value)
      guard (0x4E00...0x9FFF).contains(value) else { continue }
      words[(value >> 6) - first] |= 1 << UInt64(value & 63)
    }
    return words
  }()

  /// The page-header words (``PageStructureLexicon/pageHeaderWords``).
  static let pageHeaderWords = WordTable(words: PageStructureLexicon.pageHeaderWords)
}
