import Foundation

/// Turns the bytes of a page into text.
///
/// Recognises UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark
/// (and without one, when the zero bytes show it), and GB18030 (which includes GBK and
/// GB2312, the encodings of most Chinese archives). Line ends are normalized the way
/// Python's universal newlines do: `\r\n` and a lone `\r` become `\n`. Offsets that
/// NewsExtract reports count Unicode scalars of this decoded, normalized text, so
/// `open(path, encoding=...).read()[start:end]` in Python slices the same characters.
///
/// ```swift
/// let decoded = try InputDecoder.decode(Data("本报讯\r\n".utf8), source: "a.txt")
/// decoded.text      // "本报讯\n"
/// decoded.encoding  // .utf8
/// ```
public enum InputDecoder {
  /// The GB18030 encoding as Foundation on Linux names it.
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  /// Decodes `data`.
  ///
  /// - Parameters:
  ///   - data: The raw bytes.
  ///   - source: The file name used in the error message, or `nil`.
  /// - Returns: The text, with line ends normalized, and the encoding recognised.
  /// - Throws: ``NewsExtractError`` of kind `undecodable` when the bytes are none of the
  ///   supported encodings.
  /// - Complexity: O(*n*) in the number of bytes.
  public static func decode(_ data: Data, source: String?) throws(NewsExtractError) -> DecodedText {
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      guard let text = String(validating: bytes[3...], as: UTF8.self) else {
        throw failure(source, "starts with a UTF-8 byte-order mark but is not valid UTF-8")
      }
      return DecodedText(text: normalizeLineEnds(text), encoding: .utf8WithBOM)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let little = bytes[0] == 0xFF
      guard let text = decodeUTF16(bytes[2...], littleEndian: little) else {
        throw failure(source, "starts with a UTF-16 byte-order mark but is not valid UTF-16")
      }
      return DecodedText(
        text: normalizeLineEnds(text), encoding: little ? .utf16LittleEndian : .utf16BigEndian)
    }
    if let little = utf16WithoutBOM(bytes), let text = decodeUTF16(bytes[...], littleEndian: little)
    {
      return DecodedText(
        text: normalizeLineEnds(text), encoding: little ? .utf16LittleEndian : .utf16BigEndian)
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return DecodedText(text: normalizeLineEnds(text), encoding: .utf8)
    }
    if let text = String(data: data, encoding: gb18030), !text.isEmpty || bytes.isEmpty {
      return DecodedText(text: normalizeLineEnds(text), encoding: .gb18030)
    }
    throw failure(
      source,
      "the bytes are not UTF-8, UTF-16 or GB18030 text; convert the file to UTF-8 (for example with iconv)"
    )
  }

  private static func failure(_ source: String?, _ reason: String) -> NewsExtractError {
    NewsExtractError(.undecodable, subject: source, reason: reason)
  }

  /// Decides whether BOM-less bytes are UTF-16: an even length and zero bytes in most
  /// odd (little-endian) or even (big-endian) positions, as ASCII and Latin text give,
  /// and no zero bytes in the other positions.
  private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    var zeroEven = 0
    var zeroOdd = 0
    let limit = min(bytes.count, 4096)
    for index in 0..<limit where bytes[index] == 0 {
      if index % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
    }
    let pairs = limit / 2
    if zeroOdd * 4 >= pairs && zeroEven == 0 { return true }
    if zeroEven * 4 >= pairs && zeroOdd == 0 { return false }
    return nil
  }

  private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
    guard bytes.count % 2 == 0 else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    return String(validating: units, as: UTF16.self)
  }

  /// Whether `text` holds a `\r`, found with `memchr` over its UTF-8 bytes.
  static func containsCarriageReturn(_ text: String) -> Bool {
    var copy = text
    return copy.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, 0x0D, bytes.count) != nil
    }
  }

  /// Replaces `\r\n` and lone `\r` with `\n`.
  ///
  /// ```swift
  /// InputDecoder.normalizeLineEnds("a\r\nb\rc")  // "a\nb\nc"
  /// ```
  public static func normalizeLineEnds(_ text: String) -> String {
    guard containsCarriageReturn(text) else { return text }
    // `\r` and `\n` are ASCII, so rewriting bytes keeps the UTF-8 valid.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var previousCR = false
    for byte in text.utf8 {
      if byte == 0x0D {
        bytes.append(0x0A)
        previousCR = true
        continue
      }
      if byte == 0x0A && previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
