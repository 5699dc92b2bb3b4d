/// Splits a run of Han characters printed in a byline into personal names.
///
/// A run of 2–4 characters is one name. A longer run (up to
/// ``BylineLexicon/longestGluedRun``) is split only when exactly one way of cutting it
/// into 2–4-character parts starts every part with a surname; otherwise it is kept as
/// printed and flagged ambiguous. Runs holding prose characters are not names at all.
struct NameSplitter: Sendable {
  /// One name found in a run.
  struct Name: Equatable, Sendable {
    /// The name's scalar range.
    var range: Range<Int>
    /// Set when the run could not be split safely and is kept whole.
    var isAmbiguous: Bool
  }

  /// The names in `range`, or `nil` when the run cannot be names. With `gluedToMark`
  /// (names glued to a photo mark, `苏巧将陵谷摄`, where no prose can hide) a prose
  /// character is allowed after a surname.
  func split(_ text: SourceText, _ range: Range<Int>, gluedToMark: Bool = false) -> [Name]? {
    let count = range.count
    // Longer than any glued run and any dotted name: never names (prose, most often).
    guard count >= BylineLexicon.shortestName, count <= Self.longestRun else { return nil }
    let lenient = gluedToMark && startsWithSurname(text, at: range.lowerBound, length: count)
    var hasDot = false
    for index in range {
      guard let scalar = text.scalar(at: index) else { return nil }
      if BylineLexicon.nameDots.contains(scalar) {
        hasDot = true
      } else if !ScalarFolding.isHan(scalar)
        || (BylineLexicon.nonNameCharacters.contains(scalar) && !lenient)
      {
        return nil
      }
    }
    if hasDot {
      let edgesAreHan =
        text.scalar(at: range.lowerBound).map(ScalarFolding.isHan) == true
        && text.scalar(at: range.upperBound - 1).map(ScalarFolding.isHan) == true
      guard count <= BylineLexicon.longestDottedName, edgesAreHan else { return nil }
      return [Name(range: range, isAmbiguous: false)]
    }
    if count <= BylineLexicon.longestName { return [Name(range: range, isAmbiguous: false)] }
    guard count <= BylineLexicon.longestGluedRun else { return nil }
    var found: [[Int]] = []
    var lengths: [Int] = []
    search(text, from: range.lowerBound, end: range.upperBound, lengths: &lengths, found: &found)
    guard found.count == 1, let cut = found.first else {
      return [Name(range: range, isAmbiguous: true)]
    }
    var names: [Name] = []
    var start = range.lowerBound
    for length in cut {
      names.append(Name(range: start..<(start + length), isAmbiguous: false))
      start += length
    }
    return names
  }

  /// The longest run ``split(_:_:gluedToMark:)`` may read as names.
  static let longestRun = max(BylineLexicon.longestGluedRun, BylineLexicon.longestDottedName)

  /// Whether `range` reads as a personal name even with no role word to vouch for it (names
  /// after a bare lead marker, `□ 赵紫妍`): two or three characters after a surname, four
  /// only after a compound surname, so column labels such as `相关新闻` are refused.
  func isBareName(_ text: SourceText, _ range: Range<Int>) -> Bool {
    let count = range.count
    guard count >= BylineLexicon.shortestName, count <= BylineLexicon.longestName,
      range.allSatisfy({ isNameCharacter(text, $0) })
    else { return false }
    if count == BylineLexicon.longestName {
      return startsWithCompoundSurname(text, at: range.lowerBound)
    }
    return startsWithSurname(text, at: range.lowerBound, length: count)
  }

  /// Whether the scalar at `index` may be part of a name.
  func isNameCharacter(_ text: SourceText, _ index: Int) -> Bool {
    guard let scalar = text.scalar(at: index) else { return false }
    return ScalarFolding.isHan(scalar) && !BylineLexicon.nonNameCharacters.contains(scalar)
  }

  /// Whether the name at `start` (of `length` scalars) begins with a surname.
  func startsWithSurname(_ text: SourceText, at start: Int, length: Int) -> Bool {
    if length >= 3, startsWithCompoundSurname(text, at: start) { return true }
    guard let first = text.scalar(at: start) else { return false }
    return BylineLexicon.surnames.contains(first)
  }

  private func startsWithCompoundSurname(_ text: SourceText, at start: Int) -> Bool {
    Self.compoundSurnames.match(text, at: start, limit: start + 2) != nil
  }

  private static let compoundSurnames = WordTable(words: BylineLexicon.compoundSurnames)

  private func search(
    _ text: SourceText, from start: Int, end: Int, lengths: inout [Int], found: inout [[Int]]
  ) {
    if found.count > 1 { return }
    if start == end {
      found.append(lengths)
      return
    }
    for length in BylineLexicon.shortestName...BylineLexicon.longestName
    where start + length <= end && startsWithSurname(text, at: start, length: length) {
      lengths.append(length)
      search(text, from: start + length, end: end, lengths: &lengths, found: &found)
      lengths.removeLast()
    }
  }
}
