import Foundation
import NewsExtract

/// `newsextract validate [--update] DIR`.
enum Validate {
  static func run(folder: String, update: Bool) -> Int32 {
    do {
      let suite = try FixtureSuite(folder: URL(fileURLWithPath: folder))
      if update {
        let results = try suite.update()
        for result in results {
          write((result.passed ? "unchanged \(result.fixture)" : "updated " + result.report) + "\n")
        }
        return 0
      }
      let results = suite.run()
      for result in results { write(result.report + "\n") }
      let failed = results.filter { !$0.passed }.count
      write("\(results.count - failed) passed, \(failed) failed\n")
      return failed == 0 ? 0 : 1
    } catch {
      printError(error.description)
      return 1
    }
  }
}
