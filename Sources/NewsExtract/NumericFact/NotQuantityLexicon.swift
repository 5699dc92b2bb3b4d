/// Contexts in which a number with a real unit is still no quantity a reader would sum or
/// chart: a geographic coordinate (东经120°12′, 北纬30度), a sport event's name (100米栏,
/// 4×100米接力, 200米蛙泳), a round-the-clock service (24小时热线, 7×24小时, 365天不打烊),
/// a figurative angle (360度全景, 180度大转弯); and the words that make 度 or ° an angle
/// (kind ``QuantityKind/other``) rather than a temperature (倾斜30度, 坡度15°).
///
/// ```swift
/// NotQuantityLexicon.coordinateWords.contains("北纬")  // true
/// NotQuantityLexicon.sportEventWords.contains("蛙泳")  // true
/// ```
public enum NotQuantityLexicon {
  /// Words before a number that make it a longitude or latitude (东经120°, 北纬30度,
  /// 纬度23.5度): a position, not an amount, and never a temperature.
  public static let coordinateWords = [
    "东经", "西经", "南纬", "北纬", "经度", "纬度",
  ]

  /// Words before a number that make 度 or ° an angle (倾斜30度, 坡度15°, 旋转90度): the
  /// fact is kept with kind other, never as a temperature.
  public static let angleWords = [
    "角度", "倾斜", "倾角", "坡度", "夹角", "仰角", "俯角", "转角", "旋转", "转动", "偏转", "转向",
  ]

  /// Words after 度 or ° that make the angle figurative (360度全景, 180度大转弯, 360度无死角):
  /// a manner, not a measure, so no fact at all.
  public static let figurativeAngleFollowers = [
    "全景", "无死角", "大转弯", "大转变", "全方位", "环绕", "立体",
  ]

  /// The most scalars (qualifiers and linking words: 约, 达, 为, 了, 不超过) that may stand
  /// between a coordinate or angle word and its number (北纬约30度, 坡度不超过25度).
  public static let maxWordGap = 4

  /// The marks of minutes of arc after `degrees + digits` (120°12′, 30度15分): the degrees
  /// are a coordinate or an angle in degree-minute form, never a temperature.
  public static let arcMinuteMarks: ScalarSet = ["′", "'", "’", "分"]

  /// Words right after a length that make it a sport event's name (100米栏, 4×100米接力,
  /// 50米自由泳, 3000米障碍, 800米决赛): the event, not a measured distance. A real
  /// length stays a fact (全长400米的跑道, 游了1500米).
  public static let sportEventWords = [
    "栏", "跨栏", "接力", "自由泳", "蛙泳", "仰泳", "蝶泳", "混合泳", "短跑", "长跑", "赛跑",
    "跑", "障碍", "越野", "竞走", "速滑", "冠军", "亚军", "季军", "金牌", "银牌", "铜牌", "决赛",
    "半决赛", "预赛", "复赛", "比赛", "项目",
  ]

  /// Words that begin with a sport event word but name a real thing with a length (400米跑道,
  /// 500米栏杆, 200米障碍物): the length stays a fact.
  public static let sportEventExceptions = [
    "跑道", "栏杆", "栏板", "障碍物",
  ]

  /// Round-the-clock amounts of time (unit word, value): 24小时 and 365天 after ×, 全天 or
  /// 全年, or before a service word, say when a service runs, not how long something took.
  public static let roundTheClock: [(unit: String, value: UInt64)] = [("小时", 24), ("天", 365)]

  /// Words right before a round-the-clock amount (7×24小时, 全天24小时开放, 全年365天).
  public static let roundTheClockLeaders = ["×", "全天", "全天候", "全年", "一年"]

  /// Service words right after a round-the-clock amount (24小时热线, 24小时值班,
  /// 365天不打烊). 24小时内 stays a duration.
  public static let roundTheClockFollowers = [
    "热线", "服务", "值班", "值守", "营业", "开放", "在线", "不间断", "不打烊", "无休", "待命",
    "全天候", "畅通", "运行", "运转", "监控", "监测", "巡逻", "守护", "接警", "便利店", "自助",
  ]

  /// Words right after a number of people that make it a game's format (5人制足球,
  /// 3人制篮球): the rule of the game, not a head count.
  public static let formatWords = ["制"]

  /// Words that begin with a format word but are verbs or nouns of their own (由5人制定方案,
  /// 3人制作): the head count stays a fact.
  public static let formatExceptions = [
    "制定", "制订", "制作", "制造", "制成", "制服", "制止", "制度", "制品", "制图", "制约", "制冷",
  ]

  /// Named reach zones after an amount of time (15分钟生活圈, 1小时经济圈, 10分钟便民服务圈):
  /// a planning concept's name, not a time spent. 绕湖一圈 after a time is no such word.
  public static let reachZoneWords = [
    "生活圈", "健身圈", "服务圈", "便民圈", "经济圈", "交通圈", "通勤圈", "医疗圈", "就医圈",
    "养老圈", "文化圈", "都市圈", "旅游圈", "阅读圈", "学习圈", "就业圈", "教育圈", "商业圈",
    "文体圈", "体育圈", "救援圈", "急救圈", "消费圈", "商圈",
  ]

  /// The most Han scalars (便民, 社区, 综合) that may stand between an amount of time and
  /// its reach-zone word (15分钟便民生活圈).
  public static let maxReachZoneGap = 2
}
