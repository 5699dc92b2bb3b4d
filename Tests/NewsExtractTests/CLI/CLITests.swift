import Foundation
import Testing

/// End-to-end tests of the built `newsextract` executable.
@Suite struct CLITests {
  static let fixture = TestPaths.fixtures.appendingPathComponent(
    "pages/qiantang-2022-11-09-issue-427.txt"
  ).path

  @Test func printsOneJSONObjectForOneFile() throws {
    let result = try runCLI([Self.fixture])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["articles"] is [Any])
    #expect(object?.keys.contains("masthead") == true)
  }

  @Test func readsStandardInput() throws {
    let result = try runCLI(["-"], stdin: Data("约5公里\n".utf8))
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("{"))
  }

  @Test func severalFilesGiveJSONLines() throws {
    let result = try runCLI([Self.fixture, Self.fixture])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.contains("\"source\":") })
  }

  @Test func missingFileIsOneLineAndExitOne() throws {
    let result = try runCLI(["/no/such/page.txt"])
    #expect(result.status == 1)
    #expect(result.stderr == "newsextract: /no/such/page.txt: no such file; check the path\n")
  }

  @Test func folderIsUnreadable() throws {
    let result = try runCLI([TestPaths.fixtures.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("is a folder"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func undecodableBytesAreRejected() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ne-bad-\(UUID()).txt")
    try Data([0x81, 0x20, 0xFF, 0xFF, 0x81]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let result = try runCLI([url.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("not UTF-8, UTF-16 or GB18030"))
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try runCLI(["--frobnicate"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "newsextract: unknown option '--frobnicate' (see newsextract --help)\n")
  }

  @Test func noInputIsAUsageError() throws {
    let result = try runCLI([])
    #expect(result.status == 2)
  }

  @Test func helpAndVersion() throws {
    let help = try runCLI(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE"))
    let version = try runCLI(["--version"])
    #expect(version.stdout.hasPrefix("newsextract "))
  }
}

/// Usage errors that depend on option combinations.
@Suite struct CLIOptionCombinationTests {
  @Test func htmlTakesOneFile() throws {
    let page = CLITests.fixture
    let result = try runCLI(["--format", "html", page, page])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "newsextract: --format html writes one page; give one FILE (run it once per file)"
        + " (see newsextract --help)\n")
  }
}
