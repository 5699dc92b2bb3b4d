import Foundation

/// The benchmark's command line.
struct BenchOptions {
  var runs = 9
  var scales = [1, 10, 100]
  var folders: [String] = []
  var measureMemory = true
  var hostile = false
  var memoryScale: Int?
  var hostileCase: String?
  var makeJSONLines: Int?

  static func parse(_ arguments: [String]) -> BenchOptions {
    var options = BenchOptions()
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--runs": options.runs = rest.popFirst().flatMap { Int($0) } ?? options.runs
      case "--scales":
        let list = rest.popFirst()?.split(separator: ",").compactMap { Int($0) } ?? []
        if !list.isEmpty { options.scales = list }
      case "--no-memory": options.measureMemory = false
      case "--hostile": options.hostile = true
      case "--memory": options.memoryScale = rest.popFirst().flatMap { Int($0) }
      case "--hostile-case": options.hostileCase = rest.popFirst()
      case "--make-jsonl": options.makeJSONLines = rest.popFirst().flatMap { Int($0) }
      case "-h", "--help":
        print(
          """
          usage: newsextract-bench [--runs N] [--scales 1,10,100] [--no-memory] [--hostile] [FOLDER…]
            times the pipeline and each parser over Fixtures/pages (+ FOLDER/*.txt), single core;
            --hostile also runs the full-size hostile inputs (10 MB line, 100 MB of digits …)
                 newsextract-bench --make-jsonl N [FOLDER…]
            prints N JSON Lines {"id","text"} cycling through the pages, to feed newsextract --jsonl
          """)
        exit(0)
      default: options.folders.append(argument)
      }
    }
    return options
  }
}
