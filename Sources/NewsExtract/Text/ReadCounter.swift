#if DEBUG
  import Synchronization

  /// A thread-safe count of scalar reads, kept by ``CompactScalars`` in debug builds only.
  final class ReadCounter: Sendable {
    private let count = Atomic<Int>(0)

    /// Adds one read.
    @inline(__always)
    func add() {
      count.wrappingAdd(1, ordering: .relaxed)
    }

    /// Adds `reads` reads.
    func add(_ reads: Int) {
      guard reads > 0 else { return }
      count.wrappingAdd(reads, ordering: .relaxed)
    }

    /// The reads so far.
    var value: Int { count.load(ordering: .relaxed) }
  }
#endif
