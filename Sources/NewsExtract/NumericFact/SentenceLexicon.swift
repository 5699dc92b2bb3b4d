/// The punctuation that ends a sentence, and the words that bound a fact's subject.
///
/// ```swift
/// SentenceLexicon.terminators.contains("。")  // true
/// ```
public enum SentenceLexicon {
  /// Sentence ends (full-width forms fold to the ASCII ones).
  public static let terminators: ScalarSet = ["。", "!", "?", ";", "！", "？", "；"]

  /// Marks and words after which a sentence starts even without a sentence end before them:
  /// byline bullets and the lead word of a report (■记者 …, 本报讯 …).
  public static let openers = ["■", "●", "◆", "▲", "本报讯", "本報訊"]

  /// Punctuation that bounds a subject (clause marks, quotes, brackets).
  public static let clauseMarks: ScalarSet = [
    "。", "!", "?", ";", ",", "、", ":", "(", ")", "“", "”", "‘", "’", "《", "》", "【", "】",
    "「", "」", "\"", "'", "…", "—", "·", "■", "●", "▲", "◆",
  ]

  /// Linking words between a subject and its number (面积达3338.4平方米, 总数为), longest
  /// first when matched.
  public static let links = [
    "达到", "达", "为", "约为", "共计", "总计", "合计", "累计", "共有", "共", "有", "是", "超过", "近",
    "约", "已达", "分别为", "分别", "增至", "已有", "完成", "突破", "实现", "同比", "环比", "比上年",
    "较上年", "比去年", "较去年", "了", "在", "控制在", "保持在", "稳定在", "现有",
  ]

  /// Words joining two percentages that share a change word (分别增长5.1%和6.8%).
  public static let connectors = ["和", "、", "与", "及", "以及"]

  /// Words inside a clause before a number after which the subject starts (全区共有持证残障人士
  /// → 持证残障人士).
  public static let subjectOpeners: ScalarSet = [
    "有", "是", "了", "对", "把", "被", "向", "给", "和", "与", "及", "其", "达", "为", "共", "等",
    "的", "年", "月", "日",
  ]

  /// Words inside a clause after which the subject starts (其中企业 → 企业).
  public static let subjectOpenerWords = [
    "其中", "实现", "完成", "累计", "共有", "排摸", "使得", "发放", "处理", "接待", "出动", "建立",
    "形成", "打造", "提供", "新增", "拥有", "利用", "回传", "吸引", "带动", "惠及", "涉及", "覆盖",
  ]

  /// Scalars that end a subject written after the measure word (8800余户居民的 → 居民).
  public static let subjectEnders: ScalarSet = [
    "的", "和", "与", "及", "等", "将", "已", "都", "均", "共", "是", "为", "了", "被", "在",
  ]

  /// Auxiliaries and locatives that show a run of characters is a verb phrase or a place,
  /// not a noun: a subject holding one is dropped.
  public static let subjectBreakers: ScalarSet = [
    "已", "正", "将", "要", "可", "能", "会", "还", "又", "再", "就", "才", "都", "均", "也", "外",
    "内", "里", "上", "下", "前", "后", "间", "以", "于", "建", "立", "签", "订", "入", "住", "开",
    "工", "逐", "步", "相", "近", "辖", "范", "围", "参", "与", "每", "预", "现", "或",
  ]

  /// The shortest and longest subject, in scalars.
  public static let subjectLength = 2...10

  /// Verbs that show a run after a measure word is a predicate, not the counted noun
  /// (150人增加到 …).
  public static let trailingSubjectBreakers: ScalarSet = [
    "到", "增", "加", "减", "降", "提", "达", "完", "实", "推", "进", "发", "举", "办", "设", "用",
    "作", "做", "有", "受", "获", "得", "使", "让", "把", "对", "向", "从", "来", "去", "成",
  ]

  /// The kinds whose subject may follow the measure word (8800余户居民, 6个小区).
  public static let trailingSubjectKinds: Set<QuantityKind> = [.count, .people, .households]

  /// The longest subject taken from after the measure word.
  public static let trailingSubjectLength = 2...4
}
