/// The outcome of one fixture: the differences between its expected JSON and what
/// NewsExtract extracts now.
///
/// ```swift
/// let result = suite.check(fixture)
/// if !result.passed { print(result.report) }
/// // FAIL front-page (1 difference)
/// //   masthead.issueNumber: expected 427, got 42
/// ```
public struct FixtureResult: Sendable, Hashable {
  /// What state a fixture is in.
  ///
  /// ```swift
  /// suite.run().filter { $0.status == .missingExpectation }.map(\.fixture)
  /// ```
  public enum Status: String, Sendable, Hashable {
    /// The output matches the expected JSON.
    case passed
    /// The output differs from the expected JSON (see ``FixtureResult/differences``).
    case failed
    /// The `NAME.json` beside the page does not exist yet.
    case missingExpectation
    /// The page itself could not be read or decoded.
    case unreadableInput
  }

  /// The fixture checked.
  public let fixture: Fixture
  /// What NewsExtract produced, as the pretty JSON an expectation file holds; empty when
  /// the input could not be read.
  public let actualJSON: String
  /// Field-level differences; empty when the fixture passes.
  public let differences: [FixtureDifference]
  /// Whether the fixture passed, and if not, why.
  public let status: Status

  /// Creates a result; the status defaults to `passed` without differences, else `failed`.
  ///
  /// ```swift
  /// FixtureResult(fixture: fixture, actualJSON: json, differences: []).passed  // true
  /// ```
  public init(
    fixture: Fixture, actualJSON: String, differences: [FixtureDifference], status: Status? = nil
  ) {
    self.fixture = fixture
    self.actualJSON = actualJSON
    self.differences = differences
    self.status = status ?? (differences.isEmpty ? .passed : .failed)
  }

  /// Whether the output matched.
  public var passed: Bool { status == .passed }

  /// The most difference lines a report prints.
  public static let reportLimit = 50

  /// A readable check report: `ok   NAME`, or `FAIL NAME (N differences)` then one
  /// indented line per difference.
  ///
  /// ```swift
  /// print(result.report)
  /// // FAIL briefs (1 difference)
  /// //   articles[0].credits[1].role: expected "correspondent", got "unspecified"
  /// ```
  public var report: String {
    switch status {
    case .passed: return "ok   \(fixture)"
    case .missingExpectation:
      return "FAIL \(fixture): no \(fixture.expected.lastPathComponent) beside the page;"
        + " write it, or record the current output with validate --update"
    case .unreadableInput:
      return "FAIL \(fixture): " + (differences.first?.actual ?? "the page could not be read")
    case .failed:
      let count = differences.count
      return
        (["FAIL \(fixture) (\(count) difference\(count == 1 ? "" : "s"))"]
        + lines(differences.map(\.description))).joined(separator: "\n")
    }
  }

  /// What ``FixtureSuite/update()`` did to this fixture's expected JSON: `unchanged`,
  /// `created`, `updated` (with one `path: old → new` line per change) or `skipped`.
  ///
  /// ```swift
  /// for result in try suite.update() { print(result.updateReport) }
  /// // updated   briefs.json (1 change)
  /// //   articles[0].credits[1].role: "correspondent" → "unspecified"
  /// ```
  public var updateReport: String {
    let file = fixture.expected.lastPathComponent
    switch status {
    case .passed: return "unchanged \(file)"
    case .missingExpectation: return "created   \(file)"
    case .unreadableInput:
      return "skipped   \(file): " + (differences.first?.actual ?? "the page could not be read")
    case .failed:
      let count = differences.count
      return
        (["updated   \(file) (\(count) change\(count == 1 ? "" : "s"))"]
        + lines(differences.map(\.change))).joined(separator: "\n")
    }
  }

  private func lines(_ items: [String]) -> [String] {
    var out = items.prefix(Self.reportLimit).map { "  " + $0 }
    if items.count > Self.reportLimit {
      out.append("  … and \(items.count - Self.reportLimit) more")
    }
    return out
  }
}
