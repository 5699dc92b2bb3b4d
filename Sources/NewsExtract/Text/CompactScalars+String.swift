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
        CompactScalars.utf8String($0[lower..<upper], maxBytesPerUnit: 2, omitting: skip)
      }
    case .wide(let store):
      return store.withUnsafeBufferPointer {
        CompactScalars.utf8String($0[lower..<upper], maxBytesPerUnit: 3, omitting: skip)
      }
    case .full(let store):
      return store.withUnsafeBufferPointer {
        CompactScalars.utf8String($0[lower..<upper], maxBytesPerUnit: 4, omitting: skip)
      }
    }
  }

  /// The most UTF-8 bytes a `String` holds inline, without allocating storage.
  static let smallCapacity = 15

  /// Encodes scalar values (all valid: they were read from scalars) as UTF-8.
  @inline(__always)
  static func utf8String<Unit: FixedWidthInteger & UnsignedInteger>(
    _ units: Slice<UnsafeBufferPointer<Unit>>, maxBytesPerUnit: Int, omitting skip: UInt32
  ) -> String {
    var capacity = units.count * maxBytesPerUnit
    // A short text whose worst case is above a small string's 15 bytes (五千万元 may take
    // 12 bytes, not 4 × 3): with the exact size it stays small and allocates nothing.
    if capacity > smallCapacity && units.count <= smallCapacity {
      var exact = 0
      for unit in units {
        let value = UInt32(truncatingIfNeeded: unit)
        if value == skip { continue }
        exact += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
      }
      capacity = Swift.max(exact, 1)
    }
    return String(unsafeUninitializedCapacity: capacity) { out in
      var written = 0
      // Room for one four-byte store after every three-byte scalar but the last.
      let wordLimit = out.count - 4
      for unit in units {
        let value = UInt32(truncatingIfNeeded: unit)
        if value == skip { continue }
        if value >= 0x800 && value < 0x10000 && written <= wordLimit, let base = out.baseAddress {
          // Nearly every scalar of a Chinese page: its three bytes in one store (the fourth
          // byte is overwritten by the next scalar or lies past the string's count).
          let word =
            (0xE0 | value >> 12) | (0x80 | value >> 6 & 0x3F) << 8 | (0x80 | value & 0x3F) << 16
          UnsafeMutableRawPointer(base + written).storeBytes(
            of: word.littleEndian, as: UInt32.self)
          written += 3
        } else if value < 0x80 {
          out[written] = UInt8(truncatingIfNeeded: value)
          written += 1
        } else if value < 0x800 {
          out[written] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
          out[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          written += 2
        } else if value < 0x10000 {
          out[written] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
          out[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          out[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          written += 3
        } else {
          out[written] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
          out[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
          out[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          out[written + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          written += 4
        }
      }
      return written
    }
  }
}
