import Foundation
import NewsExtract
import Testing

/// Work grows linearly with the input: the scalars the whole pipeline reads (counted by
/// `CompactScalars` in debug builds), and what it finds, at 1× and 10× the same input.
/// Wall time is never asserted.
@Suite(.enabled(if: SourceText("a").scalars.readCount != nil, "reads are counted in debug builds"))
struct LinearWorkTests {
  static let fixture: String = {
    let url = TestPaths.fixtures.appendingPathComponent("pages/qiantang-2022-11-09-issue-427.txt")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  /// Inputs as (name, one unit); the test repeats the unit 1× and 10×.
  static let units: [HostileInput] = [
    HostileInput("a real page", text: fixture + "\n"),
    HostileInput("one long line", text: HostileInputTests.sentence),
    HostileInput("digits", text: "0123456789"),
    HostileInput("byline openings", text: "本报讯("),
    HostileInput("open brackets", text: "(（【"),
    HostileInput("close brackets", text: ")）】"),
    HostileInput("fifty-name byline", text: "本报讯（记者 " + fiftyNames.joined(separator: " ") + "）\n"),
    HostileInput("stacked multipliers", text: "5万万亿元，"),
    HostileInput("forty digits", text: String(repeating: "9", count: 40) + "元，"),
  ]

  @Test(arguments: units)
  func tenTimesTheInputIsAtMostElevenTimesTheWork(_ unit: HostileInput) throws {
    let piece = String(decoding: unit.bytes, as: UTF8.self)
    // About 20 KB and 200 KB of input: enough to show growth, small for a debug build.
    let repeats = max(1, 20_000 / max(1, unit.bytes.count))
    let small = String(repeating: piece, count: repeats)
    let large = String(repeating: piece, count: 10 * repeats)
    let one = scalarReads(small)
    let ten = scalarReads(large)
    // Quadratic scans would read ~100× as much; allow a constant for fixed-size blocks.
    #expect(ten.reads <= 11 * one.reads + 10_000, "reads: \(one.reads) → \(ten.reads)")
    // What is found grows in proportion too (within one item per repetition boundary).
    let facts = (one.page.allFacts.count, ten.page.allFacts.count)
    #expect(facts.1 >= 9 * facts.0 && facts.1 <= 11 * facts.0 + 10, "facts: \(facts)")
  }

  @Test func fixtureIsLoaded() {
    #expect(Self.fixture.count > 1_000)
  }
}
