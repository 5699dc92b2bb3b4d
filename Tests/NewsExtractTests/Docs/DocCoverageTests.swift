import Foundation
import NewsExtract
import Testing

/// The documents cover what the code has: every JSON key and vocabulary value in
/// `Docs/JSON-Format.md`, every CLI option in `Docs/CLI.md`.
@Suite struct DocCoverageTests {
  static func document(_ name: String) -> String {
    let url = TestPaths.packageRoot.appendingPathComponent("Docs").appendingPathComponent(name)
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }

  /// A page with every optional value set, so that every key is written.
  static var fullPage: Page {
    var masthead = Masthead(start: 0, end: 10)
    masthead.paperName = "报"
    masthead.lunar = LunarDate(text: "t", cyclicYear: "壬寅", month: 1, day: 1, isLeapMonth: false)
    masthead.labeledPhones = [LabeledPhone(label: "l", number: "1")]
    var article = Article(start: 10, end: 20)
    article.dateline = Dateline(
      text: "t", date: LocalDate(year: 2022, month: 1, day: 1), partOfDay: "p", place: "x",
      start: 10, end: 11)
    article.paragraphs = [Paragraph(text: "t", start: 11, end: 12)]
    article.credits = [Credit(role: .reporter, name: "n", start: 12, end: 13)]
    article.facts = [
      NumericFact(text: "t", value: 1, unit: "米", kind: .length, start: 13, end: 14)
    ]
    return Page(
      source: "s", masthead: masthead, articles: [article],
      blocks: [PageBlock(kind: "banner", text: "t", start: 0, end: 1)],
      warnings: [PageWarning(code: "c", message: "m")])
  }

  static func keys(of value: Any, into keys: inout Set<String>) {
    if let object = value as? [String: Any] {
      for (key, item) in object {
        keys.insert(key)
        Self.keys(of: item, into: &keys)
      }
    } else if let array = value as? [Any] {
      for item in array { Self.keys(of: item, into: &keys) }
    }
  }

  @Test func everyJSONKeyIsDocumented() throws {
    let json = PageJSON.string(Self.fullPage, pretty: false)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    var keys: Set<String> = []
    Self.keys(of: object, into: &keys)
    #expect(keys.count > 50)
    let doc = Self.document("JSON-Format.md")
    for key in keys.sorted() {
      #expect(doc.contains("`\(key)`"), "Docs/JSON-Format.md does not mention `\(key)`")
    }
  }

  static let roles: [CreditRole] = [
    .reporter, .chiefReporter, .traineeReporter, .intern, .specialReporter, .correspondent,
    .photographer, .writer, .editor, .unspecified,
  ]

  @Test func everyVocabularyValueIsDocumented() {
    let doc = Self.document("JSON-Format.md")
    let values =
      QuantityKind.allCases.map(\.rawValue) + Qualifier.allCases.map(\.rawValue)
      + Direction.allCases.map(\.rawValue) + Self.roles.map(\.rawValue)
    for value in values {
      #expect(doc.contains("| `\(value)` |"), "Docs/JSON-Format.md has no row for `\(value)`")
    }
  }

  /// Every `code: "…"` literal in the library's sources is a warning code JSON-Format.md lists.
  @Test func everyWarningCodeIsDocumented() throws {
    let sources = TestPaths.packageRoot.appendingPathComponent("Sources/NewsExtract")
    var codes: Set<String> = []
    let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
      guard url.pathExtension == "swift",
        let text = try? String(contentsOf: url, encoding: .utf8)
      else { continue }
      var rest = Substring(text)
      while let marker = rest.range(of: "code: \"") {
        rest = rest[marker.upperBound...]
        let code = rest.prefix { $0.isLetter }
        if !code.isEmpty, rest.dropFirst(code.count).first == "\"" { codes.insert(String(code)) }
      }
    }
    #expect(codes.contains("weekdayMismatch"))
    let doc = Self.document("JSON-Format.md")
    for code in codes.sorted() {
      #expect(doc.contains("| `\(code)` |"), "Docs/JSON-Format.md has no row for warning `\(code)`")
    }
  }

  @Test func everyCLIOptionIsDocumented() throws {
    let help = try runCLI(["--help"]).stdout
    var options: Set<String> = []
    for word in help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }) {
      let trimmed = word.drop { $0 == "[" }
      if trimmed.hasPrefix("--"), trimmed.count > 2 {
        options.insert(String(trimmed.prefix { $0 == "-" || $0.isLetter }))
      }
    }
    #expect(options.count >= 7)
    let doc = Self.document("CLI.md")
    for option in options.sorted() {
      #expect(doc.contains("`\(option)"), "Docs/CLI.md does not document \(option)")
    }
    #expect(doc.contains("validate"))
  }

  @Test func docsLinkOnlyToFilesThatExist() throws {
    let docs = TestPaths.packageRoot.appendingPathComponent("Docs")
    for name in try FileManager.default.contentsOfDirectory(atPath: docs.path)
    where name.hasSuffix(".md") {
      let text = Self.document(name)
      var rest = Substring(text)
      while let open = rest.range(of: "](") {
        rest = rest[open.upperBound...]
        let target = String(rest.prefix { $0 != ")" && $0 != "#" })
        guard !target.isEmpty, !target.contains("://"), !target.hasPrefix("mailto:") else {
          continue
        }
        let path = docs.appendingPathComponent(target).standardizedFileURL.path
        #expect(FileManager.default.fileExists(atPath: path), "\(name) links to missing \(target)")
      }
    }
  }
}
