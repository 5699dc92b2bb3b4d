import Foundation

/// Checks the promises every extracted ``Page`` keeps, whatever the input: every span lies
/// in the text, facts slice to their `text` and credits to their `name` (up to the padding
/// spaces or markers a layout puts inside a name, `王 芳`), values are finite and consistent,
/// and nothing is reported twice.
///
/// The fuzzer (`Fuzz/`) and the hardening tests run it on every page they extract; a user
/// can run it to check a page read back from JSON against its text.
///
/// ```swift
/// let text = SourceText(pageText)
/// let page = NewsExtractor().extract(text)
/// PageInvariants.violations(of: page, in: text)  // []
/// ```
public enum PageInvariants {
  /// Every broken promise, one message each; empty when the page is sound.
  ///
  /// - Complexity: O(*n* + *k* log *k*) for a text of *n* scalars and *k* reported items.
  public static func violations(of page: Page, in text: SourceText) -> [String] {
    var problems: [String] = []
    func span(_ what: String, _ start: Int, _ end: Int) -> Bool {
      guard start >= 0, start <= end, end <= text.count else {
        problems.append("\(what): span \(start)..<\(end) outside 0..<\(text.count)")
        return false
      }
      return true
    }
    if let masthead = page.masthead {
      _ = span("masthead", masthead.start, masthead.end)
      for phone in masthead.phones where !phone.unicodeScalars.allSatisfy(isASCIIDigit) {
        problems.append("masthead phone \(phone): not digits only")
      }
    }
    var previousEnd = 0
    for article in page.articles {
      if span("article", article.start, article.end), article.start < previousEnd {
        problems.append("article at \(article.start): overlaps the one before")
      }
      previousEnd = max(previousEnd, article.end)
      for paragraph in article.paragraphs { _ = span("paragraph", paragraph.start, paragraph.end) }
      if let dateline = article.dateline { _ = span("dateline", dateline.start, dateline.end) }
      for fact in article.facts where fact.start < article.start || fact.end > article.end {
        problems.append("fact \(fact.text) at \(fact.start): outside its article")
      }
      for credit in article.credits where credit.start < article.start || credit.end > article.end {
        problems.append("credit \(credit.name) at \(credit.start): outside its article")
      }
    }
    for block in page.blocks { _ = span("block", block.start, block.end) }
    for warning in page.warnings {
      if let start = warning.start, let end = warning.end { _ = span("warning", start, end) }
    }
    let facts = page.allFacts
    for fact in facts where span("fact \(fact.text)", fact.start, fact.end) {
      problems += factProblems(fact, text)
    }
    let credits = page.allCredits
    for credit in credits where span("credit \(credit.name)", credit.start, credit.end) {
      if credit.name.isEmpty || unpadded(text, credit.start..<credit.end) != credit.name {
        problems.append(
          "credit \(credit.name) at \(credit.start): the span reads "
            + "\(text.string(credit.start..<credit.end))")
      }
    }
    problems += duplicates(facts.map { "fact \($0.start)..<\($0.end) \($0.text)" })
    problems += duplicates(credits.map { "credit \($0.start)..<\($0.end) \($0.name)" })
    return problems
  }

  /// The text of a credit's span without the padding a layout puts between the characters
  /// of a name (`王 芳`, `朱◎晟`, `任` + a line of control characters + `蕊芳`): the byline
  /// parser joins such names, so their span reads as the name once spaces, line breaks,
  /// control characters and lead markers are dropped.
  private static func unpadded(_ text: SourceText, _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    for index in range {
      guard let scalar = text.scalar(at: index) else { continue }
      if ScalarFolding.isSpace(scalar) || ScalarFolding.isControl(scalar)
        || BylineLexicon.leadMarkers.contains(scalar)
      {
        continue
      }
      view.append(scalar)
    }
    return String(view)
  }

  private static func factProblems(_ fact: NumericFact, _ text: SourceText) -> [String] {
    var problems: [String] = []
    let subject = "fact \(fact.text) at \(fact.start)"
    if fact.text.isEmpty || text.string(fact.start..<fact.end) != fact.text {
      problems.append("\(subject): the span reads \(text.string(fact.start..<fact.end))")
    }
    if fact.value.isNaN || fact.upper?.isNaN == true || fact.siValue?.isNaN == true {
      problems.append("\(subject): a value is not a number")
    }
    if let upper = fact.upper, upper < fact.value {
      problems.append("\(subject): upper \(upper) below value \(fact.value)")
    }
    // A number is written with digits or with numeral characters (never pure ASCII letters).
    let hasNumeral = fact.text.unicodeScalars.contains {
      ScalarFolding.isDigit($0) || $0.value >= 0x80
    }
    if !hasNumeral { problems.append("\(subject): no digit or numeral in the text") }
    return problems
  }

  private static func duplicates(_ keys: [String]) -> [String] {
    var seen = Set<String>()
    var problems: [String] = []
    for key in keys where !seen.insert(key).inserted {
      problems.append("\(key): reported twice")
    }
    return problems
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
