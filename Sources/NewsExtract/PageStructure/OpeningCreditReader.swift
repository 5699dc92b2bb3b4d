/// Reads a credit bracket opening an article's first paragraph without a lead
/// (`(德州晚报全媒体记者 张明凯)近日，…`): every name must have a title, and body text
/// must follow on the line.
struct OpeningCreditReader: Sendable {
  /// The credits and where the paragraph's text starts, or `nil`.
  func read(_ text: SourceText, _ range: Range<Int>) -> (reading: BylineReading, bodyStart: Int)? {
    guard let open = text.folded(at: range.lowerBound), let close = BylineLexicon.brackets[open]
    else { return nil }
    let limit = min(
      range.upperBound, range.lowerBound + PageStructureLexicon.longestBracketedByline)
    var end = range.lowerBound + 1
    while end < limit, text.folded(at: end) != close { end += 1 }
    guard end < limit, let reading = CreditParser().parse(text, range.lowerBound..<(end + 1)),
      reading.hasRoleWord, !reading.credits.isEmpty,
      !reading.credits.contains(where: { $0.role == .unspecified })
    else { return nil }
    var body = end + 1
    while body < range.upperBound, let scalar = text.scalar(at: body), ScalarFolding.isSpace(scalar)
    {
      body += 1
    }
    guard body < range.upperBound, let first = text.scalar(at: body),
      ScalarFolding.isHan(first) || ScalarFolding.isDigit(first)
    else { return nil }
    return (reading, body)
  }
}
