/// Every Chinese word the masthead parser knows, as data tables.
///
/// The scanner (``MastheadExtractor``) holds no Chinese literal: it matches these
/// tables against folded scalars, longest entry first. Sources for each table are in
/// `CONVENTIONS.md` §4.3–4.6.
///
/// ```swift
/// MastheadLexicon.roles.first { $0.word == "主办" }?.role  // .sponsor
/// ```
enum MastheadLexicon {
  /// A masthead role word and the role it names.
  struct RoleWord: Sendable, Hashable {
    /// The word as printed, such as `主办单位`.
    let word: String
    /// The role it names.
    let role: MastheadRole
  }

  /// Role words of the 主管 / 主办 / 承办 / 协办 / 出版 lines, in both word orders.
  ///
  /// Longer words come first so that `主办单位` wins over `主办`.
  static let roles: [RoleWord] = [
    RoleWord(word: "主管单位", role: .supervisor),
    RoleWord(word: "主办单位", role: .sponsor),
    RoleWord(word: "联合主办", role: .sponsor),
    RoleWord(word: "承办单位", role: .organizer),
    RoleWord(word: "协办单位", role: .coOrganizer),
    RoleWord(word: "出版单位", role: .publisher),
    RoleWord(word: "编辑出版", role: .publisher),
    RoleWord(word: "出版发行", role: .publisher),
    RoleWord(word: "出版者", role: .publisher),
    RoleWord(word: "主管", role: .supervisor),
    RoleWord(word: "主办", role: .sponsor),
    RoleWord(word: "承办", role: .organizer),
    RoleWord(word: "协办", role: .coOrganizer),
    RoleWord(word: "出版", role: .publisher),
  ]

  /// Endings of the names of bodies (organs, governments, companies) that sponsor or
  /// publish a paper; a name printed before its role word (`…人民政府主办`) must end
  /// with one of them.
  static let bodySuffixes: [String] = [
    "委员会", "人民政府", "政府", "集团", "公司", "报社", "杂志社", "出版社", "中心", "办公室",
    "宣传部", "组织部", "管委会", "文联", "联", "协", "委", "部", "局", "厅", "办", "社", "会", "院", "所", "站", "台",
    "馆", "处", "室", "校", "大学", "学院", "协会", "联合会", "网", "街道", "镇", "乡", "区",
    "县", "市", "省",
  ]

  /// Words that open prose rather than a name (`由区委宣传部主办的活动`).
  static let proseOpeners: [String] = ["由", "经", "在", "为", "据", "将", "是", "和"]

  /// Words that never stand inside the name of a body, only in prose
  /// (`会议由区委办公室主办`).
  static let proseWords: [String] = ["由", "的", "了", "在", "将", "把", "被"]

  /// Labels of phone numbers; the word closest to a number becomes its label.
  static let phoneLabels: [String] = [
    "热线电话", "新闻热线", "服务热线", "征订热线", "发行热线", "广告热线", "读者热线", "热线",
    "电话", "传真", "手机", "联系电话",
  ]

  /// Words right before a short number (five or six digits) that make it a phone: a
  /// service line or short local number printed as `服务找政府拨12345`, `热线96345`.
  static let serviceCuesBefore: [String] =
    phoneLabels + [
      "拨打", "请拨打", "请拨", "拨", "致电", "报料", "报料电话", "报料热线", "举报电话", "投诉电话",
      "服务电话", "咨询电话", "值班电话", "订报电话",
    ]

  /// Words right after a number that make it a phone (`2220000有奖报料`, `96345热线`).
  static let serviceCuesAfter: [String] = [
    "有奖报料", "新闻报料", "报料热线", "报料电话", "报料", "服务热线", "新闻热线", "热线",
    "服务电话",
  ]

  /// Dial verbs that end the words before a phone; they are dropped from its label
  /// (`服务找政府拨12345` → label `服务找政府`).
  static let dialVerbs: [String] = ["请拨打", "拨打", "请拨", "拨", "致电"]

  /// Labels of e-mail addresses.
  static let emailLabels: [String] = ["投稿邮箱", "电子邮箱", "邮箱", "电子信箱", "信箱"]

  /// Labels of a website.
  static let websiteLabels: [String] = ["网址", "网站", "网络版", "电子版"]

  /// Labels that introduce the serial number (国内统一连续出版物号, CN …).
  static let serialLabels: [String] = [
    "国内统一连续出版物号", "国内统一刊号", "统一刊号", "刊号",
  ]

  /// Labels that introduce the postal-distribution code.
  static let postalCodeLabels: [String] = ["邮发代号", "邮局代号"]

  /// Marks printed only in mastheads: each is weak evidence of a block.
  static let otherLabels: [String] = ["号外", "免费赠阅", "内部资料", "免费交流"]

  /// Labels of the 版本记录 and the 报眼 whose value runs to the next label
  /// (`社址：萧山区市心中路 邮编：311200`, `天气 晴 3℃～11℃`). They count only as a word of
  /// their own, followed by a colon or a space.
  static let valueLabels: [String] = [
    "本报地址", "报社地址", "通讯地址", "投稿地址", "地址", "社址", "邮编", "邮政编码", "定价", "零售价", "印刷", "印刷单位", "广告经营许可证",
    "广告许可证", "内部资料准印证号", "内部资料准印证", "准印证号", "准印证", "天气", "社长", "总编辑", "总编",
  ]

  /// Words that open the page count: `今日8版`, `本期12版`, `共16版`.
  static let pageCountOpeners: [String] = ["今日", "本期", "今天", "共"]

  /// The measure word of pages (`版`).
  static let pageWord: String = "版"

  /// Ordinal prefix (`第`) of page and issue numbers.
  static let ordinalPrefix: String = "第"

  /// The cumulative prefix of `总第427期`.
  static let cumulativePrefix: String = "总"

  /// The measure word of issues (`期`, also `号` in some papers).
  static let issueWords: [String] = ["期", "号"]

  /// Calendar marks of a written date: year, month, day (`日` or `号`).
  static let yearMark: String = "年"
  /// The month mark of a written date.
  static let monthMark: String = "月"
  /// The day marks of a written date.
  static let dayMarks: [String] = ["日", "号"]

  /// Weekday prefixes (`星期三`, `周三`, `礼拜三`).
  static let weekdayPrefixes: [String] = ["星期", "礼拜", "周"]

  /// Weekday names after a prefix, with Foundation's numbering (1 = Sunday).
  static let weekdayNames: [(name: String, weekday: Int)] = [
    ("日", 1), ("天", 1), ("一", 2), ("二", 3), ("三", 4), ("四", 5), ("五", 6), ("六", 7),
  ]

  /// The prefix of a printed lunar date.
  static let lunarPrefixes: [String] = ["农历", "夏历", "阴历"]

  /// The ten heavenly stems (天干), in cycle order.
  static let heavenlyStems: [String] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]

  /// The twelve earthly branches (地支), in cycle order.
  static let earthlyBranches: [String] = [
    "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥",
  ]

  /// The twelve zodiac animals (生肖), in branch order (`壬寅虎年`).
  static let zodiacAnimals: [String] = [
    "鼠", "牛", "虎", "兔", "龙", "蛇", "马", "羊", "猴", "鸡", "狗", "猪",
  ]

  /// The leap-month mark (`闰二月`).
  static let leapMark: String = "闰"

  /// Lunar month names that are not plain numerals.
  static let lunarMonthNames: [(name: String, month: Int)] = [
    ("正", 1), ("元", 1), ("冬", 11), ("腊", 12),
  ]

  /// Lunar day prefixes and the tens they add: `初一` = 1, `廿一` = 21, `卅` = 30.
  static let lunarDayPrefixes: [(prefix: String, tens: Int)] = [
    ("初", 0), ("廿", 20), ("念", 20), ("卅", 30),
  ]

  /// Chinese digits, including the zero forms used in written years (二〇二二).
  static let digits: [(digit: String, value: Int)] = [
    ("〇", 0), ("○", 0), ("零", 0), ("一", 1), ("二", 2), ("两", 2), ("三", 3),
    ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9),
  ]

  /// The numeral ten (`十`).
  static let ten: String = "十"

  /// Openers of article text: a masthead block ends before any of them.
  static let articleCues: [String] = [
    "本报讯", "本台讯", "本刊讯", "本网讯", "新华社", "中新社", "中新网", "据新华社",
  ]

  /// Leading marks of a byline line (`■记者 …`).
  static let bylineMarks: [String] = ["■", "◎", "●", "▲", "□"]

  /// Sentence punctuation that marks prose.
  static let sentenceMarks: [String] = ["。", "！", "？", "；"]

  /// Separators of several bodies printed under one role.
  static let nameSeparators: [String] = ["、", "，", ",", "/", "；", ";"]

  /// Endings of paper names, used to pick the nameplate among the first lines.
  static let paperNameSuffixes: [String] = [
    "日报", "晚报", "早报", "时报", "商报", "周报", "导报", "新闻", "周刊", "报", "刊",
  ]

  /// Endings of a paper name printed after the date of a running header
  /// (`2022年11月9日 星期三 钱塘新区报`); stricter than ``paperNameSuffixes`` so that a
  /// section name (`综合新闻`) is not taken for the paper.
  static let runningHeaderNameSuffixes: [String] = ["报", "刊"]

  /// Quotation marks around a paper name (`《钱塘新区报》`).
  static let titleMarks: [String] = ["《", "》"]
}
