import Foundation
import Testing

/// Runs every command shown in a ```` ```sh ```` block of `README.md` and `Docs/*.md` with
/// the built CLI, so the documentation cannot rot.
///
/// Each document runs in a fresh sandbox folder that holds what the examples name:
/// `Fixtures/` (a copy of the package's), `page.txt`, `a.txt`, `b.txt` (bundled pages),
/// `docs.jsonl` and `pages.jsonl` (two JSON Lines documents), `2019/` (two pages) and
/// `corpus/` (one page, no expectation yet).
/// Commands run in order with `/bin/sh`, with the built `newsextract` first on `PATH`
/// (`swift run newsextract` is run as `newsextract`). A line's expected exit status is 0
/// unless its comment says `# exit N`. A command that exits 0 must print nothing on stderr.
/// A ```` ```text output ```` block right after a command's block is its exact standard output
/// (CRLF compared as LF).
///
/// Only lines whose first word is in ``runnable`` are run; the others (`swift test`,
/// `bash .ci/docs.sh` …) are run by `.ci/run` itself.
@Suite struct DocCommandTests {
  /// The first words of the lines that are run.
  static let runnable: Set<String> = [
    "newsextract", "cat", "printf", "echo", "python3", "head", "diff",
  ]

  static let documents: [DocumentFile] = {
    var files = [TestPaths.packageRoot.appendingPathComponent("README.md")]
    let docs = TestPaths.packageRoot.appendingPathComponent("Docs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
    files += names.filter { $0.hasSuffix(".md") }.sorted().map { docs.appendingPathComponent($0) }
    return files.map(DocumentFile.init)
  }()

  @Test func documentsShowCommands() {
    let commands = Self.documents.flatMap(\.commands).filter(\.isRun)
    #expect(Self.documents.count >= 5, "README.md and the Docs/*.md files")
    #expect(commands.count >= 20, "the docs should show runnable commands")
  }

  @Test(arguments: documents)
  func everyCommandWorksAsShown(_ document: DocumentFile) throws {
    let sandbox = try Sandbox()
    for command in document.commands where command.isRun {
      let result = try sandbox.run(command.line)
      let place = "\(document.name):\(command.lineNumber): `\(command.line)`"
      #expect(
        result.status == command.expectedStatus,
        "\(place) exited \(result.status)\n\(result.stderr)"
      )
      if let expected = command.expectedOutput {
        // CSV's CRLF line ends cannot be shown in Markdown: compare with LF.
        let stdout = result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(stdout == expected, "\(place) printed something else")
      }
      if command.expectedStatus == 0 {
        #expect(
          result.stderr.isEmpty,
          "\(place) wrote to stderr: \(result.stderr)"
        )
      }
    }
  }

  @Test(arguments: [
    ("newsextract a.txt  # one page", true, Int32(0)),
    ("newsextract /no/such.txt   # exit 1", true, 1),
    ("cat page.txt | newsextract -", true, 0),
    ("swift run newsextract --pretty page.txt", true, 0),
    ("swift test", false, 0),
    ("bash .ci/docs.sh", false, 0),
  ])
  func commandLinesAreClassified(line: String, isRun: Bool, status: Int32) {
    let command = DocCommand(line: line, lineNumber: 1)
    #expect(command.isRun == isRun)
    #expect(command.expectedStatus == status)
  }

  @Test func shBlocksAreFoundAndContinuationsJoined() {
    let markdown = """
      text
      ```sh
      # a comment
      newsextract a.txt \\
        --pretty
      ```
      ```json
      {"not": "run"}
      ```
      """
    let commands = DocumentFile.commands(in: markdown)
    #expect(commands.map(\.line) == ["newsextract a.txt --pretty"])
    #expect(commands.map(\.lineNumber) == [4])
    #expect(commands.map(\.expectedOutput) == [nil])
  }

  @Test func outputBlocksAttachToTheCommandBefore() {
    let markdown = """
      ```sh
      newsextract --help
      newsextract --version
      ```
      ```text output
      newsextract 0.1.0
      ```
      """
    let commands = DocumentFile.commands(in: markdown)
    #expect(commands.map(\.expectedOutput) == [nil, "newsextract 0.1.0\n"])
  }
}

/// One Markdown file and the commands its ```` ```sh ```` blocks show.
struct DocumentFile: Sendable, CustomTestStringConvertible {
  let url: URL
  let commands: [DocCommand]

  init(url: URL) {
    self.url = url
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    self.commands = Self.commands(in: text)
  }

  var name: String { url.lastPathComponent }
  var testDescription: String { name }

  /// The command lines of the `sh` blocks, comments and blank lines dropped, lines ending
  /// in `\` joined with the next.
  static func commands(in markdown: String) -> [DocCommand] {
    var out: [DocCommand] = []
    var inShell = false
    var inFence = false
    var output: [String]?
    var pending: (text: String, line: Int)?
    for (index, raw) in markdown.components(separatedBy: "\n").enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("```") {
        if inFence {
          if let output, !out.isEmpty {
            out[out.count - 1].expectedOutput = output.map { $0 + "\n" }.joined()
          }
          inFence = false
          inShell = false
          output = nil
        } else {
          inFence = true
          let info = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
          inShell = info == "sh" || info == "bash" || info == "shell"
          output = info == "text output" ? [] : nil
        }
        continue
      }
      if output != nil {
        output?.append(raw)
        continue
      }
      guard inShell else { continue }
      if pending == nil && (line.isEmpty || line.hasPrefix("#")) { continue }
      let joined = (pending.map { $0.text + " " } ?? "") + line
      let start = pending?.line ?? index + 1
      if joined.hasSuffix("\\") {
        pending = (String(joined.dropLast()).trimmingCharacters(in: .whitespaces), start)
      } else {
        pending = nil
        out.append(DocCommand(line: joined, lineNumber: start))
      }
    }
    return out
  }
}

/// One command line from a document.
struct DocCommand: Sendable {
  /// The line, with `swift run newsextract` shortened to `newsextract`.
  let line: String
  /// Where it starts in the document (1-based).
  let lineNumber: Int
  /// The exact standard output, when a ```` ```text output ```` block follows.
  var expectedOutput: String?

  init(line: String, lineNumber: Int) {
    let prefix = "swift run newsextract"
    self.line = line.hasPrefix(prefix) ? "newsextract" + line.dropFirst(prefix.count) : line
    self.lineNumber = lineNumber
  }

  /// Whether the test runs it (its first word is runnable).
  var isRun: Bool {
    let first = line.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
    return DocCommandTests.runnable.contains(first)
  }

  /// 0, or N when the line's comment says `# exit N`.
  var expectedStatus: Int32 {
    guard let marker = line.range(of: "# exit ") else { return 0 }
    let digits = line[marker.upperBound...].prefix { $0.isNumber }
    return Int32(digits) ?? 0
  }
}

/// A temporary working folder with the files the documentation's examples name.
final class Sandbox {
  let url: URL

  init() throws {
    let files = FileManager.default
    url = files.temporaryDirectory.appendingPathComponent("newsextract-docs-\(UUID().uuidString)")
    try files.createDirectory(at: url, withIntermediateDirectories: true)
    try files.copyItem(at: TestPaths.fixtures, to: url.appendingPathComponent("Fixtures"))
    let pages = TestPaths.fixtures.appendingPathComponent("pages")
    let copies = [
      ("page.txt", "qiantang-2022-11-09-issue-427.txt"),
      ("a.txt", "gongshu-today-2019-11-nameplate.txt"),
      ("b.txt", "qiantang-2021-05-law-briefs-no-masthead.txt"),
      ("corpus/front-page.txt", "qiantang-2022-08-10-issue-391.txt"),
      ("2019/gongshu.txt", "gongshu-today-2019-11-nameplate.txt"),
      ("2019/qiantang.txt", "qiantang-special-congress-no-masthead.txt"),
    ]
    for folder in ["corpus", "2019"] {
      try files.createDirectory(
        at: url.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    for (name, source) in copies {
      try files.copyItem(
        at: pages.appendingPathComponent(source), to: url.appendingPathComponent(name))
    }
    let jsonl = """
      {"id": 1, "text": "累计完成8800余户居民的改造，总投资约5000万元"}
      {"id": "b-2", "text": "本报讯（记者 王苑阳 通讯员 李明）11月7日下午，…"}

      """
    try Data(jsonl.utf8).write(to: url.appendingPathComponent("docs.jsonl"))
    try Data(jsonl.utf8).write(to: url.appendingPathComponent("pages.jsonl"))
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Runs one shell line here, with the built CLI first on `PATH`.
  func run(_ line: String) throws -> CLIResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", line]
    process.currentDirectoryURL = url
    var environment = ProcessInfo.processInfo.environment
    let bin = TestPaths.cli.deletingLastPathComponent().path
    environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    process.environment = environment
    return try collect(process)
  }
}
