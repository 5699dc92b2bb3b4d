/// Approximation words (before, inside or after a number) with their ``Qualifier``, and
/// the change words that give a percentage its ``Direction``.
///
/// ```swift
/// QualifierLexicon.before.first { $0.word == "不少于" }?.qualifier  // .atLeast
/// QualifierLexicon.after.first { $0.word == "左右" }?.qualifier     // .about
/// ```
public enum QualifierLexicon {
  /// Words right before the number (超过5000万元, 约合120亩, 不低于8%).
  public static let before: [(word: String, qualifier: Qualifier)] = [
    ("不少于", .atLeast), ("不低于", .atLeast), ("至少", .atLeast), ("最少", .atLeast),
    ("起码", .atLeast), ("起碼", .atLeast), ("不下于", .atLeast), ("大于等于", .atLeast),
    ("不超过", .atMost), ("不超過", .atMost), ("不高于", .atMost), ("不多于", .atMost),
    ("不大于", .atMost), ("最多", .atMost), ("至多", .atMost),
    ("小于等于", .atMost), ("不足", .under), ("不到", .under), ("不满", .under),
    ("少于", .under), ("低于", .under), ("小于", .under), ("将近", .under), ("接近", .under),
    ("近", .under), ("超过", .over), ("超過", .over), ("超出", .over), ("高于", .over),
    ("多于", .over), ("大于", .over), ("逾", .over), ("超", .over), ("大约", .about),
    ("约合", .about), ("约为", .about), ("大概", .about), ("约", .about), ("約", .about),
  ]

  /// Words right after the number and its unit (60%左右, 20%以上, 500元上下).
  public static let after: [(word: String, qualifier: Qualifier)] = [
    ("（含）以上", .atLeast), ("(含)以上", .atLeast), ("及以上", .atLeast), ("或以上", .atLeast),
    ("以上", .over), ("之上", .over), ("有余", .over), ("多", .over), ("余", .over),
    ("以下", .under), ("之下", .under), ("以内", .atMost), ("之内", .atMost), ("左右", .about),
    ("上下", .about),
  ]

  /// Units after which 多 or 余 may stand as "more than" (3年多, 两个多月 is in the units).
  public static let afterUnitOverHosts: Set<QuantityKind> = [.duration]

  /// Words that make a percentage a change, longest first.
  public static let changes: [(word: String, direction: Direction)] = [
    ("同比增长", .increase), ("同比增加", .increase), ("同比提高", .increase),
    ("同比上升", .increase), ("同比下降", .decrease), ("同比减少", .decrease),
    ("环比增长", .increase), ("环比下降", .decrease), ("增长", .increase), ("增加", .increase),
    ("提高", .increase), ("提升", .increase), ("上升", .increase), ("上涨", .increase),
    ("增幅", .increase), ("涨幅", .increase), ("攀升", .increase), ("增", .increase),
    ("涨", .increase), ("升", .increase), ("下降", .decrease), ("减少", .decrease),
    ("降低", .decrease), ("下跌", .decrease), ("下滑", .decrease), ("回落", .decrease),
    ("缩减", .decrease), ("压减", .decrease), ("降幅", .decrease), ("减幅", .decrease),
    ("跌幅", .decrease), ("缩小", .decrease), ("降", .decrease), ("减", .decrease),
    ("跌", .decrease),
  ]

  /// Words that may stand between a change word and its number (增长了, 下降幅度达).
  public static let changeFillers = [
    "了", "达到", "达", "为", "幅度", "分别", "约", "近", "超过", "超", "逾", "不低于", "不少于",
    "不超过", "不足",
  ]

  /// Words after a change word that make the number a level, not a change (下降至3%).
  public static let levelMarkers: ScalarSet = ["至", "到"]

  /// Prefixes after which 近 means "recent", not "nearly" (近3年 = the last three years).
  public static let recentKinds: Set<QuantityKind> = [.duration]
}
