import Foundation

/// One timing: the calling thread's CPU time and the wall-clock time, in seconds.
struct Timing {
  var cpu: Double
  var wall: Double
}

/// Times a closure: one warm-up run, then `runs` timed runs; reports the medians.
///
/// CPU time (`CLOCK_THREAD_CPUTIME_ID`) is the work of the one thread that runs the
/// pipeline; on a machine shared with other jobs it stays steady where wall time does not.
enum Stopwatch {
  /// The median CPU and wall durations of `runs` runs of `body`, after one warm-up run.
  static func median(runs: Int, _ body: () -> Void) -> Timing {
    body()
    var cpu: [Double] = []
    var wall: [Double] = []
    for _ in 0..<max(1, runs) {
      let cpuStart = threadCPUSeconds()
      let wallStart = DispatchTime.now().uptimeNanoseconds
      body()
      wall.append(Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9)
      cpu.append(threadCPUSeconds() - cpuStart)
    }
    cpu.sort()
    wall.sort()
    return Timing(cpu: cpu[cpu.count / 2], wall: wall[wall.count / 2])
  }

  /// The CPU time the calling thread has used, in seconds.
  static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// Keeps a value alive and observable so the optimizer cannot drop the work that made it.
@inline(never)
func consume<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

/// The peak resident set size of this process image so far, in bytes: `VmHWM` from
/// `/proc/self/status`. (`getrusage`'s `ru_maxrss` is not used: Linux carries it over from
/// the parent across `fork` and `exec`, so a child would report the parent's peak.)
func peakResidentBytes() -> Int {
  if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
      if let kilobytes = digits { return kilobytes * 1024 }
    }
  }
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Int(usage.ru_maxrss) * 1024
}

/// The current resident set size in bytes, read from `/proc/self/statm` (0 when unknown).
func currentResidentBytes() -> Int {
  guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
    return 0
  }
  let fields = statm.split(separator: " ")
  guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
  return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Formats a byte count in MB with one decimal.
func megabytes(_ bytes: Int) -> String {
  String(format: "%.1f MB", Double(bytes) / 1_048_576)
}
