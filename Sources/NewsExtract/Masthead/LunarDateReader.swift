/// Reads a printed lunar date: `农历壬寅年十月十六`, `农历壬寅年冬月十七`,
/// `癸卯年闰二月初一`, `农历腊月廿三`, `农历壬寅虎年正月初一`.
///
/// A lunar date needs its prefix (农历) or a 干支 year, so that `十月十六` alone is not
/// read as one. Foundation cannot parse this text back (CONVENTIONS §4.6), so the
/// tables of `MastheadLexicon` do it.
///
/// ```swift
/// let lunar = LunarDateReader.read("农历壬寅年十月十六")
/// lunar?.cyclicYear  // "壬寅"
/// lunar?.month       // 10
/// lunar?.day         // 16
/// ```
public enum LunarDateReader {
  static let prefixes = ScalarWordList(MastheadLexicon.lunarPrefixes)
  static let stems = ScalarWordList(MastheadLexicon.heavenlyStems)
  static let branches = ScalarWordList(MastheadLexicon.earthlyBranches)
  static let animals = ScalarWordList(MastheadLexicon.zodiacAnimals)
  static let yearMark = ScalarWordList([MastheadLexicon.yearMark])
  static let monthMark = ScalarWordList([MastheadLexicon.monthMark])
  static let leapMark = ScalarWordList([MastheadLexicon.leapMark])
  static let monthNames = ScalarWordList(MastheadLexicon.lunarMonthNames.map(\.name))
  static let dayPrefixes = ScalarWordList(MastheadLexicon.lunarDayPrefixes.map(\.prefix))

  /// Reads a whole string as a lunar date.
  ///
  /// ```swift
  /// LunarDateReader.read("癸卯年闰二月初一")?.isLeapMonth  // true
  /// LunarDateReader.read("十月十六")                      // nil (no 农历, no 干支 year)
  /// ```
  /// - Returns: The date, or `nil` when the text is not exactly one lunar date.
  public static func read(_ string: String) -> LunarDate? {
    let text = SourceText(string)
    guard let reading = read(in: text, at: 0, limit: text.count), reading.end == text.count
    else { return nil }
    return reading.date
  }

  /// The 1-based position of a 干支 pair in the 60-year cycle (`甲子` = 1, `壬寅` = 39), or
  /// `nil` when the stem and branch never pair (`甲丑`).
  ///
  /// ```swift
  /// LunarDateReader.cycleIndex(stem: 8, branch: 2)  // 39
  /// ```
  public static func cycleIndex(stem: Int, branch: Int) -> Int? {
    guard (0..<10).contains(stem), (0..<12).contains(branch), stem % 2 == branch % 2 else {
      return nil
    }
    for candidate in 0..<60 where candidate % 10 == stem && candidate % 12 == branch {
      return candidate + 1
    }
    return nil
  }

  /// A lunar date starting at `position`.
  ///
  /// - Returns: The date and the index after it.
  static func read(in text: SourceText, at position: Int, limit: Int) -> (
    date: LunarDate?, end: Int
  )? {
    var index = position
    var hasPrefix = false
    if let prefix = prefixes.match(in: text, at: index, limit: limit) {
      hasPrefix = true
      index = MastheadNumberReader.skipSpaces(in: text, from: index + prefix.length, limit: limit)
    }
    var cyclicYear: String?
    if let year = cyclicYearText(in: text, at: index, limit: limit) {
      cyclicYear = text.string(index..<index + 2)
      index = MastheadNumberReader.skipSpaces(in: text, from: year, limit: limit)
    }
    guard hasPrefix || cyclicYear != nil else { return nil }
    // 农历新年 is a phrase, not a date: only a month and a day make one.
    guard let monthDay = monthAndDay(in: text, at: index, limit: limit) else { return nil }
    let date = LunarDate(
      text: text.string(position..<monthDay.end), cyclicYear: cyclicYear, month: monthDay.month,
      day: monthDay.day, isLeapMonth: monthDay.leap)
    return (date, monthDay.end)
  }

  /// `壬寅年` or `壬寅虎年`: returns the index after `年`.
  private static func cyclicYearText(in text: SourceText, at position: Int, limit: Int) -> Int? {
    guard let stem = stems.match(in: text, at: position, limit: limit),
      let branch = branches.match(in: text, at: position + stem.length, limit: limit)
    else { return nil }
    var index = position + stem.length + branch.length
    if let animal = animals.match(in: text, at: index, limit: limit) { index += animal.length }
    guard let mark = yearMark.match(in: text, at: index, limit: limit) else { return nil }
    return index + mark.length
  }

  private static func monthAndDay(in text: SourceText, at position: Int, limit: Int) -> (
    month: Int, day: Int, leap: Bool, end: Int
  )? {
    var index = position
    var leap = false
    if let mark = leapMark.match(in: text, at: index, limit: limit) {
      leap = true
      index += mark.length
    }
    let month: Int
    if let name = monthNames.match(in: text, at: index, limit: limit) {
      month = MastheadLexicon.lunarMonthNames[name.index].month
      index += name.length
    } else if let number = MastheadNumberReader.chineseSmall(in: text, at: index, limit: limit),
      (1...12).contains(number.value)
    {
      month = number.value
      index = number.end
    } else {
      return nil
    }
    guard let mark = monthMark.match(in: text, at: index, limit: limit) else { return nil }
    index += mark.length
    guard let day = day(in: text, at: index, limit: limit) else { return nil }
    return (month, day.value, leap, day.end)
  }

  /// `初一`…`初十`, `十一`…`二十`, `廿一`…`廿九`, `三十`, `卅`.
  private static func day(in text: SourceText, at position: Int, limit: Int) -> (
    value: Int, end: Int
  )? {
    if let prefix = dayPrefixes.match(in: text, at: position, limit: limit) {
      let tens = MastheadLexicon.lunarDayPrefixes[prefix.index].tens
      let index = position + prefix.length
      if tens == 0 {
        guard let unit = MastheadNumberReader.chineseSmall(in: text, at: index, limit: limit),
          (1...10).contains(unit.value)
        else { return nil }
        return (unit.value, unit.end)
      }
      if let unit = MastheadNumberReader.chineseDigit(in: text, at: index, limit: limit),
        unit.value > 0, tens + unit.value <= 30
      {
        return (tens + unit.value, unit.end)
      }
      return (tens, index)
    }
    guard let number = MastheadNumberReader.chineseSmall(in: text, at: position, limit: limit),
      (1...30).contains(number.value)
    else { return nil }
    return number
  }

}
