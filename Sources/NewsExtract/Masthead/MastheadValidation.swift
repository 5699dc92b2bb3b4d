import Foundation

/// Checks a masthead's printed elements against each other and against the rules of
/// CONVENTIONS §4.4, and reports disagreements as ``PageWarning``s.
///
/// Warning codes:
/// - `weekdayMismatch`: the printed weekday is not the date's weekday.
/// - `lunarDateMismatch`: the printed lunar date (干支 year, month, leap flag, day) is not
///   the one Foundation's Chinese calendar gives for the solar date in Asia/Shanghai.
/// - `malformedLunarDate`: 农历 is printed but what follows cannot be read, or the 干支
///   pair does not exist (`甲丑`).
/// - `invalidDate`: the printed solar date does not exist (`2022年2月30日`).
/// - `malformedSerialNumber`: a CN number whose shape is wrong, whose province code is
///   not a GB/T 2260 province, or whose serial is not in 0001–0999 (newspapers).
/// - `malformedPostalCode`: a 邮发代号 not shaped `P-N` (1–2 and 1–3 digits).
/// - `postalCodeNotNewspaper`: a 邮发代号 with an even province prefix (a magazine's).
///
/// ```swift
/// let date = LocalDate(year: 2022, month: 11, day: 9)
/// MastheadValidation.weekdayWarning(printed: "星期一", weekday: 2, date: date, range: 0..<3)?.code
/// // "weekdayMismatch"
/// ```
public enum MastheadValidation {
  /// Province-level codes of GB/T 2260 (the first two digits of a CN number).
  public static let provinceCodes: Set<Int> = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
    52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
  ]

  /// A warning when `weekday` (1 = Sunday) is not the weekday of `date`.
  ///
  /// ```swift
  /// MastheadValidation.weekdayWarning(
  ///   printed: "星期三", weekday: 4, date: LocalDate(year: 2022, month: 11, day: 9), range: 0..<3)
  /// // nil
  /// ```
  public static func weekdayWarning(
    printed: String, weekday: Int, date: LocalDate?, range: Range<Int>
  ) -> PageWarning? {
    guard let date, date.weekday != weekday else { return nil }
    return PageWarning(
      code: "weekdayMismatch",
      message: "the masthead prints \(printed), but \(date) is \(englishWeekday(date.weekday))",
      start: range.lowerBound, end: range.upperBound)
  }

  /// The lunar date of a solar date: its 60-year cycle index (1 = 甲子), month, day and
  /// leap flag, from Foundation's Chinese calendar in the Asia/Shanghai time zone.
  ///
  /// ```swift
  /// MastheadValidation.lunarParts(of: LocalDate(year: 2023, month: 3, day: 22)!)
  /// // (cycleYear: 40, month: 2, day: 1, isLeapMonth: true)
  /// ```
  public static func lunarParts(of date: LocalDate) -> (
    cycleYear: Int, month: Int, day: Int, isLeapMonth: Bool
  )? {
    guard let (gregorian, chinese) = shanghaiCalendars,
      let instant = gregorian.date(
        from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
    else { return nil }
    let parts = chinese.dateComponents([.year, .month, .day], from: instant)
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
    return (year, month, day, parts.isLeapMonth ?? false)
  }

  /// The Gregorian and Chinese calendars in the Asia/Shanghai time zone, made once (making
  /// a `Calendar` costs more than reading a whole masthead).
  private static let shanghaiCalendars: (gregorian: Calendar, chinese: Calendar)? = {
    guard let zone = TimeZone(identifier: "Asia/Shanghai") else { return nil }
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = zone
    var chinese = Calendar(identifier: .chinese)
    chinese.timeZone = zone
    return (gregorian, chinese)
  }()

  /// A warning when the printed lunar date disagrees with the solar date.
  ///
  /// ```swift
  /// let lunar = LunarDateReader.read("农历壬寅年十月十五")
  /// MastheadValidation.lunarWarning(
  ///   lunar: lunar, printed: "农历壬寅年十月十五", date: LocalDate(year: 2022, month: 11, day: 9),
  ///   range: 0..<9)?.code
  /// // "lunarDateMismatch"
  /// ```
  public static func lunarWarning(
    lunar: LunarDate?, printed: String, date: LocalDate?, range: Range<Int>
  ) -> PageWarning? {
    guard let lunar else {
      return PageWarning(
        code: "malformedLunarDate", message: "cannot read the lunar date \(printed)",
        start: range.lowerBound, end: range.upperBound)
    }
    var printedCycle: Int?
    if let cyclic = lunar.cyclicYear {
      let scalars = Array(cyclic.unicodeScalars).map(String.init)
      guard scalars.count == 2,
        let stem = MastheadLexicon.heavenlyStems.firstIndex(of: scalars[0]),
        let branch = MastheadLexicon.earthlyBranches.firstIndex(of: scalars[1]),
        let cycle = LunarDateReader.cycleIndex(stem: stem, branch: branch)
      else {
        return PageWarning(
          code: "malformedLunarDate", message: "\(cyclic) is not a year of the 60-year cycle",
          start: range.lowerBound, end: range.upperBound)
      }
      printedCycle = cycle
    }
    guard let date, let truth = lunarParts(of: date) else { return nil }
    let agrees =
      (printedCycle == nil || printedCycle == truth.cycleYear) && lunar.month == truth.month
      && lunar.day == truth.day && lunar.isLeapMonth == truth.isLeapMonth
    guard !agrees else { return nil }
    let leap = truth.isLeapMonth ? " (leap)" : ""
    return PageWarning(
      code: "lunarDateMismatch",
      message:
        "the masthead prints \(printed), but \(date) is lunar month \(truth.month)\(leap) "
        + "day \(truth.day) of cycle year \(truth.cycleYear)",
      start: range.lowerBound, end: range.upperBound)
  }

  /// A warning when a CN number is malformed: province code, serial range, shape.
  ///
  /// ```swift
  /// MastheadValidation.serialWarning(
  ///   serial: "CN99-0001", province: "99", number: "0001", range: 0..<9)?.code
  /// // "malformedSerialNumber"
  /// ```
  public static func serialWarning(
    serial: String, province: String, number: String, range: Range<Int>
  ) -> PageWarning? {
    var problems: [String] = []
    if province.count != 2 || number.count != 4 {
      problems.append("the shape is not CN XX-YYYY")
    }
    if let code = Int(province), province.count == 2, !provinceCodes.contains(code) {
      problems.append("\(province) is not a province code of GB/T 2260")
    }
    if let value = Int(number), number.count == 4, !(1...999).contains(value) {
      problems.append("a newspaper's serial is 0001-0999, not \(number)")
    }
    guard !problems.isEmpty else { return nil }
    return PageWarning(
      code: "malformedSerialNumber",
      message: "\(serial): " + problems.joined(separator: "; "),
      start: range.lowerBound, end: range.upperBound)
  }

  /// A warning when a 邮发代号 is malformed or has an even (magazine) province prefix.
  ///
  /// ```swift
  /// MastheadValidation.postalCodeWarning("32-1", range: 0..<4)?.code  // "postalCodeNotNewspaper"
  /// ```
  public static func postalCodeWarning(_ code: String, range: Range<Int>) -> PageWarning? {
    let parts = code.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), (1...3).contains(parts[1].count),
      let prefix = Int(parts[0]), Int(parts[1]) != nil
    else {
      return PageWarning(
        code: "malformedPostalCode", message: "\(code) is not shaped P-N",
        start: range.lowerBound, end: range.upperBound)
    }
    guard prefix % 2 == 0 else { return nil }
    return PageWarning(
      code: "postalCodeNotNewspaper",
      message: "\(code) has an even province prefix, which the post office gives magazines",
      start: range.lowerBound, end: range.upperBound)
  }

  /// A warning for a printed solar date that does not exist.
  static func invalidDateWarning(printed: String, range: Range<Int>) -> PageWarning {
    PageWarning(
      code: "invalidDate", message: "\(printed) is not a date of the calendar",
      start: range.lowerBound, end: range.upperBound)
  }

  private static func englishWeekday(_ weekday: Int) -> String {
    let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    return (1...7).contains(weekday) ? names[weekday - 1] : "?"
  }
}
