import Foundation

extension SourceText {
  /// Decodes a file's bytes straight into a source text, the way ``InputDecoder`` does.
  ///
  /// UTF-8 without `\r` (the common case) is validated and stored with no intermediate
  /// `String` (in one pass for text of the Basic Multilingual Plane, see `UTF8WideDecoder`); anything else (UTF-16, GB18030, `\r` line ends) goes through
  /// ``InputDecoder/decode(_:source:)``. Both paths give the same text.
  ///
  /// ```swift
  /// let text = try SourceText(decoding: Data("约5公里\n".utf8), source: "a.txt")
  /// text.count  // 5
  /// ```
  ///
  /// - Throws: ``NewsExtractError`` of kind `undecodable`, as ``InputDecoder`` does.
  /// - Complexity: O(*n*) in the number of bytes.
  public init(decoding data: Data, source: String?) throws(NewsExtractError) {
    if let fast = SourceText(plainUTF8: data) {
      self = fast
      return
    }
    self = SourceText(try InputDecoder.decode(data, source: source).text)
  }

  /// The text of `bytes` taken as they are: well-formed UTF-8 without `\r` (so there are no
  /// line ends to normalize), a leading U+FEFF kept as a scalar; `nil` for any other bytes.
  /// It gives the same text as `SourceText(String(decoding: bytes, as: UTF8.self))`, in one
  /// validating scan and one decoding pass, without the intermediate `String`.
  init?(wellFormedUTF8 bytes: UnsafeRawBufferPointer) {
    if UTF8WideDecoder.looksWide(bytes), let decoded = UTF8WideDecoder(bytes) {
      guard !decoded.hasCarriageReturn else { return nil }
      self.init(scalars: decoded.scalars, lines: decoded.lines)
      return
    }
    guard let scan = UTF8Scan(bytes), !scan.hasCarriageReturn else { return nil }
    self.init(
      scalars: CompactScalars(utf8: bytes.bindMemory(to: UInt8.self), layout: scan.layout),
      lines: scan.layout.lines)
  }

  /// The text of UTF-8 bytes (with or without a byte-order mark) that hold no `\r` and
  /// no zero byte in their first 4 KB (so ``InputDecoder`` would not take them for
  /// UTF-16), or `nil` for any other bytes.
  init?(plainUTF8 data: Data) {
    let built = data.withUnsafeBytes { raw -> SourceText? in
      var bytes = raw
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        bytes = UnsafeRawBufferPointer(rebasing: bytes[3...])
      } else if let base = raw.baseAddress,
        memchr(base, 0, Swift.min(raw.count, 4096)) != nil
      {
        return nil
      }
      // A page of Chinese in one pass; anything else (or a scalar beyond U+FFFF) in two.
      if UTF8WideDecoder.looksWide(bytes), let decoded = UTF8WideDecoder(bytes) {
        guard !decoded.hasCarriageReturn else { return nil }
        return SourceText(scalars: decoded.scalars, lines: decoded.lines)
      }
      guard let scan = UTF8Scan(bytes), !scan.hasCarriageReturn else { return nil }
      let utf8 = bytes.bindMemory(to: UInt8.self)
      return SourceText(
        scalars: CompactScalars(utf8: utf8, layout: scan.layout), lines: scan.layout.lines)
    }
    guard let built else { return nil }
    self = built
  }
}
