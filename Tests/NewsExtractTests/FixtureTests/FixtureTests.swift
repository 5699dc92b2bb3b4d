import Foundation
import NewsExtract
import Testing

/// Every `Fixtures/**/NAME.txt` page must produce exactly its `NAME.json`.
///
/// Expected files are checked by a person against the page and `../shared/gold/`.
/// To record a deliberate change, run `newsextract validate --update Fixtures` and read
/// the printed differences before committing.
@Suite struct FixtureTests {
  static let suite: FixtureSuite? = try? FixtureSuite(folder: TestPaths.fixtures)
  static let fixtures: [Fixture] = suite?.fixtures ?? []

  @Test func fixturesAreFound() {
    #expect(Self.fixtures.count >= 5, "expected the five seed pages under Fixtures/")
  }

  @Test(arguments: fixtures)
  func fixtureMatchesExpectedJSON(_ fixture: Fixture) throws {
    let suite = try #require(Self.suite)
    let result = suite.check(fixture)
    if !result.passed {
      Issue.record(Comment(rawValue: result.report))
    }
  }
}
