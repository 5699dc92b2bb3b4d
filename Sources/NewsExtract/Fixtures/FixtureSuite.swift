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
  /// - Throws: ``NewsExtractError`` when the folder does not exist or holds no `.txt`.
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
  public func run() -> [FixtureResult] {
    fixtures.map(check)
  }

  /// Runs one fixture: extracts its page and compares it with the expected JSON.
  public func check(_ fixture: Fixture) -> FixtureResult {
    let actual: Page
    do {
      actual = try extractor.extract(contentsOf: fixture.input)
    } catch {
      return FixtureResult(
        fixture: fixture, actualJSON: "",
        differences: [
          FixtureDifference(path: "(input)", expected: "a readable page", actual: error.description)
        ])
    }
    var page = actual
    page.source = nil
    let actualJSON = PageJSON.string(page, pretty: true) + "\n"
    guard let expectedData = try? Data(contentsOf: fixture.expected) else {
      return FixtureResult(
        fixture: fixture, actualJSON: actualJSON,
        differences: [
          FixtureDifference(
            path: "(expected)", expected: fixture.expected.lastPathComponent, actual: "missing")
        ])
    }
    let differences = JSONDiff.differences(
      expected: expectedData, actual: Data(actualJSON.utf8))
    return FixtureResult(fixture: fixture, actualJSON: actualJSON, differences: differences)
  }

  /// Writes each fixture's actual output over its expected JSON, and returns what changed.
  ///
  /// Use it deliberately, after reading the differences ``run()`` reports.
  public func update() throws(NewsExtractError) -> [FixtureResult] {
    let results = run()
    for result in results where !result.differences.isEmpty {
      do {
        try Data(result.actualJSON.utf8).write(to: result.fixture.expected)
      } catch {
        throw NewsExtractError(
          .unreadable, subject: result.fixture.expected.path,
          reason: "could not be written (\(error))")
      }
    }
    return results
  }
}

/// One fixture: a page and the JSON expected from it.
public struct Fixture: Sendable, Hashable, CustomStringConvertible {
  /// The page text (`NAME.txt`).
  public let input: URL
  /// The expected output (`NAME.json`).
  public let expected: URL

  /// Creates a fixture.
  public init(input: URL, expected: URL) {
    self.input = input
    self.expected = expected
  }

  /// The fixture's file name without extension.
  public var description: String { input.deletingPathExtension().lastPathComponent }
}

/// The outcome of one fixture.
public struct FixtureResult: Sendable, Hashable {
  /// The fixture checked.
  public let fixture: Fixture
  /// What NewsExtract produced, as the pretty JSON an expectation file holds.
  public let actualJSON: String
  /// Field-level differences; empty when the fixture passes.
  public let differences: [FixtureDifference]

  /// Whether the output matched.
  public var passed: Bool { differences.isEmpty }

  /// A readable report: one line per difference.
  public var report: String {
    if differences.isEmpty { return "ok   \(fixture)" }
    var lines = [
      "FAIL \(fixture) (\(differences.count) difference\(differences.count == 1 ? "" : "s"))"
    ]
    for difference in differences.prefix(50) {
      lines.append("  \(difference)")
    }
    if differences.count > 50 { lines.append("  … and \(differences.count - 50) more") }
    return lines.joined(separator: "\n")
  }
}

/// One difference between expected and actual JSON, at a path such as `articles[2].credits[0].name`.
public struct FixtureDifference: Sendable, Hashable, CustomStringConvertible {
  /// Where in the JSON.
  public let path: String
  /// The expected value, as JSON text (or `(absent)`).
  public let expected: String
  /// The actual value, as JSON text (or `(absent)`).
  public let actual: String

  /// Creates a difference.
  public init(path: String, expected: String, actual: String) {
    self.path = path
    self.expected = expected
    self.actual = actual
  }

  /// `path: expected X, got Y`.
  public var description: String { "\(path): expected \(expected), got \(actual)" }
}
