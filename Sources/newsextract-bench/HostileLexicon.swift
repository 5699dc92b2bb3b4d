/// The text pieces the full-size hostile inputs are built from.
enum HostileLexicon {
  /// A sentence with numbers, units, a byline opening and brackets, repeated for the huge line.
  static let sentence = "本报讯（记者 甲乙）全区约5000万元，同比增长12.5%，惠及8800余户居民。"
  /// A byline opening with no closing bracket.
  static let bylineOpening = "本报讯("
  /// Big multipliers in a row.
  static let multipliers = "万万亿"
}
