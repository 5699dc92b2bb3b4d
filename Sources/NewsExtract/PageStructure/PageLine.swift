/// What a line of a page is, judged from the line alone.
enum LineKind: Sendable {
  /// A short line without closing punctuation: a headline, kicker or subheadline, unless
  /// its neighbours show it is a body line cut by the column layout.
  case headline
  /// Body text.
  case body
  /// A line that is only a byline (`■记者 X`, `记者 徐亮`, `(徐红燕 余彬)`, `X/文 Y/摄`).
  ///
  /// The readings are boxed (`indirect`): a line is then a few words, which matters on
  /// pages of hundreds of thousands of lines.
  indirect case byline(BylineReading)
  /// A paragraph opening with a lead (`本报讯(记者 X)…`, `新华社北京4月24日电…`).
  indirect case lead(AgencyLead)
  /// `导读`.
  case guideHeader
  /// `» 详见 3 版`.
  case guideReference
  /// `(下转2版)`, `(上接1版)` on a line of its own.
  case continuation
  /// A photo caption (`图为…`).
  case caption
}

/// One non-empty line of a page, classified.
struct PageLine: Sendable {
  /// The whole line, without its line break.
  var range: Range<Int>
  /// The line without markdown heading marks and surrounding spaces.
  var content: Range<Int>
  /// The number of `#` marks when the OCR marked the line as a heading.
  var markdownLevel: Int?
  /// How many empty lines stand before this one.
  var gapBefore: Int
  /// What the line is.
  var kind: LineKind
  /// Whether the line reads like part of a masthead or page header (热线, 主办, 星期 …).
  var looksLikePageHeader: Bool
  /// Whether the line holds an enumeration comma `、` (rare in headlines).
  var hasEnumerationComma: Bool
  /// Whether the line starts with a word that opens an article (`日前`, `近日`, a date).
  var opensArticle: Bool
  /// Whether the line ends with a character that cannot end a headline (`以`, `的`, `和`):
  /// a sentence cut by the column layout.
  var endsMidSentence = false
  /// Whether a clause mark follows within the first few characters (`来，该应用…`): the
  /// tail of a sentence begun on the line before.
  var continuesSentence = false
}
