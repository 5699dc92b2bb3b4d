import Foundation

/// Extracts many documents: JSON Lines (`{"id": …, "text": …}`) or files, writing one
/// JSON result per line in input order.
///
/// A line that is not valid JSON or lacks `text` yields an error record with its line
/// number; the run goes on.
///
/// ```swift
/// BatchExtractor().run(lines: ["{\"id\":1,\"text\":\"约5公里\"}"]) { print($0, terminator: "") }
/// // {"id":1,"page":{...}}
/// ```
public struct BatchExtractor: Sendable {
  /// The pipeline used for each document.
  public let extractor: NewsExtractor

  /// Creates a batch extractor.
  public init(extractor: NewsExtractor = NewsExtractor()) {
    self.extractor = extractor
  }

  /// Processes JSON Lines; `write` receives each output line, newline included.
  public func run<Lines: Sequence>(lines: Lines, write: (String) -> Void)
  where Lines.Element == String {
    var number = 0
    for line in lines {
      number += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      write(process(line: line, number: number) + "\n")
    }
  }

  /// Processes files; each result carries its path as `source`.
  public func run(files: [String], write: (String) -> Void) {
    for (index, path) in files.enumerated() {
      write(process(file: path, number: index + 1) + "\n")
    }
  }

  /// The output line for one JSON Lines input line.
  public func process(line: String, number: Int) -> String {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    else {
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
    "{\"id\":\(idJSON(id)),\"line\":\(line),\"page\":\(PageJSON.string(page, pretty: false))}"
  }

  static func error(id: Any?, line: Int, message: String) -> String {
    "{\"error\":\(idJSON(message)),\"id\":\(idJSON(id)),\"line\":\(line)}"
  }
}
