/// Validates UTF-8 and decodes it into two-byte units in the same pass: the path for a
/// page of Chinese, whose scalars all lie in the Basic Multilingual Plane.
///
/// ``UTF8Scan`` followed by ``CompactScalars``' decoding reads the bytes twice (once to learn
/// the count and the widest scalar, once to store); this reader writes each scalar as soon as
/// it has checked it, into a buffer sized for the worst case (one unit per byte: only the
/// pages it touches become resident). It gives up (`nil`) on ill-formed bytes and on a
/// scalar beyond U+FFFF, and the caller then takes the two-pass path, which handles both.
///
/// ```swift
/// let decoded = Data("钱塘\n5".utf8).withUnsafeBytes { UTF8WideDecoder($0) }
/// decoded?.scalars.count  // 4
/// decoded?.lines          // [0..<2, 3..<4]
/// ```
struct UTF8WideDecoder {
  /// The decoded scalars (two bytes each, or one when every scalar is below U+0100).
  let scalars: CompactScalars
  /// The lines, as ``UTF8Layout/lines``.
  let lines: [Range<Int>]
  /// Whether a `\r` occurs (then line ends need normalizing first).
  let hasCarriageReturn: Bool

  /// Decodes `bytes`, or `nil` when they are not well-formed UTF-8 or hold a scalar beyond
  /// the Basic Multilingual Plane.
  ///
  /// - Complexity: O(*n*), one pass.
  init?(_ bytes: UnsafeRawBufferPointer) {
    var lines: [Range<Int>] = []
    var largest: UInt8 = 0
    var carriageReturn = false
    var failed = false
    let end = bytes.count
    let units = [UInt16](unsafeUninitializedCapacity: end) { buffer, initialized in
      var output = 0
      var index = 0
      var lineStart = 0
      while index < end {
        let lead = bytes[index]
        if lead < 0x80 {
          if lead == 0x0A {
            lines.append(lineStart..<output)
            lineStart = output + 1
          } else if lead == 0x0D {
            carriageReturn = true
          }
          buffer[output] = UInt16(truncatingIfNeeded: lead)
          output += 1
          index += 1
          continue
        }
        // The common case in Chinese text: a three-byte sequence E1...EC or EE...EF.
        if lead >= 0xE1 && lead != 0xED && lead <= 0xEF && index + 2 < end {
          let second = bytes[index + 1]
          let third = bytes[index + 2]
          if second & 0xC0 == 0x80 && third & 0xC0 == 0x80 {
            if lead > largest { largest = lead }
            buffer[output] =
              UInt16(truncatingIfNeeded: lead & 0x0F) << 12
              | UInt16(truncatingIfNeeded: second & 0x3F) << 6
              | UInt16(truncatingIfNeeded: third & 0x3F)
            output += 1
            index += 3
            continue
          }
        }
        let length = UTF8Scan.sequenceLength(bytes, at: index, lead: lead)
        guard length == 2 || length == 3 else {
          failed = true
          break
        }
        if lead > largest { largest = lead }
        var value = UInt16(truncatingIfNeeded: lead & (length == 2 ? 0x1F : 0x0F))
        for offset in 1..<length {
          value = value << 6 | UInt16(truncatingIfNeeded: bytes[index + offset] & 0x3F)
        }
        buffer[output] = value
        output += 1
        index += length
      }
      if !failed && lineStart < output { lines.append(lineStart..<output) }
      initialized = output
    }
    guard !failed else { return nil }
    // Below U+0100 throughout (a lead byte below 0xC4): the one-byte storage, as the
    // two-pass path would choose.
    scalars = largest < 0xC4 ? CompactScalars(narrowing: units) : CompactScalars(wide: units)
    self.lines = lines
    hasCarriageReturn = carriageReturn
  }

  /// Whether the first 64 KB hold a scalar of U+0100 or above (a lead byte from 0xC4): a
  /// page worth decoding in one pass into two-byte units. Text without one (ASCII, Latin-1)
  /// takes the two-pass path, which stores it in one byte per scalar without the wide
  /// buffer in between.
  static func looksWide(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let limit = Swift.min(bytes.count, 65_536)
    var index = 0
    while index < limit {
      if bytes[index] >= 0xC4 { return true }
      index += 1
    }
    return false
  }
}
