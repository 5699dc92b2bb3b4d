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
    ("突破", .over), ("冲破", .over), ("过", .over), ("破", .over), ("跌破", .under),
    ("逼近", .under),
    ("约有", .about), ("约占", .about), ("约达", .about), ("约计", .about), ("大约有", .about),
    ("超过了", .over), ("不足了", .under),
  ]

  /// Words of ``before`` that are part of a longer word when one of these scalars stands
  /// right before them, so that they are no qualifier there: 经过, 通过, 再过 (time passing),
  /// 去过 (the aspect marker); 签约, 节约, 预约; 附近; 侦破, 打破. Traditional twins are
  /// added by the scanner.
  public static let notAfter: [String: Set<Unicode.Scalar>] = [
    "过": [
      "经", "通", "不", "度", "越", "跨", "穿", "路", "错", "渡", "胜", "闯", "挺", "熬", "走", "跑", "看", "做",
      "去", "来", "到", "用", "有", "见", "听", "住", "再", "又", "还", "办", "举", "获", "得",
      "受", "拿", "参", "访", "试", "搞", "建", "修", "赢", "输", "吃", "喝", "买", "卖", "送", "收", "给", "借",
      "犯", "换", "坐", "乘", "生", "养", "种", "当", "干", "开", "说", "讲", "问", "写", "唱", "演", "拍", "考",
      "查", "治", "救", "帮", "带", "领", "管", "玩", "学", "练", "比", "涨", "降", "跌", "升", "创", "出", "放",
      "翻", "转", "绕", "擦", "闪", "漏", "太", "好", "难", "莫", "没", "未", "曾", "略", "掠", "透", "滤", "回",
      "离",
    ],
    "破": [
      "打", "击", "攻", "侦", "爆", "识", "看", "点", "说", "道", "残", "捅", "刺", "撕", "划", "磨", "冲", "突",
      "跌", "戳", "砸", "摔", "弄", "揭", "勘", "告", "破",
    ],
    "约": [
      "节", "预", "签", "公", "条", "契", "相", "制", "邀", "违", "特", "履", "践", "赴", "失", "婚", "和", "租",
      "解", "毁", "简", "集", "大", "隐", "合", "誓", "守", "立", "订", "缔", "盟", "规", "续", "爽",
    ],
    "近": ["附", "邻", "靠", "亲", "贴", "走", "临", "就", "接", "将", "最", "凑", "拉", "挨"],
    "超": ["赶", "高", "招"],
  ]

  /// Words of ``before`` that mean "exceeding" only before a round amount (with 十, 百, 千,
  /// 万 or 亿: 过10亿元, 破千亿, 突破3000万标准箱) or before a measure of ``roundFreeKinds``
  /// (过5000元); before a plain count they are verbs (破3项纪录, 过3次, 突破3项关键技术).
  public static let roundOnly: Set<String> = ["过", "破", "突破", "冲破"]

  /// Kinds before which the words of ``roundOnly`` qualify any number.
  public static let roundFreeKinds: Set<QuantityKind> = [
    .money, .weight, .area, .length, .volume, .percentage,
  ]

  /// Kinds before which the words of ``roundOnly`` never qualify: 再过3年 is time passing.
  public static let roundOnlyExcludedKinds: Set<QuantityKind> = [.duration]

  /// Words right after the number and its unit (60%左右, 20%以上, 500元上下).
  public static let after: [(word: String, qualifier: Qualifier)] = [
    ("（含）以上", .atLeast), ("(含)以上", .atLeast), ("及以上", .atLeast), ("或以上", .atLeast),
    ("以上", .over), ("之上", .over), ("有余", .over), ("多", .over), ("余", .over),
    ("以下", .under), ("之下", .under), ("以内", .atMost), ("之内", .atMost), ("左右", .about),
    ("上下", .about),
  ]

  /// Units after which 多 or 余 may stand as "more than" (3年多, 两个多月 is in the units).
  public static let afterUnitOverHosts: Set<QuantityKind> = [.duration]

  /// Units after which 多 or 余 stand as "more than" only at the end of the phrase: before
  /// a non-Han scalar or a scalar of ``afterUnitOverFollowers`` (每公斤6元多, 3斤多的鱼,
  /// 2米多高, 一成多), never before another word (5元多用于, 300元余额).
  public static let guardedAfterUnitOverHosts: Set<QuantityKind> = [
    .money, .weight, .length, .area, .volume, .percentage, .percentagePoint,
  ]

  /// Scalars that may follow 多 or 余 after a unit of ``guardedAfterUnitOverHosts``.
  public static let afterUnitOverFollowers: ScalarSet = [
    "的", "了", "呢", "吧", "啊", "呀", "钱", "錢", "一", "点", "點", "些", "重", "高", "长", "長",
    "宽", "寬", "深", "远", "遠", "厚", "粗", "大", "和", "与", "與", "及", "或", "至", "到",
  ]

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
