import Foundation

/// Reads one number, Arabic or Chinese, at a position of a ``SourceText``.
///
/// Arabic: half- or full-width digits, thousands separators (1,617 / 1，617), a decimal
/// point, then multipliers (1.5万, 3千, 3千万亿) with 余/多 allowed before 万/亿 (30余万).
/// Chinese: 两千多, 三千五百, 一万二, 一百零五, 十几, 数十, 上百, 三五百 (a pair of
/// digits is a range), 三点一. A digit run may continue across a layout line break.
///
/// ```swift
/// let text = SourceText("一万二千元")
/// NumberReader().read(text, at: 0, limit: text.count)?.value  // 12000
/// ```
public struct NumberReader: Sendable {
  /// Values above this are rejected as overflow (万万亿 …).
  static let largest = Decimal(sign: .plus, exponent: largestPower, significand: 1)
  /// ``largest`` as a power of ten.
  static let largestPower = 30
  /// 0 … 9 as `Decimal`s, built once.
  static let digitValues = (0...9).map { Decimal($0) }
  /// The value of 半, 0.5 (built once: a `Decimal` division costs ~30,000 instructions).
  static let half = Decimal(sign: .plus, exponent: -1, significand: 5)

  /// Creates a reader.
  public init() {}

  /// The scalars a number starts with whatever follows them: Arabic digits (either
  /// width), 半, Chinese digits and multipliers.
  static let directStarts: ScalarSet = ScalarSet("0123456789".unicodeScalars).folded()
    .union(NumberLexicon.half).union(NumberLexicon.digits.keys)
    .union(NumberLexicon.smallMultipliers.keys).union(NumberLexicon.largeMultipliers.keys)

  /// Whether a number may start at `index`.
  public func startsNumber(_ text: SourceText, at index: Int, limit: Int) -> Bool {
    guard let scalar = text.scalar(at: index), index < limit else { return false }
    if Self.directStarts.contains(scalar) { return true }
    if NumberLexicon.vagueLeaders.contains(scalar)
      || NumberLexicon.reachingLeaders.contains(scalar),
      let next = text.scalar(at: index + 1), index + 1 < limit
    {
      return NumberLexicon.smallMultipliers[next] != nil
        || NumberLexicon.largeMultipliers[next] != nil
        || (NumberLexicon.vagueLeaders.contains(scalar)
          && colloquialGap(text, at: index + 1, limit: limit) != nil)
    }
    return false
  }

  /// A colloquial classifier before 亿 (两个亿, 三个多亿): the index of the multiplier after
  /// it and whether 多/余 stood between.
  func colloquialGap(_ text: SourceText, at index: Int, limit: Int) -> (
    multiplierAt: Int, over: Bool
  )? {
    guard index < limit, let scalar = text.scalar(at: index),
      NumberLexicon.colloquialClassifiers.contains(scalar)
    else { return nil }
    var cursor = index + 1
    var over = false
    if cursor < limit, let infix = text.scalar(at: cursor),
      NumberLexicon.overInfixes.contains(infix)
    {
      over = true
      cursor += 1
    }
    guard cursor < limit, let large = text.scalar(at: cursor),
      NumberLexicon.colloquialMultipliers.contains(large)
    else { return nil }
    return (cursor, over)
  }

  /// Reads the number at `index`, or `nil` when none starts there. The reading's `end` is
  /// after every scalar of the number run, even when the number overflows, so a caller can
  /// skip it whole.
  ///
  /// - Complexity: O(*k*) in the length of the number.
  public func read(_ text: SourceText, at index: Int, limit: Int) -> NumberReading? {
    read(text, at: index, limit: limit, started: false)
  }

  /// ``read(_:at:limit:)``; `started` says the caller has already checked
  /// ``startsNumber(_:at:limit:)`` at `index`, so that the scan does not test it twice.
  func read(_ text: SourceText, at index: Int, limit: Int, started: Bool) -> NumberReading? {
    guard index < limit, let scalar = text.scalar(at: index) else { return nil }
    if ScalarFolding.isDigit(scalar) {
      return readArabic(text, at: index, limit: limit)
    }
    if NumberLexicon.half.contains(scalar) {
      return NumberReading(
        value: Self.half, upper: nil, start: index, end: index + 1, isArabic: false,
        isPlainInteger: false, integerDigits: 0, isDigitSequence: false, isBareMultiplier: false,
        hasMultiplier: false, trailingMultiplier: nil, qualifier: nil, overflow: false)
    }
    guard started || startsNumber(text, at: index, limit: limit) else { return nil }
    return readChinese(text, at: index, limit: limit)
  }

  // MARK: Arabic

  private func readArabic(_ text: SourceText, at index: Int, limit: Int) -> NumberReading {
    var cursor = index
    var mantissa = DigitAccumulator()
    var digitCount = 0
    var groupLength = 0
    var separated = false
    var overflow = false
    while cursor < limit, let digit = ScalarFolding.digitValue(text.scalars[cursor]) {
      if digitCount < NumberLexicon.maximumDigits {
        mantissa.append(digit)
      } else {
        overflow = true
      }
      digitCount += 1
      groupLength += 1
      cursor += 1
      if cursor < limit, let next = text.folded(at: cursor),
        NumberLexicon.thousandsSeparators.contains(next), groupLength <= 3,
        separated || digitCount <= 3, isGroupOfThree(text, at: cursor + 1, limit: limit)
      {
        separated = true
        groupLength = 0
        cursor += 1
        continue
      }
      if cursor < limit, text.scalars[cursor] == "\n", !separated,
        digitCount < ExclusionLexicon.phoneDigits,
        let after = text.breakRunEnd(at: cursor, limit: limit),
        after < limit, ScalarFolding.isDigit(text.scalars[after])
      {
        cursor = after
      }
    }
    var scale = 0
    let isPoint = text.folded(at: cursor).map {
      NumberLexicon.arabicDecimalPoints.contains($0) || NumberLexicon.decimalPoints.contains($0)
    }
    // The fraction may continue after a layout line break; looked for only after a point.
    let fractionStart =
      isPoint == true ? text.breakRunEnd(at: cursor + 1, limit: limit) ?? cursor + 1 : cursor + 1
    if isPoint == true, fractionStart < limit, ScalarFolding.isDigit(text.scalars[fractionStart]) {
      cursor = fractionStart
      while cursor < limit, let digit = ScalarFolding.digitValue(text.scalars[cursor]) {
        if digitCount + scale < NumberLexicon.maximumDigits {
          mantissa.append(digit)
          scale += 1
        } else {
          overflow = true
        }
        cursor += 1
      }
    }
    var value = mantissa.value(scale: scale)
    var reading = NumberReading(
      value: value, upper: nil, start: index, end: cursor, isArabic: true,
      isPlainInteger: !separated && scale == 0, integerDigits: digitCount,
      isDigitSequence: false, isBareMultiplier: false, hasMultiplier: false,
      trailingMultiplier: nil, qualifier: nil, overflow: overflow)
    readMultipliers(text, limit: limit, value: &value, reading: &reading)
    reading.value = value
    // Without a multiplier, at most 30 integer digits stay below 10^30: no test needed.
    if reading.hasMultiplier || digitCount > Self.largestPower,
      DecimalOrdering.exceeds(value, powerOfTen: Self.largestPower)
    {
      reading.overflow = true
    }
    return reading
  }

  /// Whether three digits start at `index` and no fourth follows.
  private func isGroupOfThree(_ text: SourceText, at index: Int, limit: Int) -> Bool {
    guard index + 3 <= limit else { return false }
    for offset in 0..<3 where !ScalarFolding.isDigit(text.scalars[index + offset]) {
      return false
    }
    return !(index + 3 < limit && ScalarFolding.isDigit(text.scalars[index + 3]))
  }

  /// Multipliers after Arabic digits: 十 百 千 (unless a unit such as 千米 starts there),
  /// then 万/亿 any number of times, with 余/多 allowed before them; k/w before a unit.
  private func readMultipliers(
    _ text: SourceText, limit: Int, value: inout Decimal, reading: inout NumberReading
  ) {
    var cursor = reading.end
    // Nearly every number is followed by a unit or a word: one bitmap test ends the search.
    guard cursor < limit, let first = text.scalar(at: cursor),
      Self.multiplierStarts.contains(first)
    else { return }
    let units = UnitMatcher.shared
    if let scalar = text.scalar(at: cursor), cursor < limit,
      let factor = NumberLexicon.smallMultipliers[scalar],
      !units.starts(in: text, at: cursor, limit: limit), !isFractionMarker(text, cursor + 1, limit)
    {
      value = DecimalArithmetic.product(value, Decimal(factor))
      cursor += 1
      reading.hasMultiplier = true
    }
    var steps = 0
    while cursor < limit, let scalar = text.scalar(at: cursor) {
      var next = cursor
      if ScalarFolding.isSpace(scalar), let after = text.scalar(at: cursor + 1),
        NumberLexicon.largeMultipliers[after] != nil
      {
        next = cursor + 1
      }
      var over = false
      if let gap = colloquialGap(text, at: next, limit: limit) {
        over = gap.over
        next = gap.multiplierAt
        if units.starts(in: text, at: next, limit: limit) {
          if over { reading.qualifier = .over }
          cursor = next
          break
        }
      } else if let infix = text.scalar(at: next), NumberLexicon.overInfixes.contains(infix) {
        over = true
        next += 1
      }
      guard let large = text.scalar(at: next), next < limit,
        let factor = NumberLexicon.largeMultipliers[large],
        !units.starts(in: text, at: next, limit: limit), !isFractionMarker(text, next + 1, limit)
      else { break }
      steps += 1
      if steps > 4 { reading.overflow = true }
      if !reading.overflow { value = DecimalArithmetic.product(value, Decimal(factor)) }
      reading.hasMultiplier = true
      reading.trailingMultiplier = DecimalArithmetic.product(
        reading.trailingMultiplier ?? 1, Decimal(factor))
      if over { reading.qualifier = .over }
      cursor = next + 1
    }
    if let scalar = text.scalar(at: cursor), cursor < limit,
      let factor = NumberLexicon.letterMultipliers[scalar], !text.isASCIILetter(at: cursor + 1),
      units.starts(in: text, at: cursor + 1, limit: limit)
        || text.folded(at: cursor + 1).map({ $0 == "~" || $0 == "-" }) == true
    {
      value = DecimalArithmetic.product(value, Decimal(factor))
      cursor += 1
      reading.hasMultiplier = true
    }
    reading.end = cursor
    reading.isPlainInteger = reading.isPlainInteger && !reading.hasMultiplier
  }

  /// Every scalar that can begin what ``readMultipliers(_:limit:value:reading:)`` reads
  /// after Arabic digits: a multiplier (Chinese or a letter), the white space before 万/亿,
  /// the colloquial classifier (3个亿) and 余/多 (30余万). Keep it in step with that method.
  static let multiplierStarts: ScalarSet = NumberLexicon.smallMultipliers.keys
    .union(NumberLexicon.largeMultipliers.keys).union(NumberLexicon.letterMultipliers.keys)
    .union(NumberLexicon.colloquialClassifiers).union(NumberLexicon.overInfixes)
    .union(ScalarFolding.spaces)

  /// Whether 分之 (of 三分之一, 百分之五) starts at `index`.
  func isFractionMarker(_ text: SourceText, _ index: Int, _ limit: Int) -> Bool {
    text.match(Self.fractionMarker, at: index, limit: limit) != nil
  }

  static let fractionMarker = Array(NumberLexicon.fractionMarker.unicodeScalars)

  // MARK: Chinese

  /// Every scalar after a Chinese digit on which ``readChinese(_:at:limit:)`` reads on:
  /// digits, multipliers, decimal points, the colloquial classifier (两个亿) and the
  /// white space it may skip. Keep it in step with that loop.
  static let chineseContinuers: ScalarSet = {
    NumberLexicon.digits.keys.union(NumberLexicon.smallMultipliers.keys)
      .union(NumberLexicon.largeMultipliers.keys)
      .union(NumberLexicon.decimalPoints).union(NumberLexicon.colloquialClassifiers)
      .union(ScalarFolding.spaces)
  }()

  /// A lone Chinese digit that nothing numeric follows (一 of 一些, 三 of 三农), the most
  /// common Chinese reading, read without the numeral state machine; `nil` otherwise.
  /// Gives what ``readChinese(_:at:limit:)`` gives for it.
  private func loneDigit(_ text: SourceText, at index: Int, limit: Int) -> NumberReading? {
    guard let first = text.scalar(at: index), let digit = NumberLexicon.digits[first] else {
      return nil
    }
    if index + 1 < limit, let next = text.scalar(at: index + 1),
      Self.chineseContinuers.contains(next)
    {
      return nil
    }
    return NumberReading(
      value: Self.digitValues[max(0, min(9, digit))], upper: nil, start: index, end: index + 1,
      isArabic: false,
      isPlainInteger: false, integerDigits: 0, isDigitSequence: false, isBareMultiplier: false,
      hasMultiplier: false, trailingMultiplier: nil, qualifier: nil, overflow: false)
  }

  private func readChinese(_ text: SourceText, at index: Int, limit: Int) -> NumberReading {
    if let lone = loneDigit(text, at: index, limit: limit) { return lone }
    var low = ChineseAccumulator()
    var high: ChineseAccumulator?
    var cursor = index
    var qualifier: Qualifier?
    var sequence = DigitRun()
    var sawMultiplier = false
    var sawDigit = false
    var tokens = 0
    var overflow = false
    let units = UnitMatcher.shared

    if let first = text.scalar(at: cursor),
      NumberLexicon.vagueLeaders.contains(first) || NumberLexicon.reachingLeaders.contains(first)
    {
      qualifier = .over
      cursor += 1
    }
    var leadingFactor: Int?
    while cursor < limit, var scalar = text.scalar(at: cursor) {
      if ScalarFolding.isSpace(scalar), sawDigit || sawMultiplier {
        let after = text.skipGap(at: cursor, limit: limit, maxSpaces: 4)
        guard after < limit, after > cursor, let next = text.scalar(at: after),
          NumberLexicon.digits[next] != nil || NumberLexicon.smallMultipliers[next] != nil
            || NumberLexicon.largeMultipliers[next] != nil
            || (NumberLexicon.decimalPoints.contains(next) && sawDigit)
        else { break }
        cursor = after
        scalar = next
      }
      if sawDigit || sawMultiplier || qualifier != nil,
        let gap = colloquialGap(text, at: cursor, limit: limit),
        let large = text.scalar(at: gap.multiplierAt)
      {
        if gap.over { qualifier = .over }
        cursor = gap.multiplierAt
        scalar = large
      }
      tokens += 1
      if tokens > 64 { overflow = true }
      if let digit = NumberLexicon.digits[scalar] {
        if sawDigit && low.current != nil && !low.afterZero && !sawMultiplier {
          sequence.append(digit)
        } else if sawDigit && low.current != nil && !low.afterZero {
          break
        } else {
          sequence.start(digit)
        }
        sawDigit = true
        if sequence.count == 1 || sawMultiplier {
          low.digit(digit)
          high?.digit(digit)
        }
        cursor += 1
        continue
      }
      if let factor = NumberLexicon.smallMultipliers[scalar]
        ?? NumberLexicon.largeMultipliers[
          scalar]
      {
        if units.starts(in: text, at: cursor, limit: limit) && (sawDigit || sawMultiplier) {
          break
        }
        if isFractionMarker(text, cursor + 1, limit) { break }
        if sequence.count >= 2 && !sawMultiplier {
          guard let pair = approximatePair(sequence) else { break }
          low = ChineseAccumulator()
          low.digit(pair.0)
          var other = ChineseAccumulator()
          other.digit(pair.1)
          high = other
        }
        sequence.reset()
        let isLarge = NumberLexicon.largeMultipliers[scalar] != nil
        if isLarge {
          low.large(Decimal(factor))
          high?.large(Decimal(factor))
        } else {
          low.small(Decimal(factor))
          high?.small(Decimal(factor))
        }
        if !sawMultiplier && !sawDigit { leadingFactor = factor }
        sawMultiplier = true
        cursor += 1
        if DecimalOrdering.exceeds(low.total, powerOfTen: Self.largestPower)
          || DecimalOrdering.exceeds(low.wan, powerOfTen: Self.largestPower)
        {
          overflow = true
        }
        if let tail = text.scalar(at: cursor), NumberLexicon.vagueTails.contains(tail),
          cursor < limit
        {
          qualifier = .over
          cursor += 1
        }
        if let infix = text.scalar(at: cursor), NumberLexicon.overInfixes.contains(infix),
          let next = text.scalar(at: cursor + 1), cursor + 1 < limit,
          NumberLexicon.largeMultipliers[next] != nil
        {
          qualifier = .over
          cursor += 1
        }
        continue
      }
      let afterPoint = text.skipGap(at: cursor + 1, limit: limit, maxSpaces: 4)
      if NumberLexicon.decimalPoints.contains(scalar), sawDigit,
        let next = text.scalar(at: afterPoint), afterPoint < limit,
        NumberLexicon.digits[next] != nil || ScalarFolding.isDigit(next)
      {
        cursor = afterPoint
        var fraction: Decimal = 0
        var scale = 0
        while cursor < limit, let scalar = text.scalar(at: cursor),
          let digit = NumberLexicon.digits[scalar] ?? ScalarFolding.digitValue(scalar)
        {
          if scale < 12 {
            fraction = fraction * 10 + Decimal(digit)
            scale += 1
          }
          cursor += 1
        }
        low.addFraction(scaled(fraction, by: scale))
        high?.addFraction(scaled(fraction, by: scale))
        sequence.reset()
        continue
      }
      break
    }
    var isSequence = false
    if sequence.count >= 2 && !sawMultiplier {
      if let pair = approximatePair(sequence) {
        low = ChineseAccumulator()
        low.digit(pair.0)
        var other = ChineseAccumulator()
        other.digit(pair.1)
        high = other
      } else {
        isSequence = true
      }
    }
    var value: Decimal
    if isSequence {
      value = 0
      for digit in sequence.digits(prefix: NumberLexicon.maximumDigits) {
        value = value * 10 + Decimal(digit)
      }
    } else {
      value = low.finish()
    }
    let leaderOnly = cursor == index + 1 && qualifier != nil && !sawDigit && !sawMultiplier
    return NumberReading(
      value: value, upper: high.map { $0.finish() }, start: index,
      end: leaderOnly ? index + 1 : cursor, isArabic: false, isPlainInteger: false,
      integerDigits: 0, isDigitSequence: isSequence,
      isBareMultiplier: !sawDigit && (leadingFactor ?? 100) >= 100,
      hasMultiplier: sawMultiplier, trailingMultiplier: low.lastLarge, qualifier: qualifier,
      overflow: overflow || leaderOnly || (!sawDigit && !sawMultiplier)
        || DecimalOrdering.exceeds(value, powerOfTen: Self.largestPower))
  }

  /// Two adjacent different digits read as "a or b" (三四, 三五, 八九): a range.
  private func approximatePair(_ run: DigitRun) -> (Int, Int)? {
    guard let (low, high) = run.pair, low > 0, high > low, high - low <= 2 else { return nil }
    return (low, high)
  }

  private func scaled(_ mantissa: Decimal, by scale: Int) -> Decimal {
    DecimalOrdering.dividedByPowerOfTen(mantissa, scale)
  }
}

/// The running total of a Chinese numeral: 亿 level, 万 level, the section below 万 and
/// the pending digit.
struct ChineseAccumulator: Sendable {
  var total: Decimal = 0
  var wan: Decimal = 0
  var section: Decimal = 0
  var current: Decimal?
  var afterZero = false
  var lastMultiplier: Decimal?
  var lastLarge: Decimal?
  var digitAfterMultiplier = false

  mutating func digit(_ digit: Int) {
    digitAfterMultiplier = lastMultiplier != nil && !afterZero && current == nil
    current = NumberReader.digitValues[max(0, min(9, digit))]
    afterZero = digit == 0
  }

  mutating func small(_ factor: Decimal) {
    if current == nil || afterZero {
      section = Self.sum(section, factor)
    } else {
      section = Self.sum(section, DecimalArithmetic.product(current ?? 1, factor))
    }
    current = nil
    afterZero = false
    lastMultiplier = factor
    digitAfterMultiplier = false
  }

  mutating func large(_ factor: Decimal) {
    var part = Self.sum(section, current ?? 0)
    if part.isZero && wan.isZero && total.isZero { part = 1 }
    if DecimalOrdering.compare(factor, 100_000_000) != .orderedAscending {
      total = DecimalArithmetic.product(Self.sum(Self.sum(total, wan), part), factor)
      wan = 0
    } else if part.isZero {
      wan = DecimalArithmetic.product(wan, factor)
    } else {
      wan = DecimalArithmetic.product(Self.sum(wan, part), factor)
    }
    section = 0
    current = nil
    afterZero = false
    lastMultiplier = factor
    lastLarge = factor
    digitAfterMultiplier = false
  }

  mutating func addFraction(_ fraction: Decimal) {
    current = (current ?? 0) + fraction
    digitAfterMultiplier = false
  }

  func finish() -> Decimal {
    var pending = current ?? 0
    if digitAfterMultiplier, let factor = lastMultiplier,
      DecimalOrdering.compare(factor, 100) != .orderedAscending
    {
      pending = DecimalOrdering.dividedByPowerOfTen(pending * factor, 1)
    }
    return Self.sum(Self.sum(total, wan), Self.sum(section, pending))
  }

  /// `lhs + rhs`, without `Decimal` arithmetic when either is zero (values stay compact, so
  /// the result is the same `Decimal`).
  static func sum(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
    if rhs.isZero { return lhs }
    if lhs.isZero { return rhs }
    return DecimalArithmetic.sum(lhs, rhs)
  }
}
