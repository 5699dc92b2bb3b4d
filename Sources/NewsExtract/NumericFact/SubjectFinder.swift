/// Finds what a fact counts or measures, when the sentence says so plainly — nil is better
/// than nonsense.
///
/// Two places are tried: the noun right after a measure word, up to a clause mark or a
/// function word (8800余户居民的改造 → 居民), then the noun phrase right before the number,
/// after a linking word is skipped and cut after the last function word (屋顶绿化面积达
/// 3338.4平方米 → 屋顶绿化面积; 全区共有持证残障人士7141名 → 持证残障人士).
///
/// ```swift
/// NumericFactExtractor().facts(in: "屋顶绿化面积达3338.4平方米。")[0].subject  // "屋顶绿化面积"
/// ```
struct SubjectFinder {
  let text: SourceText
  let lower: Int
  let upper: Int
  static let links = LexiconWord.table(SentenceLexicon.links.map { ($0, ()) })
  static let openers = LexiconWord.table(SentenceLexicon.subjectOpenerWords.map { ($0, ()) })

  /// The subject of `fact` inside its sentence `range`.
  func subject(of fact: NumericFact, in range: Range<Int>) -> String? {
    if Self.looksAfter(fact.kind),
      let after = subjectAfter(fact.end, limit: min(range.upperBound, upper))
    {
      return after
    }
    if fact.kind == .count || fact.kind == .duration { return nil }
    return subjectBefore(fact.start, limit: max(range.lowerBound, lower))
  }

  /// Every kind, in declaration order (the bit positions of ``trailingKindMask``).
  static let kinds = QuantityKind.allCases
  /// ``SentenceLexicon/trailingSubjectKinds`` as a bit mask over ``kinds``, so that the
  /// test per fact hashes nothing.
  static let trailingKindMask: UInt64 = kinds.enumerated().reduce(0) { mask, pair in
    SentenceLexicon.trailingSubjectKinds.contains(pair.element) ? mask | 1 << pair.offset : mask
  }

  /// Whether the subject of a fact of `kind` is looked for after it first.
  static func looksAfter(_ kind: QuantityKind) -> Bool {
    guard let position = kinds.firstIndex(of: kind), position < 64 else {
      return SentenceLexicon.trailingSubjectKinds.contains(kind)
    }
    return trailingKindMask & 1 << position != 0
  }

  private func subjectAfter(_ end: Int, limit: Int) -> String? {
    var cursor = end
    var length = 0
    var broken = false
    // The tables are read once, not once per scalar.
    let digits = NumberLexicon.digits
    let enders = SentenceLexicon.subjectEnders
    let breakers = SentenceLexicon.subjectBreakers
    let trailingBreakers = SentenceLexicon.trailingSubjectBreakers
    while cursor < limit, let scalar = text.scalar(at: cursor) {
      if scalar == "\n" {
        cursor += 1
        continue
      }
      guard ScalarFolding.isHan(scalar), digits[scalar] == nil, !enders.contains(scalar)
      else { break }
      broken = broken || breakers.contains(scalar) || trailingBreakers.contains(scalar)
      length += 1
      cursor += 1
      if length > SentenceLexicon.trailingSubjectLength.upperBound { return nil }
    }
    let stop = text.folded(at: cursor)
    let bounded =
      cursor >= limit
      || stop.map {
        SentenceLexicon.clauseMarks.contains($0) || SentenceLexicon.subjectEnders.contains($0)
      } == true
    guard bounded, SentenceLexicon.trailingSubjectLength.contains(length), !broken else {
      return nil
    }
    return text.string(end..<cursor, omitting: "\n")
  }

  private func subjectBefore(_ start: Int, limit: Int) -> String? {
    var end = start
    for _ in 0..<4 {
      if let (_, linkStart) = Self.links.longestMatch(in: text, endingAt: end, lowerLimit: limit) {
        end = linkStart
      } else if let (_, changeStart) = FactScanner.changes.longestMatch(
        in: text, endingAt: end, lowerLimit: limit)
      {
        end = changeStart
      } else {
        break
      }
    }
    var cursor = end
    var length = 0
    var broken = false
    // The tables are read once, not once per scalar.
    let openers = Self.openers
    let openerScalars = SentenceLexicon.subjectOpeners
    let breakers = SentenceLexicon.subjectBreakers
    while cursor > limit, let scalar = text.scalar(at: cursor - 1) {
      if scalar == "\n" {
        cursor -= 1
        continue
      }
      guard ScalarFolding.isHan(scalar) || text.isASCIILetter(at: cursor - 1),
        !openerScalars.contains(scalar),
        openers.longestMatch(in: text, endingAt: cursor, lowerLimit: limit) == nil
      else { break }
      broken = broken || breakers.contains(scalar)
      length += 1
      cursor -= 1
      if length > SentenceLexicon.subjectLength.upperBound { return nil }
    }
    guard SentenceLexicon.subjectLength.contains(length), !broken else { return nil }
    return text.string(cursor..<end, omitting: "\n")
  }
}
