import Foundation
import NewsExtract
import Testing

/// The review page: escaping, highlights built from scalar offsets, self-containment.
@Suite struct HTMLRendererTests {
  // MARK: Escaping

  @Test(arguments: [
    ("<script>", "&lt;script&gt;"),
    ("a & b", "a &amp; b"),
    ("\"q\" 'q'", "&quot;q&quot; &#39;q&#39;"),
    ("钱塘新区报", "钱塘新区报"),
    ("", ""),
    ("\u{0}", "\u{FFFD}"),
  ])
  func escapes(input: String, expected: String) {
    #expect(HTMLRenderer.escape(input) == expected)
  }

  @Test func attributesKeepLineBreaks() {
    #expect(HTMLRenderer.escapeAttribute("a\n<b>") == "a&#10;&lt;b&gt;")
  }

  @Test func scriptInThePageIsShownAsText() {
    let text = "<script>alert('x')</script>\n本报讯 约5公里 & more"
    let page = Page(facts: [fact("约5公里", in: text)])
    let html = HTMLRenderer.render(page, text: text)
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(Self.visibleText(of: html) == text)
  }

  @Test func modelStringsAreEscapedInTables() throws {
    let text = "记者 <b>x</b>\n"
    var article = Article(start: 0, end: text.unicodeScalars.count)
    article.headline = "<img src=x onerror=alert(1)>"
    article.credits = [Credit(role: .reporter, name: "<b>x</b>", start: 3, end: 11)]
    var masthead = Masthead(start: 0, end: 2)
    masthead.paperName = "<i>报</i>"
    let page = Page(masthead: masthead, articles: [article])
    let html = HTMLRenderer.render(page, text: text)
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(!html.contains("<i>"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("&lt;i&gt;报&lt;/i&gt;"))
  }

  // MARK: Self-contained

  @Test func needsNoNetworkAndNoScript() {
    let text = "约5公里\n"
    let html = HTMLRenderer.render(Page(facts: [fact("约5公里", in: text)]), text: text)
    for forbidden in ["http://", "https://", "<script", "<link", " src=", "@import", "url("] {
      #expect(!html.contains(forbidden), "found \(forbidden)")
    }
    #expect(html.hasPrefix("<!doctype html>"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
  }

  // MARK: Highlights

  @Test func factIsWrappedWithItsReadingOnHover() {
    let text = "累计完成8800余户居民的改造"
    var item = fact("8800余户", in: text)
    item.value = 8800
    item.unit = "户"
    item.kind = .households
    item.qualifier = .over
    item.subject = "居民"
    let html = HTMLRenderer.render(Page(facts: [item]), text: text)
    let span =
      "<span class=\"fact\" id=\"fact-1\" title=\"value: 8800&#10;unit: 户&#10;"
      + "kind: households&#10;qualifier: over&#10;subject: 居民&#10;offsets: 4..&lt;10\">"
      + "8800余户</span>"
    #expect(html.contains(span))
  }

  @Test func eachKindGetsItsOwnClass() {
    let text = "钱塘新区报\n标题 约5公里\n副题\n本报讯 11月7日下午 (记者 王苑阳)\n正文\n"
    let scalars = Array(text.unicodeScalars)
    var article = Article(start: 6, end: scalars.count)
    article.headline = "标题 约5公里"
    article.subheadlines = ["副题"]
    article.dateline = Dateline(
      text: "11月7日下午", date: nil, partOfDay: "下午",
      start: offset(of: "11月7日下午", in: text), end: offset(of: "11月7日下午", in: text) + 7)
    let nameStart = offset(of: "王苑阳", in: text)
    article.credits = [Credit(role: .reporter, name: "王苑阳", start: nameStart, end: nameStart + 3)]
    article.facts = [fact("约5公里", in: text)]
    var masthead = Masthead(start: 0, end: 5)
    masthead.paperName = "钱塘新区报"
    let page = Page(
      masthead: masthead, articles: [article],
      blocks: [
        PageBlock(
          kind: "banner", text: "正文", start: offset(of: "正文", in: text),
          end: offset(of: "正文", in: text) + 2)
      ],
      warnings: [PageWarning(code: "weekdayMismatch", message: "not 星期一", start: 0, end: 2)])
    let body = Self.preBody(HTMLRenderer.render(page, text: text))
    for kind in ReviewHighlight.Kind.allCases {
      #expect(body.contains("<span class=\"\(kind.rawValue)\""), "no \(kind) span")
    }
    #expect(body.contains("title=\"headline\">标题 <span class=\"fact\""))
    #expect(body.contains("title=\"role: reporter&#10;article 1\">王苑阳</span>"))
    #expect(body.contains("<span class=\"warning\" title=\"weekdayMismatch: not 星期一\">钱塘</span>"))
    #expect(Self.visibleText(of: body) == text)
    #expect(Self.isBalanced(body))
  }

  @Test func headlineIsFoundAcrossALineBreak() throws {
    let text = "\n千场微党课\n进礼堂\n正文"
    var article = Article(start: 0, end: text.unicodeScalars.count)
    article.headline = "千场微党课进礼堂"
    let highlights = ReviewHighlight.collect(
      from: Page(articles: [article]), text: SourceText(text))
    let headline = try #require(highlights.first { $0.kind == .headline })
    #expect(headline.start == 1)
    #expect(headline.end == 10)
  }

  /// Regression: a kicker printed after its headline hid the headline.
  @Test func headlinesAreFoundInAnyOrder() throws {
    let text = "■记者 甲\n主标题在这里\n引题在后面\n正文"
    var article = Article(start: 0, end: text.unicodeScalars.count)
    article.kickers = ["引题在后面"]
    article.headline = "主标题在这里"
    let highlights = ReviewHighlight.collect(
      from: Page(articles: [article]), text: SourceText(text))
    let headline = try #require(highlights.first { $0.kind == .headline })
    #expect(headline.start == 6)
    #expect(highlights.contains { $0.kind == .subheadline && $0.start == 13 })
  }

  @Test func missingHeadlineIsNotHighlighted() {
    var article = Article(start: 0, end: 4)
    article.headline = "不在文中"
    let highlights = ReviewHighlight.collect(
      from: Page(articles: [article]), text: SourceText("正文内容"))
    #expect(!highlights.contains { $0.kind == .headline })
  }

  @Test func offsetsCountUnicodeScalars() {
    // "é" written as e + combining acute is two scalars; 𠀀 (U+20000) is one scalar.
    let text = "e\u{301}𠀀约5公里"
    let html = HTMLRenderer.render(Page(facts: [fact("约5公里", in: text)]), text: text)
    #expect(html.contains("𠀀<span class=\"fact\""))
    #expect(html.contains(">约5公里</span>"))
  }

  @Test(arguments: [
    (-5, 3), (2, 1), (10, 400), (400, 500), (0, 0), (Int.min, Int.max),
  ])
  func badOffsetsNeverCrash(start: Int, end: Int) {
    let text = "钱塘新区报 约5公里 记者 王苑阳"
    let page = Page(
      credits: [Credit(role: .reporter, name: "x", start: start, end: end)],
      facts: [NumericFact(text: "x", value: 1, unit: "米", kind: .length, start: start, end: end)])
    let body = Self.preBody(HTMLRenderer.render(page, text: text))
    #expect(Self.visibleText(of: body) == text)
    #expect(Self.isBalanced(body))
  }

  @Test func crossingSpansAreCutAndStayBalanced() {
    let text = "0123456789"
    let page = Page(
      credits: [Credit(role: .reporter, name: "x", start: 1, end: 6)],
      facts: [NumericFact(text: "x", value: 1, unit: "米", kind: .length, start: 4, end: 9)])
    let body = Self.preBody(HTMLRenderer.render(page, text: text))
    #expect(Self.isBalanced(body))
    #expect(Self.visibleText(of: body) == text)
    #expect(body.contains(">45</span></span>6789"))
  }

  @Test func lineEndsAreNormalizedLikeTheExtractor() {
    let text = "第一行\r\n约5公里"
    let page = NewsExtractor().extract(text)
    let body = Self.preBody(HTMLRenderer.render(page, text: text))
    #expect(Self.visibleText(of: body) == "第一行\n约5公里")
  }

  // MARK: Tables

  @Test func pageWithoutMastheadSaysSo() {
    let html = HTMLRenderer.render(Page(), text: "正文")
    #expect(html.contains("No masthead."))
    #expect(html.contains("No numeric facts."))
    #expect(html.contains("No credits."))
  }

  @Test func tablesListEveryFactAndCredit() {
    let text = "记者 王苑阳 约5公里 通讯员 李明 3户"
    var article = Article(start: 0, end: text.unicodeScalars.count)
    article.credits = [
      Credit(role: .reporter, name: "王苑阳", start: 3, end: 6),
      Credit(role: .correspondent, name: "李明", start: 16, end: 18),
    ]
    article.facts = [fact("约5公里", in: text), fact("3户", in: text)]
    let html = HTMLRenderer.render(Page(articles: [article]), text: text)
    #expect(html.contains("<h2>Facts (2)</h2>"))
    #expect(html.contains("<h2>Credits (2)</h2>"))
    #expect(html.contains("<td>correspondent</td>"))
    #expect(html.contains("<a href=\"#fact-2\">2</a>"))
  }

  @Test(arguments: [(Decimal?.none, false), (Decimal(400), true)])
  func emptyOptionalColumnsAreLeftOut(upper: Decimal?, shown: Bool) {
    let text = "200元至400元"
    var item = fact(text, in: text)
    item.upper = upper
    let html = HTMLRenderer.render(Page(facts: [item]), text: text)
    #expect(html.contains("<th>upper</th>") == shown)
    #expect(html.contains("<th>direction</th>") == false)
    #expect(html.contains("<th>value</th>"))
  }

  // MARK: Helpers

  /// A fact over the first occurrence of `snippet` in `text`.
  private func fact(_ snippet: String, in text: String) -> NumericFact {
    let start = offset(of: snippet, in: text)
    return NumericFact(
      text: snippet, value: 5, unit: "公里", kind: .length, start: start,
      end: start + snippet.unicodeScalars.count)
  }

  /// The Unicode-scalar offset of the first occurrence of `snippet`.
  private func offset(of snippet: String, in text: String) -> Int {
    guard let range = text.range(of: snippet) else { return 0 }
    return text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
  }

  /// The inside of `<pre class="page">…</pre>`.
  static func preBody(_ html: String) -> String {
    guard let open = html.range(of: "<pre class=\"page\">"),
      let close = html.range(of: "</pre>", range: open.upperBound..<html.endIndex)
    else { return "" }
    return String(html[open.upperBound..<close.lowerBound])
  }

  /// The text a browser shows: tags removed, entities decoded (of the page text part when
  /// `html` is a whole document).
  static func visibleText(of html: String) -> String {
    let body = html.contains("<pre") ? preBody(html) : html
    var out = ""
    var inTag = false
    for character in body {
      if character == "<" {
        inTag = true
      } else if character == ">" && inTag {
        inTag = false
      } else if !inTag {
        out.append(character)
      }
    }
    return
      out
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// Whether every `<span` is closed, and never more closed than opened.
  static func isBalanced(_ html: String) -> Bool {
    var depth = 0
    var rest = Substring(html)
    while let tag = rest.firstIndex(of: "<") {
      rest = rest[tag...]
      if rest.hasPrefix("<span") {
        depth += 1
      } else if rest.hasPrefix("</span>") {
        depth -= 1
        if depth < 0 { return false }
      }
      rest = rest.dropFirst()
    }
    return depth == 0
  }
}
