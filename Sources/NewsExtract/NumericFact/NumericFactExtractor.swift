/// Finds every numeric fact in a text: a number with its unit or measure word, its
/// approximation word, range and direction of change.
///
/// One pass over the scalars: at each position where a number can start, ``NumberReader``
/// reads it, the unit, range and qualifiers after it are matched against the lexicons, and
/// the scan continues after it. Calendar dates, clock times, ordinals, page references,
/// codes, phone numbers and one-digit Chinese counts (一台, 两个) are not facts.
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
  ///
  /// ```swift
  /// NumericFactExtractor().facts(in: "同比下降26.06%")[0].direction  // .decrease
  /// ```
  public func facts(in string: String) -> [NumericFact] {
    extract(from: SourceText(string), in: nil)
  }

  /// The facts of `text` inside `range` (the whole text when `nil`), in printed order.
  ///
  /// ```swift
  /// let text = SourceText("今日8版\n全区共有持证残障人士7141名。")
  /// NumericFactExtractor().extract(from: text, in: nil).map(\.text)  // ["7141名"]
  /// ```
  ///
  /// - Complexity: O(*n*).
  public func extract(from text: SourceText, in range: Range<Int>?) -> [NumericFact] {
    let lower = max(0, min(range?.lowerBound ?? 0, text.count))
    let upper = max(lower, min(range?.upperBound ?? text.count, text.count))
    let scanner = FactScanner(text: text, lower: lower, upper: upper)
    var sentences = SentenceFinder(text: text, lower: lower, upper: upper)
    let subjects = SubjectFinder(text: text, lower: lower, upper: upper)
    var facts: [NumericFact] = []
    var index = lower
    let starters = FactScanner.foldedStarters
    while index < upper {
      // Most positions cannot start a fact: one bitmap test each (see FactScanner.starters).
      index = text.scalars.firstIndex(in: starters, from: index, to: upper)
      guard index < upper else { break }
      let (found, next) = scanner.scan(at: index)
      if var fact = found {
        if let previous = facts.last, fact.direction == nil, previous.direction != nil,
          fact.kind == previous.kind, joins(text, previous.end, fact.start)
        {
          fact.direction = previous.direction
        }
        let sentence = sentences.sentence(around: fact.start..<fact.end)
        fact.sentence = sentence.text
        fact.subject = subjects.subject(of: fact, in: sentence.range)
        if facts.count == Self.reserveAfter {
          // A text dense with facts: reserve once for a fact per remaining run of starters
          // (a close upper estimate), as growing by doubling would hold the old and the new
          // array at once. Capacity no fact fills is never written, so never made resident.
          let runs = text.scalars.runCount(in: starters, from: index, to: upper)
          facts.reserveCapacity(facts.count + runs + 1)
        }
        facts.append(fact)
      }
      index = max(next, index + 1)
    }
    return facts
  }

  /// The fact count at which the rest of the fact array is reserved in one step.
  static let reserveAfter = 4096

  static let connectors = LexiconWord.table(SentenceLexicon.connectors.map { ($0, ()) })

  /// Whether only a connector (和, 、) stands between two facts.
  private func joins(_ text: SourceText, _ end: Int, _ start: Int) -> Bool {
    guard start > end, start - end <= 3 else { return false }
    return Self.connectors.words.contains { word in
      text.match(word.scalars, at: end, limit: start) == start
    }
  }
}
