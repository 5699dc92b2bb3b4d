import Foundation
import Testing

/// `newsextract validate [--update] DIR`, end to end with the built CLI.
@Suite struct ValidateCommandTests {
  @Test func validateReportsEachFixtureAndFailsOnAMismatch() throws {
    let folder = try TemporaryFolder()
    try folder.writePage("a")
    try folder.writePage("b", editing: FixtureSuiteTests.breakExpectation)
    let result = try runCLI(["validate", folder.url.path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "ok   a")
    #expect(lines.dropFirst().first == "FAIL b (2 differences)")
    #expect(lines.contains("1 passed, 1 failed"))
    #expect(
      lines.last == "If the new output is right, record it with: newsextract validate --update "
        + folder.url.path)
  }

  @Test func updatePrintsWhatChangedThenValidatePasses() throws {
    let folder = try TemporaryFolder()
    try folder.writePage("a")
    try folder.writePage("b", editing: FixtureSuiteTests.breakExpectation)
    try folder.write("c.txt", FixtureSuiteTests.pageText)
    let update = try runCLI(["validate", "--update", folder.url.path])
    #expect(update.status == 0)
    let lines = update.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "unchanged a.json")
    #expect(lines.contains("updated   b.json (2 changes)"))
    #expect(lines.contains("created   c.json"))
    #expect(lines.last == "1 updated, 1 created, 1 unchanged, 0 skipped")
    let check = try runCLI(["validate", folder.url.path])
    #expect(check.status == 0)
    #expect(check.stdout.hasSuffix("3 passed, 0 failed\n"))
  }

  @Test(arguments: [
    (["validate"], Int32(2), "validate needs a folder"),
    (["validate", "--bogus", "x"], 2, "unknown option '--bogus' for validate"),
    (["validate", "/no/such/folder"], 1, "/no/such/folder: no such folder"),
  ])
  func badArgumentsAreOneLineOnStderr(arguments: [String], status: Int32, message: String) throws {
    let result = try runCLI(arguments)
    #expect(result.status == status)
    #expect(result.stderr.contains(message))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stdout.isEmpty)
  }
}
