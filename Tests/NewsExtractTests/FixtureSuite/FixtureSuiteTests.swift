import Foundation
import NewsExtract
import Testing

/// `FixtureSuite` on temporary folders: a pass, a mismatch with its diff lines, a missing
/// expectation, an unreadable page, an empty folder, and deliberate updates.
@Suite struct FixtureSuiteTests {
  static let pageText = "正文第一段。\n第二段。\n"

  @Test func aMatchingFixturePasses() throws {
    let folder = try TemporaryFolder()
    try folder.writePage("a")
    let suite = try FixtureSuite(folder: folder.url)
    let results = suite.run()
    #expect(results.map(\.status) == [.passed])
    #expect(results.map(\.report) == ["ok   a"])
  }

  @Test func aMismatchListsEachDifferingField() throws {
    let folder = try TemporaryFolder()
    let warningCount = try folder.writePage("a", editing: Self.breakExpectation)
    let results = try FixtureSuite(folder: folder.url).run()
    let result = try #require(results.first)
    #expect(result.status == .failed)
    #expect(
      result.report.split(separator: "\n").map(String.init) == [
        "FAIL a (2 differences)",
        "  schemaVersion: expected 99, got \(Page.currentSchemaVersion)",
        "  warnings[\(warningCount)]: missing " + Self.extraWarningJSON,
      ])
  }

  /// An expectation copied from `newsextract --pretty page.txt` carries `source`: ignored.
  @Test func theSourceKeyIsNotCompared() throws {
    let folder = try TemporaryFolder()
    try folder.writePage("a") { object in
      object["source"] = "/somewhere/else/a.txt"
      return 0
    }
    let results = try FixtureSuite(folder: folder.url).run()
    #expect(results.map(\.status) == [.passed])
  }

  @Test func aMissingExpectationFailsAndNamesTheFile() throws {
    let folder = try TemporaryFolder()
    try folder.write("b.txt", Self.pageText)
    let result = try #require(try FixtureSuite(folder: folder.url).run().first)
    #expect(result.status == .missingExpectation)
    #expect(result.report.hasPrefix("FAIL b: no b.json beside the page"))
  }

  @Test func anUnreadablePageFails() throws {
    let folder = try TemporaryFolder()
    try Data([0x81, 0x20, 0xFF, 0xFF, 0x81]).write(to: folder.url.appendingPathComponent("c.txt"))
    let result = try #require(try FixtureSuite(folder: folder.url).run().first)
    #expect(result.status == .unreadableInput)
    #expect(result.report.contains("not UTF-8, UTF-16 or GB18030"))
  }

  @Test func fixturesAreFoundInSubfoldersInPathOrder() throws {
    let folder = try TemporaryFolder()
    try folder.writePage("z")
    try folder.writePage("m/b")
    try folder.writePage("m/a")
    try folder.write("notes.json", "{}")
    let suite = try FixtureSuite(folder: folder.url)
    #expect(suite.fixtures.map(\.description) == ["a", "b", "z"])
    let passed = suite.run().allSatisfy(\.passed)
    #expect(passed)
  }

  @Test(arguments: [
    (false, "holds no .txt fixtures; add NAME.txt + NAME.json pairs"),
    (true, "no such folder; name a folder of NAME.txt + NAME.json pairs"),
  ])
  func anEmptyOrMissingFolderIsAnError(missing: Bool, reason: String) throws {
    let folder = try TemporaryFolder()
    try folder.write("only.json", "{}")
    let url = missing ? folder.url.appendingPathComponent("nope") : folder.url
    #expect(throws: NewsExtractError(.fixture, subject: url.path, reason: reason)) {
      try FixtureSuite(folder: url)
    }
  }

  @Test func updateRewritesWhatDiffersAndSaysWhat() throws {
    let folder = try TemporaryFolder()
    try folder.writePage("a")
    try folder.writePage("b", editing: Self.breakExpectation)
    try folder.write("c.txt", Self.pageText)
    let suite = try FixtureSuite(folder: folder.url)
    let reports = try suite.update().map(\.updateReport)
    #expect(reports.count == 3)
    #expect(reports[0] == "unchanged a.json")
    #expect(reports[1].hasPrefix("updated   b.json (2 changes)\n  schemaVersion: 99 → "))
    #expect(reports[1].contains("\n  warnings["))
    #expect(reports[1].contains("]: removed " + Self.extraWarningJSON))
    #expect(reports[2] == "created   c.json")
    let passed = suite.run().allSatisfy(\.passed)
    #expect(passed)
  }

  @Test func updateLeavesAnUnreadablePageAlone() throws {
    let folder = try TemporaryFolder()
    try Data([0x81, 0x20, 0xFF, 0xFF, 0x81]).write(to: folder.url.appendingPathComponent("c.txt"))
    let results = try FixtureSuite(folder: folder.url).update()
    #expect(results.map(\.status) == [.unreadableInput])
    #expect(results[0].updateReport.hasPrefix("skipped   c.json: "))
    #expect(
      !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("c.json").path))
  }

  @Test func expectationJSONHasNoSourceAndEndsWithANewline() {
    let json = FixtureSuite.expectationJSON(NewsExtractor().extract("正文", source: "x.txt"))
    #expect(!json.contains("\"source\""))
    #expect(json.hasSuffix("}\n"))
  }

  // MARK: Helpers

  static let extraWarningJSON =
    #"{"code":"extra","end":null,"message":"added by the test","start":null}"#

  /// Makes the expectation wrong in two known ways; returns the actual warning count.
  static func breakExpectation(_ object: inout [String: Any]) -> Int {
    object["schemaVersion"] = 99
    var warnings = object["warnings"] as? [Any] ?? []
    let count = warnings.count
    warnings.append([
      "code": "extra", "message": "added by the test", "start": NSNull(), "end": NSNull(),
    ])
    object["warnings"] = warnings
    return count
  }
}

/// A fresh folder under the temporary directory, removed when the value goes away.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("newsextract-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ name: String, _ text: String) throws {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  /// Writes `NAME.txt` and the `NAME.json` NewsExtract produces for it, optionally edited.
  @discardableResult
  func writePage(
    _ name: String, text: String = FixtureSuiteTests.pageText,
    editing edit: ((inout [String: Any]) -> Int)? = nil
  ) throws -> Int {
    try write(name + ".txt", text)
    let json = FixtureSuite.expectationJSON(NewsExtractor().extract(text))
    guard let edit else {
      try write(name + ".json", json)
      return 0
    }
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let result = edit(&object)
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    try write(name + ".json", String(decoding: data, as: UTF8.self))
    return result
  }
}
