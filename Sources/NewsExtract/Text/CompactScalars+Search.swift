extension CompactScalars {
  /// The first index in `start..<end` whose scalar is in `set`, or `end` when there is none
  /// (both bounds are clamped to the text).
  ///
  /// Parsers use it to skip the text between the places a rule can start: the storage's
  /// width is chosen once, then each scalar costs one bitmap test on its raw unit, with no
  /// enum switch or bounds check per position.
  ///
  /// ```swift
  /// let scalars = CompactScalars("共有7141名")
  /// scalars.firstIndex(in: ScalarSet("0123456789".unicodeScalars), from: 0, to: 7)  // 2
  /// ```
  ///
  /// - Complexity: O(*k*) in the number of scalars skipped.
  public func firstIndex(in set: ScalarSet, from start: Int, to end: Int) -> Int {
    let lower = Swift.max(0, Swift.min(start, count))
    let upper = Swift.max(lower, Swift.min(end, count))
    let found: Int
    switch units {
    case .narrow(let store):
      found = store.withUnsafeBufferPointer {
        CompactScalars.firstIndex($0, in: set, from: lower, to: upper)
      }
    case .wide(let store):
      found = store.withUnsafeBufferPointer {
        CompactScalars.firstIndex($0, in: set, from: lower, to: upper)
      }
    case .full(let store):
      found = store.withUnsafeBufferPointer {
        CompactScalars.firstIndex($0, in: set, from: lower, to: upper)
      }
    }
    #if DEBUG
      reads.add(Swift.min(found + 1, upper) - lower)
    #endif
    return found
  }

  /// The last index in `lower..<end` whose scalar is in `set`, or `nil` when there is none
  /// (both bounds are clamped to the text): the backward twin of ``firstIndex(in:from:to:)``.
  ///
  /// ```swift
  /// let scalars = CompactScalars("甲。共3个")
  /// scalars.lastIndex(in: ["。"], from: 0, before: 5)  // 1
  /// ```
  ///
  /// - Complexity: O(*k*) in the number of scalars skipped.
  public func lastIndex(in set: ScalarSet, from lower: Int, before end: Int) -> Int? {
    let start = Swift.max(0, Swift.min(lower, count))
    let upper = Swift.max(start, Swift.min(end, count))
    let found: Int?
    switch units {
    case .narrow(let store):
      found = store.withUnsafeBufferPointer {
        CompactScalars.lastIndex($0, in: set, from: start, before: upper)
      }
    case .wide(let store):
      found = store.withUnsafeBufferPointer {
        CompactScalars.lastIndex($0, in: set, from: start, before: upper)
      }
    case .full(let store):
      found = store.withUnsafeBufferPointer {
        CompactScalars.lastIndex($0, in: set, from: start, before: upper)
      }
    }
    #if DEBUG
      reads.add(upper - (found ?? start))
    #endif
    return found
  }

  @inline(__always)
  private static func lastIndex<Unit: FixedWidthInteger & UnsignedInteger>(
    _ units: UnsafeBufferPointer<Unit>, in set: ScalarSet, from lower: Int, before upper: Int
  ) -> Int? {
    set.bitmap.withUnsafeBufferPointer { words in
      var index = upper
      while index > lower {
        index -= 1
        let value = UInt32(truncatingIfNeeded: units[index])
        if value < 0x10000 {
          if words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 { return index }
        } else if set.containsAstral(value) {
          return index
        }
      }
      return nil
    }
  }

  @inline(__always)
  private static func firstIndex<Unit: FixedWidthInteger & UnsignedInteger>(
    _ units: UnsafeBufferPointer<Unit>, in set: ScalarSet, from lower: Int, to upper: Int
  ) -> Int {
    set.bitmap.withUnsafeBufferPointer { words in
      var index = lower
      while index < upper {
        let value = UInt32(truncatingIfNeeded: units[index])
        if value < 0x10000 {
          if words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 { return index }
        } else if set.containsAstral(value) {
          return index
        }
        index += 1
      }
      return upper
    }
  }

  /// The number of runs of consecutive scalars of `set` in `start..<end` (clamped): how
  /// many places a scan that skips to the next member would stop at, at least.
  ///
  /// ```swift
  /// CompactScalars("共3个和12个").runCount(in: ScalarSet("0123456789".unicodeScalars),
  ///   from: 0, to: 7)  // 2
  /// ```
  ///
  /// - Complexity: O(*k*) in the length of the range, one bitmap test per scalar.
  func runCount(in set: ScalarSet, from start: Int, to end: Int) -> Int {
    let lower = Swift.max(0, Swift.min(start, count))
    let upper = Swift.max(lower, Swift.min(end, count))
    #if DEBUG
      reads.add(upper - lower)
    #endif
    switch units {
    case .narrow(let store):
      return store.withUnsafeBufferPointer {
        CompactScalars.runCount($0, in: set, from: lower, to: upper)
      }
    case .wide(let store):
      return store.withUnsafeBufferPointer {
        CompactScalars.runCount($0, in: set, from: lower, to: upper)
      }
    case .full(let store):
      return store.withUnsafeBufferPointer {
        CompactScalars.runCount($0, in: set, from: lower, to: upper)
      }
    }
  }

  @inline(__always)
  private static func runCount<Unit: FixedWidthInteger & UnsignedInteger>(
    _ units: UnsafeBufferPointer<Unit>, in set: ScalarSet, from lower: Int, to upper: Int
  ) -> Int {
    set.bitmap.withUnsafeBufferPointer { words in
      var runs = 0
      var inRun = false
      for index in lower..<upper {
        let value = UInt32(truncatingIfNeeded: units[index])
        let member =
          value < 0x10000
          ? words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 : set.containsAstral(value)
        runs += member && !inRun ? 1 : 0
        inRun = member
      }
      return runs
    }
  }
}
