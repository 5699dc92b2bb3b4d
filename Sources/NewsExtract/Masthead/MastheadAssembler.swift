/// Turns a found ``MastheadBlock`` into a ``Masthead`` and its warnings: the first value
/// of each single field, every value of each list field (in printed order, without
/// repeats), and the checks of ``MastheadValidation``.
///
/// ```swift
/// let reading = MastheadAssembler(text: text).assemble(block)
/// ```
struct MastheadAssembler {
  let text: SourceText

  func assemble(_ block: MastheadBlock) -> MastheadReading {
    var end = block.start
    if let last = block.lines.last {
      // Text after the last element of a running header (page credits) is not the block's.
      let lastElement = last.elements.last?.range.upperBound ?? last.range.upperBound
      end = last.roles.isEmpty ? lastElement : last.range.upperBound
    }
    var masthead = Masthead(start: block.start, end: end)
    masthead.paperName = block.paperName
    var warnings: [PageWarning] = []
    var cumulativeIssue: Int?
    var plainIssue: Int?
    var weekday: (text: String, number: Int, range: Range<Int>)?
    var lunar: (text: String, date: LunarDate?, range: Range<Int>)?
    var dateSeen = false
    for line in block.lines {
      for element in line.elements {
        switch element.kind {
        case .date(let date):
          guard !dateSeen else { break }
          dateSeen = true
          masthead.date = date
          if date == nil {
            warnings.append(
              MastheadValidation.invalidDateWarning(
                printed: text.string(element.range), range: element.range))
          }
        case .weekday(let printed, let number):
          if weekday == nil { weekday = (printed, number, element.range) }
        case .lunar(let printed, let date):
          if lunar == nil { lunar = (printed, date, element.range) }
        case .pageCount(let count):
          if masthead.pageCount == nil { masthead.pageCount = count }
        case .issueNumber(let number, let cumulative):
          if cumulative {
            if cumulativeIssue == nil { cumulativeIssue = number }
          } else if plainIssue == nil {
            plainIssue = number
          }
        case .pageNumber(let number):
          if masthead.pageNumber == nil { masthead.pageNumber = number }
        case .serialNumber(let serial, let province, let number):
          guard masthead.serialNumber == nil else { break }
          masthead.serialNumber = serial
          if let warning = MastheadValidation.serialWarning(
            serial: serial, province: province, number: number, range: element.range)
          {
            warnings.append(warning)
          }
        case .postalCode(let code):
          guard masthead.postalCode == nil else { break }
          masthead.postalCode = code
          if let warning = MastheadValidation.postalCodeWarning(code, range: element.range) {
            warnings.append(warning)
          }
        case .email(let address):
          if !masthead.emails.contains(address) { masthead.emails.append(address) }
        case .website(let address):
          if masthead.website == nil { masthead.website = address }
        case .phone(let number, let label):
          if !masthead.phones.contains(number) { masthead.phones.append(number) }
          masthead.labeledPhones.append(LabeledPhone(label: label, number: number))
        case .englishName(let name):
          if masthead.englishName == nil { masthead.englishName = name }
        case .label:
          break
        }
      }
      for assignment in line.roles {
        for role in assignment.roles {
          for name in assignment.names { masthead.add(name, as: role) }
        }
      }
    }
    masthead.issueNumber = cumulativeIssue ?? plainIssue
    if let weekday {
      masthead.weekday = weekday.text
      if let warning = MastheadValidation.weekdayWarning(
        printed: weekday.text, weekday: weekday.number, date: masthead.date, range: weekday.range)
      {
        warnings.append(warning)
      }
    }
    if let lunar {
      masthead.lunarDate = lunar.text
      masthead.lunar = lunar.date
      if let warning = MastheadValidation.lunarWarning(
        lunar: lunar.date, printed: lunar.text, date: masthead.date, range: lunar.range)
      {
        warnings.append(warning)
      }
    }
    return MastheadReading(masthead: masthead, warnings: warnings)
  }
}
