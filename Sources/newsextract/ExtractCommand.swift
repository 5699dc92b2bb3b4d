import Foundation
import NewsExtract

/// `newsextract FILE…`: extract pages and print them in the chosen format.
enum ExtractCommand {
  static func run(_ options: ExtractOptions) -> Int32 {
    let extractor = NewsExtractor()
    var pages: [Page] = []
    var texts: [String] = []
    var status: Int32 = 0
    for input in options.inputs {
      do {
        let data: Data
        let source: String
        if input == "-" {
          data = readStandardInput()
          source = "-"
        } else {
          data = try FileInput.read(URL(fileURLWithPath: input))
          source = input
        }
        let decoded = try InputDecoder.decode(data, source: source)
        let text = SourceText(decoded.text)
        pages.append(extractor.extract(text, source: source))
        texts.append(decoded.text)
      } catch {
        printError(error.description)
        status = 1
      }
    }
    switch options.format {
    case .json:
      if pages.count == 1 && options.inputs.count == 1 {
        write(PageJSON.string(pages[0], pretty: options.pretty) + "\n")
      } else {
        for page in pages { write(PageJSON.string(page, pretty: false) + "\n") }
      }
    case .csv:
      write(options.table == .facts ? CSVWriter.facts(of: pages) : CSVWriter.credits(of: pages))
    case .html:
      for (page, text) in zip(pages, texts) {
        write(HTMLRenderer.render(page, text: text))
      }
    }
    return status
  }
}
