extension SourceText {
  /// The text of several ranges, back to back, built as one string: the UTF-8 of every
  /// piece is written straight from storage into a single buffer (no string per piece, no
  /// joining). Ranges are clamped to the text.
  ///
  /// ```swift
  /// let text = SourceText("共3\n个。")
  /// text.string(joining: [0..<2, 3..<5])  // "共3个。"
  /// ```
  ///
  /// - Complexity: O(*k*) in the total length of the pieces.
  func string(joining pieces: [Range<Int>]) -> String {
    if pieces.count == 1, let only = pieces.first { return string(only) }
    #if DEBUG
      for piece in pieces {
        scalars.reads.add(
          Swift.max(0, Swift.min(piece.upperBound, count) - Swift.max(0, piece.lowerBound)))
      }
    #endif
    return scalars.string(joining: pieces)
  }
}

extension CompactScalars {
  /// The UTF-8 of several ranges in one string (see ``SourceText/string(joining:)``).
  func string(joining pieces: [Range<Int>]) -> String {
    var total = 0
    for piece in pieces { total += clamped(piece).count }
    guard total > 0 else { return "" }
    switch units {
    case .narrow(let store):
      return store.withUnsafeBufferPointer { Self.utf8String(pieces, of: $0) }
    case .wide(let store):
      return store.withUnsafeBufferPointer { Self.utf8String(pieces, of: $0) }
    case .full(let store):
      return store.withUnsafeBufferPointer { Self.utf8String(pieces, of: $0) }
    }
  }

  private func clamped(_ range: Range<Int>) -> Range<Int> {
    let lower = Swift.max(0, Swift.min(range.lowerBound, count))
    return lower..<Swift.max(lower, Swift.min(range.upperBound, count))
  }

  /// Encodes the units of every piece (valid scalar values: they were read from scalars).
  private static func utf8String<Unit: FixedWidthInteger & UnsignedInteger>(
    _ pieces: [Range<Int>], of units: UnsafeBufferPointer<Unit>
  ) -> String {
    // The exact size for short text (see `CompactScalars.utf8String(_:omitting:)`).
    var total = 0
    for piece in pieces {
      let lower = Swift.max(0, Swift.min(piece.lowerBound, units.count))
      total += Swift.max(lower, Swift.min(piece.upperBound, units.count)) - lower
    }
    var size = total * CompactScalars.widestUTF8(of: Unit.self)
    if total <= CompactScalars.exactSizeLimit {
      size = 0
      for piece in pieces {
        let lower = Swift.max(0, Swift.min(piece.lowerBound, units.count))
        let upper = Swift.max(lower, Swift.min(piece.upperBound, units.count))
        size += CompactScalars.utf8Count(units[lower..<upper], omitting: UInt32.max)
      }
    }
    return String(unsafeUninitializedCapacity: size) { out in
      var written = 0
      for piece in pieces {
        let lower = Swift.max(0, Swift.min(piece.lowerBound, units.count))
        let upper = Swift.max(lower, Swift.min(piece.upperBound, units.count))
        for unit in units[lower..<upper] {
          written = UTF8Writer.write(UInt32(truncatingIfNeeded: unit), to: out, at: written)
        }
      }
      return written
    }
  }
}

/// Writes one scalar value as UTF-8 into a buffer with room for it.
enum UTF8Writer {
  /// The number of UTF-8 bytes of the scalar value `value` (1 to 4).
  ///
  /// ```swift
  /// UTF8Writer.length(0x7248)  // 3 ("版")
  /// ```
  @inline(__always)
  static func length(_ value: UInt32) -> Int {
    1 + (value < 0x80 ? 0 : 1) + (value < 0x800 ? 0 : 1) + (value < 0x10000 ? 0 : 1)
  }

  /// Writes `value` at `offset` of `out` and returns the offset after it.
  ///
  /// ```swift
  /// // "版" (U+7248) takes three bytes: E7 89 88.
  /// ```
  @inline(__always)
  static func write(_ value: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
    -> Int
  {
    if value < 0x80 {
      out[offset] = UInt8(truncatingIfNeeded: value)
      return offset + 1
    }
    if value < 0x800 {
      out[offset] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
      out[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      return offset + 2
    }
    if value < 0x10000 {
      out[offset] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
      out[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      out[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      return offset + 3
    }
    out[offset] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
    out[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
    out[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
    out[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
    return offset + 4
  }
}
