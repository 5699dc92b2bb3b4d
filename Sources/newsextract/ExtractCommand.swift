import Foundation
import NewsExtract

/// `newsextract FILE…`: extract pages and print them in the chosen format.
///
/// Files are read and extracted on every core, a window at a time, and printed in the
/// order given; errors go to standard error in that order too.
enum ExtractCommand {
  /// The result of one input: its page and decoded text, or the error message.
  struct Outcome: Sendable {
    var page: Page?
    var text: String?
    var error: String?
  }

  static func run(_ options: ExtractOptions) -> Int32 {
    let extractor = NewsExtractor()
    let keepText = options.format == .html
    // Standard input is read here, once, before the concurrent work.
    let stdin: Data? = options.inputs.contains("-") ? readStandardInput() : nil
    let output = BufferedOutput()
    var status: Int32 = 0
    var csvPages: [Page] = []
    let single = options.inputs.count == 1
    let windowSize = 16 * ConcurrentMap.coreCount
    var start = 0
    while start < options.inputs.count {
      let window = Array(options.inputs[start..<min(options.inputs.count, start + windowSize)])
      start += window.count
      let outcomes = ConcurrentMap.map(window) { input in
        extract(input, stdin: stdin, extractor: extractor, keepText: keepText)
      }
      for outcome in outcomes {
        if let message = outcome.error {
          output.flush()
          printError(message)
          status = 1
          continue
        }
        guard let page = outcome.page else { continue }
        switch options.format {
        case .json:
          output.write(PageJSON.string(page, pretty: single && options.pretty) + "\n")
        case .csv:
          csvPages.append(page)
        case .html:
          output.write(HTMLRenderer.render(page, text: outcome.text ?? ""))
        }
      }
    }
    if options.format == .csv {
      output.write(
        options.table == .facts ? CSVWriter.facts(of: csvPages) : CSVWriter.credits(of: csvPages))
    }
    output.flush()
    return status
  }

  static func extract(_ input: String, stdin: Data?, extractor: NewsExtractor, keepText: Bool)
    -> Outcome
  {
    do {
      let data: Data
      if input == "-" {
        data = stdin ?? Data()
      } else {
        data = try FileInput.read(URL(fileURLWithPath: input))
      }
      let text = try SourceText(decoding: data, source: input)
      let page = extractor.extract(text, source: input)
      return Outcome(page: page, text: keepText ? text.string(0..<text.count) : nil)
    } catch {
      return Outcome(error: error.description)
    }
  }
}
