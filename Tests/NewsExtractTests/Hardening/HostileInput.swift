import Foundation
import NewsExtract
import Testing

/// One hostile input: a name for the test report and its bytes.
struct HostileInput: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: Data

  var testDescription: String { name }

  init(_ name: String, _ bytes: Data) {
    self.name = name
    self.bytes = bytes
  }

  init(_ name: String, text: String) {
    self.init(name, Data(text.utf8))
  }

  /// `piece` repeated `count` times, as UTF-8.
  static func repeated(_ name: String, _ piece: String, count: Int) -> HostileInput {
    HostileInput(name, Data(String(repeating: piece, count: count).utf8))
  }
}

/// What extracting one input gave: the page with the text it was read from, or the error.
struct Extraction {
  var text: SourceText?
  var page: Page?
  var error: NewsExtractError?
}

/// Decodes and extracts `bytes` the way the CLI does, and checks every page invariant.
func extractChecked(_ bytes: Data, sourceLocation: SourceLocation = #_sourceLocation)
  -> Extraction
{
  let decoded: DecodedText
  do {
    decoded = try InputDecoder.decode(bytes, source: "input")
  } catch {
    return Extraction(error: error)
  }
  let text = SourceText(decoded.text)
  let page = NewsExtractor().extract(text)
  let problems = PageInvariants.violations(of: page, in: text)
  #expect(problems.isEmpty, "\(problems.prefix(5))", sourceLocation: sourceLocation)
  return Extraction(text: text, page: page)
}

/// The scalars a whole extraction read (debug builds count them; see `CompactScalars`).
func scalarReads(_ string: String) -> (reads: Int, page: Page) {
  let text = SourceText(string)
  let page = NewsExtractor().extract(text)
  return (text.scalars.readCount ?? 0, page)
}

/// Fifty distinct two-character names built from common surnames and given names.
let fiftyNames: [String] = {
  let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"]
  let given = ["伟", "芳", "敏", "静", "磊"]
  return surnames.flatMap { surname in given.map { surname + $0 } }
}()
