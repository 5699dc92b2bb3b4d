import Foundation

/// Extracts many documents: JSON Lines (`{"id": …, "text": …}`) or files, writing one
/// JSON result per line in input order, on every core.
///
/// Input is read in windows of ``windowSize`` documents (or ``windowBytes`` bytes, whichever
/// fills first); each window is extracted on every core (see ``ConcurrentMap``) while the
/// next is read, then written in input order, so memory stays bounded by two windows
/// however long the input is. A line that is not valid JSON, or lacks a `text` string, yields an
/// error record with its line number, and the run goes on; blank lines are skipped.
///
/// ```swift
/// BatchExtractor().run(lines: ["{\"id\":1,\"text\":\"约5公里\"}"]) { print($0, terminator: "") }
/// // {"id":1,"line":1,"page":{...}}
/// ```
public struct BatchExtractor: Sendable {
  /// The pipeline used for each document.
  public let extractor: NewsExtractor
  /// The most documents read before a window is extracted.
  public var windowSize: Int
  /// The most input bytes read before a window is extracted (a longer single line still
  /// forms a window of its own).
  public var windowBytes: Int

  /// Creates a batch extractor.
  ///
  /// - Parameters:
  ///   - extractor: The pipeline.
  ///   - windowSize: Documents per window; by default 64 per core.
  ///   - windowBytes: Bytes per window; by default 32 MB.
  public init(
    extractor: NewsExtractor = NewsExtractor(), windowSize: Int = 64 * ConcurrentMap.coreCount,
    windowBytes: Int = 32 << 20
  ) {
    self.extractor = extractor
    self.windowSize = max(1, windowSize)
    self.windowBytes = max(1, windowBytes)
  }

  /// Processes JSON Lines given as strings; `write` receives each output line, newline
  /// included, in input order.
  public func run<Lines: Sequence>(lines: Lines, write: (String) -> Void)
  where Lines.Element == String {
    run(lineData: lines.lazy.map { Data($0.utf8) }, write: write)
  }

  /// Processes JSON Lines given as raw bytes (one line each, without its `\n`; a final
  /// `\r` is ignored); `write` receives each output line, newline included, in input order.
  ///
  /// - Complexity: O(*n*) in the input; memory O(one window).
  public func run<Lines: Sequence>(lineData lines: Lines, write: (String) -> Void)
  where Lines.Element == Data {
    var window: [(line: Data, number: Int)] = []
    var bytes = 0
    var number = 0
    var pending: PendingMap<String>?
    let extractor = self
    // While one window is extracted on every core, the next one is read.
    func launch() {
      let next = ConcurrentMap.start(window) { item in
        extractor.process(json: item.line, number: item.number)
      }
      if let pending { for output in pending.wait() { write(output + "\n") } }
      pending = next
      window = []
      bytes = 0
    }
    for line in lines {
      number += 1
      if BatchExtractor.isBlank(line) { continue }
      window.append((line, number))
      bytes += line.count
      if window.count >= windowSize || bytes >= windowBytes { launch() }
    }
    if !window.isEmpty { launch() }
    if let pending { for output in pending.wait() { write(output + "\n") } }
  }

  /// Whether a line holds only spaces, tabs and `\r` (it stops at the first other byte).
  static func isBlank(_ line: Data) -> Bool {
    line.firstIndex { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } == nil
  }

  /// Processes files; each result carries its path as `id`, in the order given.
  public func run(files: [String], write: (String) -> Void) {
    var start = 0
    let extractor = self
    while start < files.count {
      let end = min(files.count, start + windowSize)
      let window = Array(zip(files[start..<end], (start + 1)...(end)))
      let outputs = ConcurrentMap.map(window) { extractor.process(file: $0.0, number: $0.1) }
      for output in outputs { write(output + "\n") }
      start = end
    }
  }

  /// The output line for one JSON Lines input line.
  public func process(line: String, number: Int) -> String {
    process(json: Data(line.utf8), number: number)
  }

  /// The output line for one JSON Lines input line given as bytes.
  ///
  /// ```swift
  /// BatchExtractor().process(json: Data("oops".utf8), number: 7)
  /// // {"error":"not valid JSON","id":null,"line":7}
  /// ```
  public func process(json: Data, number: Int) -> String {
    // The common record straight from its bytes; anything unusual through JSONSerialization.
    // Its text goes straight from the bytes into a SourceText when they are well-formed
    // UTF-8 without `\r` (else the String path normalizes it, or JSONSerialization rejects it).
    let record = json.withUnsafeBytes { JSONLineReader.read($0.bindMemory(to: UInt8.self)) }
    if let record {
      let direct = record.textBytes.withUnsafeBytes { SourceText(wellFormedUTF8: $0) }
      if let direct {
        return BatchRecord.page(
          idJSON: record.idJSON, line: number, page: extractor.extract(direct))
      }
      if let text = record.text {
        return BatchRecord.page(idJSON: record.idJSON, line: number, page: extractor.extract(text))
      }
    }
    return processThroughJSONSerialization(json: json, number: number)
  }

  /// The output line for `json` read by `JSONSerialization` alone: what ``process(json:number:)``
  /// gives for every line (the fast path only answers where the two agree; the tests and the
  /// fuzz target compare them).
  func processThroughJSONSerialization(json: Data, number: Int) -> String {
    guard let value = try? JSONSerialization.jsonObject(with: json, options: .fragmentsAllowed)
    else {
      return BatchRecord.error(id: nil, line: number, message: "not valid JSON")
    }
    guard let object = value as? [String: Any] else {
      return BatchRecord.error(id: nil, line: number, message: "not a JSON object")
    }
    let id = object["id"]
    guard let text = object["text"] as? String else {
      return BatchRecord.error(id: id, line: number, message: "no \"text\" string")
    }
    let page = extractor.extract(text)
    return BatchRecord.page(id: id, line: number, page: page)
  }

  /// The output line for one file.
  public func process(file path: String, number: Int) -> String {
    do {
      let page = try extractor.extract(contentsOf: URL(fileURLWithPath: path))
      return BatchRecord.page(id: path, line: number, page: page)
    } catch {
      return BatchRecord.error(id: path, line: number, message: error.description)
    }
  }
}

/// Builds the output records of ``BatchExtractor``.
enum BatchRecord {
  static func idJSON(_ id: Any?) -> String {
    guard let id, !(id is NSNull),
      let data = try? JSONSerialization.data(
        withJSONObject: id, options: [.fragmentsAllowed, .withoutEscapingSlashes])
    else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }

  static func page(id: Any?, line: Int, page: Page) -> String {
    self.page(idJSON: idJSON(id), line: line, page: page)
  }

  static func page(idJSON: String, line: Int, page: Page) -> String {
    "{\"id\":\(idJSON),\"line\":\(line),\"page\":\(PageJSON.string(page, pretty: false))}"
  }

  static func error(id: Any?, line: Int, message: String) -> String {
    "{\"error\":\(idJSON(message)),\"id\":\(idJSON(id)),\"line\":\(line)}"
  }
}
