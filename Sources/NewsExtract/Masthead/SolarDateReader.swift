/// Reads a printed solar date and weekday at a position of a masthead line.
///
/// Dates: `2022年11月9日`, `２０２２年１１月９日`, `二〇二二年十一月九日`, `2022-11-09`,
/// `2022.11.09`, `2022/11/09` (spaces between the parts are allowed).
/// Weekdays: `星期三`, `礼拜三`, and `周三` standing on its own or right after a date.
///
/// ```swift
/// let text = SourceText("2022年11月9日 星期三")
/// SolarDateReader.date(in: text, at: 0, limit: text.count)?.date  // 2022-11-09
/// ```
enum SolarDateReader {
  static let yearMark = ScalarWordList([MastheadLexicon.yearMark])
  static let monthMark = ScalarWordList([MastheadLexicon.monthMark])
  static let dayMarks = ScalarWordList(MastheadLexicon.dayMarks)
  static let weekdayPrefixes = ScalarWordList(MastheadLexicon.weekdayPrefixes)
  static let weekdayNames = ScalarWordList(MastheadLexicon.weekdayNames.map(\.name))

  /// A date starting at `position`; `date` is `nil` when the printed day does not exist.
  static func date(in text: SourceText, at position: Int, limit: Int) -> (
    date: LocalDate?, end: Int
  )? {
    if let written = writtenDate(in: text, at: position, limit: limit) { return written }
    return numericDate(in: text, at: position, limit: limit)
  }

  /// `2022年11月9日` and `二〇二二年十一月九日`.
  private static func writtenDate(in text: SourceText, at position: Int, limit: Int) -> (
    date: LocalDate?, end: Int
  )? {
    let year: (value: Int, end: Int)
    if let arabic = MastheadNumberReader.arabic(in: text, at: position, limit: limit, maxDigits: 4),
      arabic.digits == 4
    {
      year = (arabic.value, arabic.end)
    } else if let chinese = MastheadNumberReader.chineseYear(in: text, at: position, limit: limit) {
      year = chinese
    } else {
      return nil
    }
    var index = MastheadNumberReader.skipSpaces(in: text, from: year.end, limit: limit)
    guard let yearEnd = yearMark.match(in: text, at: index, limit: limit) else { return nil }
    index = MastheadNumberReader.skipSpaces(in: text, from: index + yearEnd.length, limit: limit)
    guard let month = MastheadNumberReader.any(in: text, at: index, limit: limit, maxDigits: 2)
    else { return nil }
    index = MastheadNumberReader.skipSpaces(in: text, from: month.end, limit: limit)
    guard let monthEnd = monthMark.match(in: text, at: index, limit: limit) else { return nil }
    index = MastheadNumberReader.skipSpaces(in: text, from: index + monthEnd.length, limit: limit)
    guard let day = MastheadNumberReader.any(in: text, at: index, limit: limit, maxDigits: 2)
    else { return nil }
    index = MastheadNumberReader.skipSpaces(in: text, from: day.end, limit: limit)
    guard let dayEnd = dayMarks.match(in: text, at: index, limit: limit) else { return nil }
    return (LocalDate(year: year.value, month: month.value, day: day.value), index + dayEnd.length)
  }

  /// `2022-11-09`, `2022.11.09`, `2022/11/09`: the same separator twice, no digit after.
  private static func numericDate(in text: SourceText, at position: Int, limit: Int) -> (
    date: LocalDate?, end: Int
  )? {
    guard let year = MastheadNumberReader.arabic(in: text, at: position, limit: limit),
      year.digits == 4, let separator = text.folded(at: year.end),
      separator == "-" || separator == "." || separator == "/",
      let month = MastheadNumberReader.arabic(
        in: text, at: year.end + 1, limit: limit, maxDigits: 2),
      text.folded(at: month.end) == separator,
      let day = MastheadNumberReader.arabic(in: text, at: month.end + 1, limit: limit, maxDigits: 2)
    else { return nil }
    if let next = text.folded(at: day.end), next == separator || ScalarFolding.isDigit(next) {
      return nil
    }
    return (LocalDate(year: year.value, month: month.value, day: day.value), day.end)
  }

  /// A weekday starting at `position`. `周X` needs a non-Han scalar on both sides, or a
  /// date ending right before it (`afterDate`).
  static func weekday(in text: SourceText, at position: Int, limit: Int, afterDate: Bool) -> (
    text: String, weekday: Int, end: Int
  )? {
    guard let prefix = weekdayPrefixes.match(in: text, at: position, limit: limit),
      let name = weekdayNames.match(in: text, at: position + prefix.length, limit: limit)
    else { return nil }
    let end = position + prefix.length + name.length
    let isShortForm = MastheadLexicon.weekdayPrefixes[prefix.index].unicodeScalars.count == 1
    if isShortForm {
      if !afterDate, let next = text.scalar(at: end), end < limit, ScalarFolding.isHan(next) {
        return nil
      }
      if !afterDate, let previous = text.scalar(at: position - 1), ScalarFolding.isHan(previous) {
        return nil
      }
    }
    return (text.string(position..<end), MastheadLexicon.weekdayNames[name.index].weekday, end)
  }
}
