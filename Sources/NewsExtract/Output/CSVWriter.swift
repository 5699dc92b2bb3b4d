import Foundation

/// Writes facts or credits as CSV (RFC 4180: a header row, CRLF line ends, fields with
/// commas, quotes or line breaks quoted, quotes doubled).
///
/// ```swift
/// let csv = CSVWriter.facts(of: [page])
/// // source,article,text,value,unit,kind,qualifier,upper,direction,subject,sentence,start,end\r\n...
/// ```
public enum CSVWriter {
  /// The header of ``facts(of:)``.
  public static let factColumns = [
    "source", "headline", "text", "value", "unit", "kind", "qualifier", "upper", "direction",
    "siValue", "siUnit", "subject", "sentence", "start", "end",
  ]

  /// The header of ``credits(of:)``.
  public static let creditColumns = [
    "source", "headline", "articleStart", "articleEnd", "role", "name", "title", "affiliation",
    "duties", "start", "end",
  ]

  /// One row per fact of every page, with a header row.
  public static func facts(of pages: [Page]) -> String {
    var rows = [factColumns]
    for page in pages {
      let items =
        page.facts.map { (nil as String?, $0) }
        + page.articles.flatMap { article in article.facts.map { (article.headline, $0) } }
      for (headline, fact) in items.sorted(by: { $0.1.start < $1.1.start }) {
        rows.append([
          page.source ?? "", headline ?? "", fact.text, "\(fact.value)", fact.unit,
          fact.kind.rawValue, fact.qualifier?.rawValue ?? "", fact.upper.map { "\($0)" } ?? "",
          fact.direction?.rawValue ?? "", fact.siValue.map { "\($0)" } ?? "", fact.siUnit ?? "",
          fact.subject ?? "", fact.sentence ?? "", "\(fact.start)", "\(fact.end)",
        ])
      }
    }
    return render(rows)
  }

  /// One row per credit of every page, with the article's headline and span.
  public static func credits(of pages: [Page]) -> String {
    var rows = [creditColumns]
    for page in pages {
      for credit in page.credits {
        rows.append(creditRow(page.source, nil, credit))
      }
      for article in page.articles {
        for credit in article.credits {
          rows.append(creditRow(page.source, article, credit))
        }
      }
    }
    return render(rows)
  }

  private static func creditRow(_ source: String?, _ article: Article?, _ credit: Credit)
    -> [String]
  {
    [
      source ?? "", article?.headline ?? "", article.map { "\($0.start)" } ?? "",
      article.map { "\($0.end)" } ?? "", credit.role.rawValue, credit.name, credit.title ?? "",
      credit.affiliation ?? "", credit.duties.joined(separator: "+"), "\(credit.start)",
      "\(credit.end)",
    ]
  }

  /// Renders rows as RFC 4180 CSV.
  ///
  /// ```swift
  /// CSVWriter.render([["a", "b,c"]])  // "a,\"b,c\"\r\n"
  /// ```
  public static func render(_ rows: [[String]]) -> String {
    var out = ""
    for row in rows {
      out += row.map(quote).joined(separator: ",")
      out += "\r\n"
    }
    return out
  }

  static func quote(_ field: String) -> String {
    let needsQuotes = field.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
