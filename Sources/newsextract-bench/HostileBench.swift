import Foundation
import NewsExtract

/// The full-size hostile inputs of `Tests/NewsExtractTests/Hardening` (which run smaller
/// sizes), each timed and measured in its own child process.
enum HostileBench {
  /// The cases: name and a builder of the bytes.
  static let cases: [(name: String, build: @Sendable () -> Data)] = [
    ("one 10 MB line", { repeated(HostileLexicon.sentence, toBytes: 10_000_000) }),
    ("100 MB of digits", { repeated("0123456789", toBytes: 100_000_000) }),
    ("100k × byline opening", { repeated(HostileLexicon.bylineOpening, count: 100_000) }),
    ("1M open brackets", { repeated("(（[【", toBytes: 4_000_000) }),
    ("1M close brackets", { repeated(")）]】", toBytes: 4_000_000) }),
    ("10 MB NUL and controls", { Data((0..<10_000_000).map { UInt8($0 % 32) }) }),
    (
      "10 MB of 40-digit numbers",
      {
        repeated(
          String(repeating: "9", count: 40) + HostileLexicon.multipliers + "\n",
          toBytes: 10_000_000)
      }
    ),
  ]

  static func repeated(_ piece: String, toBytes size: Int) -> Data {
    let unit = Data(piece.utf8)
    return repeated(piece, count: max(1, size / unit.count))
  }

  static func repeated(_ piece: String, count: Int) -> Data {
    let unit = Data(piece.utf8)
    var data = Data(capacity: unit.count * count)
    for _ in 0..<count { data.append(unit) }
    return data
  }

  /// In the child: builds one case, extracts it once, prints one `key=value` line.
  static func runChild(name: String) {
    guard let entry = cases.first(where: { $0.name == name }) else { return }
    let data = entry.build()
    let start = DispatchTime.now().uptimeNanoseconds
    let page = try? NewsExtractor().extract(data: data)
    let nanoseconds = DispatchTime.now().uptimeNanoseconds - start
    print(
      "input=\(data.count) ns=\(nanoseconds) peak=\(peakResidentBytes()) "
        + "facts=\(page?.allFacts.count ?? -1) credits=\(page?.allCredits.count ?? -1)")
  }

  /// In the parent: one child per case, one table row each.
  static func report() {
    print("hostile inputs, full size, one child process each")
    print(
      "| input | bytes | ms | MB/s | peak RSS (limit 3×input+64 MB) | facts | credits | status |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for entry in cases {
      let fields = MemoryProbe.runSelf(["--hostile-case", entry.name])
      let input = fields["input"] ?? 0
      let seconds = Double(fields["ns"] ?? 0) / 1e9
      print(
        String(
          format: "| %@ | %d | %.1f | %.1f | %@ | %d | %d | %@ |", entry.name, input,
          seconds * 1000, seconds > 0 ? Double(input) / 1e6 / seconds : 0,
          megabytes(fields["peak"] ?? 0)
            + ((fields["peak"] ?? 0) <= 3 * input + 64 * 1_048_576 ? " ok" : " OVER"),
          fields["facts"] ?? 0, fields["credits"] ?? 0,
          fields["status"].map { "exit \($0)" } ?? "ok"))
    }
    print("")
  }
}
