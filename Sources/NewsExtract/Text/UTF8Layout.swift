/// What one pass over a string's UTF-8 bytes tells without decoding it: the scalar count,
/// an upper bound of the widest scalar, and the scalar ranges of its lines.
///
/// ``SourceText`` uses it to choose the width of its ``CompactScalars`` and to find the
/// lines without a second pass over the decoded scalars.
///
/// ```swift
/// let layout = UTF8Layout("钱塘\nab")
/// layout.count   // 5
/// layout.widest  // 0xFFFF (all in the Basic Multilingual Plane)
/// layout.lines   // [0..<2, 3..<5]
/// ```
public struct UTF8Layout: Sendable, Hashable {
  /// The number of Unicode scalars.
  public let count: Int
  /// An upper bound of the largest scalar value: 0x7F (ASCII), 0xFF (Latin-1), 0xFFFF (BMP)
  /// or 0x10FFFF.
  public let widest: UInt32
  /// The lines, as half-open scalar ranges without their `\n`; a final empty line is omitted.
  public let lines: [Range<Int>]

  /// Reads the layout of `string`.
  ///
  /// - Complexity: O(*n*) in the number of UTF-8 bytes.
  public init(_ string: String) {
    var copy = string
    self = copy.withUTF8 { UTF8Layout(utf8: $0) }
  }

  /// Reads the layout of valid UTF-8 bytes (as a native `String` holds them).
  init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    var lines: [Range<Int>] = []
    var widestLead: UInt8 = 0
    var scalarIndex = 0
    var lineStart = 0
    for byte in bytes where byte & 0xC0 != 0x80 {  // skip continuation bytes
      if byte > widestLead { widestLead = byte }
      if byte == 0x0A {
        lines.append(lineStart..<scalarIndex)
        lineStart = scalarIndex + 1
      }
      scalarIndex += 1
    }
    if lineStart < scalarIndex { lines.append(lineStart..<scalarIndex) }
    self.count = scalarIndex
    self.lines = lines
    switch widestLead {
    case 0..<0x80: widest = 0x7F
    case 0x80..<0xC4: widest = 0xFF  // leads C2 and C3 only: U+0080...U+00FF
    case 0xC4..<0xF0: widest = 0xFFFF
    default: widest = 0x10FFFF
    }
  }
}
