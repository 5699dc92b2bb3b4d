import Foundation
import NewsExtract

/// `newsextract validate [--update] DIR`: check (or deliberately re-record) a folder of
/// `NAME.txt` + `NAME.json` fixtures.
enum Validate {
  static func run(folder: String, update: Bool) -> Int32 {
    do {
      let suite = try FixtureSuite(folder: URL(fileURLWithPath: folder))
      return update ? try record(suite) : check(suite, folder: folder)
    } catch {
      printError(error.description)
      return 1
    }
  }

  /// Prints one report per fixture and a summary; exit 1 when any fixture fails.
  private static func check(_ suite: FixtureSuite, folder: String) -> Int32 {
    let results = suite.run()
    for result in results { write(result.report + "\n") }
    let failed = results.filter { !$0.passed }.count
    write("\(results.count - failed) passed, \(failed) failed\n")
    if failed > 0 {
      write(
        "If the new output is right, record it with: newsextract validate --update \(folder)\n")
    }
    return failed == 0 ? 0 : 1
  }

  /// Rewrites the expectations that differ and prints what changed; exit 1 when a page
  /// could not be read.
  private static func record(_ suite: FixtureSuite) throws(NewsExtractError) -> Int32 {
    let results = try suite.update()
    for result in results { write(result.updateReport + "\n") }
    func count(_ status: FixtureResult.Status) -> Int {
      results.filter { $0.status == status }.count
    }
    write(
      "\(count(.failed)) updated, \(count(.missingExpectation)) created, "
        + "\(count(.passed)) unchanged, \(count(.unreadableInput)) skipped\n")
    return count(.unreadableInput) == 0 ? 0 : 1
  }
}
