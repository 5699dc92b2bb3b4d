import Foundation

/// Checks a folder of fixtures — `NAME.txt` pages beside `NAME.json` expected outputs —
/// against what NewsExtract extracts, field by field.
///
/// Use it from your own test target to guard a corpus against regressions:
///
/// ```swift
/// import NewsExtract
/// import Testing
///
/// @Test func corpusStillExtractsTheSame() throws {
///   let suite = try FixtureSuite(folder: URL(fileURLWithPath: "Fixtures"))
///   let results = suite.run()
///   #expect(!results.isEmpty)
///   for result in results { #expect(result.differences.isEmpty, "\(result.report)") }
/// }
/// ```
public struct FixtureSuite: Sendable {
  /// The fixtures found, sorted by path.
  public let fixtures: [Fixture]
  /// The pipeline used.
  public let extractor: NewsExtractor

  /// Finds every `*.txt` with a sibling `*.json` under `folder` (recursively).
  ///
  /// A `.txt` without its `.json` is listed too, so that ``run()`` reports it as missing
  /// its expectation rather than skipping it silently.
  ///
  /// ```swift
  /// let suite = try FixtureSuite(folder: URL(fileURLWithPath: "corpus"))
  /// suite.fixtures.map(\.description)  // ["briefs", "front-page"]
  /// ```
  ///
  /// - Throws: ``NewsExtractError`` of kind `fixture` when the folder does not exist or
  ///   holds no `.txt`.
  public init(folder: URL, extractor: NewsExtractor = NewsExtractor()) throws(NewsExtractError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw NewsExtractError(
        .fixture, subject: folder.path,
        reason: "no such folder; name a folder of NAME.txt + NAME.json pairs")
    }
    var found: [Fixture] = []
    if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
      for case let url as URL in walker where url.pathExtension == "txt" {
        let expected = url.deletingPathExtension().appendingPathExtension("json")
        found.append(Fixture(input: url, expected: expected))
      }
    }
    guard !found.isEmpty else {
      throw NewsExtractError(
        .fixture, subject: folder.path,
        reason: "holds no .txt fixtures; add NAME.txt + NAME.json pairs")
    }
    self.fixtures = found.sorted { $0.input.path < $1.input.path }
    self.extractor = extractor
  }

  /// Runs every fixture.
  ///
  /// ```swift
  /// let failures = suite.run().filter { !$0.passed }
  /// for failure in failures { print(failure.report) }
  /// ```
  ///
  /// - Complexity: one extraction and one JSON comparison per fixture.
  public func run() -> [FixtureResult] {
    fixtures.map(check)
  }

  /// Runs one fixture: extracts its page and compares it with the expected JSON.
  ///
  /// ```swift
  /// let result = suite.check(suite.fixtures[0])
  /// result.status  // .passed, .failed, .missingExpectation or .unreadableInput
  /// ```
  public func check(_ fixture: Fixture) -> FixtureResult {
    let actual: Page
    do {
      actual = try extractor.extract(contentsOf: fixture.input)
    } catch {
      return FixtureResult(
        fixture: fixture, actualJSON: "",
        differences: [
          FixtureDifference(path: "(input)", expected: "a readable page", actual: error.description)
        ], status: .unreadableInput)
    }
    let actualJSON = Self.expectationJSON(actual)
    guard let expectedData = try? Data(contentsOf: fixture.expected) else {
      return FixtureResult(
        fixture: fixture, actualJSON: actualJSON,
        differences: [
          FixtureDifference(
            path: "(expected)", expected: fixture.expected.lastPathComponent,
            actual: FixtureDifference.absent)
        ], status: .missingExpectation)
    }
    let differences = JSONDiff.differences(
      expected: expectedData, actual: Data(actualJSON.utf8), ignoredRootKeys: ["source"])
    return FixtureResult(fixture: fixture, actualJSON: actualJSON, differences: differences)
  }

  /// The text an expectation file holds for `page`: pretty JSON with sorted keys and a
  /// final newline, without ``Page/source`` (so fixtures can move).
  ///
  /// ```swift
  /// let json = FixtureSuite.expectationJSON(NewsExtractor().extract("约5公里"))
  /// ```
  public static func expectationJSON(_ page: Page) -> String {
    var page = page
    page.source = nil
    return PageJSON.string(page, pretty: true) + "\n"
  }

  /// Writes each fixture's actual output over its expected JSON (creating missing ones),
  /// and returns what changed: print each result's ``FixtureResult/updateReport``.
  ///
  /// Use it deliberately, after reading the differences ``run()`` reports. Fixtures whose
  /// page cannot be read are left alone and come back as ``FixtureResult/Status/unreadableInput``.
  ///
  /// ```swift
  /// for result in try suite.update() { print(result.updateReport) }
  /// // unchanged front-page.json
  /// // updated   briefs.json (1 change)
  /// //   articles[0].credits[1].role: "unspecified" → "correspondent"
  /// ```
  ///
  /// - Throws: ``NewsExtractError`` when an expected file cannot be written.
  public func update() throws(NewsExtractError) -> [FixtureResult] {
    let results = run()
    for result in results where result.status == .failed || result.status == .missingExpectation {
      do {
        try Data(result.actualJSON.utf8).write(to: result.fixture.expected, options: .atomic)
      } catch {
        throw NewsExtractError(
          .unreadable, subject: result.fixture.expected.path,
          reason: "could not be written (\(error.localizedDescription))")
      }
    }
    return results
  }
}
