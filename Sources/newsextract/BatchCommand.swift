import Foundation
import NewsExtract

/// `newsextract --jsonl`: JSON Lines in, one result per line out, in input order.
enum BatchCommand {
  static func run(_ options: ExtractOptions) -> Int32 {
    let batch = BatchExtractor()
    if options.inputs.isEmpty {
      batch.run(lines: StandardInputLines(), write: write)
    } else {
      batch.run(files: options.inputs, write: write)
    }
    return 0
  }
}

/// Reads standard input line by line without loading it whole.
struct StandardInputLines: Sequence, IteratorProtocol {
  mutating func next() -> String? {
    readLine(strippingNewline: true)
  }
}
