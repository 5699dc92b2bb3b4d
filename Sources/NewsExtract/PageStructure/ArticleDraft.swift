/// An article while the page is being read: its lines are known as ranges, and its text
/// is built once it is complete.
struct ArticleDraft: Sendable {
  /// The article as known so far (headlines, agency, dateline, credits, continuations).
  var article: Article
  /// The paragraphs, each as the line pieces it was printed in.
  var paragraphs: [[Range<Int>]] = []
  /// Whether the last paragraph stops in the middle of a sentence.
  var paragraphIsOpen = false
  /// Set once a trailing credit closed the article.
  var isClosed = false
  /// Whether a caption (`图为…`) was read.
  var hasCaption = false
  /// Names in brackets closing the last paragraph (`(徐红燕 余彬)`): credits only if the
  /// article ends there.
  var tentativeCredit: (reading: BylineReading, paragraph: Int, start: Int)?

  /// Creates a draft starting at `start`.
  init(start: Int) {
    article = Article(start: start, end: start)
  }

  /// Whether body text was read.
  var hasBody: Bool { !paragraphs.isEmpty }

  /// Whether a byline or an agency was read.
  var hasByline: Bool { !article.credits.isEmpty || article.agency != nil }

  /// Extends the span to cover `range`.
  mutating func cover(_ range: Range<Int>) {
    article.start = min(article.start, range.lowerBound)
    article.end = max(article.end, range.upperBound)
  }

  /// Adds credits read from a byline, and its agency when the article has none yet.
  mutating func add(_ reading: BylineReading) {
    article.credits.append(contentsOf: reading.credits)
    if article.agency == nil, let agency = reading.agency { article.agency = agency }
  }

  /// Adds body text: joins it to the open paragraph or starts a new one, and reads the
  /// continuation marker or credit that may close it. Returns the warnings of that credit.
  ///
  /// - Complexity: O(*m*) in the length of `range` (amortized; the draft is changed in place).
  mutating func appendText(
    _ range: Range<Int>, joining: Bool, in text: SourceText, joiner: ParagraphJoiner
  ) -> [PageWarning] {
    cover(range)
    tentativeCredit = nil
    var end = range.upperBound
    var warnings: [PageWarning] = []
    if joining, let reading = splitTrailingCredit(range, in: text) {
      add(reading)
      paragraphIsOpen = false
      if !reading.isPhotoOnly { isClosed = true }
      return reading.warnings
    }
    var closesArticle = false
    if let marker = ContinuationMarkerReader().trailingMarker(text, in: range.lowerBound..<end) {
      article.continuations.append(text.string(marker))
      end = marker.lowerBound
      closesArticle = true
    }
    var tentative: ParagraphJoiner.TrailingCredit?
    if let credit = joiner.trailingCredit(text, in: range.lowerBound..<end) {
      if credit.reading.hasRoleWord {
        add(credit.reading)
        warnings.append(contentsOf: credit.reading.warnings)
        end = credit.start
        closesArticle = !credit.reading.isPhotoOnly
      } else {
        tentative = credit
      }
    }
    if joining && !paragraphs.isEmpty {
      paragraphs[paragraphs.count - 1].append(range.lowerBound..<end)
    } else {
      paragraphs.append([range.lowerBound..<end])
    }
    if let tentative {
      tentativeCredit = (tentative.reading, paragraphs.count - 1, tentative.start)
    }
    paragraphIsOpen =
      !closesArticle && tentative == nil && joiner.endsOpen(text, range.lowerBound..<end)
    if closesArticle { isClosed = true }
    return warnings
  }

  /// A trailing credit the column layout cut (`…工作。(记者 王小明` + `通讯员 李四)`): reads it
  /// across the open paragraph's last piece and `range`, and cuts it from the paragraph.
  private mutating func splitTrailingCredit(_ range: Range<Int>, in text: SourceText)
    -> BylineReading?
  {
    let split = SplitCreditReader()
    guard let pieces = paragraphs.last, let previous = pieces.last,
      let close = split.leadingClose(text, in: range, limit: Self.longestSplit),
      !(close + 1..<range.upperBound).contains(where: {
        text.scalar(at: $0).map(ScalarFolding.isSpace) != true
      }),
      let open = split.trailingOpen(text, in: previous, limit: Self.longestSplit),
      let reading = split.read(
        text, open: open, firstEnd: previous.upperBound, secondStart: range.lowerBound,
        close: close),
      reading.hasRoleWord, !reading.credits.isEmpty
    else { return nil }
    paragraphs[paragraphs.count - 1][pieces.count - 1] = previous.lowerBound..<open
    return reading
  }

  private static let longestSplit = 40

  /// Builds the article: paragraph texts, tentative credits, kind.
  func finished(in text: SourceText) -> (article: Article, warnings: [PageWarning]) {
    var article = self.article
    var paragraphs = self.paragraphs
    var warnings: [PageWarning] = []
    if let tentative = tentativeCredit, tentative.paragraph == paragraphs.count - 1,
      var pieces = paragraphs.last, let last = pieces.last
    {
      article.credits.append(contentsOf: tentative.reading.credits)
      if article.agency == nil { article.agency = tentative.reading.agency }
      warnings.append(contentsOf: tentative.reading.warnings)
      pieces[pieces.count - 1] = last.lowerBound..<max(last.lowerBound, tentative.start)
      paragraphs[paragraphs.count - 1] = pieces
    }
    article.paragraphs = paragraphs.compactMap { pieces in
      let kept = pieces.map { trimmed($0, in: text) }.filter { !$0.isEmpty }
      guard let first = kept.first, let last = kept.last else { return nil }
      return Paragraph(
        text: text.string(joining: kept), start: first.lowerBound, end: last.upperBound)
    }
    article.credits.sort { $0.start < $1.start }
    let photographed = article.credits.contains {
      $0.role == .photographer || $0.duties.contains(BylineLexicon.photography)
    }
    if hasCaption || (photographed && article.agency == nil && article.dateline == nil) {
      article.kind = "photoStory"
    }
    return (article, warnings)
  }

  private func trimmed(_ range: Range<Int>, in text: SourceText) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, let scalar = text.scalar(at: lower), ScalarFolding.isSpace(scalar) {
      lower += 1
    }
    while upper > lower, let scalar = text.scalar(at: upper - 1), ScalarFolding.isSpace(scalar) {
      upper -= 1
    }
    return lower..<upper
  }
}
