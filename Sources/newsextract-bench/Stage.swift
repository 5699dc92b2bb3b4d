import Foundation
import NewsExtract

/// One timed step of the pipeline over the whole corpus.
struct Stage {
  /// The name printed in the table.
  var name: String
  /// Runs the step once over every page.
  var run: () -> Void
}

/// The prepared inputs the per-parser stages start from, so each times only its parser.
struct PreparedCorpus {
  var texts: [SourceText]
  var bodyStarts: [Int]
  var issueDates: [LocalDate?]
  /// The extracted pages, for the JSON output rows.
  var pages: [Page]

  init(_ corpus: BenchCorpus) {
    texts = corpus.pages.map { page in
      SourceText((try? InputDecoder.decode(page, source: nil))?.text ?? "")
    }
    let mastheads = texts.map { MastheadExtractor().extract(from: $0).masthead }
    bodyStarts = mastheads.map { $0?.end ?? 0 }
    issueDates = mastheads.map { $0?.date }
    pages = texts.map { NewsExtractor().extract($0) }
  }
}

extension Stage {
  /// The stages, baseline first and whole pipeline last.
  static func all(corpus: BenchCorpus, prepared: PreparedCorpus) -> [Stage] {
    let pages = corpus.pages
    let texts = prepared.texts
    return [
      Stage(name: "baseline: count scalars") {
        for page in pages {
          var count = 0
          for _ in String(decoding: page, as: UTF8.self).unicodeScalars { count += 1 }
          consume(count)
        }
      },
      Stage(name: "decode + SourceText") {
        for page in pages { consume(try? SourceText(decoding: page, source: nil)) }
      },
      Stage(name: "  (via InputDecoder + String)") {
        for page in pages {
          consume(SourceText((try? InputDecoder.decode(page, source: nil))?.text ?? ""))
        }
      },
      Stage(name: "MastheadExtractor") {
        for text in texts { consume(MastheadExtractor().extract(from: text)) }
      },
      Stage(name: "PageStructureExtractor") {
        for (index, text) in texts.enumerated() {
          consume(
            PageStructureExtractor().extract(
              from: text, startingAt: prepared.bodyStarts[index],
              issueDate: prepared.issueDates[index]))
        }
      },
      Stage(name: "NumericFactExtractor") {
        for (index, text) in texts.enumerated() {
          consume(
            NumericFactExtractor().extract(
              from: text, in: prepared.bodyStarts[index]..<text.count))
        }
      },
      Stage(name: "whole pipeline (bytes → Page)") {
        for page in pages { consume(try? NewsExtractor().extract(data: page)) }
      },
      Stage(name: "JSON output (Page → UTF-8), extra") {
        for page in prepared.pages { consume(PageJSON.bytes(page, pretty: false)) }
      },
      Stage(name: "  (same JSON via JSONEncoder)") {
        for page in prepared.pages { consume(try? PageJSON.encoder(pretty: false).encode(page)) }
      },
    ]
  }
}
