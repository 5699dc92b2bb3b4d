import Foundation

/// Colloquial and regional forms of ``ColloquialLexicon``: short fractions (四分一升), sums
/// below one yuan (九毛九), Cantonese dollars (港幣三個一毫四), 兆 inside a numeral, mixed
/// numerals (十3, 2十一), heights with an implied 一 (米九), ages (三周大) and foot/inch
/// marks (8').
extension FactScanner {
  static let shortFractionMarkerLength = 1
  static let subYuanLeads = LexiconWord.table(
    ColloquialLexicon.subYuanLeads.map { ($0.word, Decimal(string: $0.factor) ?? 0) })
  static let dollarCurrencies = LexiconWord.table(
    ColloquialLexicon.dollarCurrencies.map { ($0.word, $0.unit) })
  static let dollarClassifiers = Set(
    ScriptLexicon.withTraditional(ColloquialLexicon.dollarClassifiers))
  static let scaleUnits = LexiconWord.table(
    ColloquialLexicon.scaleUnits.map { ($0.word, $0.unit) })

  // MARK: Numerals

  /// The keys of ``ColloquialLexicon/trillion``, as a bitmap.
  static let trillionScalars = ColloquialLexicon.trillion.keys
  /// The multipliers worth ten (十, 拾), after which a digit of the other script runs on.
  static let tens = ScalarSet(
    NumberLexicon.smallMultipliers.pairs.filter { $0.value == 10 }.map(\.key))

  /// The reading extended by a numeral that runs on in another script or past 兆:
  /// 十3 → 13, 2十一 → 21 (OCR mixes scripts), 四十九兆九千五百九十二億 → 49959200000000.
  func colloquialReading(_ reading: NumberReading) -> NumberReading? {
    guard !reading.overflow, reading.upper == nil, reading.end < upper,
      let next = text.scalar(at: reading.end)
    else { return nil }
    if Self.trillionScalars.contains(next),
      let factor = ColloquialLexicon.trillion[next].flatMap({ Decimal(string: $0) })
    {
      return trillionReading(reading, factor: factor)
    }
    guard reading.end - 1 >= reading.start, let last = text.scalar(at: reading.end - 1),
      Self.tens.contains(last), !isNumeral(at: reading.end + 1)
    else { return nil }
    var joined = reading
    if reading.isArabic, reading.integerDigits == 1, reading.isPlainInteger == false,
      let digit = NumberLexicon.digits[next], digit > 0
    {
      joined.value += Decimal(digit)
    } else if !reading.isArabic,
      let digit = text.folded(at: reading.end).flatMap(
        ScalarFolding.digitValue), digit > 0,
      text.folded(at: reading.end + 1).map({ NumberLexicon.arabicDecimalPoints.contains($0) })
        != true
    {
      joined.value += Decimal(digit)
    } else {
      return nil
    }
    joined.end += 1
    return joined
  }

  /// Whether a digit (either script), multiplier or decimal point stands at `index`.
  private func isNumeral(at index: Int) -> Bool {
    guard index < upper, let scalar = text.folded(at: index) else { return false }
    return ScalarFolding.isDigit(scalar) || NumberLexicon.digits[scalar] != nil
      || NumberLexicon.smallMultipliers[scalar] != nil
      || NumberLexicon.largeMultipliers[scalar] != nil
      || NumberLexicon.arabicDecimalPoints.contains(scalar)
      || NumberLexicon.decimalPoints.contains(scalar)
  }

  /// 四十九兆 followed by a numeral with 亿/万 (九千五百九十二億): one number.
  private func trillionReading(_ reading: NumberReading, factor: Decimal) -> NumberReading? {
    guard reading.trailingMultiplier == nil,
      DecimalOrdering.isBetween(reading.value, above: 0, below: 10_000),
      let rest = reader.read(text, at: reading.end + 1, limit: upper), !rest.overflow,
      rest.upper == nil, rest.isArabic == reading.isArabic
    else { return nil }
    // The 亿 may be the multiplier of the unit after it (億元): scale 兆 down to that unit.
    var scale: Decimal = 1
    if rest.trailingMultiplier == nil, let unit = units.match(in: text, at: rest.end, limit: upper)
    {
      scale = unit.entry.multiplier
    }
    let large = rest.trailingMultiplier ?? scale
    guard large >= 10_000, rest.value * scale < factor else { return nil }
    var joined = rest
    joined.start = reading.start
    joined.value = reading.value * (factor / scale) + rest.value
    joined.hasMultiplier = true
    joined.qualifier = rest.qualifier ?? reading.qualifier
    return joined
  }

  // MARK: Forms after the number

  /// 四分一升 → 0.25 升, 二分一加侖 → 0.5 加侖: Chinese numerals, a proper fraction, and a
  /// unit that is no count, percentage or duration (三分一秒 is three minutes one second).
  func shortFraction(denominator: NumberReading, markerAt marker: Int) -> Quantity? {
    guard !denominator.isArabic, denominator.upper == nil, denominator.qualifier == nil,
      let scalar = text.scalar(at: marker), ColloquialLexicon.shortFractionMarker.contains(scalar),
      !units.starts(in: text, at: marker, limit: upper),
      let numerator = reader.read(text, at: marker + Self.shortFractionMarkerLength, limit: upper),
      !numerator.isArabic, !numerator.overflow, numerator.upper == nil,
      DecimalOrdering.isAbove(numerator.value, 0),
      numerator.value < denominator.value,
      let unit = units.match(in: text, at: numerator.end, limit: upper),
      ![.percentage, .percentagePoint, .count, .duration, .people, .households, .money].contains(
        unit.entry.kind)
    else { return nil }
    let share = SIConversion.rounded(numerator.value / denominator.value)
    var quantity = Quantity(
      value: share * unit.entry.multiplier, upper: nil, lexeme: unit.lexeme,
      unit: unit.entry.unit, kind: unit.entry.kind, qualifier: nil, end: unit.end)
    extendAfterUnit(&quantity)
    return quantity
  }

  /// 九角九分 → 0.99 元, 九毛九 → 0.99 元, 两角五分 → 0.25 元: a digit of tenths with a
  /// part after it. A lone 2角 or 两毛 is not read.
  func subYuan(_ reading: NumberReading, at index: Int) -> Quantity? {
    guard reading.upper == nil, reading.qualifier == nil, !reading.hasMultiplier,
      reading.isPlainInteger || !reading.isArabic,
      let (factor, leadEnd) = Self.subYuanLeads.longestMatch(in: text, at: index, limit: upper),
      DecimalOrdering.isBetween(reading.value, above: 0, below: 10),
      !units.starts(in: text, at: index, limit: upper)
    else { return nil }
    // The lead word stays the entry's word: it hosts no further parts (元 would).
    let entry = UnitEntry(
      text.string(index..<leadEnd), .money, unit: UnitLexicon.yuan.unit)
    var quantity = Quantity(
      value: reading.value * factor, upper: nil, lexeme: UnitLexeme(entry), unit: entry.unit,
      kind: .money,
      qualifier: nil, end: leadEnd)
    if let cents = reader.read(text, at: leadEnd, limit: upper), !cents.overflow,
      cents.upper == nil, DecimalOrdering.isBetween(cents.value, above: 0, below: 10),
      let (centFactor, centEnd) = Self.subunits.longestMatch(
        in: text, at: cents.end, limit: upper),
      centFactor < factor,
      units.match(in: text, at: cents.end, limit: upper).map({ $0.entry.kind == .money }) ?? true
    {
      quantity.value += cents.value * centFactor
      quantity.end = centEnd
    } else if let tail = trailingDigit(at: leadEnd) {
      quantity.value += tail.value * factor
      quantity.end = tail.end
    } else {
      return nil
    }
    extendAfterUnit(&quantity)
    return quantity
  }

  /// The currency a dollar classifier stands for (港幣三個 → 港元), when a currency word
  /// stands right before the number.
  func dollarUnit(_ lexeme: UnitLexeme, _ reading: NumberReading) -> UnitEntry? {
    guard lexeme.traits.isDollarClassifier,
      let (unit, _) = Self.dollarCurrencies.longestMatch(
        in: text, endingAt: reading.start, lowerLimit: lower)
    else { return nil }
    return UnitEntry(lexeme.entry.word, .money, unit: unit)
  }

  /// Two Chinese digits after a two-digit-tail host (米) as hundredths: 一米七五 → 0.75.
  func twoDigitTail(at index: Int) -> (value: Decimal, end: Int)? {
    guard index + 1 < upper,
      let first = text.scalar(at: index).flatMap({ NumberLexicon.digits[$0] }),
      let second = text.scalar(at: index + 1).flatMap({ NumberLexicon.digits[$0] }),
      first > 0 || second > 0
    else { return nil }
    let after = index + 2
    if after < upper, let next = text.scalar(at: after),
      ScalarFolding.isHan(next) || ScalarFolding.isDigit(next)
    {
      let isQualifier = Self.after.longestMatch(in: text, at: after, limit: upper) != nil
      let isRange = Self.rangeSeparators.longestMatch(in: text, at: after, limit: upper) != nil
      let isLinker = ColloquialLexicon.tailFollowers.contains(next)
      guard isQualifier || isRange || isLinker else { return nil }
    }
    return (Decimal(first * 10 + second) / 100, after)
  }

  /// A range whose ends are colloquial compounds (五蚊六毫至五蚊七毫八, 米六到三米九): the
  /// high end read with its own unit and tail, in the same unit. The high end is read
  /// without looking for a further range, so a chain of ranges costs linear time and no
  /// recursion.
  func compoundRange(_ low: inout Quantity) {
    guard low.upper == nil,
      let (_, separatorEnd) = Self.rangeSeparators.longestMatch(
        in: text, at: low.end, limit: upper),
      let high = reader.read(text, at: separatorEnd, limit: upper), !high.overflow,
      high.upper == nil, let unit = units.match(in: text, at: high.end, limit: upper)
    else { return }
    var highQuantity = Quantity(
      value: unit.lexeme.traits.multiplierIsOne
        ? high.value : DecimalArithmetic.product(high.value, unit.entry.multiplier),
      upper: nil,
      lexeme: unit.lexeme, unit: unit.entry.unit, kind: unit.entry.kind, qualifier: nil,
      end: unit.end)
    extendAfterUnit(&highQuantity)
    guard highQuantity.upper == nil, highQuantity.unit == low.unit,
      highQuantity.value > low.value
    else { return }
    low.upper = highQuantity.value
    low.end = highQuantity.end
  }

  /// 7 2 折 → 72%: a discount whose two digits OCR printed apart.
  func spacedDiscount(at index: Int, _ reading: NumberReading) -> Quantity? {
    let lexeme = UnitLexeme.discount
    let entry = lexeme.entry
    guard reading.isArabic, reading.isPlainInteger, reading.integerDigits == 1,
      index > reading.end, index < upper, DecimalOrdering.isAbove(reading.value, 0),
      let digit = text.folded(at: index).flatMap(ScalarFolding.digitValue),
      let end = text.match(
        entry.scalars, at: text.skipGap(at: index + 1, limit: upper, maxSpaces: 1), limit: upper)
    else { return nil }
    if let next = text.scalar(at: end), end < upper, lexeme.traits.isContinued(by: next) {
      return nil
    }
    return Quantity(
      value: reading.value * 10 + Decimal(digit), upper: nil, lexeme: lexeme,
      unit: entry.unit,
      kind: entry.kind, qualifier: nil, end: end)
  }

  /// Where the tenths digit of 成 stands: right after it (七成六) or after one space that
  /// OCR left (七成 六), when nothing numeric or Han follows that digit.
  func tenthsDigitIndex(after end: Int) -> Int {
    guard end + 1 < upper, let space = text.scalar(at: end), ScalarFolding.isSpace(space),
      let digit = text.scalar(at: end + 1), NumberLexicon.digits[digit] != nil
    else { return end }
    if let next = text.folded(at: end + 2), end + 2 < upper,
      ScalarFolding.isHan(next) || ScalarFolding.isDigit(next)
    {
      return end
    }
    return end + 1
  }

  // MARK: Forms before the number

  /// 米九 → 1.9 米 at the start of a phrase (no Han character before it: 玉米九月 is
  /// corn), with its qualifier and range (米九左右, 米六到三米九).
  func impliedOne(at index: Int) -> (NumericFact?, Int)? {
    guard let scalar = text.scalar(at: index),
      ColloquialLexicon.impliedOneUnits.contains(scalar),
      let digit = text.scalar(at: index + 1).flatMap({ NumberLexicon.digits[$0] }), digit > 0,
      let match = units.match(in: text, at: index, limit: upper), match.end == index + 1
    else { return nil }
    var previous = index
    while previous > lower, let before = text.scalar(at: previous - 1),
      before == "\n" || ScalarFolding.isSpace(before)
    {
      previous -= 1
    }
    if previous > lower, let before = text.scalar(at: previous - 1), ScalarFolding.isHan(before) {
      return nil
    }
    let reading = NumberReading(
      value: 1, upper: nil, start: index, end: index, isArabic: false, isPlainInteger: false,
      integerDigits: 0, isDigitSequence: false, isBareMultiplier: false, hasMultiplier: false,
      trailingMultiplier: nil, qualifier: nil, overflow: false)
    var quantity = Quantity(
      value: 1, upper: nil, lexeme: match.lexeme, unit: match.entry.unit, kind: match.entry.kind,
      qualifier: nil, end: match.end)
    extendAfterUnit(&quantity)
    guard DecimalOrdering.isAbove(quantity.value, 1) else { return nil }
    compoundRange(&quantity)
    return (fact(reading, quantity), quantity.end)
  }

  // MARK: Guards

  /// Whether a small Chinese amount of time is an age (三周大, 两个月大了): 大 and then
  /// the end of the phrase or one of ``ColloquialLexicon/ageFollowers``.
  func isAge(_ quantity: Quantity) -> Bool {
    guard quantity.kind == .duration, quantity.end < upper,
      text.scalar(at: quantity.end) == ColloquialLexicon.ageMarker
    else { return false }
    let after = quantity.end + 1
    guard after < upper, let next = text.scalar(at: after) else { return true }
    return !ScalarFolding.isHan(next) || ColloquialLexicon.ageFollowers.contains(next)
  }

  /// Whether a foot or inch mark after a number is a unit: no digit or letter follows it,
  /// and no mark of the same kind opens before the number on its line (not a quotation).
  func acceptsPrime(_ reading: NumberReading, _ quantity: Quantity) -> Bool {
    guard quantity.entry.scalars.count == 1, let mark = quantity.entry.scalars.first,
      ColloquialLexicon.primeMarks.contains(mark)
    else { return true }
    guard reading.isArabic else { return false }
    if let next = text.folded(at: quantity.end), quantity.end < upper, !ScalarFolding.isSpace(next),
      next != "\n",
      ScalarFolding.isHan(next) || ColloquialLexicon.primeMarks.contains(next)
        || (next.isASCII && !ColloquialLexicon.primeFollowers.contains(next))
    {
      return false
    }
    if reading.start > lower, let before = text.folded(at: reading.start - 1),
      ColloquialLexicon.angleMarks.contains(before)
    {
      return false
    }
    var position = reading.start
    while position > lower, reading.start - position < ColloquialLexicon.primeQuoteLookBack,
      let before = text.folded(at: position - 1), before != "\n"
    {
      if ColloquialLexicon.primeMarks.contains(before) { return false }
      position -= 1
    }
    return true
  }

  /// The unit of a bare 度 after a temperature scale word (华氏51度 → 华氏度).
  func scaleUnit(endingAt end: Int, unit: String) -> String? {
    guard unit == ColloquialLexicon.bareDegree else { return nil }
    return Self.scaleUnits.longestMatch(in: text, endingAt: end, lowerLimit: lower)?.0
  }
}
