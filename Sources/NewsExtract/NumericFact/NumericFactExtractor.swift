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
    // A page holds about one fact per 200 scalars: skip the first doublings (capped, so
    // that a huge input reserves nothing it would not grow to anyway).
    facts.reserveCapacity(min((upper - lower) / 256, 64))
    var index = lower
    let starters = FactScanner.foldedStarters
    let deadStarts = FactScanner.deadStarts
    let deadBlockers = FactScanner.deadStartBlockers
    while index < upper {
      // Most positions cannot start a fact: one bitmap test each (see FactScanner.starters).
      index = text.scalars.firstIndex(in: starters, from: index, to: upper)
      guard index < upper else { break }
      if scanner.isDeadStart(at: index, starts: deadStarts, blockers: deadBlockers) {
        index += 1
        continue
      }
      let (found, next) = scanner.scan(at: index)
      if var fact = found {
        // The previous fact's fields are read in place (copying it retains its strings).
        if fact.direction == nil, let last = facts.indices.last,
          let direction = facts[last].direction, fact.kind == facts[last].kind,
          joins(text, facts[last].end, fact.start)
        {
          fact.direction = direction
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
