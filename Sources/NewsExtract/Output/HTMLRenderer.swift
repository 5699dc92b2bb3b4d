/// Writes a self-contained HTML review page for one page: the text with the masthead,
/// headlines, datelines, credits and facts highlighted in distinct colours, each fact's
/// value, unit, qualifier and subject on hover, and tables of the masthead, articles,
/// facts and credits beside it.
///
/// The file needs no network and no external asset: the style sheet is inline and there
/// is no script. Every piece of page text is escaped, so a page that contains `<script>`
/// shows it as text.
///
/// ```swift
/// let text = try String(contentsOfFile: "page.txt", encoding: .utf8)
/// let page = NewsExtractor().extract(text)
/// let html = HTMLRenderer.render(page, text: text)
/// try html.write(toFile: "page.html", atomically: true, encoding: .utf8)
/// ```
///
/// From the command line: `newsextract --format html page.txt > page.html`.
public enum HTMLRenderer {
  /// Renders the review page.
  ///
  /// ```swift
  /// let html = HTMLRenderer.render(NewsExtractor().extract("约5公里"), text: "约5公里")
  /// html.contains("<span class=\"fact\"")  // true once the fact parser finds 约5公里
  /// ```
  ///
  /// - Parameters:
  ///   - page: The extracted page.
  ///   - text: The decoded page text its offsets refer to (line ends normalized to `\n`,
  ///     as ``InputDecoder`` and ``NewsExtractor`` do).
  /// - Returns: One HTML document.
  /// - Complexity: O(*n*) in the length of the text, plus sorting the highlights.
  public static func render(_ page: Page, text: String) -> String {
    render(page, text: SourceText(InputDecoder.normalizeLineEnds(text)))
  }

  /// Renders the review page from a ``SourceText``.
  ///
  /// ```swift
  /// let source = SourceText(text)
  /// let html = HTMLRenderer.render(NewsExtractor().extract(source), text: source)
  /// ```
  public static func render(_ page: Page, text: SourceText) -> String {
    let title = page.masthead?.paperName ?? page.source ?? "page"
    var out = "<!doctype html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>NewsExtract review: " + escape(title) + "</title>\n"
    out += "<style>\n" + styleSheet + "</style>\n</head>\n<body>\n"
    out += header(page)
    out += "<main>\n<section class=\"text\">\n<h2>Page text</h2>\n<pre class=\"page\">"
    out += highlightedText(page, text: text)
    out += "</pre>\n</section>\n<aside>\n"
    out += mastheadTable(page.masthead)
    out += warningList(page.warnings)
    out += articleTable(page.articles)
    out += factTable(page)
    out += creditTable(page)
    out += "</aside>\n</main>\n</body>\n</html>\n"
    return out
  }

  /// The page text with every highlight as a nested `<span>`, built in one walk over the
  /// scalars.
  ///
  /// Spans nest by start and length; a span that crosses the end of the one it starts in
  /// is cut at that end.
  ///
  /// ```swift
  /// HTMLRenderer.highlightedText(page, text: SourceText("约5公里"))
  /// // <span class="fact" id="fact-1" title="value: 5&#10;unit: 公里…">约5公里</span>
  /// ```
  public static func highlightedText(_ page: Page, text: SourceText) -> String {
    let highlights = ReviewHighlight.collect(from: page, text: text)
    var out = ""
    out.reserveCapacity(text.count * 3 + highlights.count * 80)
    var openEnds: [Int] = []
    var next = 0
    for index in 0..<text.count {
      while let end = openEnds.last, end <= index {
        out += "</span>"
        openEnds.removeLast()
      }
      while next < highlights.count, highlights[next].start <= index {
        let highlight = highlights[next]
        next += 1
        let end = min(highlight.end, openEnds.last ?? highlight.end)
        guard end > index else { continue }
        out += openTag(highlight)
        openEnds.append(end)
      }
      if let scalar = text.scalar(at: index) { appendEscaped(scalar, to: &out) }
    }
    out += String(repeating: "</span>", count: openEnds.count)
    return out
  }

  private static func openTag(_ highlight: ReviewHighlight) -> String {
    var tag = "<span class=\"" + highlight.kind.rawValue + "\""
    if let anchor = highlight.anchor { tag += " id=\"" + escape(anchor) + "\"" }
    if let label = highlight.label { tag += " data-label=\"" + escape(label) + "\"" }
    tag += " title=\"" + escapeAttribute(highlight.title) + "\">"
    return tag
  }

  /// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attributes; a NUL becomes U+FFFD.
  ///
  /// ```swift
  /// HTMLRenderer.escape("<script>")  // "&lt;script&gt;"
  /// ```
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      appendEscaped(scalar, to: &out)
    }
    return out
  }

  /// Escapes for an attribute value, also writing line breaks as `&#10;` so that
  /// multi-line tooltips survive.
  ///
  /// ```swift
  /// HTMLRenderer.escapeAttribute("value: 5\nunit: \"米\"")  // "value: 5&#10;unit: &quot;米&quot;"
  /// ```
  public static func escapeAttribute(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar == "\n" { out += "&#10;" } else { appendEscaped(scalar, to: &out) }
    }
    return out
  }

  @inline(__always)
  private static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
    switch scalar {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    case "\u{0}": out.unicodeScalars.append("\u{FFFD}")
    default: out.unicodeScalars.append(scalar)
    }
  }

  // MARK: - Header and tables

  private static func header(_ page: Page) -> String {
    let facts = page.allFacts.count
    let credits = page.allCredits.count
    var summary: [String] = []
    if let source = page.source { summary.append(escape(source)) }
    summary.append(page.masthead == nil ? "no masthead" : "masthead")
    summary.append("\(page.articles.count) articles")
    summary.append("\(credits) credits")
    summary.append("\(facts) facts")
    summary.append("\(page.warnings.count) warnings")
    var out = "<header>\n<h1>NewsExtract review</h1>\n<p class=\"summary\">"
    out += summary.joined(separator: " · ") + "</p>\n<ul class=\"legend\">"
    let legend: [(ReviewHighlight.Kind, String)] = [
      (.masthead, "masthead"), (.headline, "headline"), (.subheadline, "kicker / subheadline"),
      (.dateline, "dateline"), (.credit, "credit"), (.fact, "numeric fact"),
      (.block, "page block"), (.warning, "warning"), (.article, "article start"),
    ]
    for (kind, name) in legend {
      let label = kind == .article ? " data-label=\"A1\"" : ""
      out += "<li><span class=\"" + kind.rawValue + "\"" + label + ">" + name + "</span></li>"
    }
    out += "</ul>\n<p class=\"hint\">Hover a highlight for its reading; the tables link to "
    out += "the text.</p>\n</header>\n"
    return out
  }

  private static func mastheadTable(_ masthead: Masthead?) -> String {
    guard let masthead else { return "<h2>Masthead</h2>\n<p class=\"none\">No masthead.</p>\n" }
    var rows: [(String, String)] = []
    func add(_ name: String, _ value: String?) {
      if let value, !value.isEmpty { rows.append((name, value)) }
    }
    func list(_ values: [String]) -> String { values.joined(separator: "; ") }
    add("paper name", masthead.paperName)
    add("English name", masthead.englishName)
    add("date", masthead.date?.description)
    add("weekday", masthead.weekday)
    add("lunar date", masthead.lunarDate)
    if let lunar = masthead.lunar {
      let leap = lunar.isLeapMonth ? " (leap)" : ""
      add(
        "lunar reading", "\(lunar.cyclicYear ?? "?") month \(lunar.month)\(leap) day \(lunar.day)")
    }
    add("pages today", masthead.pageCount.map { "\($0)" })
    add("issue number", masthead.issueNumber.map { "\($0)" })
    add("supervisors", list(masthead.supervisors))
    add("sponsors", list(masthead.sponsors))
    add("organizers", list(masthead.organizers))
    add("co-organizers", list(masthead.coOrganizers))
    add("publishers", list(masthead.publishers))
    add(
      "phones",
      masthead.labeledPhones.isEmpty
        ? list(masthead.phones)
        : list(
          masthead.labeledPhones.map { $0.label.isEmpty ? $0.number : "\($0.label) \($0.number)" }))
    add("emails", list(masthead.emails))
    add("serial number", masthead.serialNumber)
    add("postal code", masthead.postalCode)
    add("website", masthead.website)
    add("offsets", "\(masthead.start)..<\(masthead.end)")
    var out = "<h2>Masthead</h2>\n<table class=\"masthead-fields\">\n"
    for (name, value) in rows {
      out += "<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>\n"
    }
    return out + "</table>\n"
  }

  private static func warningList(_ warnings: [PageWarning]) -> String {
    guard !warnings.isEmpty else { return "" }
    var out = "<h2>Warnings (\(warnings.count))</h2>\n<ul class=\"warnings\">\n"
    for warning in warnings {
      out += "<li><code>" + escape(warning.code) + "</code> " + escape(warning.message)
      if let start = warning.start, let end = warning.end { out += " (\(start)..<\(end))" }
      out += "</li>\n"
    }
    return out + "</ul>\n"
  }

  private static func articleTable(_ articles: [Article]) -> String {
    var out = "<h2>Articles (\(articles.count))</h2>\n"
    guard !articles.isEmpty else { return out + "<p class=\"none\">No articles.</p>\n" }
    out += "<table>\n<tr><th>#</th><th>headline</th><th>agency</th><th>dateline</th>"
    out += "<th>credits</th><th>facts</th><th>offsets</th></tr>\n"
    for (index, article) in articles.enumerated() {
      let number = index + 1
      out += "<tr><td><a href=\"#article-\(number)\">A\(number)</a></td>"
      out += cell(article.headline) + cell(article.agency)
      out += cell(article.dateline.map { d in (d.date.map { "\($0) " } ?? "") + d.text })
      out += "<td class=\"num\">\(article.credits.count)</td>"
      out += "<td class=\"num\">\(article.facts.count)</td>"
      out += "<td class=\"num\">\(article.start)..&lt;\(article.end)</td></tr>\n"
    }
    return out + "</table>\n"
  }

  /// A table column: its header and each row's cell; optional columns that are empty in
  /// every row are left out so the tables fit beside the text.
  private struct Column<Row> {
    let header: String
    let isOptional: Bool
    let value: (Row) -> String?
    var html: (Row) -> String = { _ in "" }

    init(_ header: String, optional: Bool = false, _ value: @escaping (Row) -> String?) {
      self.header = header
      self.isOptional = optional
      self.value = value
      self.html = { row in cell(value(row)) }
    }

    /// A column whose cells are written as given (already escaped, `<td>` included).
    static func custom(_ header: String, _ html: @escaping (Row) -> String) -> Column {
      var column = Column(header) { _ in nil }
      column.html = html
      return column
    }
  }

  private static func table<Row>(_ rows: [Row], class name: String, _ columns: [Column<Row>])
    -> String
  {
    let shown = columns.filter { column in
      !column.isOptional || rows.contains { !(column.value($0) ?? "").isEmpty }
    }
    var out = "<table class=\"" + name + "\">\n<tr>"
    for column in shown { out += "<th>" + escape(column.header) + "</th>" }
    out += "</tr>\n"
    for row in rows {
      out += "<tr>"
      for column in shown { out += column.html(row) }
      out += "</tr>\n"
    }
    return out + "</table>\n"
  }

  private static func factTable(_ page: Page) -> String {
    let facts = Array(page.allFacts.enumerated())
    var out = "<h2>Facts (\(facts.count))</h2>\n"
    guard !facts.isEmpty else { return out + "<p class=\"none\">No numeric facts.</p>\n" }
    let articleNumbers = articleNumbersByOffset(page)
    typealias Row = (offset: Int, element: NumericFact)
    let columns: [Column<Row>] = [
      Column.custom("#") { "<td><a href=\"#fact-\($0.offset + 1)\">\($0.offset + 1)</a></td>" },
      Column.custom("text") {
        "<td><span class=\"fact\">" + escape($0.element.text) + "</span></td>"
      },
      Column.custom("value") { "<td class=\"num\">\($0.element.value)</td>" },
      Column("upper", optional: true) { $0.element.upper.map { "\($0)" } },
      Column("unit") { $0.element.unit },
      Column("kind") { $0.element.kind.rawValue },
      Column("qualifier", optional: true) { $0.element.qualifier?.rawValue },
      Column("direction", optional: true) { $0.element.direction?.rawValue },
      Column("subject", optional: true) { $0.element.subject },
      Column("article") { articleNumbers($0.element.start) },
    ]
    out += table(facts, class: "facts", columns)
    return out
  }

  private static func creditTable(_ page: Page) -> String {
    var rows: [(credit: Credit, article: String)] = page.credits.map { ($0, "page") }
    for (index, article) in page.articles.enumerated() {
      rows += article.credits.map { ($0, "A\(index + 1)") }
    }
    rows.sort { $0.credit.start < $1.credit.start }
    var out = "<h2>Credits (\(rows.count))</h2>\n"
    guard !rows.isEmpty else { return out + "<p class=\"none\">No credits.</p>\n" }
    typealias Row = (credit: Credit, article: String)
    let columns: [Column<Row>] = [
      Column.custom("name") {
        "<td><span class=\"credit\">" + escape($0.credit.name) + "</span></td>"
      },
      Column("role") { $0.credit.role.rawValue },
      Column("title", optional: true) { $0.credit.title },
      Column("affiliation", optional: true) { $0.credit.affiliation },
      Column("duties", optional: true) { $0.credit.duties.joined(separator: ", ") },
      Column("article") { $0.article },
    ]
    out += table(rows, class: "credits", columns)
    return out
  }

  /// A lookup from an offset to the number of the article holding it (`A2`), or `page`.
  private static func articleNumbersByOffset(_ page: Page) -> (Int) -> String {
    let spans = page.articles.map { ($0.start, $0.end) }
    return { offset in
      var low = 0
      var high = spans.count
      while low < high {
        let mid = (low + high) / 2
        if spans[mid].1 <= offset { low = mid + 1 } else { high = mid }
      }
      if low < spans.count, spans[low].0 <= offset { return "A\(low + 1)" }
      return "page"
    }
  }

  private static func cell(_ value: String?) -> String {
    guard let value, !value.isEmpty else { return "<td class=\"none\">–</td>" }
    return "<td>" + escape(value) + "</td>"
  }

  /// The inline style sheet: one colour per highlight kind, the text and the tables side
  /// by side.
  static let styleSheet = """
    :root { color-scheme: light; font-family: system-ui, "Noto Sans CJK SC", \
    "WenQuanYi Micro Hei", sans-serif; }
    body { margin: 0; padding: 0 16px 32px; background: #fafafa; color: #1f2933; }
    header h1 { font-size: 20px; margin: 12px 0 4px; }
    .summary, .hint { margin: 2px 0; color: #52606d; font-size: 13px; }
    .legend { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; \
    gap: 8px; font-size: 13px; }
    main { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 20px; }
    h2 { font-size: 15px; margin: 14px 0 6px; }
    pre.page { white-space: pre-wrap; word-break: break-all; font-family: inherit; \
    font-size: 15px; line-height: 1.75; background: #fff; border: 1px solid #d9e2ec; \
    padding: 12px; margin: 0; }
    aside { font-size: 13px; }
    aside { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
    table { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 8px; }
    th, td { border: 1px solid #d9e2ec; padding: 3px 6px; text-align: left; \
    vertical-align: top; }
    th { background: #f0f4f8; font-weight: 600; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.none, p.none { color: #9aa5b1; }
    .facts td:nth-child(2), .facts td:nth-child(5), .credits td:first-child { white-space: nowrap; }
    .masthead { background: #dbeafe; box-shadow: inset 0 -2px #60a5fa; }
    .headline { background: #fde68a; font-weight: 700; }
    .subheadline { background: #fef3c7; font-style: italic; }
    .dateline { background: #e9d5ff; }
    .block { background: #e5e7eb; }
    .credit { background: #bbf7d0; border-bottom: 2px solid #16a34a; }
    .fact { background: #fecaca; border-bottom: 2px solid #dc2626; }
    .warning { text-decoration: underline wavy #b91c1c; text-decoration-skip-ink: none; }
    .article::before { content: attr(data-label); font: 700 11px system-ui, sans-serif; \
    color: #fff; background: #475569; border-radius: 3px; padding: 0 4px; margin-right: 4px; }
    [title] { cursor: help; }
    :target { outline: 3px solid #f59e0b; }
    .warnings code { background: #fee2e2; padding: 0 3px; }
    @media (max-width: 900px) { main { grid-template-columns: 1fr; } \
    aside { position: static; max-height: none; } }

    """
}
