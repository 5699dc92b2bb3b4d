/// The words and marks a Chinese newspaper page uses to lay out its articles, as data:
/// what closes a sentence, what opens a lead, how 导读 blocks, continuation markers,
/// captions and datelines are written.
enum PageStructureLexicon {
  /// Marks that end a sentence (folded forms). A line ending with one closes its paragraph.
  static let sentenceEnds: ScalarSet = ["。", "!", "?", "…", ";", "．"]

  /// Marks a headline may end with, also inside closing quotes (`“家门口就能就业了！”`).
  static let headlineEnds: ScalarSet = ["!", "?"]

  /// Closing quotes and brackets that may follow the end of a sentence (`…说。”`).
  static let closers: ScalarSet = ["”", "’", "」", "』", ")", "》", "]", "】", "\""]

  /// Dashes: a paragraph ending with `——` introduces the next one.
  static let dashes: ScalarSet = ["—", "─", "-", "~"]

  /// Marks found inside sentences but not in headlines (folded forms).
  static let clauseMarks: ScalarSet = [",", ";", "。"]

  /// The enumeration comma: rare in headlines, common in a body line cut by the layout.
  static let enumerationComma: Unicode.Scalar = "、"

  /// A headline line holds at most this many non-space scalars (unless marked `#`).
  static let longestHeadline = 40

  /// A headline whose phrases are set apart by spaces (a kicker and its headline merged by
  /// the OCR) may hold this many.
  static let longestSpacedHeadline = 60

  /// A byline line holds at most this many scalars.
  static let longestBylineLine = 80

  /// A bracketed byline after an agency lead (`本报讯（记者 A B …）`) holds at most this many
  /// scalars: room for about a hundred names, and still a bound on the search for `）`.
  static let longestBracketedByline = 400

  /// A credit trailing a paragraph holds at most this many scalars.
  static let longestTrailingCredit = 40

  /// Line endings of a kicker (引题) that reports a speech: `X在…会上强调`.
  static let kickerEndings = ["强调", "指出", "表示", "要求", "提出", "时说", "上说", "寄语", "致辞时说"]

  /// How column and campaign labels (栏目) printed beside a headline start.
  static let columnLabelStarts = [
    "学习贯彻", "学习宣传", "喜迎", "献礼", "聚焦", "践行", "走进", "关注", "专题", "特别报道",
    "系列报道", "奋进新征程", "新春走基层", "一线传真", "记者调查", "两会", "代表委员",
    "记者手记", "记者观察", "编者按", "短评", "评论员文章",
  ]

  /// How column and campaign labels end.
  static let columnLabelEndings = [
    "精神", "攻坚战", "系列报道", "进行时", "在行动", "新征程", "巡礼", "走基层", "大家谈", "之窗",
  ]

  /// Characters that end no headline: function words left at the end of a sentence cut
  /// by the column layout (`…在“浙里办”上线以` + `来，…`).
  static let cutSentenceEnds: ScalarSet = ScalarSet(
    "以的了在和与及对从向将把被为是于着地得之其并而或等让使给由所也都就还又再很更最".unicodeScalars)

  /// Words that open the first paragraph of an article printed without a lead: a short
  /// line right before one is a headline, not a body line cut by the layout.
  static let articleOpeners = [
    "日前", "近日", "近期", "前不久", "不久前", "昨天", "昨日", "今天", "今日", "前天", "当天",
    "连日来", "近年来", "今年以来", "据悉", "据了解", "记者", "本报", "上周", "本周", "近来",
    "本月", "上月", "金秋", "初夏", "盛夏", "入冬", "新年伊始",
  ]

  /// A line that is a 导读 (guide) header.
  static let guideHeaders = ["导读", "今日导读", "本期导读", "要闻导读", "本版导读", "导 读", "導讀"]

  /// How a guide entry points to its page: `» 详见 3 版`.
  static let guideReferenceStarts = ["»", "›", ">>", "详见", "见第", "請看", "请看", "詳見"]

  /// Continuation markers: `(下转2版)`, `(上接1版)`, `下转第2版`.
  static let continuationWords = ["下转", "上接", "接上", "转下", "转第", "接第", "下接", "上转", "转至"]

  /// The page unit of a continuation or guide reference.
  static let pageUnit: Unicode.Scalar = "版"

  /// The ordinal prefix `第`.
  static let ordinalPrefix: Unicode.Scalar = "第"

  /// Words a photo caption starts with.
  static let captionStarts = [
    "图为", "上图", "下图", "左图", "右图", "图片为", "照片为", "组图", "图①", "图1", "图一", "图:",
  ]

  /// Words of masthead and page-header lines (报头, 报眉): at the top of a page, lines holding
  /// them are not headlines.
  static let pageHeaderWords = [
    "主办", "承办", "协办", "主管", "出版", "热线", "邮箱", "代号", "刊号", "星期", "农历", "总第",
    "定价", "零售价", "邮编", "地址", "电话", "传真", "网址", "印刷", "广告", "发行", "期号",
  ]

  /// How a paper's name ends (`萧山日报`, `钱塘新区报`): a short line ending so at the top of
  /// a page is the nameplate, not a headline.
  static let paperNameEndings = ["报", "報", "周刊", "晚刊"]

  /// The units of a printed date.
  static let yearMark: Unicode.Scalar = "年"
  /// The month mark of a printed date.
  static let monthMark: Unicode.Scalar = "月"
  /// The day marks of a printed date.
  static let dayMarks: ScalarSet = ["日", "号"]

  /// Chinese numerals in dates (`十月二十六日`).
  static let numerals: [(String, Int)] = [
    ("〇", 0), ("零", 0), ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6),
    ("七", 7), ("八", 8), ("九", 9), ("十", 10), ("廿", 20), ("卅", 30), ("两", 2),
  ]

  /// Days relative to the issue date.
  static let relativeDays: [(String, Int)] = [
    ("昨天", -1), ("昨日", -1), ("昨", -1), ("前天", -2), ("前日", -2), ("今天", 0), ("今日", 0),
    ("今晨", 0), ("当日", 0),
  ]

  /// Parts of the day printed after a dateline's date.
  static let partsOfDay = [
    "凌晨", "清晨", "早晨", "早上", "上午", "中午", "午间", "午后", "下午", "傍晚", "晚上", "晚间",
    "夜间", "深夜", "当晚", "晚", "夜", "早", "晨",
  ]

  /// The last scalar of a lead's agency: `本报讯`, `快讯`, `杭州10月8日电`.
  static let leadEnds: [(String, LeadEnd)] = [
    ("讯", .report), ("訊", .report), ("电", .wire), ("電", .wire),
  ]

  /// Words glued before `讯` that belong to the lead's end, not to the place (`杭州快讯`).
  static let leadEndPrefixes = ["快", "专"]

  /// Words that follow `讯` in prose (讯息, 讯问): such a `讯` ends no lead.
  static let reportWordFollowers: ScalarSet = [
    "息", "号", "问", "录", "速", "飞", "员", "員", "社", "稿", "工",
  ]

  /// Scalars before `讯`/`电` that end an outlet's name or a date (`本报讯`, `4月24日电`).
  static let leadAnchors: ScalarSet = [
    "报", "報", "网", "網", "台", "臺", "社", "刊", "线", "線", "日", "号", "快", "闻", "聞",
  ]

  /// Words that may follow a wire lead's `电`: `电(记者…)`, `电 题：`, `电据…`.
  static let wireFollowers = ["记者", "記者", "题", "題", "据", "據", "本报", "本報", "通讯员", "通訊員"]

  /// Words closing an attribution (`据《钱江晚报》报道`).
  static let attributionEnds = ["报道", "报导", "消息", "介绍", "報道", "報導", "消息", "介紹"]

  /// `据` before a lead (`据新华社电`), simplified and traditional.
  static let attributions: ScalarSet = ["据", "據"]

  /// The outlet part of a lead, longest first (`新华社`, `浙江在线`, `杭州日报`). A lone
  /// `台` is left out: it starts place names (台州).
  static let outletEndings = [
    "报社", "日报", "晚报", "报", "報", "社", "网", "網", "电视台", "電視臺", "电台", "刊", "在线",
    "新闻", "新聞",
  ]

  /// Scalars that end an outlet's name: a lead's prefix must hold one.
  static let outletAnchors: ScalarSet = [
    "报", "報", "网", "網", "台", "臺", "社", "刊", "线", "線", "闻", "聞",
  ]

  /// Brackets a lead may be printed in (`【新华社北京4月24日电】`), folded forms.
  static let leadBrackets: ScalarSet = ["【", "[", "〔", "〖"]

  /// Marks allowed inside a lead's prefix besides Han, digits and spaces.
  static let leadPrefixMarks: ScalarSet = ["《", "》", "“", "”", "·", "-"]

  /// Where credits glued to a wire lead end (`电记者张金江报道:`), folded forms.
  static let gluedCreditEnds: ScalarSet = [":", ",", "。"]
}

/// How a lead ends: `讯` (own report) or `电` (wire).
enum LeadEnd: Sendable {
  /// `本报讯`, `XX日报讯`, `快讯`.
  case report
  /// `新华社北京4月24日电`.
  case wire
}
