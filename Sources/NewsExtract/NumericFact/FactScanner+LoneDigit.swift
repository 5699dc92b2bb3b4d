/// The commonest candidate of the fact scan, a lone Chinese digit inside a word (一 of 一些
/// and 统一, 三 of 三农), rejected by two bitmap tests before any reading starts.
extension FactScanner {
  /// The Chinese digits that start nothing but a numeral: no percent word, colloquial unit
  /// (米九), multiplier, leader or 半 begins with them.
  static let loneDigitStarts: ScalarSet = {
    let others = percentStarts.union(ColloquialLexicon.impliedOneUnits)
      .union(NumberLexicon.half).union(NumberLexicon.smallMultipliers.keys)
      .union(NumberLexicon.largeMultipliers.keys).union(NumberLexicon.vagueLeaders)
      .union(NumberLexicon.reachingLeaders)
    return ScalarSet(NumberLexicon.digits.pairs.map(\.key).filter { !others.contains($0) })
  }()

  /// Every scalar after a lone digit that can make it more than a lone digit: one that
  /// continues the numeral (``NumberReader/chineseContinuers``), 兆, or one of
  /// ``followers`` (a unit, range, 折, 分之, white space or a line break).
  static let loneDigitBlockers: ScalarSet = NumberReader.chineseContinuers
    .union(ColloquialLexicon.trillion.keys).union(followers)

  /// Whether the scalar at `index` is a lone Chinese digit that ``scan(at:)`` would read
  /// and drop, continuing at `index + 1`: a digit of `starts` with no scalar of `blockers`
  /// after it (the two sets are ``loneDigitStarts`` and ``loneDigitBlockers``, passed in
  /// so that a loop reads them once).
  @inline(__always)
  func isLoneDigit(at index: Int, starts: ScalarSet, blockers: ScalarSet) -> Bool {
    guard index < upper, let scalar = text.scalar(at: index), starts.contains(scalar) else {
      return false
    }
    guard index + 1 < upper, let next = text.scalar(at: index + 1) else { return true }
    return !blockers.contains(next)
  }
}
