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

/// One slot per result; each slot is written by exactly one iteration of
/// `concurrentPerform`, and read only after it returns, so no two threads touch one slot.
private final class Slots<Output>: @unchecked Sendable {
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
}
