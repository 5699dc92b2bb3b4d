/// A unit of ``UnitLexicon`` with its ``UnitTraits``, shared by reference, so that a matched
/// unit passes through the scanner without copying its strings.
///
/// ```swift
/// let text = SourceText("5公里")
/// UnitMatcher.shared.match(in: text, at: 1, limit: 3)?.lexeme.entry.unit  // "公里"
/// ```
final class UnitLexeme: Sendable {
  /// The lexicon entry.
  let entry: UnitEntry
  /// What the scanner's rules ask about it, read once.
  let traits: UnitTraits
  /// Whether the word ends in a Latin letter (then it must not run on into another).
  let endsInLetter: Bool
  /// The word's second scalar, if any, for a quick rejection before a full match.
  let second: Unicode.Scalar?

  /// Reads the traits of `entry`.
  init(_ entry: UnitEntry) {
    self.entry = entry
    self.traits = UnitTraits(entry)
    let last = entry.scalars.last
    self.endsInLetter = last.map { $0.isASCII && $0.properties.isAlphabetic } ?? false
    self.second = entry.scalars.count > 1 ? entry.scalars[1] : nil
  }

  /// ``UnitLexicon/percent``.
  static let percent = UnitLexeme(UnitLexicon.percent)
  /// ``UnitLexicon/yuan``.
  static let yuan = UnitLexeme(UnitLexicon.yuan)
  /// ``UnitLexicon/discount``.
  static let discount = UnitLexeme(UnitLexicon.discount)
  /// ``UnitLexicon/unprintedMoney``.
  static let unprintedMoney = UnitLexeme(UnitLexicon.unprintedMoney)
}

/// A unit found in the text: the lexeme and the index after it.
struct UnitMatch: Sendable {
  /// The unit matched.
  let lexeme: UnitLexeme
  /// The index after the unit word.
  let end: Int

  /// The lexicon entry.
  var entry: UnitEntry { lexeme.entry }
  /// Its traits.
  var traits: UnitTraits { lexeme.traits }
}
