import Foundation

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

  /// A layout from its parts (as ``UTF8Scan`` reads them).
  init(count: Int, widest: UInt32, lines: [Range<Int>]) {
    self.count = count
    self.widest = widest
    self.lines = lines
  }

  /// Reads the layout of `string`.
  ///
  /// - Complexity: O(*n*) in the number of UTF-8 bytes.
  public init(_ string: String) {
    var copy = string
    self = copy.withUTF8 { UTF8Layout(utf8: $0) }
  }

  /// Reads the layout of valid UTF-8 bytes (as a native `String` holds them): `memchr`
  /// finds each `\n`, and a branch-free loop over the line counts its continuation bytes
  /// and its largest byte.
  init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    var lines: [Range<Int>] = []
    var largest: UInt8 = 0
    var scalarCount = 0
    if let base = bytes.baseAddress {
      let end = bytes.count
      var segmentStart = 0
      while segmentStart <= end {
        let newline = memchr(base + segmentStart, 0x0A, end - segmentStart)
        let segmentEnd =
          newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
        var continuation = 0
        for index in segmentStart..<segmentEnd {
          let byte = base[index]
          continuation &+= byte & 0xC0 == 0x80 ? 1 : 0
          largest = Swift.max(largest, byte)
        }
        let lineStart = scalarCount
        scalarCount += segmentEnd - segmentStart - continuation
        guard newline != nil else {
          if lineStart < scalarCount { lines.append(lineStart..<scalarCount) }
          break
        }
        lines.append(lineStart..<scalarCount)
        scalarCount += 1
        segmentStart = segmentEnd + 1
      }
    }
    self.count = scalarCount
    self.lines = lines
    // Continuation bytes are at most 0xBF, so the largest byte tells the widest lead.
    switch largest {
    case 0..<0x80: widest = 0x7F
    case 0x80..<0xC4: widest = 0xFF  // leads C2 and C3 only: U+0080...U+00FF
    case 0xC4..<0xF0: widest = 0xFFFF
    default: widest = 0x10FFFF
    }
  }
}
