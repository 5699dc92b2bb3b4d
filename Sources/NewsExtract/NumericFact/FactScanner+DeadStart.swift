/// The commonest candidates of the fact scan that start nothing: a lone Chinese digit
/// inside a word (一 of 一些 and 统一, 三 of 三农) and a leader without a multiplier (上 of
/// 上午, 数 of 数字), rejected by two bitmap tests before any reading starts.
extension FactScanner {
  /// The Chinese digits and leaders (数, 几, 上) that start nothing but a numeral: no
  /// percent word, colloquial unit (米九), multiplier or 半 begins with them.
  static let deadStarts: ScalarSet = {
    let others = percentStarts.union(ColloquialLexicon.impliedOneUnits)
      .union(NumberLexicon.half).union(NumberLexicon.smallMultipliers.keys)
      .union(NumberLexicon.largeMultipliers.keys)
    let leaders = NumberLexicon.vagueLeaders.union(NumberLexicon.reachingLeaders)
    let digits = NumberLexicon.digits.pairs.map(\.key).filter { !leaders.contains($0) }
    let candidates = digits + leaderScalars
    return ScalarSet(candidates.filter { !others.contains($0) })
  }()

  /// The scalars of ``NumberLexicon/vagueLeaders`` and ``NumberLexicon/reachingLeaders``.
  private static let leaderScalars: [Unicode.Scalar] = {
    var found: [Unicode.Scalar] = []
    let leaders = NumberLexicon.vagueLeaders.union(NumberLexicon.reachingLeaders)
    // Leaders are Han characters; one outside this range would only not be skipped early.
    for value in UInt32(0x3000)...0x9FFF {
      if let scalar = Unicode.Scalar(value), leaders.contains(scalar) { found.append(scalar) }
    }
    return found
  }()

  /// Every scalar after a dead start that can make it start a number or a fact: one that
  /// continues a numeral (``NumberReader/chineseContinuers``: digits, multipliers, 个 of
  /// 几个亿), 兆, or one of ``followers`` (a unit, range, 折, 分之, white space or a break).
  static let deadStartBlockers: ScalarSet = NumberReader.chineseContinuers
    .union(ColloquialLexicon.trillion.keys).union(followers)

  /// Whether the scalar at `index` is a dead start that ``scan(at:)`` would drop,
  /// continuing at `index + 1`: a scalar of `starts` with no scalar of `blockers` after it
  /// (the two sets are ``deadStarts`` and ``deadStartBlockers``, passed in so that a loop
  /// reads them once).
  @inline(__always)
  func isDeadStart(at index: Int, starts: ScalarSet, blockers: ScalarSet) -> Bool {
    guard index < upper, let scalar = text.scalar(at: index), starts.contains(scalar) else {
      return false
    }
    guard index + 1 < upper, let next = text.scalar(at: index + 1) else { return true }
    return !blockers.contains(next)
  }
}
