/// The punctuation that ends a sentence, and the words that bound a fact's subject.
///
/// ```swift
/// SentenceLexicon.terminators.contains("。")  // true
/// ```
public enum SentenceLexicon {
  /// Sentence ends (full-width forms fold to the ASCII ones).
  public static let terminators: Set<Unicode.Scalar> = ["。", "!", "?", ";", "！", "？", "；"]

  /// Punctuation that bounds a subject (clause marks, quotes, brackets).
  public static let clauseMarks: Set<Unicode.Scalar> = [
    "。", "!", "?", ";", ",", "、", ":", "(", ")", "“", "”", "‘", "’", "《", "》", "【", "】",
    "「", "」", "\"", "'", "…", "—", "·", "■", "●", "▲", "◆",
  ]

  /// Linking words between a subject and its number (面积达3338.4平方米, 总数为), longest
  /// first when matched.
  public static let links = [
    "达到", "达", "为", "约为", "共计", "总计", "合计", "累计", "共有", "共", "有", "是", "超过", "近",
    "约", "已达", "分别为", "分别", "增至", "已有",
  ]

  /// Words inside a clause before a number after which the subject starts (全区共有持证残障人士
  /// → 持证残障人士).
  public static let subjectOpeners: Set<Unicode.Scalar> = [
    "有", "是", "了", "在", "对", "把", "被", "向", "从", "给", "让", "使", "将", "和", "与", "及",
    "其", "中", "达", "为", "共", "计", "各", "等", "的", "年", "月", "日", "至", "到",
  ]

  /// Scalars that end a subject written after the measure word (8800余户居民的 → 居民).
  public static let subjectEnders: Set<Unicode.Scalar> = [
    "的", "和", "与", "及", "等", "在", "中", "已", "都", "均", "共", "是", "为", "了", "将", "被",
    "参", "进", "实", "开", "完", "提", "获", "得", "入", "出", "到",
  ]

  /// The shortest and longest subject, in scalars.
  public static let subjectLength = 2...8

  /// The longest subject taken from after the measure word.
  public static let trailingSubjectLength = 2...5
}
