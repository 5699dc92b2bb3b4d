extension CompactScalars {
  /// The text of `range` (which must lie in `0...count`), encoded to UTF-8 straight from the
  /// compact units into the new string's storage.
  ///
  /// Parsers build every reported `text`, `name` and `sentence` this way, so it avoids the
  /// per-scalar appends of `String.UnicodeScalarView`.
  ///
  /// ```swift
  /// CompactScalars("约5公里").string(1..<4)  // "5公里"
  /// ```
  ///
  /// - Complexity: O(*k*) in the length of the range.
  public func string(_ range: Range<Int>) -> String {
    string(range, omitting: nil)
  }

  /// The text of `range` without any `omitted` scalar (such as the layout's `\n` inside a
  /// sentence), encoded straight from storage.
  ///
  /// ```swift
  /// CompactScalars("共3\n个").string(0..<4, omitting: "\n")  // "共3个"
  /// ```
  ///
  /// - Complexity: O(*k*) in the length of the range.
  public func string(_ range: Range<Int>, omitting omitted: Unicode.Scalar?) -> String {
    let skip = omitted?.value ?? UInt32.max
    let lower = Swift.max(0, Swift.min(range.lowerBound, count))
    let upper = Swift.max(lower, Swift.min(range.upperBound, count))
    guard lower < upper else { return "" }
    switch units {
    case .narrow(let store):
      return store.withUnsafeBufferPointer {
        CompactScalars.utf8String($0[lower..<upper], omitting: skip)
      }
    case .wide(let store):
      return store.withUnsafeBufferPointer {
        CompactScalars.utf8String($0[lower..<upper], omitting: skip)
      }
    case .full(let store):
      return store.withUnsafeBufferPointer {
        CompactScalars.utf8String($0[lower..<upper], omitting: skip)
      }
    }
  }

  /// Encodes scalar values (all valid: they were read from scalars) as UTF-8.
  @inline(__always)
  static func utf8String<Unit: FixedWidthInteger & UnsignedInteger>(
    _ units: Slice<UnsafeBufferPointer<Unit>>, omitting skip: UInt32
  ) -> String {
    // Short strings get their exact size: up to 15 bytes a string is stored inline (no
    // allocation at all), and a longer one holds no unused capacity (a fact's text, a
    // sentence or a line used to reserve three bytes per scalar: 40-70 % of the page's
    // memory on hostile inputs). Beyond `exactSizeLimit` scalars the counting pass is not
    // worth its time: the capacity is the widest encoding, and pages of it that stay unused
    // at the end of a large allocation are never made resident.
    let size =
      units.count <= exactSizeLimit
      ? utf8Count(units, omitting: skip) : units.count * widestUTF8(of: Unit.self)
    return String(unsafeUninitializedCapacity: size) { out in
      var written = 0
      for unit in units {
        let value = UInt32(truncatingIfNeeded: unit)
        if value == skip { continue }
        written = UTF8Writer.write(value, to: out, at: written)
      }
      return written
    }
  }

  /// Up to this many scalars, strings are built at their exact UTF-8 size.
  static let exactSizeLimit = 64

  /// The most UTF-8 bytes one unit of this width encodes to (2, 3 or 4).
  ///
  /// ```swift
  /// CompactScalars.widestUTF8(of: UInt16.self)  // 3
  /// ```
  @inline(__always)
  static func widestUTF8<Unit: FixedWidthInteger>(of unit: Unit.Type) -> Int {
    Unit.bitWidth <= 8 ? 2 : Unit.bitWidth <= 16 ? 3 : 4
  }

  /// The number of UTF-8 bytes of `units` without the `skip` scalars.
  ///
  /// ```swift
  /// // 约 5 公 里 → 3 + 1 + 3 + 3 = 10 bytes
  /// ```
  @inline(__always)
  static func utf8Count<Unit: FixedWidthInteger & UnsignedInteger>(
    _ units: Slice<UnsafeBufferPointer<Unit>>, omitting skip: UInt32
  ) -> Int {
    var size = 0
    if skip > 0x10FFFF {
      // No scalar to omit: a branch-free sum the compiler vectorizes.
      for unit in units { size &+= UTF8Writer.length(UInt32(truncatingIfNeeded: unit)) }
      return size
    }
    for unit in units {
      let value = UInt32(truncatingIfNeeded: unit)
      size &+= value == skip ? 0 : UTF8Writer.length(value)
    }
    return size
  }
}
