import Foundation
import NewsExtract
import Testing

/// The facts of a string.
func facts(_ text: String) -> [NumericFact] {
  NumericFactExtractor().facts(in: text)
}

/// The one fact of a string; fails the test when there is not exactly one.
func onlyFact(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> NumericFact
{
  let found = facts(text)
  #expect(found.count == 1, "\(text) gave \(found.map(\.text))", sourceLocation: sourceLocation)
  return try #require(found.first, sourceLocation: sourceLocation)
}

/// A decimal from its exact spelling.
func dec(_ spelling: String) -> Decimal {
  Decimal(string: spelling) ?? .nan
}
