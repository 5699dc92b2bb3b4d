/// Finds every numeric fact in a text: a number with its unit or measure word, its
/// approximation word, range and direction of change.
///
/// ```swift
/// let facts = NumericFactExtractor().facts(in: "总投资约5000万元，惠及4万余户")
/// facts.map(\.value)  // [50000000, 40000]
/// facts.map(\.unit)   // ["元", "户"]
/// ```
public struct NumericFactExtractor: Sendable {
  /// Creates an extractor.
  public init() {}

  /// The facts in a plain string, with offsets into it.
  public func facts(in string: String) -> [NumericFact] {
    extract(from: SourceText(string), in: nil)
  }

  /// The facts of `text` inside `range` (the whole text when `nil`), in printed order.
  ///
  /// - Complexity: O(*n*).
  public func extract(from text: SourceText, in range: Range<Int>?) -> [NumericFact] {
    []
  }
}
