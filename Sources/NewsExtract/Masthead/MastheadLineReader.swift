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
  static let anyLabel = ScalarWordList(
    MastheadLexicon.phoneLabels + MastheadLexicon.emailLabels + MastheadLexicon.otherLabels
      + MastheadLexicon.valueLabels + MastheadLexicon.websiteLabels + MastheadLexicon.serialLabels
      + MastheadLexicon.postalCodeLabels)
  static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2013}", "\u{2014}", "\u{2212}"]

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
    guard let scalar = text.folded(at: index), scalar.isASCII else { return false }
    return email(at: index, limit: limit) != nil || website(at: index, limit: limit) != nil
      || serialNumber(at: index, limit: limit) != nil
      || phone(at: index, limit: limit, line: index..<limit, found: []) != nil
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

  private func afterColon(_ position: Int, limit: Int) -> Int {
    var index = MastheadNumberReader.skipSpaces(in: text, from: position, limit: limit)
    if text.folded(at: index) == ":" { index += 1 }
    return MastheadNumberReader.skipSpaces(in: text, from: index, limit: limit)
  }

  // MARK: ASCII elements

  private static func isEmailLocal(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || "._%+-".unicodeScalars.contains(scalar)
  }

  private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || scalar == "." || scalar == "-"
  }

  private static func isURLScalar(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || "./:-_%?=&#~".unicodeScalars.contains(scalar)
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }

  private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private func asciiRun(from start: Int, limit: Int, allowed: (Unicode.Scalar) -> Bool) -> Int {
    var end = start
    while end < limit, let scalar = text.folded(at: end), allowed(scalar) { end += 1 }
    return end
  }

  private func foldedString(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(range.compactMap { text.folded(at: $0) }))
  }

  private func email(at index: Int, limit: Int) -> MastheadElement? {
    if let previous = text.folded(at: index - 1), Self.isEmailLocal(previous) { return nil }
    let localEnd = asciiRun(from: index, limit: limit, allowed: Self.isEmailLocal)
    guard localEnd > index, text.folded(at: localEnd) == "@" else { return nil }
    var end = asciiRun(from: localEnd + 1, limit: limit, allowed: Self.isDomain)
    while end > localEnd + 1, text.folded(at: end - 1) == "." || text.folded(at: end - 1) == "-" {
      end -= 1
    }
    let domain = foldedString(localEnd + 1..<end)
    guard domain.contains("."), !domain.hasPrefix(".") else { return nil }
    return MastheadElement(kind: .email(foldedString(index..<end)), range: index..<end)
  }

  private func website(at index: Int, limit: Int) -> MastheadElement? {
    if let previous = text.folded(at: index - 1), Self.isURLScalar(previous) { return nil }
    let end = asciiRun(from: index, limit: limit, allowed: Self.isURLScalar)
    let run = foldedString(index..<end).lowercased()
    guard run.hasPrefix("www.") || run.hasPrefix("http://") || run.hasPrefix("https://") else {
      return nil
    }
    var trimmed = end
    while trimmed > index, let last = text.folded(at: trimmed - 1), last == "." || last == ":" {
      trimmed -= 1
    }
    return MastheadElement(kind: .website(foldedString(index..<trimmed)), range: index..<trimmed)
  }

  /// `CN 33-0001/(F)`: the letters CN, two digits, a dash, digits, an optional
  /// classification after `/`.
  private func serialNumber(at index: Int, limit: Int, letters: Bool = true) -> MastheadElement? {
    var provinceStart = index
    if letters {
      guard let c = text.folded(at: index), c == "C" || c == "c",
        let n = text.folded(at: index + 1), n == "N" || n == "n"
      else { return nil }
      if let previous = text.folded(at: index - 1), Self.isLatinLetter(previous) { return nil }
      provinceStart = MastheadNumberReader.skipSpaces(in: text, from: index + 2, limit: limit)
    }
    let provinceEnd = asciiRun(
      from: provinceStart, limit: limit, allowed: { ("0"..."9").contains($0) })
    guard provinceEnd > provinceStart, let dash = text.folded(at: provinceEnd),
      Self.dashes.contains(dash)
    else { return nil }
    let serialEnd = asciiRun(
      from: provinceEnd + 1, limit: limit, allowed: { ("0"..."9").contains($0) })
    guard serialEnd > provinceEnd + 1 else { return nil }
    var end = serialEnd
    if text.folded(at: end) == "/" {
      let classEnd = asciiRun(
        from: end + 1, limit: limit,
        allowed: { Self.isAlphanumeric($0) || $0 == "(" || $0 == ")" || $0 == "." })
      if classEnd > end + 1 { end = classEnd }
    }
    let province = foldedString(provinceStart..<provinceEnd)
    let serial = foldedString(provinceEnd + 1..<serialEnd)
    var suffix = foldedString(serialEnd..<end)
    if suffix.hasSuffix("("), let dropped = suffix.popLast() { _ = dropped }
    let normalized = (letters ? "CN" : "") + province + "-" + serial + suffix
    return MastheadElement(
      kind: .serialNumber(normalized, province: province, serial: serial), range: index..<end)
  }

  /// A phone number: `82987136`, `0571-82987136`, `(0571)82987136`, `13900001111`,
  /// `400-123-4567`. Its label is the word printed right before it.
  private func phone(
    at index: Int, limit: Int, line: Range<Int>, found: [MastheadElement]
  ) -> MastheadElement? {
    var position = index
    var digits = ""
    var hasAreaCode = false
    if text.folded(at: position) == "(" {
      let codeEnd = asciiRun(
        from: position + 1, limit: limit, allowed: { ("0"..."9").contains($0) })
      guard codeEnd - position - 1 >= 3, codeEnd - position - 1 <= 4,
        text.folded(at: position + 1) == "0", text.folded(at: codeEnd) == ")"
      else { return nil }
      digits = foldedString(position + 1..<codeEnd)
      hasAreaCode = true
      position = MastheadNumberReader.skipSpaces(in: text, from: codeEnd + 1, limit: limit)
    }
    guard
      let first = MastheadNumberReader.arabic(in: text, at: position, limit: limit, maxDigits: 12)
    else {
      return nil
    }
    if let previous = text.folded(at: index - 1), Self.isLatinLetter(previous) { return nil }
    digits += foldedString(position..<first.end)
    var end = first.end
    // Area code or service prefix joined by a dash: 0571-82987136, 400-123-4567.
    while let dash = text.folded(at: end), Self.dashes.contains(dash),
      let next = MastheadNumberReader.arabic(in: text, at: end + 1, limit: limit, maxDigits: 8),
      digits.count + next.digits <= 12
    {
      guard digits.hasPrefix("0") || digits.hasPrefix("400") || digits.hasPrefix("800") else {
        break
      }
      hasAreaCode = hasAreaCode || digits.hasPrefix("0")
      digits += foldedString(end + 1..<next.end)
      end = next.end
    }
    if let next = text.folded(at: end), Self.isLatinLetter(next) { return nil }
    let valid: Bool
    switch digits.count {
    case 7, 8: valid = !digits.hasPrefix("0")
    case 10: valid = digits.hasPrefix("400") || digits.hasPrefix("800") || hasAreaCode
    case 11: valid = digits.hasPrefix("1") || hasAreaCode
    case 12: valid = hasAreaCode
    default: valid = false
    }
    guard valid else { return nil }
    return MastheadElement(
      kind: .phone(digits, label: phoneLabel(before: index, line: line, found: found)),
      range: index..<end)
  }

  /// The word right before a number (`江东片区:` → `江东片区`); a number printed right
  /// after another number shares its label.
  private func phoneLabel(before index: Int, line: Range<Int>, found: [MastheadElement]) -> String {
    var lower = line.lowerBound
    var previousPhone: MastheadElement?
    for element in found.reversed() {
      if case .label(hasValue: false) = element.kind { continue }
      lower = element.range.upperBound
      if case .phone = element.kind { previousPhone = element }
      break
    }
    var end = index
    while end > lower, let scalar = text.folded(at: end - 1),
      ScalarFolding.isSpace(scalar) || scalar == ":"
        || MastheadLexicon.nameSeparators.contains(
          String(scalar))
    {
      end -= 1
    }
    var start = end
    while start > lower, let scalar = text.scalar(at: start - 1), !ScalarFolding.isSpace(scalar) {
      start -= 1
    }
    if start == end, let previousPhone, case .phone(_, let label) = previousPhone.kind {
      return label
    }
    return text.string(start..<end)
  }

  /// An English name: words of capital letters separated by single spaces, at least five
  /// letters in all (`QIANTANG NEW AREA DAILY`); or, when the words fill their whole line,
  /// at least two capitalized words (`Qiantang New Area Daily`).
  private func englishName(at index: Int, limit: Int, line: Range<Int>) -> MastheadElement? {
    if let previous = text.folded(at: index - 1), Self.isLatinLetter(previous) { return nil }
    // Only the first word of a run of words starts a name, so each run is read once.
    if text.folded(at: index - 1) == " ", let before = text.folded(at: index - 2),
      Self.isLatinLetter(before)
    {
      return nil
    }
    guard let first = text.folded(at: index), ("A"..."Z").contains(first) else { return nil }
    var end = index
    var letters = 0
    var words = 1
    var hasLowercase = false
    var wordEnd = index
    var position = index
    while position < limit, let scalar = text.folded(at: position) {
      if ("A"..."Z").contains(scalar) || scalar == "&" || scalar == "'" || scalar == "." {
        if ("A"..."Z").contains(scalar) { letters += 1 }
        position += 1
        wordEnd = position
      } else if ("a"..."z").contains(scalar), position > index,
        text.folded(at: position - 1).map(Self.isLatinLetter) == true
      {
        hasLowercase = true
        letters += 1
        position += 1
        wordEnd = position
      } else if scalar == " ", let next = text.folded(at: position + 1), ("A"..."Z").contains(next),
        wordEnd == position
      {
        words += 1
        position += 1
      } else {
        break
      }
      end = wordEnd
    }
    guard letters >= 5 else { return nil }
    if hasLowercase {
      guard words >= 2, onlySpaces(line.lowerBound..<index), onlySpaces(end..<line.upperBound)
      else { return nil }
    }
    return MastheadElement(kind: .englishName(text.string(index..<end)), range: index..<end)
  }

  private func onlySpaces(_ range: Range<Int>) -> Bool {
    range.allSatisfy { position in
      text.scalar(at: position).map { ScalarFolding.isSpace($0) || $0 == "#" || $0 == "*" } ?? true
    }
  }
}
