/// Reads an attribution opening an article's first paragraph (`据《钱江晚报》报道，…`,
/// `据新华社记者王小明报道：…`): the source, as the agency, or the credits when the source
/// is a byline.
struct AttributionReader: Sendable {
  /// What an attribution names.
  struct Attribution: Sendable {
    /// The source as printed between `据` and `报道` (`《钱江晚报》`).
    var source: String
    /// The credits when the source reads as a byline (`新华社记者王小明`).
    var byline: BylineReading?
  }

  /// The attribution at the start of `range`, or `nil`.
  func read(_ text: SourceText, _ range: Range<Int>) -> Attribution? {
    guard text.folded(at: range.lowerBound).map(PageStructureLexicon.attributions.contains) == true
    else {
      return nil
    }
    let start = range.lowerBound + 1
    let limit = min(range.upperBound, start + Self.longestSource)
    var index = start
    while index < limit {
      if let report = Self.reportWords.match(text, at: index, limit: range.upperBound),
        index > start
      {
        let after = index + report.length
        guard after >= range.upperBound || text.folded(at: after).map(Self.follows) == true
        else { return nil }
        let source = start..<index
        let byline = CreditParser().parse(text, source, requireSurnames: true)
        return Attribution(
          source: text.string(source), byline: byline?.hasRoleWord == true ? byline : nil)
      }
      guard let scalar = text.folded(at: index),
        ScalarFolding.isHan(scalar) || PageStructureLexicon.leadPrefixMarks.contains(scalar)
      else { return nil }
      index += 1
    }
    return nil
  }

  private static func follows(_ scalar: Unicode.Scalar) -> Bool {
    PageStructureLexicon.gluedCreditEnds.contains(scalar) || ScalarFolding.isSpace(scalar)
  }

  private static let longestSource = 24
  private static let reportWords = WordTable(words: PageStructureLexicon.attributionEnds)
}
