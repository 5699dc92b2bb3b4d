/// Reads the small numbers of a masthead at a position: Arabic digits (ASCII or
/// full-width), Chinese numerals up to 99 (`十六`, `廿`-free), and digit-by-digit
/// Chinese years (`二〇二二`).
///
/// ```swift
/// let text = SourceText("今日８版")
/// MastheadNumberReader.arabic(in: text, at: 2, limit: 4)  // (value 8, end 3)
/// ```
enum MastheadNumberReader {
  static let chineseDigits = ScalarWordList(MastheadLexicon.digits.map(\.digit))
  static let ten = ScalarWordList([MastheadLexicon.ten])

  /// A run of Arabic digits of at most `maxDigits` digits, not preceded by a digit.
  ///
  /// - Returns: The value, the index after the run and the number of digits.
  static func arabic(
    in text: SourceText, at position: Int, limit: Int, maxDigits: Int = 9
  ) -> (value: Int, end: Int, digits: Int)? {
    guard position < limit, let first = text.scalar(at: position), ScalarFolding.isDigit(first)
    else { return nil }
    if let previous = text.scalar(at: position - 1), ScalarFolding.isDigit(previous) {
      return nil
    }
    var value = 0
    var index = position
    while index < limit, let scalar = text.scalar(at: index),
      let digit = ScalarFolding.digitValue(scalar)
    {
      guard index - position < maxDigits else { return nil }
      value = value * 10 + digit
      index += 1
    }
    return (value, index, index - position)
  }

  /// The value of one Chinese digit at `position` (`〇` … `九`, `两`).
  static func chineseDigit(in text: SourceText, at position: Int, limit: Int) -> (
    value: Int, end: Int
  )? {
    guard let match = chineseDigits.match(in: text, at: position, limit: limit) else { return nil }
    return (MastheadLexicon.digits[match.index].value, position + match.length)
  }

  /// A Chinese numeral from 1 to 99: `九`, `十`, `十六`, `二十`, `三十`, `二十九`.
  static func chineseSmall(in text: SourceText, at position: Int, limit: Int) -> (
    value: Int, end: Int
  )? {
    var index = position
    var tens = 0
    if let digit = chineseDigit(in: text, at: index, limit: limit) {
      guard digit.value > 0 else { return nil }
      if let tenMatch = ten.match(in: text, at: digit.end, limit: limit) {
        tens = digit.value
        index = digit.end + tenMatch.length
      } else {
        return (digit.value, digit.end)
      }
    } else if let tenMatch = ten.match(in: text, at: index, limit: limit) {
      tens = 1
      index += tenMatch.length
    } else {
      return nil
    }
    if let unit = chineseDigit(in: text, at: index, limit: limit), unit.value > 0 {
      return (tens * 10 + unit.value, unit.end)
    }
    return (tens * 10, index)
  }

  /// A number written either way: Arabic digits first, then a Chinese numeral.
  static func any(in text: SourceText, at position: Int, limit: Int, maxDigits: Int = 9) -> (
    value: Int, end: Int
  )? {
    if let number = arabic(in: text, at: position, limit: limit, maxDigits: maxDigits) {
      return (number.value, number.end)
    }
    return chineseSmall(in: text, at: position, limit: limit)
  }

  /// A year written digit by digit in Chinese numerals: `二〇二二` → 2022 (exactly 4 digits).
  static func chineseYear(in text: SourceText, at position: Int, limit: Int) -> (
    value: Int, end: Int
  )? {
    var value = 0
    var index = position
    for _ in 0..<4 {
      guard let digit = chineseDigit(in: text, at: index, limit: limit) else { return nil }
      value = value * 10 + digit.value
      index = digit.end
    }
    return (value, index)
  }

  /// The index after any spaces starting at `position`.
  static func skipSpaces(in text: SourceText, from position: Int, limit: Int) -> Int {
    var index = position
    while index < limit, let scalar = text.scalar(at: index), ScalarFolding.isSpace(scalar) {
      index += 1
    }
    return index
  }
}
