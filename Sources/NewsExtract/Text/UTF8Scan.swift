import Foundation

/// One validating pass over raw bytes: whether they are well-formed UTF-8 and, if so, the
/// same facts ``UTF8Layout`` reads from a `String` (scalar count, widest scalar, lines), and
/// whether a `\r` occurs.
///
/// It lets ``SourceText/init(decoding:source:)`` build a page's storage straight from the
/// file's bytes, without the intermediate `String` (and its copy) for UTF-8 input.
///
/// ```swift
/// let scan = Data("钱塘\n5".utf8).withUnsafeBytes { UTF8Scan($0) }
/// scan?.layout.count  // 4
/// scan?.hasCarriageReturn  // false
/// Data([0xC0, 0xAF]).withUnsafeBytes { UTF8Scan($0) }  // nil: overlong
/// ```
public struct UTF8Scan: Sendable, Hashable {
  /// The scalar count, widest scalar and lines.
  public let layout: UTF8Layout
  /// Whether the bytes hold a `\r` (then line ends need normalizing first).
  public let hasCarriageReturn: Bool

  /// Scans `bytes`; `nil` when they are not well-formed UTF-8 (Unicode table 3-7: no
  /// overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence).
  ///
  /// - Complexity: O(*n*), eight ASCII bytes at a time.
  public init?(_ bytes: UnsafeRawBufferPointer) {
    var lines: [Range<Int>] = []
    var largest: UInt8 = 0
    var scalarCount = 0
    var lineStart = 0
    var carriageReturn = false
    let end = bytes.count
    var index = 0
    while index < end {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0x0A {
          lines.append(lineStart..<scalarCount)
          lineStart = scalarCount + 1
        } else if lead == 0x0D {
          carriageReturn = true
        }
        index += 1
        scalarCount += 1
        // Then eight ASCII bytes without \n or \r at a time.
        while index + 8 <= end {
          let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          guard word & 0x8080_8080_8080_8080 == 0, !UTF8Scan.hasLineEnd(word) else { break }
          index += 8
          scalarCount += 8
        }
        continue
      }
      // The common case in Chinese text: a three-byte sequence E1...EC or EE...EF.
      if lead >= 0xE1 && lead != 0xED && lead <= 0xEF && index + 2 < end
        && bytes.loadUnaligned(fromByteOffset: index + 1, as: UInt16.self) & 0xC0C0 == 0x8080
      {
        if lead > largest { largest = lead }
        index += 3
        scalarCount += 1
        continue
      }
      let length = UTF8Scan.sequenceLength(bytes, at: index, lead: lead)
      guard length > 0 else { return nil }
      if lead > largest { largest = lead }
      index += length
      scalarCount += 1
    }
    if lineStart < scalarCount { lines.append(lineStart..<scalarCount) }
    let widest: UInt32
    switch largest {
    case 0: widest = 0x7F
    case 0x80..<0xC4: widest = 0xFF
    case 0xC4..<0xF0: widest = 0xFFFF
    default: widest = 0x10FFFF
    }
    layout = UTF8Layout(count: scalarCount, widest: widest, lines: lines)
    hasCarriageReturn = carriageReturn
  }

  /// Whether any byte of `word` is `\n` or `\r` (the classic zero-byte test on
  /// `word ^ pattern`; exact for words of ASCII bytes).
  @inline(__always)
  static func hasLineEnd(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let newline = word ^ (ones &* 0x0A)
    let carriage = word ^ (ones &* 0x0D)
    return ((newline &- ones) & ~newline & highs) | ((carriage &- ones) & ~carriage & highs) != 0
  }

  /// The length of the well-formed sequence starting with `lead` (≥ 0x80) at `index`,
  /// or 0 when it is ill-formed or truncated.
  @inline(__always)
  static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int, lead: UInt8) -> Int {
    let end = bytes.count
    func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      index + offset < end && (low...high).contains(bytes[index + offset])
    }
    switch lead {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : 0
    case 0xE0:
      return continuation(1, 0xA0) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : 0
    case 0xED:
      return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
    case 0xF0:
      return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4:
      return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default:
      return 0
    }
  }
}
