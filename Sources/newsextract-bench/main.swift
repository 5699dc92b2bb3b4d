import Foundation
import NewsExtract

// newsextract-bench [--runs N] [--scales 1,10,100] [--hostile] [--no-memory] [FOLDER…]
// newsextract-bench --make-jsonl N [FOLDER…]
//
// Single-threaded, in-process figures for the pipeline; peak memory per size from child
// processes (this executable run with --memory SCALE or --hostile-case NAME), so each peak
// belongs to one input alone.

let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))

if let scale = options.memoryScale {
  MemoryProbe.runChild(scale: scale, folders: options.folders)
  exit(0)
}
if let count = options.makeJSONLines {
  JSONLinesMaker.write(count: count, corpus: BenchCorpus.load(folders: options.folders))
  exit(0)
}
if let name = options.hostileCase {
  HostileBench.runChild(name: name)
  exit(0)
}

let corpus = BenchCorpus.load(folders: options.folders)
guard corpus.byteCount > 0 else {
  FileHandle.standardError.write(Data("newsextract-bench: no pages found\n".utf8))
  exit(1)
}
#if DEBUG
  print("warning: debug build; run `swift run -c release newsextract-bench` for real figures\n")
#endif
print("corpus: \(corpus.pages.count) pages, \(corpus.byteCount) bytes of UTF-8")
print("runs: \(options.runs) after one warm-up; MB = 1,000,000 bytes of UTF-8 input\n")

let prepared = PreparedCorpus(corpus)
let megabyteCount = Double(corpus.byteCount) / 1e6
print("| stage | median ms (CPU) | MB/s (CPU) | × baseline | median ms (wall) | MB/s (wall) |")
print("|---|---:|---:|---:|---:|---:|")
var baselineSpeed = 0.0
var pipelineSpeed = 0.0
for stage in Stage.all(corpus: corpus, prepared: prepared) {
  let timing = Stopwatch.median(runs: options.runs, stage.run)
  let speed = megabyteCount / timing.cpu
  if baselineSpeed == 0 { baselineSpeed = speed }
  if stage.name.hasPrefix("whole pipeline") { pipelineSpeed = speed }
  print(
    String(
      format: "| %@ | %.3f | %.1f | %.2f | %.3f | %.1f |", stage.name, timing.cpu * 1000, speed,
      speed / baselineSpeed, timing.wall * 1000, megabyteCount / timing.wall))
}
print(
  String(
    format: "\nwhole pipeline: %.1f MB/s (target ≥ 100), %.2f of baseline (target ≥ 0.33)\n",
    pipelineSpeed, pipelineSpeed / baselineSpeed))

print("scaling: the corpus concatenated k times into one document (CPU time; wall in brackets)")
print("| k | bytes | pipeline ms | MB/s | time ÷ time(1×) | baseline ms | pipeline ÷ baseline |")
print("|---:|---:|---:|---:|---:|---:|---:|")
var firstSeconds = 0.0
for scale in options.scales {
  let document = corpus.concatenated(times: scale)
  let runs = scale >= 100 ? max(3, options.runs / 2) : options.runs
  let timing = Stopwatch.median(runs: runs) {
    consume(try? NewsExtractor().extract(data: document))
  }
  let baseline = Stopwatch.median(runs: runs) {
    var count = 0
    for _ in String(decoding: document, as: UTF8.self).unicodeScalars { count += 1 }
    consume(count)
  }
  if firstSeconds == 0 { firstSeconds = timing.cpu / Double(scale) }
  print(
    String(
      format: "| %d | %d | %.2f (%.2f) | %.1f | %.1f | %.2f | %.2f |", scale, document.count,
      timing.cpu * 1000, timing.wall * 1000, Double(document.count) / 1e6 / timing.cpu,
      timing.cpu / firstSeconds, baseline.cpu * 1000, timing.cpu / baseline.cpu))
}
print("(target: the 100× row within 110× the 1× time)\n")

if options.measureMemory {
  MemoryProbe.report(scales: options.scales, folders: options.folders)
}
if options.hostile {
  HostileBench.report()
}
