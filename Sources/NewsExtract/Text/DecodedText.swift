/// Text decoded from bytes by ``InputDecoder``, with the encoding that was recognised.
///
/// ```swift
/// let decoded = try InputDecoder.decode(bytes, source: "page.txt")
/// print(decoded.encoding, decoded.text.count)
/// ```
public struct DecodedText: Sendable, Hashable {
  /// The text, line ends normalized to `\n`, byte-order mark dropped.
  public let text: String
  /// The encoding the bytes were in.
  public let encoding: TextEncodingName

  /// Creates a decoded text.
  public init(text: String, encoding: TextEncodingName) {
    self.text = text
    self.encoding = encoding
  }
}
