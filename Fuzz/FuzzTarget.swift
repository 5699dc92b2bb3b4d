// libFuzzer entry point: compiled together with the library sources by Fuzz/run.sh
// (`swiftc -sanitize=fuzzer,address -parse-as-library`), so it needs no `import NewsExtract`.
import Foundation

/// Feeds arbitrary bytes through decoding, the whole pipeline and each parser on its own
/// (at offsets and ranges chosen by the input, in range or not), and stops on the first
/// broken invariant (see `PageInvariants`). A crash, a sanitizer report or an `abort()`
/// here is a finding: libFuzzer saves the input under `.fuzz/artifacts/`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  FuzzChecks.run(data)
  return 0
}

enum FuzzChecks {
  static func run(_ data: Data) {
    jsonLine(data)
    let extractor = NewsExtractor()
    guard let decoded = try? InputDecoder.decode(data, source: nil) else {
      // Undecodable bytes are a clear error; the lossy decoding must still be safe.
      check(String(decoding: data, as: UTF8.self), extractor)
      return
    }
    let page = check(decoded.text, extractor)
    // The three entry points agree.
    if let viaData = try? extractor.extract(data: data), viaData != page {
      fail("extract(data:) differs from extract(SourceText)", data)
    }
    if extractor.extract(decoded.text) != page {
      fail("extract(String) differs from extract(SourceText)", data)
    }
    parsersAlone(SourceText(decoded.text), seed: data)
  }

  @discardableResult
  static func check(_ string: String, _ extractor: NewsExtractor) -> Page {
    let text = SourceText(string)
    let page = extractor.extract(text)
    let problems = PageInvariants.violations(of: page, in: text)
    if !problems.isEmpty { fail(problems.joined(separator: "\n"), Data(string.utf8)) }
    let json = PageJSON.string(page, pretty: false)
    if (try? PageJSON.decode(Data(json.utf8))) == nil {
      fail("the page's JSON does not read back: \(json.prefix(200))", Data(string.utf8))
    }
    // The direct writer and JSONEncoder write the same bytes, compact and pretty.
    for pretty in [false, true] {
      let encoded = (try? PageJSON.encoder(pretty: pretty).encode(page)).map(Array.init)
      if encoded != PageJSON.bytes(page, pretty: pretty) {
        fail("the JSON writer differs from JSONEncoder (pretty: \(pretty))", Data(string.utf8))
      }
    }
    return page
  }

  /// Each parser on its own, from offsets the input's first bytes pick (possibly outside
  /// the text), so no parser relies on the pipeline to pass sane bounds.
  static func parsersAlone(_ text: SourceText, seed: Data) {
    let count = text.count
    let pick = seed.first.map { Int($0) } ?? 0
    let offsets = [-1, count + 1, count == 0 ? pick : pick % (count + 1)]
    _ = MastheadExtractor().extract(from: text)
    for offset in offsets {
      let layout = PageStructureExtractor().extract(from: text, startingAt: offset, issueDate: nil)
      for credit in layout.credits + layout.articles.flatMap(\.credits)
      where credit.start < 0 || credit.end > count || credit.start > credit.end {
        fail("PageStructureExtractor from \(offset): credit span outside the text", seed)
      }
      let lower = min(max(offset, -1), count + 1)
      for range in [lower..<max(lower, count), lower..<(lower + 1)] {
        for fact in NumericFactExtractor().extract(from: text, in: range)
        where fact.start < 0 || fact.end > count || text.string(fact.start..<fact.end) != fact.text
        {
          fail("NumericFactExtractor in \(range): fact span does not read its text", seed)
        }
      }
    }
  }

  /// The JSON Lines fast path, where it answers, gives the batch output line
  /// JSONSerialization gives.
  static func jsonLine(_ data: Data) {
    guard JSONLineReader.read(Array(data)) != nil else { return }
    let batch = BatchExtractor()
    if batch.process(json: data, number: 1)
      != batch.processThroughJSONSerialization(json: data, number: 1)
    {
      fail("the JSON Lines fast path differs from JSONSerialization", data)
    }
  }

  static func fail(_ message: String, _ data: Data) -> Never {
    FileHandle.standardError.write(Data(("invariant broken: " + message + "\n").utf8))
    abort()
  }
}
