/// Reads the date a lead prints (`11月7日下午`, `9日上午`, `昨天`) and resolves it against
/// the issue date: a day alone takes the issue's month (the previous month when the day is
/// later than the issue's), a month and day take the issue's year (the previous year when
/// the month is later than the issue's), `昨天` is the day before the issue.
struct DatelineReader: Sendable {
  /// A date as printed, before it is resolved.
  struct PrintedDate: Equatable, Sendable {
    /// The printed date and part of day.
    var range: Range<Int>
    /// The year, when printed.
    var year: Int?
    /// The month, when printed.
    var month: Int?
    /// The day, when printed.
    var day: Int?
    /// Days from the issue date (`昨天` = -1), for relative words.
    var relativeDays: Int?
    /// `上午`, `下午` … when printed.
    var partOfDay: String?
  }

  /// The date printed at `index` (after spaces), or `nil`.
  func readDate(_ text: SourceText, at index: Int, limit: Int) -> PrintedDate? {
    var cursor = index
    while cursor < limit, let scalar = text.scalar(at: cursor), ScalarFolding.isSpace(scalar) {
      cursor += 1
    }
    let start = cursor
    var printed = PrintedDate(range: start..<start)
    if let relative = Self.relativeDays.match(text, at: cursor, limit: limit) {
      printed.relativeDays = relative.value
      cursor += relative.length
    } else {
      guard let first = readNumber(text, at: cursor, limit: limit) else { return nil }
      cursor = first.end
      guard let unit = text.folded(at: cursor), cursor < limit else { return nil }
      var value = first.value
      if unit == PageStructureLexicon.yearMark {
        guard (1000...9999).contains(value),
          let month = readNumber(text, at: cursor + 1, limit: limit),
          text.folded(at: month.end) == PageStructureLexicon.monthMark
        else { return nil }
        printed.year = value
        value = month.value
        cursor = month.end
      }
      if text.folded(at: cursor) == PageStructureLexicon.monthMark {
        guard (1...12).contains(value), let day = readNumber(text, at: cursor + 1, limit: limit),
          let mark = text.folded(at: day.end), PageStructureLexicon.dayMarks.contains(mark)
        else { return nil }
        printed.month = value
        value = day.value
        cursor = day.end
      }
      guard let mark = text.folded(at: cursor), PageStructureLexicon.dayMarks.contains(mark),
        (1...31).contains(value), cursor < limit
      else { return nil }
      printed.day = value
      cursor += 1
    }
    if let part = Self.partsOfDay.match(text, at: cursor, limit: limit) {
      printed.partOfDay = text.string(cursor..<(cursor + part.length))
      cursor += part.length
    }
    printed.range = start..<cursor
    return printed
  }

  /// Resolves a printed date against the issue date.
  func resolve(_ printed: PrintedDate, issueDate: LocalDate?) -> LocalDate? {
    if let year = printed.year, let month = printed.month, let day = printed.day {
      return LocalDate(year: year, month: month, day: day)
    }
    guard let issue = issueDate else { return nil }
    if let relative = printed.relativeDays { return shift(issue, days: relative) }
    guard let day = printed.day else { return nil }
    if let month = printed.month {
      let year = month > issue.month ? issue.year - 1 : issue.year
      return LocalDate(year: year, month: month, day: day)
    }
    if day > issue.day {
      let year = issue.month == 1 ? issue.year - 1 : issue.year
      let month = issue.month == 1 ? 12 : issue.month - 1
      return LocalDate(year: year, month: month, day: day)
    }
    return LocalDate(year: issue.year, month: issue.month, day: day)
  }

  /// The dateline at `index`, resolved, or `nil` when no date is printed there.
  func dateline(
    _ text: SourceText, at index: Int, limit: Int, issueDate: LocalDate?, place: String? = nil
  ) -> Dateline? {
    guard let printed = readDate(text, at: index, limit: limit) else { return nil }
    return Dateline(
      text: text.string(printed.range), date: resolve(printed, issueDate: issueDate),
      partOfDay: printed.partOfDay, place: place, start: printed.range.lowerBound,
      end: printed.range.upperBound)
  }

  /// `date` moved by a few days (backwards or forwards).
  func shift(_ date: LocalDate, days: Int) -> LocalDate? {
    var year = date.year
    var month = date.month
    var day = date.day + days
    while day < 1 {
      month -= 1
      if month < 1 {
        month = 12
        year -= 1
      }
      day += LocalDate.daysIn(month: month, year: year)
    }
    while day > LocalDate.daysIn(month: month, year: year) {
      day -= LocalDate.daysIn(month: month, year: year)
      month += 1
      if month > 12 {
        month = 1
        year += 1
      }
    }
    return LocalDate(year: year, month: month, day: day)
  }

  /// A number of up to four digits, or a Chinese numeral (`二十六`, `二〇二二`).
  func readNumber(_ text: SourceText, at index: Int, limit: Int) -> (value: Int, end: Int)? {
    var cursor = index
    var value = 0
    while cursor < limit, cursor - index < 4, let scalar = text.scalar(at: cursor),
      let digit = ScalarFolding.digitValue(scalar)
    {
      value = value * 10 + digit
      cursor += 1
    }
    if cursor > index { return (value, cursor) }
    var total = 0
    var current = 0
    var positional = 0
    var hasTens = false
    while cursor < limit, cursor - index < 4,
      let numeral = Self.numerals.match(text, at: cursor, limit: limit)
    {
      switch numeral.value {
      case 10, 20, 30:
        hasTens = true
        total += numeral.value == 10 ? max(current, 1) * 10 : numeral.value
        current = 0
      default:
        current = numeral.value
        positional = positional * 10 + numeral.value
      }
      cursor += numeral.length
    }
    guard cursor > index else { return nil }
    return (hasTens ? total + current : positional, cursor)
  }

  private static let relativeDays = WordTable(PageStructureLexicon.relativeDays)
  private static let partsOfDay = WordTable(words: PageStructureLexicon.partsOfDay)
  private static let numerals = WordTable(PageStructureLexicon.numerals)
}
