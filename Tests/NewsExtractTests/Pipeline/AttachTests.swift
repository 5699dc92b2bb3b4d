import Foundation
import Testing

@testable import NewsExtract

/// `Page.attach` moves facts into articles slice by slice: the same placement as one fact at
/// a time, whatever the runs look like.
@Suite struct AttachTests {
  static func fact(_ start: Int, _ end: Int) -> NumericFact {
    NumericFact(
      text: "\(start)", value: Decimal(start), unit: "个", kind: .count, start: start, end: end)
  }

  /// Articles 10..<20 and 30..<40; facts as (start, end); expected owner per fact (nil: page).
  static let cases: [([(Int, Int)], [Int?])] = [
    ([], []),
    ([(0, 2), (3, 4)], [nil, nil]),
    ([(11, 12), (13, 15)], [0, 0]),
    (
      [(1, 2), (11, 12), (18, 21), (25, 26), (31, 33), (39, 40), (41, 45)],
      [nil, 0, nil, nil, 1, 1, nil]
    ),
    ([(31, 32), (35, 36)], [1, 1]),
    ([(12, 13), (22, 23), (33, 34), (50, 51)], [0, nil, 1, nil]),
  ]

  @Test(arguments: cases)
  func factsLandWhereTheirSpanLies(_ row: ([(Int, Int)], [Int?])) {
    var page = Page(articles: [Article(start: 10, end: 20), Article(start: 30, end: 40)])
    let facts = row.0.map { Self.fact($0.0, $0.1) }
    page.attach(facts)
    for (fact, owner) in zip(facts, row.1) {
      if let owner {
        #expect(page.articles[owner].facts.contains(fact))
      } else {
        #expect(page.facts.contains(fact))
      }
    }
    #expect(page.allFacts == facts)
    #expect(page.facts.count + page.articles.map(\.facts.count).reduce(0, +) == facts.count)
  }

  @Test func attachingTwiceKeepsTheEarlierFacts() {
    var page = Page(articles: [Article(start: 0, end: 10)])
    page.attach([Self.fact(1, 2)])
    page.attach([Self.fact(3, 4), Self.fact(20, 21)])
    #expect(page.articles[0].facts.map(\.start) == [1, 3])
    #expect(page.facts.map(\.start) == [20])
  }
}
