import Foundation
import NewsExtract
import Testing

/// Batch mode: every line answered once, in input order, errors with line numbers.
@Suite struct BatchTests {
  static func jsonLine(_ id: Int, _ text: String) -> String {
    let data = try? JSONSerialization.data(withJSONObject: ["id": id, "text": text])
    return data.map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  static func objects(_ output: String) -> [[String: Any]] {
    output.split(separator: "\n").compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
    }
  }

  @Test(arguments: [1, 3, 64])
  func keepsInputOrderAcrossWindows(windowSize: Int) {
    let lines = (1...50).map { Self.jsonLine($0, "约\($0)公里") }
    var output = ""
    BatchExtractor(windowSize: windowSize).run(lines: lines) { output += $0 }
    let records = Self.objects(output)
    #expect(records.count == 50)
    #expect(records.map { $0["id"] as? Int } == (1...50).map { $0 })
    #expect(records.map { $0["line"] as? Int } == (1...50).map { $0 })
  }

  @Test func badLinesGiveErrorRecordsAndTheRunGoesOn() {
    let lines = [
      Self.jsonLine(1, "约5公里"), "not json", "", "[1,2]", "{\"id\":\"x\"}",
      "{\"id\":7,\"text\":5}", "   ", Self.jsonLine(8, "8800余户"), "{\"text\":\"\"}",
    ]
    var output = ""
    BatchExtractor(windowSize: 2).run(lines: lines) { output += $0 }
    let records = Self.objects(output)
    // Blank lines 3 and 7 are skipped; every other line is answered once.
    #expect(records.map { $0["line"] as? Int } == [1, 2, 4, 5, 6, 8, 9])
    #expect(
      records.map { $0["error"] as? String } == [
        nil, "not valid JSON", "not a JSON object", "no \"text\" string", "no \"text\" string",
        nil, nil,
      ])
    #expect(records[3]["id"] as? String == "x")
    #expect(records[4]["id"] as? Int == 7)
    #expect(records[5]["page"] is [String: Any])
  }

  @Test func invalidUTF8InALineIsAnErrorRecord() {
    var output = ""
    BatchExtractor().run(lineData: [Data([0x7B, 0xFF, 0x7D]), Data(Self.jsonLine(2, "a").utf8)]) {
      output += $0
    }
    let records = Self.objects(output)
    #expect(records.count == 2)
    #expect(records.first?["error"] as? String == "not valid JSON")
    #expect(records.last?["line"] as? Int == 2)
  }

  @Test func filesKeepTheirOrderAndMissingOnesAreErrorRecords() {
    let page = TestPaths.fixtures.appendingPathComponent("pages/qiantang-2022-11-09-issue-427.txt")
    let files = [page.path, "/no/such/file.txt", page.path]
    var output = ""
    BatchExtractor(windowSize: 2).run(files: files) { output += $0 }
    let records = Self.objects(output)
    #expect(records.map { $0["id"] as? String } == files)
    #expect(records.map { $0["error"] != nil } == [false, true, false])
  }

  @Test func concurrentMapKeepsOrder() {
    let squares = ConcurrentMap.map(Array(0..<1_000)) { $0 * $0 }
    #expect(squares == (0..<1_000).map { $0 * $0 })
    #expect(ConcurrentMap.map([Int]()) { $0 }.isEmpty)
  }

  @Test(arguments: [0, 1, 2, 7, 500])
  func pendingMapGivesEveryResultInOrder(count: Int) {
    let pending = ConcurrentMap.start(Array(0..<count)) { String($0) }
    let next = ConcurrentMap.start(Array(0..<count)) { $0 + 1 }
    #expect(pending.wait() == (0..<count).map { String($0) })
    #expect(next.wait() == (0..<count).map { $0 + 1 })
  }

  @Test func cliJSONLinesAnswersEveryLineInOrder() throws {
    var input = ""
    for number in 1...2_000 {
      input += number % 500 == 0 ? "{broken\r\n" : Self.jsonLine(number, "约\(number)公里") + "\n"
    }
    input += Self.jsonLine(2_001, "no newline at the end")
    let result = try runCLI(["--jsonl"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    let records = Self.objects(result.stdout)
    #expect(records.count == 2_001)
    #expect(records.map { $0["line"] as? Int } == (1...2_001).map { $0 })
    let errors = records.filter { $0["error"] != nil }.compactMap { $0["line"] as? Int }
    #expect(errors == [500, 1_000, 1_500, 2_000])
  }

  @Test func cliManyFilesKeepOrderAndReportErrorsInOrder() throws {
    let page = TestPaths.fixtures.appendingPathComponent("pages/qiantang-2022-11-09-issue-427.txt")
    let other = TestPaths.fixtures.appendingPathComponent(
      "pages/gongshu-today-2019-11-nameplate.txt")
    let inputs =
      Array(repeating: [page.path, other.path], count: 20).flatMap { $0 } + ["/no/x.txt"]
    let result = try runCLI(inputs)
    #expect(result.status == 1)
    let sources = Self.objects(result.stdout).map { $0["source"] as? String }
    #expect(sources == inputs.dropLast().map { $0 })
    #expect(result.stderr == "newsextract: /no/x.txt: no such file; check the path\n")
  }
}
