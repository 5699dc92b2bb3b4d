import Foundation

/// Paths the tests need: the package root, the fixtures and the built CLI.
enum TestPaths {
  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // NewsExtractTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `Fixtures/` at the package root.
  static let fixtures = packageRoot.appendingPathComponent("Fixtures")

  /// The `newsextract` executable built beside the test bundle.
  static var cli: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while folder.pathComponents.count > 1 {
      let candidate = folder.appendingPathComponent("newsextract")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/newsextract")
  }
}

/// The result of running the CLI.
struct CLIResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs the built CLI with `arguments` and optional standard input.
func runCLI(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
  let process = Process()
  process.executableURL = TestPaths.cli
  process.arguments = arguments
  return try collect(process, stdin: stdin)
}

/// Runs a configured `process`, feeds it `stdin` (or nothing) and collects its output.
func collect(_ process: Process, stdin: Data? = nil) throws -> CLIResult {
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  let input = Pipe()
  process.standardInput = input
  try process.run()
  if let stdin { input.fileHandleForWriting.write(stdin) }
  try input.fileHandleForWriting.close()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CLIResult(
    status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}
