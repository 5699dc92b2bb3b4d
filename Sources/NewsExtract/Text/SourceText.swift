/// The text of one page as a random-access collection of Unicode scalars, the unit of every offset
/// NewsExtract reports.
///
/// Parsers read it by index and never rewrite it, so every span they report points into
/// the original text. Full-width forms are compared through ``ScalarFolding`` instead of
/// being replaced.
///
/// ```swift
/// let text = SourceText("今日８版\n总第427期")
/// text.count               // 12
/// text.lines.count         // 2
/// text.string(0..<4)       // "今日８版"
/// text.folded(at: 2)       // "8"
/// ```
public struct SourceText: Sendable {
  /// The scalars of the text, as decoded, in compact storage (see ``CompactScalars``):
  /// index it like an array, `scalars[i]`, `scalars[a..<b]`.
  public let scalars: CompactScalars
  /// The lines, as half-open scalar ranges without their `\n`.
  public let lines: [Range<Int>]

  /// Creates a source text from a string.
  ///
  /// - Complexity: O(*n*): one pass over the UTF-8 bytes for a text of the Basic
  ///   Multilingual Plane with a scalar from U+0100 in its first 64 KB (Chinese), else one
  ///   pass for the lines and the storage width and one to decode the scalars.
  public init(_ string: String) {
    var copy = string
    (scalars, lines) = copy.withUTF8 { bytes in
      let raw = UnsafeRawBufferPointer(bytes)
      if UTF8WideDecoder.looksWide(raw), let decoded = UTF8WideDecoder(raw) {
        return (decoded.scalars, decoded.lines)
      }
      let layout = UTF8Layout(utf8: bytes)
      return (CompactScalars(utf8: bytes, layout: layout), layout.lines)
    }
  }

  /// A text from storage and lines already read.
  init(scalars: CompactScalars, lines: [Range<Int>]) {
    self.scalars = scalars
    self.lines = lines
  }

  /// The number of scalars.
  public var count: Int { scalars.count }

  /// The scalar at `index`, or `nil` when `index` is outside the text.
  @inline(__always)
  public func scalar(at index: Int) -> Unicode.Scalar? {
    index >= 0 && index < scalars.count ? scalars[index] : nil
  }

  /// The scalar at `index` with full-width forms folded to ASCII (see ``ScalarFolding``),
  /// or `nil` outside the text.
  @inline(__always)
  public func folded(at index: Int) -> Unicode.Scalar? {
    index >= 0 && index < scalars.count ? ScalarFolding.fold(scalars[index]) : nil
  }

  /// The text of a range, clamped to the text.
  ///
  /// - Complexity: O(*k*) in the length of the range (UTF-8 written straight from storage).
  public func string(_ range: Range<Int>) -> String {
    #if DEBUG
      scalars.reads.add(
        Swift.max(0, Swift.min(range.upperBound, count) - Swift.max(0, range.lowerBound)))
    #endif
    return scalars.string(range)
  }

  /// The text of a range without any `omitted` scalar, clamped to the text.
  ///
  /// ```swift
  /// SourceText("共3\n个。").string(0..<5, omitting: "\n")  // "共3个。"
  /// ```
  public func string(_ range: Range<Int>, omitting omitted: Unicode.Scalar) -> String {
    #if DEBUG
      scalars.reads.add(
        Swift.max(0, Swift.min(range.upperBound, count) - Swift.max(0, range.lowerBound)))
    #endif
    return scalars.string(range, omitting: omitted)
  }

  /// The index in ``lines`` of the line holding `offset` (the last line for offsets at the end).
  ///
  /// - Complexity: O(log *n*) in the number of lines.
  public func lineIndex(containing offset: Int) -> Int {
    var low = 0
    var high = lines.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lines[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
    }
    return max(0, low)
  }
}
