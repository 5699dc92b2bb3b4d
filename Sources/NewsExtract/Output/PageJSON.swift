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

  /// Encodes `value` as UTF-8 JSON text.
  public static func string<T: Encodable>(_ value: T, pretty: Bool) -> String {
    do {
      return String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
    } catch {
      // Our models contain no values JSONEncoder rejects (no floating point).
      return "{\"error\":\"\(error)\"}"
    }
  }

  /// Decodes a page written by ``string(_:pretty:)``.
  public static func decode(_ data: Data) throws -> Page {
    try JSONDecoder().decode(Page.self, from: data)
  }
}
