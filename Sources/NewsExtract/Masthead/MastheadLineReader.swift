/// Reads every masthead element of one line, left to right, in one pass.
///
/// Roles (主办 …) are read afterwards from the text between these elements, by
/// ``MastheadRoleReader``.
///
/// ```swift
/// let text = SourceText("今日8版 总第427期")
/// MastheadLineReader(text: text).elements(in: 0..<text.count).count  // 2
/// ```
struct MastheadLineReader {
  let text: SourceText

  static let pageCountOpeners = ScalarWordList(MastheadLexicon.pageCountOpeners)
  static let pageWord = ScalarWordList([MastheadLexicon.pageWord])
  static let ordinal = ScalarWordList([MastheadLexicon.ordinalPrefix])
  static let cumulative = ScalarWordList([MastheadLexicon.cumulativePrefix])
  static let issueWords = ScalarWordList(MastheadLexicon.issueWords)
  static let postalLabels = ScalarWordList(MastheadLexicon.postalCodeLabels)
  static let serialLabels = ScalarWordList(MastheadLexicon.serialLabels)
  static let websiteLabels = ScalarWordList(MastheadLexicon.websiteLabels)
  static let labels = ScalarWordList(
    MastheadLexicon.phoneLabels + MastheadLexicon.emailLabels + MastheadLexicon.otherLabels)
  static let valueLabels = ScalarWordList(MastheadLexicon.valueLabels)
  static let serviceCuesBefore = ScalarWordList(MastheadLexicon.serviceCuesBefore)
  static let serviceCuesAfter = ScalarWordList(MastheadLexicon.serviceCuesAfter)
  static let dialVerbs = ScalarWordList(MastheadLexicon.dialVerbs)
  static let anyLabel = ScalarWordList(
    MastheadLexicon.phoneLabels + MastheadLexicon.emailLabels + MastheadLexicon.otherLabels
      + MastheadLexicon.valueLabels + MastheadLexicon.websiteLabels + MastheadLexicon.serialLabels
      + MastheadLexicon.postalCodeLabels)
  /// Every scalar (folded) that may start an element other than the ASCII ones of
  /// ``asciiElement(at:limit:line:found:)``: digits (dates), Chinese digits (years written
  /// digit by digit), and the first scalars of every word the readers look up first
  /// (weekday and lunar prefixes, heavenly stems, counted openers, labels).
  ///
  /// Keep it in step with ``element(at:limit:line:found:)`` when a reader is added.
  static let elementStarts: ScalarSet = {
    let words =
      MastheadLexicon.digits.map(\.digit) + MastheadLexicon.weekdayPrefixes
      + MastheadLexicon.lunarPrefixes + MastheadLexicon.heavenlyStems
      + MastheadLexicon.pageCountOpeners
      + [MastheadLexicon.cumulativePrefix, MastheadLexicon.ordinalPrefix]
      + MastheadLexicon.postalCodeLabels + MastheadLexicon.serialLabels
      + MastheadLexicon.websiteLabels + MastheadLexicon.phoneLabels
      + MastheadLexicon.emailLabels + MastheadLexicon.otherLabels + MastheadLexicon.valueLabels
    let firsts = words.compactMap { $0.unicodeScalars.first.map(ScalarFolding.fold) }
    let digits = (UInt8(0x30)...0x39).map(Unicode.Scalar.init)
    return ScalarSet(firsts + digits)
  }()

  static let dashes: ScalarSet = ["-", "\u{2010}", "\u{2013}", "\u{2014}", "\u{2212}"]

  /// The elements of `line`, in printed order, without overlaps.
  ///
  /// - Complexity: O(*n*) in the length of the line (each reader looks a bounded way ahead).
  func elements(in line: Range<Int>) -> [MastheadElement] {
    var found: [MastheadElement] = []
    var index = line.lowerBound
    let limit = line.upperBound
    while index < limit {
      if let element = element(at: index, limit: limit, line: line, found: found) {
        found.append(element)
        index = max(element.range.upperBound, index + 1)
      } else {
        index += 1
      }
    }
    return found
  }

  private func element(
    at index: Int, limit: Int, line: Range<Int>, found: [MastheadElement]
  ) -> MastheadElement? {
    guard let scalar = text.folded(at: index), !ScalarFolding.isSpace(scalar) else { return nil }
    if scalar.isASCII {
      if let element = asciiElement(at: index, limit: limit, line: line, found: found) {
        return element
      }
    }
    // The readers below all start with a digit or a lexicon word: one bitmap test skips
    // the ~15 word lookups at most positions.
    guard Self.elementStarts.contains(scalar) else { return nil }
    if let date = SolarDateReader.date(in: text, at: index, limit: limit) {
      return MastheadElement(kind: .date(date.date), range: index..<date.end)
    }
    let afterDate = followsDate(index, found: found)
    if let weekday = SolarDateReader.weekday(
      in: text, at: index, limit: limit, afterDate: afterDate)
    {
      return MastheadElement(
        kind: .weekday(weekday.text, weekday.weekday), range: index..<weekday.end)
    }
    if let lunar = LunarDateReader.read(in: text, at: index, limit: limit) {
      return MastheadElement(
        kind: .lunar(text.string(index..<lunar.end), lunar.date), range: index..<lunar.end)
    }
    if let element = counted(at: index, limit: limit) { return element }
    if let element = labelled(at: index, limit: limit) { return element }
    if let label = Self.labels.match(in: text, at: index, limit: limit) {
      return MastheadElement(kind: .label(hasValue: false), range: index..<index + label.length)
    }
    return valueLabel(at: index, limit: limit)
  }

  /// A label with its value up to the next label: `社址：萧山区市心中路`, `天气 晴 3℃～11℃`.
  private func valueLabel(at index: Int, limit: Int) -> MastheadElement? {
    guard let label = Self.valueLabels.match(in: text, at: index, limit: limit) else { return nil }
    if let previous = text.scalar(at: index - 1), ScalarFolding.isHan(previous) { return nil }
    let after = index + label.length
    guard after < limit, let next = text.folded(at: after),
      next == ":" || ScalarFolding.isSpace(next) || ScalarFolding.isDigit(next)
    else { return nil }
    var end = after + 1
    while end < limit, Self.anyLabel.match(in: text, at: end, limit: limit) == nil {
      if let previous = text.scalar(at: end - 1), ScalarFolding.isSpace(previous),
        startsValue(at: end, limit: limit)
      {
        break
      }
      end += 1
    }
    while end > after, let last = text.scalar(at: end - 1), ScalarFolding.isSpace(last) {
      end -= 1
    }
    return MastheadElement(kind: .label(hasValue: true), range: index..<end)
  }

  /// Whether an element with a value (not a label) starts at `index`.
  private func startsValue(at index: Int, limit: Int) -> Bool {
    if SolarDateReader.date(in: text, at: index, limit: limit) != nil { return true }
    if LunarDateReader.read(in: text, at: index, limit: limit) != nil { return true }
    if counted(at: index, limit: limit) != nil { return true }
    if startsServicePhone(at: index, limit: limit) { return true }
    guard let scalar = text.folded(at: index), scalar.isASCII else { return false }
    return email(at: index, limit: limit) != nil || website(at: index, limit: limit) != nil
      || serialNumber(at: index, limit: limit) != nil
      || phone(at: index, limit: limit, line: index..<limit, found: []) != nil
  }

  /// Whether a short Han run ending in a dial verb or phone word and a number starts at
  /// `index` (`服务找政府拨12345`), so that a value label before it ends there.
  private func startsServicePhone(at index: Int, limit: Int) -> Bool {
    var cursor = index
    while cursor < limit, cursor - index < 12, let scalar = text.scalar(at: cursor),
      ScalarFolding.isHan(scalar)
    {
      cursor += 1
    }
    guard cursor > index, text.folded(at: cursor).map(ScalarFolding.isDigit) == true else {
      return false
    }
    return Self.serviceCuesBefore.match(in: text, endingAt: cursor, lowerLimit: index) != nil
  }

  /// Elements that start with an ASCII scalar: e-mail, website, CN serial, phone, English name.
  private func asciiElement(
    at index: Int, limit: Int, line: Range<Int>, found: [MastheadElement]
  ) -> MastheadElement? {
    if let email = email(at: index, limit: limit) { return email }
    if let website = website(at: index, limit: limit) { return website }
    if let serial = serialNumber(at: index, limit: limit) { return serial }
    if SolarDateReader.date(in: text, at: index, limit: limit) != nil { return nil }
    if let phone = phone(at: index, limit: limit, line: line, found: found) { return phone }
    return englishName(at: index, limit: limit, line: line)
  }

  private func followsDate(_ index: Int, found: [MastheadElement]) -> Bool {
    guard let last = found.last, case .date = last.kind else { return false }
    var position = last.range.upperBound
    while position < index, let scalar = text.scalar(at: position), ScalarFolding.isSpace(scalar) {
      position += 1
    }
    return position == index
  }

  // MARK: Counted elements: 今日8版, 总第427期, 第3版

  private func counted(at index: Int, limit: Int) -> MastheadElement? {
    if let opener = Self.pageCountOpeners.match(in: text, at: index, limit: limit) {
      let start = MastheadNumberReader.skipSpaces(
        in: text, from: index + opener.length, limit: limit)
      if let number = MastheadNumberReader.any(in: text, at: start, limit: limit, maxDigits: 3) {
        let wordAt = MastheadNumberReader.skipSpaces(in: text, from: number.end, limit: limit)
        if let word = Self.pageWord.match(in: text, at: wordAt, limit: limit) {
          return MastheadElement(
            kind: .pageCount(number.value), range: index..<wordAt + word.length)
        }
      }
    }
    var position = index
    var isCumulative = false
    if let mark = Self.cumulative.match(in: text, at: position, limit: limit) {
      isCumulative = true
      position = MastheadNumberReader.skipSpaces(
        in: text, from: position + mark.length, limit: limit)
    }
    var hasOrdinal = false
    if let mark = Self.ordinal.match(in: text, at: position, limit: limit) {
      hasOrdinal = true
      position = MastheadNumberReader.skipSpaces(
        in: text, from: position + mark.length, limit: limit)
    }
    guard isCumulative || hasOrdinal,
      let number = MastheadNumberReader.any(in: text, at: position, limit: limit)
    else { return nil }
    let wordAt = MastheadNumberReader.skipSpaces(in: text, from: number.end, limit: limit)
    if let word = Self.issueWords.match(in: text, at: wordAt, limit: limit) {
      return MastheadElement(
        kind: .issueNumber(number.value, cumulative: isCumulative),
        range: index..<wordAt + word.length)
    }
    if !isCumulative, let word = Self.pageWord.match(in: text, at: wordAt, limit: limit) {
      return MastheadElement(kind: .pageNumber(number.value), range: index..<wordAt + word.length)
    }
    return nil
  }

  // MARK: Labelled codes: 邮发代号 31-1, 国内统一刊号 CN…, 网址 …

  private func labelled(at index: Int, limit: Int) -> MastheadElement? {
    if let label = Self.postalLabels.match(in: text, at: index, limit: limit) {
      let start = afterColon(index + label.length, limit: limit)
      var end = start
      while end < limit, let scalar = text.folded(at: end),
        ScalarFolding.isDigit(scalar) || Self.dashes.contains(scalar)
      {
        end += 1
      }
      guard end > start else {
        return MastheadElement(kind: .label(hasValue: false), range: index..<index + label.length)
      }
      let code = String(
        String.UnicodeScalarView(
          (start..<end).compactMap { text.folded(at: $0) }.map {
            Self.dashes.contains($0) ? "-" : $0
          }))
      return MastheadElement(kind: .postalCode(code), range: index..<end)
    }
    if let label = Self.serialLabels.match(in: text, at: index, limit: limit) {
      // A number printed without its letters (`国内统一刊号：33-0001`) is read as printed.
      let start = afterColon(index + label.length, limit: limit)
      if text.folded(at: start).map(Self.isLatinLetter) != true,
        let serial = serialNumber(at: start, limit: limit, letters: false)
      {
        return MastheadElement(kind: serial.kind, range: index..<serial.range.upperBound)
      }
      return MastheadElement(kind: .label(hasValue: false), range: index..<index + label.length)
    }
    if let label = Self.websiteLabels.match(in: text, at: index, limit: limit) {
      let start = afterColon(index + label.length, limit: limit)
      let end = asciiRun(from: start, limit: limit, allowed: Self.isURLScalar)
      let address = text.string(start..<end)
      if address.contains(".") {
        return MastheadElement(kind: .website(address), range: index..<end)
      }
      return MastheadElement(kind: .label(hasValue: false), range: index..<index + label.length)
    }
    return nil
  }

  func afterColon(_ position: Int, limit: Int) -> Int {
    var index = MastheadNumberReader.skipSpaces(in: text, from: position, limit: limit)
    if text.folded(at: index) == ":" { index += 1 }
    return MastheadNumberReader.skipSpaces(in: text, from: index, limit: limit)
  }
}
