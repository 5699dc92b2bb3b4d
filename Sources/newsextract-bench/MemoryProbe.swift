import Foundation
import NewsExtract

/// Measures peak memory of one extraction in a child process, so that each peak belongs to
/// one input size alone (the peak of a process never goes down).
enum MemoryProbe {
  /// In the child: builds the k× document, extracts it once, prints one `key=value` line.
  static func runChild(scale: Int, folders: [String]) {
    let document = BenchCorpus.load(folders: folders).concatenated(times: scale)
    let before = currentResidentBytes()
    let page = try? NewsExtractor().extract(data: document)
    let peak = peakResidentBytes()
    let facts = page?.allFacts.count ?? 0
    let credits = page?.allCredits.count ?? 0
    print(
      "input=\(document.count) before=\(before) peak=\(peak) facts=\(facts) credits=\(credits)")
  }

  /// In the parent: runs one child per scale and prints the table.
  static func report(scales: [Int], folders: [String]) {
    print("peak memory: one child process per size (VmHWM of the child)")
    print(
      "| k | input | RSS before extracting | peak RSS | limit 3×input+64 MB | facts | credits |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for scale in scales {
      let fields = runSelf(["--memory", String(scale)] + folders)
      let input = fields["input"] ?? 0
      let peak = fields["peak"] ?? 0
      let limit = 3 * input + 64 * 1_048_576
      print(
        "| \(scale) | \(megabytes(input)) | \(megabytes(fields["before"] ?? 0)) | "
          + "\(megabytes(peak)) \(peak <= limit ? "ok" : "OVER") | \(megabytes(limit)) | "
          + "\(fields["facts"] ?? 0) | \(fields["credits"] ?? 0) |")
    }
    print("")
  }

  /// Runs this executable with `arguments` and parses the `key=value` words it prints.
  static func runSelf(_ arguments: [String]) -> [String: Int] {
    let process = Process()
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return [:] }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    var fields: [String: Int] = [:]
    for word in output.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let parts = word.split(separator: "=", maxSplits: 1)
      if parts.count == 2, let value = Int(parts[1]) { fields[String(parts[0])] = value }
    }
    if process.terminationStatus != 0 { fields["status"] = Int(process.terminationStatus) }
    return fields
  }
}
