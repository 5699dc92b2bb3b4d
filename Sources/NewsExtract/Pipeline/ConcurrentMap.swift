import Dispatch
import Foundation

/// Maps a window of inputs on every core and returns the results in input order.
///
/// Batch mode reads a window of documents, maps it with this, writes the results in
/// order, and repeats, so memory is bounded by one window while both cores work.
///
/// ```swift
/// let lengths = ConcurrentMap.map(["约5公里", "8800余户"]) { $0.count }
/// lengths  // [5, 6]
/// ```
public enum ConcurrentMap {
  /// The number of cores used: `ProcessInfo.activeProcessorCount`.
  public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// `inputs.map(transform)`, computed concurrently (`DispatchQueue.concurrentPerform`),
  /// results in input order.
  ///
  /// - Complexity: O(*n*) calls of `transform`, spread over ``coreCount`` threads.
  public static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    guard inputs.count > 1, coreCount > 1 else { return inputs.map(transform) }
    let slots = Slots<Output>(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      slots.store(transform(inputs[index]), at: index)
    }
    return slots.values()
  }
}

extension ConcurrentMap {
  /// Starts `inputs.map(transform)` on the global concurrent queue and returns at once, so
  /// the caller can read the next window meanwhile; ``PendingMap/wait()`` gives the
  /// results in input order.
  ///
  /// ```swift
  /// let pending = ConcurrentMap.start([1, 2, 3]) { $0 * 10 }
  /// // … read the next window …
  /// pending.wait()  // [10, 20, 30]
  /// ```
  public static func start<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @escaping @Sendable (Input) -> Output
  ) -> PendingMap<Output> {
    let slots = Slots<Output>(count: inputs.count)
    let group = DispatchGroup()
    let queue = DispatchQueue.global()
    // One work item per core, each taking the next unclaimed index.
    let next = Slots<Int>.Counter()
    for _ in 0..<min(coreCount, inputs.count) {
      queue.async(group: group) {
        while let index = next.claim(below: inputs.count) {
          slots.store(transform(inputs[index]), at: index)
        }
      }
    }
    return PendingMap(group: group, slots: slots)
  }
}

/// Results of ``ConcurrentMap/start(_:_:)`` still being computed.
///
/// ```swift
/// let pending = ConcurrentMap.start(["a", "b"]) { $0.uppercased() }
/// pending.wait()  // ["A", "B"]
/// ```
public struct PendingMap<Output: Sendable>: Sendable {
  fileprivate let group: DispatchGroup
  fileprivate let slots: Slots<Output>

  /// Blocks until every result is in; returns them in input order.
  public func wait() -> [Output] {
    group.wait()
    return slots.values()
  }
}

/// One slot per result; each slot is written by exactly one iteration of
/// `concurrentPerform`, and read only after it returns, so no two threads touch one slot.
final class Slots<Output>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<Output?>
  private let count: Int

  init(count: Int) {
    self.count = count
    base = UnsafeMutablePointer<Output?>.allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  func store(_ value: Output, at index: Int) {
    guard index >= 0 && index < count else { return }
    base[index] = value
  }

  func values() -> [Output] {
    (0..<count).compactMap { base[$0] }
  }

  /// Hands out indices 0, 1, 2 … to the workers, each exactly once.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func claim(below limit: Int) -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard value < limit else { return nil }
      value += 1
      return value - 1
    }
  }
}
