/// The character encoding that ``InputDecoder`` recognised in a file's bytes.
///
/// ```swift
/// let decoded = try InputDecoder.decode(Data("钱塘".utf8), source: nil)
/// decoded.encoding  // .utf8
/// ```
public enum TextEncodingName: String, Sendable, Hashable, Codable {
  /// UTF-8 without a byte-order mark.
  case utf8
  /// UTF-8 with a byte-order mark (`EF BB BF`), which is dropped.
  case utf8WithBOM
  /// UTF-16, little-endian (with `FF FE`, or recognised without it).
  case utf16LittleEndian
  /// UTF-16, big-endian (with `FE FF`, or recognised without it).
  case utf16BigEndian
  /// GB18030, which includes GBK and GB2312.
  case gb18030
}
