/// The contexts in which a number is not a fact: ordinals, calendar years, codes, phone
/// numbers, idioms, and unit words that start a longer word.
///
/// ```swift
/// ExclusionLexicon.ordinalPrefixes  // ["第"]
/// ```
public enum ExclusionLexicon {
  /// Words before a number that make it an ordinal (第7站, 总第427期).
  public static let ordinalPrefixes = ["第", "第 "]

  /// Scalars right before a number that make it part of a code, address or formula
  /// (TOP20, qtxqdaily@126.com, 1+5+N, No.5, #3).
  public static let codeNeighbours: ScalarSet = [
    "@", "#", "_", "+", "=", "/", "\\", "&", "*", "^", "~",
  ]

  /// Scalars right after a number that make it a code, a clock time or a formula
  /// (6:00, 6+2, 1.0.3).
  public static let codeFollowers: ScalarSet = ["+", ":", "@", "_", "=", "*", "#"]

  /// Labels before phone numbers (a long plain integer after them is never a fact).
  public static let phoneLabels = [
    "电话", "热线", "手机", "传真", "邮编", "号码", "咨询", "QQ", "qq", "微信", "联系方式",
  ]

  /// Imprint labels of a paper's masthead or footer: a number right after them is the
  /// paper's own data (定价1.50元, 邮发代号31-50), not news.
  public static let imprintLabels = [
    "定价", "订价", "月价", "年价", "邮发代号", "刊号", "邮编",
  ]

  /// The fewest digits of a plain integer that may be a phone number or code.
  public static let phoneDigits = 7

  /// The most plain spaces (ASCII or full-width, no line break) that may stand between a
  /// qualifier or change word and its number (约 3000 平方米, 同比增长　5.2%).
  public static let maxGapSpaces = 2

  /// Reign titles of the Tang, Song, Ming and Qing emperors most often printed, and 民国:
  /// a year number right after them is a date of that era (明洪武27年, 光绪三十年,
  /// 民国二十年), never an amount of time.
  public static let eraNames = [
    "贞观", "开元", "天宝", "建隆", "庆历", "熙宁", "元丰", "元祐", "绍兴", "淳熙", "嘉定",
    "至正", "洪武", "建文", "永乐", "洪熙", "宣德", "正统", "景泰", "天顺", "成化", "弘治",
    "正德", "嘉靖", "隆庆", "万历", "泰昌", "天启", "崇祯", "顺治", "康熙", "雍正", "乾隆",
    "嘉庆", "道光", "咸丰", "同治", "光绪", "宣统", "民国",
  ]

  /// The unit word after which a plain four-digit number is a calendar year.
  public static let calendarYearUnit = "年"

  /// Years: a plain four-digit integer in this range before 年 is a calendar year.
  public static let yearRange = 1800...2199

  /// Unit words that stop being units when a longer word begins with them
  /// (3年级 is a grade, 80年代 a decade, 两位数 a digit count, 3方面 aspects).
  public static let unitWordContinuations: [String: Set<Unicode.Scalar>] = [
    "年": ["级", "代", "份", "度", "初", "底", "末"],
    "元": ["化", "素", "宇", "论", "旦", "年", "首", "老", "帅", "月", "朝", "气", "件"],
    "位": ["数", "置", "于"],
    "方": ["面", "案", "式", "向", "法", "针", "位", "阵", "便", "言", "舱"],
    "名": ["单", "字", "称", "义", "片", "牌", "列", "录", "次"],
    "周": ["边", "末", "围", "到", "期", "全", "密", "报", "岁", "年"],
    "天": ["然", "下", "津", "地", "空", "气", "才", "堂"],
    "次": ["方", "要", "序", "级", "贷", "生"],
    "度": ["假", "过", "量", "日"],
    "起": ["步", "来", "点", "草", "诉", "源", "航", "飞", "到"],
    "期": ["间", "限", "望", "待", "刊", "货", "末", "满", "工", "项", "地", "建"],
    "单": ["元", "位", "独", "一", "纯", "据", "列", "身", "车", "品", "体"],
    "部": ["分", "署", "位", "长", "队"],
    "台": ["湾", "风", "州", "阶", "账", "上", "下"],
    "臺": ["灣", "北", "中", "南", "東", "風", "州", "階", "上", "下"],
    "头": ["条", "等", "号", "脑"],
    "道": ["路", "理", "德", "歉", "教", "具"],
    "本": ["报", "市", "区", "地", "届", "次", "科", "身", "土", "着", "金", "色"],
    "节": ["目", "点", "约", "能", "日", "奏", "气", "假"],
    "门": ["户", "口", "槛", "类", "诊"],
    "场": ["所", "景", "馆"],
    "首": ["都", "府", "先", "次", "位", "批", "席", "创", "发", "届"],
    "口": ["岸", "罩", "号", "径"],
    "对": ["接", "口", "标", "话", "象", "于", "外", "比"],
    "只": ["要", "有", "是", "能"],
    "把": ["握", "关"],
    "人": ["民", "才", "大", "类", "工", "员", "口", "文", "社", "气", "间"],
    "户": ["口", "外", "籍", "型"],
    "家": ["乡", "长", "园", "风", "属", "政", "族"],
    "米": ["粮", "饭"],
    "蚊": ["子", "虫", "香", "帐", "蝇", "媒", "患"],
    "码": ["头", "事", "字", "率", "洋", "数", "农", "表", "子", "放", "上", "好", "成"],
    "迈": ["进", "出", "向", "入", "上", "开", "过", "步", "克", "阿"],
    "克": ["服", "隆"],
    "升": ["级", "华", "值", "温"],
    "层": ["次", "级", "面"],
    "支": ["持", "付", "出", "部", "援"],
    "组": ["织", "团", "建", "长", "合"],
    "队": ["伍", "员", "长"],
    "处": ["理", "置", "长", "罚", "于"],
    "间": ["隔", "断"],
    "类": ["似", "型"],
    "批": ["准", "示", "评"],
    "张": ["贴", "扬"],
    "根": ["据", "本", "源", "治", "除"],
    "所": ["有", "属", "在", "以", "谓", "得"],
    "座": ["谈", "右", "位"],
    "集": ["团", "中", "体", "聚", "成", "市", "镇", "结"],
    "份": ["额", "子"],
    "笔": ["记", "者"],
    "例": ["如", "会", "行"],
    "票": ["据", "价", "房"],
    "架": ["构", "设"],
    "篇": ["章", "幅"],
    "幅": ["度"],
    "封": ["闭", "控", "面", "存"],
    "折": ["合", "扣", "旧", "算", "射", "叠", "返"],
    "种": ["植", "子", "养", "地", "田", "业", "草", "苗", "粮", "猪"],
    "面": ["积", "向", "对", "貌", "临", "料", "包", "条", "前", "上", "下", "板", "具"],
    "章": ["程", "节", "法"],
    "环": [
      "境", "保", "节", "线", "路", "比", "卫", "评", "湖", "岛", "形", "绕", "游", "视", "球", "内", "外", "扣",
    ],
    "坪": ["山", "地", "坝", "村", "镇", "乡", "上", "下", "街", "路"],
    "成": ["为", "员", "立", "果", "功", "效", "绩", "本", "都", "熟", "就", "长", "交", "型", "了"],
  ]

  /// Fixed phrases whose numerals are not quantities (千头万绪, 千家万户, 一成不变).
  public static let idioms = [
    "千头万绪", "千家万户", "一成不变", "成千上万", "千千万万", "万无一失", "百尺竿头", "三番五次",
    "三番两次", "一五一十", "九牛一毛", "五花八门", "三头六臂", "千方百计", "一举两得", "千军万马",
    "万人空巷", "十万火急", "三天两头", "千篇一律", "五湖四海", "七上八下", "十全十美", "万众一心",
    "四面八方", "一年四季", "千里之外", "万水千山", "千山万水", "百分之百", "百分百", "三五成群",
    "十二分", "百倍", "一个个", "最后一公里", "半斤八两", "半圆", "半边天", "半壁江山", "最后一米", "最后一百米", "一公里范围",
  ]

  /// Marks of a clock time or of the minutes of a race time: seconds after `digit + mark`
  /// (18时30分20秒, 1分23秒45) are part of that time, not an amount of their own, and so are
  /// hours before `digits + mark` (2小时08分15秒).
  public static let timePartMarks: ScalarSet = ["分", "时", "時", "点", "點", "'"]

  /// Words before a number that make an amount of time a calendar span (今年前10个月).
  public static let periodPrefixes = ["前", "头"]

  /// Rankings: 前 before a place count (前3名, 前10位) names places in a ranking.
  public static let rankUnits: Set<String> = ["名", "位", "强"]

  /// Words before a number that make it "recent" rather than "nearly" when the unit is a
  /// duration (近3年, 最近5个月).
  public static let recentPrefixes = ["最近", "近"]
}
