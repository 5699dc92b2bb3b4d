import Foundation

/// The pages the benchmark reads: `Fixtures/pages/*.txt` plus every `.txt` in the folders
/// given on the command line.
struct BenchCorpus {
  /// The raw bytes of each page, as on disk.
  var pages: [Data]

  /// The total number of bytes.
  var byteCount: Int { pages.reduce(0) { $0 + $1.count } }

  /// Loads the fixtures (found from the working directory or from this file's path) and
  /// the `.txt` files in `folders`.
  static func load(folders: [String]) -> BenchCorpus {
    var urls: [URL] = []
    let candidates = [
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent("Fixtures/pages"),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/pages"),
    ]
    if let fixtures = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
      urls += textFiles(in: fixtures)
    }
    for folder in folders {
      urls += textFiles(in: URL(fileURLWithPath: folder))
    }
    return BenchCorpus(pages: urls.compactMap { try? Data(contentsOf: $0) })
  }

  private static func textFiles(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }

  /// One document made of every page, in order, `times` times over, separated by newlines.
  func concatenated(times: Int) -> Data {
    var document = Data()
    document.reserveCapacity((byteCount + pages.count) * times)
    for _ in 0..<times {
      for page in pages {
        document.append(page)
        document.append(0x0A)
      }
    }
    return document
  }
}
