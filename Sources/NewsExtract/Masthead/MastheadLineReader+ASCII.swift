/// The readers of elements printed in ASCII (or full-width ASCII): e-mail, website,
/// CN serial number, phone number, English name.
///
/// ```swift
/// let text = SourceText("投稿邮箱 qtxqdaily@126.com")
/// MastheadLineReader(text: text).elements(in: 0..<text.count).count  // 2 (label, e-mail)
/// ```
extension MastheadLineReader {
  static func isEmailLocal(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || "._%+-".unicodeScalars.contains(scalar)
  }

  static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || scalar == "." || scalar == "-"
  }

  /// The first letters of a website address (`www.`, `http://`), either case.
  static let addressInitials: ScalarSet = ["w", "W", "h", "H"]

  static func isURLScalar(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || "./:-_%?=&#~".unicodeScalars.contains(scalar)
  }

  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }

  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  func asciiRun(from start: Int, limit: Int, allowed: (Unicode.Scalar) -> Bool) -> Int {
    var end = start
    while end < limit, let scalar = text.folded(at: end), allowed(scalar) { end += 1 }
    return end
  }

  func foldedString(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(range.compactMap { text.folded(at: $0) }))
  }

  func email(at index: Int, limit: Int) -> MastheadElement? {
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

  func website(at index: Int, limit: Int) -> MastheadElement? {
    // `www.`, `http://` and `https://` start with `w` or `h`: other runs are no address.
    guard let first = text.folded(at: index), Self.addressInitials.contains(first) else {
      return nil
    }
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
  func serialNumber(at index: Int, limit: Int, letters: Bool = true) -> MastheadElement? {
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
  func phone(
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
    case 5, 6:
      valid =
        !digits.hasPrefix("0") && !hasAreaCode
        && isServiceLine(start: index, end: end, line: line)
    case 7, 8: valid = !digits.hasPrefix("0")
    case 10: valid = digits.hasPrefix("400") || digits.hasPrefix("800") || hasAreaCode
    case 11: valid = digits.hasPrefix("1") || hasAreaCode
    case 12: valid = hasAreaCode
    default: valid = false
    }
    guard valid else { return nil }
    var label = phoneLabel(before: index, line: line, found: found)
    if label.isEmpty { label = labelAfter(end, line: line) }
    return MastheadElement(kind: .phone(digits, label: label), range: index..<end)
  }

  /// Whether a short number (five or six digits) is a service line or local number: a word
  /// of ``MastheadLexicon/serviceCuesBefore`` stands right before it (spaces and a colon
  /// may stand between) and no Han word runs on after it, or a word of
  /// ``MastheadLexicon/serviceCuesAfter`` follows it. Postal codes (邮编 311200), issue
  /// numbers and dates have no such word.
  func isServiceLine(start: Int, end: Int, line: Range<Int>) -> Bool {
    let after = MastheadNumberReader.skipSpaces(in: text, from: end, limit: line.upperBound)
    if Self.serviceCuesAfter.match(in: text, at: after, limit: line.upperBound) != nil {
      return true
    }
    if let next = text.scalar(at: end), end < line.upperBound,
      ScalarFolding.isHan(next)
        || ScalarFolding.isDigit(next)
    {
      return false
    }
    var position = start
    while position > line.lowerBound, let scalar = text.folded(at: position - 1),
      ScalarFolding.isSpace(scalar) || scalar == ":"
    {
      position -= 1
    }
    return Self.serviceCuesBefore.match(in: text, endingAt: position, lowerLimit: line.lowerBound)
      != nil
  }

  /// The label of a phone printed before its words (`2220000有奖报料` → `有奖报料`): the Han
  /// run right after the number, up to eight scalars, or "" when none follows.
  func labelAfter(_ end: Int, line: Range<Int>) -> String {
    let start = MastheadNumberReader.skipSpaces(in: text, from: end, limit: line.upperBound)
    var stop = start
    while stop < line.upperBound, stop - start < 8, let scalar = text.scalar(at: stop),
      ScalarFolding.isHan(scalar)
    {
      stop += 1
    }
    return text.string(start..<stop)
  }

  /// The word right before a number (`江东片区:` → `江东片区`); a number printed right
  /// after another number shares its label.
  func phoneLabel(before index: Int, line: Range<Int>, found: [MastheadElement]) -> String {
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
    if let verb = Self.dialVerbs.match(in: text, endingAt: end, lowerLimit: start),
      end - verb.length > start
    {
      end -= verb.length
    }
    return text.string(start..<end)
  }

  /// An English name: words of capital letters separated by single spaces, at least five
  /// letters in all (`QIANTANG NEW AREA DAILY`); or, when the words fill their whole line,
  /// at least two capitalized words (`Qiantang New Area Daily`).
  func englishName(at index: Int, limit: Int, line: Range<Int>) -> MastheadElement? {
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

  func onlySpaces(_ range: Range<Int>) -> Bool {
    range.allSatisfy { position in
      text.scalar(at: position).map { ScalarFolding.isSpace($0) || $0 == "#" || $0 == "*" } ?? true
    }
  }
}
