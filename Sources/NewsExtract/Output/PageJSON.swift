import Foundation

/// The one JSON setup NewsExtract writes and reads pages with: keys sorted, slashes
/// unescaped, values exact.
///
/// ```swift
/// let json = try PageJSON.string(page, pretty: true)
/// let again = try PageJSON.decode(Data(json.utf8))
/// ```
public enum PageJSON {
  /// An encoder with sorted keys (and indentation when `pretty`).
  public static func encoder(pretty: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
      : [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// Encodes `value` as UTF-8 JSON text with ``encoder(pretty:)``.
  public static func string<T: Encodable>(_ value: T, pretty: Bool) -> String {
    do {
      return String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
    } catch {
      // Our models contain no values JSONEncoder rejects (no floating point).
      return "{\"error\":\"\(error)\"}"
    }
  }

  /// Encodes a page as UTF-8 JSON text: the same bytes as the generic
  /// `string(_:pretty:)` for any `Encodable` (which goes through `JSONEncoder`), written directly, several
  /// times faster.
  ///
  /// ```swift
  /// let json = PageJSON.string(NewsExtractor().extract("约5公里"), pretty: false)
  /// json.hasPrefix("{\"articles\":[]")  // true
  /// ```
  public static func string(_ page: Page, pretty: Bool) -> String {
    String(decoding: bytes(page, pretty: pretty), as: UTF8.self)
  }

  /// The UTF-8 bytes of `string(_:pretty:)`, for writing straight to a file or pipe.
  ///
  /// ```swift
  /// let bytes = PageJSON.bytes(page, pretty: true)
  /// FileHandle.standardOutput.write(Data(bytes))
  /// ```
  public static func bytes(_ page: Page, pretty: Bool) -> [UInt8] {
    var writer = JSONTextWriter(pretty: pretty, capacity: 4096)
    page.writeJSON(to: &writer)
    return writer.bytes
  }

  /// Decodes a page written by `string(_:pretty:)`.
  public static func decode(_ data: Data) throws -> Page {
    try JSONDecoder().decode(Page.self, from: data)
  }
}
