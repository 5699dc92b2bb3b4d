import Foundation

/// Writes JSON Lines input for `newsextract --jsonl` from the corpus pages.
enum JSONLinesMaker {
  /// Prints `count` lines `{"id": n, "text": page}`, cycling through the pages.
  static func write(count: Int, corpus: BenchCorpus) {
    let lines: [Data] = corpus.pages.map { page in
      let text = String(decoding: page, as: UTF8.self)
      let object: [String: Any] = ["id": 0, "text": text]
      return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
        ?? Data()
    }
    guard !lines.isEmpty else { return }
    var buffer = Data()
    for number in 0..<count {
      // `{"id":0,` → `{"id":number,`
      let line = lines[number % lines.count]
      buffer.append(contentsOf: Array("{\"id\":\(number + 1),".utf8))
      buffer.append(line.dropFirst(8))
      buffer.append(0x0A)
      if buffer.count > 1 << 20 {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    FileHandle.standardOutput.write(buffer)
  }
}
