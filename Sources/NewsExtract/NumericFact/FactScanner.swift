import Foundation

/// The engine of ``NumericFactExtractor``: reads a number at a position, then its unit,
/// range, qualifiers and direction, and applies the exclusions. Contains no Chinese
/// literal; every word comes from the lexicons.
struct FactScanner {
  let text: SourceText
  let lower: Int
  let upper: Int
  let reader = NumberReader()
  let units = UnitMatcher.shared

  /// The approximation words before a number, each with what ``qualifierBefore(_:_:_:)``
  /// asks about it (the scalars it may not follow, whether it needs a round number) read
  /// once instead of hashing the word for every match.
  static let before = LexiconWord.table(
    QualifierLexicon.before.map {
      (
        $0.word,
        (
          qualifier: $0.qualifier, notAfter: notAfter[$0.word],
          isRoundOnly: roundOnly.contains($0.word)
        )
      )
    })
  static let notAfter: [String: Set<Unicode.Scalar>] = {
    var table: [String: Set<Unicode.Scalar>] = [:]
    for (word, scalars) in QualifierLexicon.notAfter {
      let both = scalars.union(scalars.compactMap { ScriptLexicon.table[$0] })
      table[word, default: []].formUnion(both)
      table[ScriptLexicon.traditional(word), default: []].formUnion(both)
    }
    return table
  }()
  static let roundOnly = Set(ScriptLexicon.withTraditional(Array(QualifierLexicon.roundOnly)))
  static let after = LexiconWord.table(QualifierLexicon.after.map { ($0.word, $0.qualifier) })
  static let changes = LexiconWord.table(QualifierLexicon.changes.map { ($0.word, $0.direction) })
  static let fillers = LexiconWord.table(QualifierLexicon.changeFillers.map { ($0, ()) })
  static let ordinals = LexiconWord.table(ExclusionLexicon.ordinalPrefixes.map { ($0, ()) })
  static let phoneLabels = LexiconWord.table(ExclusionLexicon.phoneLabels.map { ($0, ()) })
  static let imprints = LexiconWord.table(ExclusionLexicon.imprintLabels.map { ($0, ()) })
  static let periods = LexiconWord.table(ExclusionLexicon.periodPrefixes.map { ($0, ()) })
  static let eras = LexiconWord.table(ExclusionLexicon.eraNames.map { ($0, ()) })
  static let recent = LexiconWord.table(ExclusionLexicon.recentPrefixes.map { ($0, ()) })
  static let scales = LexiconWord.table(UnitLexicon.temperatureScales.map { ($0, ()) })
  static let negatives = LexiconWord.table(NumberLexicon.negativePrefixes.map { ($0, ()) })
  static let perWords = LexiconWord.table(UnitLexicon.perWords.map { ($0, ()) })
  static let percentLeaders = LexiconWord.table(
    NumberLexicon.percentLeaders.map { ($0.word, Decimal(string: $0.factor) ?? 1) })
  static let currencyPrefixes = LexiconWord.table(
    UnitLexicon.currencyPrefixes.map { ($0.word, $0.unit) })
  static let rangeOpeners = LexiconWord.table(NumberLexicon.rangeOpeners.map { ($0, ()) })
  static let fixedPercents = LexiconWord.table(
    UnitLexicon.fixedPercentages.map { ($0.word, Decimal(string: $0.value) ?? 0) })
  static let inclusiveMarks = LexiconWord.table(NumberLexicon.inclusiveMarks.map { ($0, ()) })
  static let rangeSeparators = LexiconWord.table(NumberLexicon.rangeSeparators.map { ($0, ()) })
  static let moneySuffixes = LexiconWord.table(UnitLexicon.moneySuffixes.map { ($0, ()) })
  static let moneyNouns = LexiconWord.table(UnitLexicon.moneyNouns.map { ($0, ()) })
  static let moneyLinks = LexiconWord.table(UnitLexicon.moneyLinks.map { ($0, ()) })
  static let moneyJoiner = LexiconWord.table([(UnitLexicon.moneyJoiner, ())])
  static let subunits = LexiconWord.table(
    UnitLexicon.subunits.map { ($0.word, Decimal(string: $0.factor) ?? 0) })
  static let idioms: ScalarMap<[[Unicode.Scalar]]> = {
    var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    for idiom in ScriptLexicon.withTraditional(ExclusionLexicon.idioms) {
      let scalars = Array(idiom.unicodeScalars)
      for scalar in Set(scalars) { table[scalar, default: []].append(scalars) }
    }
    return ScalarMap(table.map { ($0.key, $0.value) })
  }()
  static let continuations: [String: Set<Unicode.Scalar>] = {
    var table = ExclusionLexicon.unitWordContinuations
    for (word, followers) in ExclusionLexicon.unitWordContinuations {
      let twin = ScriptLexicon.traditional(word)
      let twinFollowers = followers.map { ScriptLexicon.table[$0] ?? $0 }
      table[twin, default: []].formUnion(followers.union(twinFollowers))
      table[word, default: []].formUnion(twinFollowers)
    }
    return table
  }()

  /// Every scalar of ``continuations``, as a bitmap.
  static let continuationScalars = ScalarSet(continuations.values.flatMap { $0 })

  /// A number with its unit, before the context words are added.
  struct Quantity {
    var value: Decimal
    var upper: Decimal?
    /// The unit and its lexicon facts (see ``UnitLexeme``).
    var lexeme: UnitLexeme
    var unit: String
    var kind: QuantityKind
    var qualifier: Qualifier?
    var end: Int

    /// The unit's lexicon entry.
    var entry: UnitEntry { lexeme.entry }
    /// The unit's traits.
    var traits: UnitTraits { lexeme.traits }
  }

  /// The fact starting at `index`, if any, and the index to continue from.
  /// Every scalar a fact can start with (what ``scan(at:)`` tries first): digits, numeral
  /// characters, multipliers, 半, vague and reaching leaders, and the first scalars of the
  /// percent words.
  static let starters: ScalarSet = ScalarSet("0123456789".unicodeScalars)
    .union(NumberLexicon.half).union(NumberLexicon.digits.keys)
    .union(NumberLexicon.smallMultipliers.keys).union(NumberLexicon.largeMultipliers.keys)
    .union(NumberLexicon.vagueLeaders).union(NumberLexicon.reachingLeaders)
    .union(fixedPercents.firsts).union(percentLeaders.firsts)
    .union(ColloquialLexicon.impliedOneUnits)

  /// ``starters`` with their full-width forms, so that the skip loop needs no folding.
  static let foldedStarters = starters.folded()

  /// The first scalars of the percent words, with their full-width forms: one bitmap test
  /// before the two lexicon lookups below.
  static let percentStarts = fixedPercents.firsts.union(percentLeaders.firsts).folded()

  func scan(at index: Int) -> (NumericFact?, Int) {
    guard Self.percentStarts.contains(text, at: index) else { return scanNumber(at: index) }
    if let (value, end) = Self.fixedPercents.longestMatch(in: text, at: index, limit: upper) {
      let entry = UnitLexicon.percent
      return (
        NumericFact(
          text: text.string(index..<end), value: value, unit: entry.unit, kind: .percentage,
          start: index, end: end), end
      )
    }
    if let (factor, end) = Self.percentLeaders.longestMatch(in: text, at: index, limit: upper) {
      return percentWord(start: index, numberStart: end, factor: factor)
    }
    return scanNumber(at: index)
  }

  /// The fact whose number starts at `index`, if any, and the index to continue from.
  private func scanNumber(at index: Int) -> (NumericFact?, Int) {
    if ColloquialLexicon.impliedOneUnits.contains(text, at: index),
      let found = impliedOne(at: index)
    {
      return found
    }
    guard reader.startsNumber(text, at: index, limit: upper),
      var reading = reader.read(text, at: index, limit: upper, started: true)
    else { return (nil, index + 1) }
    // A numeral runs on only past 兆 or after 十 (see colloquialReading): two bitmap tests.
    if Self.trillionScalars.contains(text, at: reading.end)
      || Self.tens.contains(text, at: reading.end - 1),
      let joined = colloquialReading(reading)
    {
      reading = joined
    }
    let next = max(reading.end, index + 1)
    if reading.overflow { return (nil, next) }
    if reading.isArabic, let fraction = slashFraction(reading) { return fraction }
    if reading.isArabic && isCode(reading) { return (nil, skipToken(from: next)) }
    guard var quantity = quantity(after: reading) else { return (nil, next) }
    guard accepts(reading, quantity) else { return (nil, max(next, quantity.end)) }
    if isAngle(reading, quantity) { quantity.kind = .other }
    return (fact(reading, quantity), max(next, quantity.end))
  }

  // MARK: Quantity

  /// The unit (and range, half, subunits, compound and after-qualifier) after a number.
  func quantity(after reading: NumberReading) -> Quantity? {
    if isLone(reading), !Self.followers.contains(text, at: reading.end) || reading.end >= upper {
      return nil
    }
    var cursor = reading.end
    var qualifier = reading.qualifier
    if let scalar = text.scalar(at: cursor), NumberLexicon.overInfixes.contains(scalar),
      cursor + 1 < upper,
      units.starts(
        in: text, at: text.skipGap(at: cursor + 1, limit: upper, maxSpaces: 1), limit: upper)
    {
      qualifier = .over
      cursor += 1
    }
    if reader.isFractionMarker(text, cursor, upper) {
      return fraction(denominator: reading, markerAt: cursor)
    }
    if !reading.isArabic, ColloquialLexicon.shortFractionMarker.contains(text, at: cursor),
      let share = shortFraction(denominator: reading, markerAt: cursor)
    {
      return share
    }
    let unitStart = text.skipGap(at: cursor, limit: upper, maxSpaces: 4)
    var value = reading.value
    var upperValue = reading.upper
    var lexeme: UnitLexeme
    var end: Int
    if let match = units.match(in: text, at: unitStart, limit: upper) {
      (lexeme, end) = (match.lexeme, match.end)
      if lexeme.traits.isDollarClassifier, let dollar = dollarUnit(lexeme, reading) {
        lexeme = UnitLexeme(dollar)
      }
      if let range = rangeEnd(after: end, low: reading, unit: lexeme) {
        upperValue = range.upper
        end = range.end
        value = range.low
      }
    } else if let match = discount(at: unitStart, reading) {
      return match
    } else if let match = spacedDiscount(at: unitStart, reading) {
      return match
    } else if let coins = subYuan(reading, at: unitStart) {
      return coins
    } else if let range = range(after: cursor, low: reading) {
      (lexeme, end, value, upperValue) = (range.lexeme, range.end, range.low, range.upper)
    } else if let prefixed = currencyBefore(reading) {
      lexeme = UnitLexeme(UnitEntry(prefixed, .money))
      end = reading.end
    } else if reading.trailingMultiplier != nil, isMoneyContext(reading) {
      lexeme = .unprintedMoney
      end = reading.end
    } else {
      return nil
    }
    if let continuation = text.scalar(at: end), end < upper,
      lexeme.traits.isContinued(by: continuation)
    {
      return nil
    }
    let multiplierIsOne = lexeme.traits.multiplierIsOne
    if lexeme.entry.kind == .percentage && lexeme.traits.multiplierIsTen {
      guard DecimalOrdering.compare(value, 10) != .orderedDescending,
        reading.trailingMultiplier == nil
      else { return nil }
      let tailAt = tenthsDigitIndex(after: end)
      if let tail = text.scalar(at: tailAt), tailAt < upper,
        let digit = NumberLexicon.digits[tail]
      {
        value += DecimalOrdering.dividedByPowerOfTen(Decimal(digit), 1)
        end = tailAt + 1
      }
    }
    var quantity = Quantity(
      // Decimals are kept compact, so a factor of one changes nothing and is skipped.
      value: multiplierIsOne ? value : DecimalArithmetic.product(value, lexeme.entry.multiplier),
      upper: multiplierIsOne
        ? upperValue : upperValue.map { DecimalArithmetic.product($0, lexeme.entry.multiplier) },
      lexeme: lexeme, unit: lexeme.entry.unit, kind: lexeme.entry.kind,
      qualifier: qualifier ?? lexeme.entry.qualifier, end: end)
    extendAfterUnit(&quantity)
    if quantity.traits.takesCompoundRange { compoundRange(&quantity) }
    return quantity
  }

  /// Every scalar that can begin what ``quantity(after:)`` looks for right after a number:
  /// a unit, 折, an over infix (余), 分之, a range mark or separator, white space or a line
  /// break before them. Keep it in step with the branches of ``quantity(after:)``.
  static let followers: ScalarSet = {
    let words = [UnitLexicon.discount.word, NumberLexicon.fractionMarker]
    return UnitMatcher.shared.firsts.union(NumberLexicon.overInfixes)
      .union(inclusiveMarks.firsts).union(rangeSeparators.firsts)
      .union(ScriptLexicon.withTraditional(words).compactMap(\.unicodeScalars.first))
      .folded().union(ScalarFolding.spaces).union(["\n"])
  }()

  /// A one-scalar Chinese number without multiplier (一 of 一些, 半): nothing before it can
  /// make it money (``currencyBefore(_:)`` and ``isMoneyContext(_:)`` need more), so it is
  /// a quantity only when one of ``followers`` comes right after it.
  private func isLone(_ reading: NumberReading) -> Bool {
    !reading.isArabic && !reading.hasMultiplier && reading.end == reading.start + 1
      && reading.upper == nil && reading.trailingMultiplier == nil
  }

  /// Whether an amount with 万/亿 but no unit is money: a money noun stands right before it
  /// (总投资4.5亿; qualifiers and linking words may stand between: 营收破千亿, 投资达3亿) or
  /// 的 and a money noun right after it (两个亿的投资).
  private func isMoneyContext(_ reading: NumberReading) -> Bool {
    var position = backOverBreak(reading.start)
    for _ in 0..<3 {
      if Self.moneyNouns.longestMatch(in: text, endingAt: position, lowerLimit: lower) != nil {
        return true
      }
      if let (_, linkStart) = Self.moneyLinks.longestMatch(
        in: text, endingAt: position, lowerLimit: lower)
      {
        position = linkStart
      } else if let (_, wordStart) = Self.before.longestMatch(
        in: text, endingAt: position, lowerLimit: lower)
      {
        position = wordStart
      } else {
        break
      }
    }
    guard
      let (_, joinerEnd) = Self.moneyJoiner.longestMatch(in: text, at: reading.end, limit: upper)
    else { return false }
    return Self.moneyNouns.longestMatch(in: text, at: joinerEnd, limit: upper) != nil
  }

  /// 半 (两米半), a race time's fraction (13秒72), 角/毛/分 after 元 (123元1角1分), a
  /// compound unit (万元/亩), then an approximation word after the unit (左右, 以上).
  func extendAfterUnit(_ quantity: inout Quantity) {
    var end = quantity.end
    // Nearly every unit is followed by none of the tails below: one bitmap test.
    guard end < upper, Self.afterUnitStarts.contains(text, at: end) else { return }
    if let digits = quantity.traits.fractionalTailDigits, quantity.upper == nil,
      let tail = fractionalTail(at: end, digits: digits)
    {
      quantity.value += tail.value * quantity.entry.multiplier
      end = tail.end
    }
    if let scalar = text.scalar(at: end), end < upper, NumberLexicon.half.contains(scalar),
      quantity.upper == nil, quantity.kind != .count, quantity.kind != .people,
      quantity.kind != .households
    {
      quantity.value +=
        quantity.traits.multiplierIsOne
        ? NumberReader.half : NumberReader.half * quantity.entry.multiplier
      end += 1
    }
    if quantity.traits.isSubunitHost
      || (quantity.kind == .money && quantity.traits.isDollarClassifier),
      quantity.upper == nil
    {
      var cursor = end
      var lastFactor: Decimal = 1
      while let reading = reader.read(text, at: cursor, limit: upper), !reading.overflow,
        reading.upper == nil,
        let (factor, after) = Self.subunits.longestMatch(in: text, at: reading.end, limit: upper),
        units.match(in: text, at: reading.end, limit: upper).map({ $0.entry.kind == .money })
          ?? true
      {
        quantity.value += reading.value * factor
        lastFactor = factor
        cursor = after
      }
      if let tail = trailingDigit(at: cursor) {
        quantity.value += tail.value * lastFactor
        cursor = tail.end
      }
      if cursor != end && quantity.kind != .money {
        quantity.lexeme = .yuan
        quantity.unit = UnitLexicon.yuan.unit
        quantity.kind = .money
      }
      end = cursor
    } else if quantity.traits.isTrailingDigitHost,
      quantity.upper == nil,
      let tail = trailingDigit(at: end)
        ?? (quantity.traits.isTwoDigitTailHost ? twoDigitTail(at: end) : nil)
    {
      quantity.value += tail.value * quantity.entry.multiplier
      end = tail.end
    }
    if quantity.kind == .money,
      let (_, suffixEnd) = Self.moneySuffixes.longestMatch(in: text, at: end, limit: upper)
    {
      end = suffixEnd
    }
    if let (_, perEnd) = Self.perWords.longestMatch(in: text, at: end, limit: upper),
      let denominator = UnitMatcher.denominators.match(in: text, at: perEnd, limit: upper)
    {
      quantity.unit = quantity.entry.unit + "/" + denominator.entry.unit
      quantity.kind =
        quantity.kind == .length && denominator.entry.kind == .duration ? .speed : .other
      end = denominator.end
    }
    if let (word, afterEnd) = Self.after.longestMatch(in: text, at: end, limit: upper) {
      let isInfix =
        afterEnd - end == 1
        && text.scalar(at: end).map {
          NumberLexicon.overInfixes.contains($0)
        } == true
      if !isInfix || QualifierLexicon.afterUnitOverHosts.contains(quantity.kind)
        || (QualifierLexicon.guardedAfterUnitOverHosts.contains(quantity.kind)
          && endsPhrase(at: afterEnd))
      {
        if quantity.qualifier == nil { quantity.qualifier = word }
        end = afterEnd
      }
    }
    quantity.end = end
  }

  /// Every scalar that can begin what ``extendAfterUnit(_:)`` reads after a unit: a number
  /// (a fractional tail, subunits, a trailing digit, 半), a money suffix, a per word or an
  /// approximation word, with their full-width forms. Keep it in step with that method.
  static let afterUnitStarts: ScalarSet = NumberReader.directStarts
    .union(NumberLexicon.vagueLeaders).union(NumberLexicon.reachingLeaders)
    .union(NumberLexicon.zeros)
    .union(moneySuffixes.firsts.union(perWords.firsts).union(after.firsts).folded())

  /// Up to `digits` Arabic digits right after a unit of ``UnitLexicon/fractionalTailHosts``,
  /// as the fraction they print (13秒72 → 0.72), when no digit, decimal point or unit
  /// follows them.
  private func fractionalTail(at index: Int, digits maxDigits: Int) -> (
    value: Decimal, end: Int
  )? {
    var cursor = index
    var digits: Decimal = 0
    while cursor < upper, let digit = text.folded(at: cursor).flatMap(ScalarFolding.digitValue) {
      guard cursor - index < maxDigits else { return nil }
      digits = digits * 10 + Decimal(digit)
      cursor += 1
    }
    guard cursor > index else { return nil }
    if let next = text.folded(at: cursor), cursor < upper {
      if NumberLexicon.arabicDecimalPoints.contains(next) || text.isASCIILetter(at: cursor) {
        return nil
      }
      if units.starts(in: text, at: cursor, limit: upper) { return nil }
    }
    return (DecimalOrdering.dividedByPowerOfTen(digits, cursor - index), cursor)
  }

  /// Whether a phrase may end at `index`: the text ends, or a non-Han scalar or one of
  /// ``QualifierLexicon/afterUnitOverFollowers`` stands there.
  private func endsPhrase(at index: Int) -> Bool {
    guard index < upper, let scalar = text.scalar(at: index) else { return true }
    return !ScalarFolding.isHan(scalar) || QualifierLexicon.afterUnitOverFollowers.contains(scalar)
  }

  /// A digit right after a unit, read as tenths (三米九 → 3.9, 九块九 → 9.9) or, after 零,
  /// as hundredths (三块零四 → 3.04), when nothing numeric follows it.
  func trailingDigit(at index: Int) -> (value: Decimal, end: Int)? {
    var cursor = index
    var places = 1
    if let scalar = text.scalar(at: cursor), NumberLexicon.zeros.contains(scalar) {
      places = 2
      cursor += 1
    }
    guard cursor < upper, let scalar = text.scalar(at: cursor),
      let digit = NumberLexicon.digits[scalar], digit > 0
    else { return nil }
    let after = cursor + 1
    if let next = text.scalar(at: after), after < upper,
      ScalarFolding.isHan(next) || ScalarFolding.isDigit(next)
    {
      let isQualifier = Self.after.longestMatch(in: text, at: after, limit: upper) != nil
      let isRange = Self.rangeSeparators.longestMatch(in: text, at: after, limit: upper) != nil
      let isLinker = ColloquialLexicon.tailFollowers.contains(next)
      guard isQualifier || isRange || isLinker else { return nil }
    }
    return (DecimalOrdering.dividedByPowerOfTen(Decimal(digit), places), after)
  }

  /// The first scalar of ``UnitLexicon/discount``'s word, with its full-width form.
  static let discountStarts = ScalarSet(UnitLexicon.discount.scalars.prefix(1)).folded()

  /// 折 after a number: 九折 → 90%, 75折 → 75%.
  private func discount(at index: Int, _ reading: NumberReading) -> Quantity? {
    guard Self.discountStarts.contains(text, at: index) else { return nil }
    let lexeme = UnitLexeme.discount
    let entry = lexeme.entry
    let traits = lexeme.traits
    guard let end = text.match(entry.scalars, at: index, limit: upper), reading.upper == nil,
      !reading.hasMultiplier, DecimalOrdering.isBetween(reading.value, above: 0, below: 100)
    else { return nil }
    if let next = text.scalar(at: end), end < upper, traits.isContinued(by: next) {
      return nil
    }
    let value =
      DecimalOrdering.compare(reading.value, 10) == .orderedAscending
      ? reading.value * 10 : reading.value
    return Quantity(
      value: value, upper: nil, lexeme: lexeme, unit: entry.unit,
      kind: entry.kind, qualifier: nil, end: end)
  }

  /// 三分之一 → 33.333333%, 四分之三 → 75%.
  private func fraction(denominator: NumberReading, markerAt marker: Int) -> Quantity? {
    let start = marker + Self.markerLength
    guard denominator.value > 0, let numerator = reader.read(text, at: start, limit: upper),
      !numerator.overflow, numerator.upper == nil
    else { return nil }
    if let unit = units.match(in: text, at: numerator.end, limit: upper),
      unit.entry.kind != .percentage, unit.entry.kind != .count
    {
      let share = SIConversion.rounded(numerator.value / denominator.value)
      var quantity = Quantity(
        value: share * unit.entry.multiplier, upper: nil, lexeme: unit.lexeme,
        unit: unit.entry.unit, kind: unit.entry.kind, qualifier: nil,
        end: unit.end)
      extendAfterUnit(&quantity)
      return quantity
    }
    let entry = UnitLexicon.percent
    let percent = SIConversion.rounded(numerator.value * 100 / denominator.value)
    var quantity = Quantity(
      value: percent, upper: nil, lexeme: .percent, unit: entry.unit,
      kind: .percentage,
      qualifier: nil, end: numerator.end)
    extendAfterUnit(&quantity)
    return quantity
  }

  static let markerLength = NumberLexicon.fractionMarker.unicodeScalars.count

  /// 百分之五 → 5%, 千分之二 → 0.2%.
  private func percentWord(start: Int, numberStart: Int, factor: Decimal) -> (NumericFact?, Int) {
    let gap = text.skipGap(at: numberStart, limit: upper, maxSpaces: 2)
    guard let reading = reader.read(text, at: gap, limit: upper), !reading.overflow else {
      return (nil, numberStart)
    }
    let entry = UnitLexicon.percent
    var quantity = Quantity(
      value: reading.value * factor, upper: reading.upper.map { $0 * factor },
      lexeme: .percent,
      unit: entry.unit, kind: .percentage, qualifier: reading.qualifier, end: reading.end)
    extendAfterUnit(&quantity)
    var shifted = reading
    shifted.start = start
    return (fact(shifted, quantity), max(quantity.end, start + 1))
  }

  /// 1/3, 2/3, 3/4 written with a slash: a share, reported as a percentage. Only small
  /// proper fractions count, so that dates (10/26) and codes (2022/10/1) do not.
  private func slashFraction(_ reading: NumberReading) -> (NumericFact?, Int)? {
    guard reading.isPlainInteger, text.folded(at: reading.end) == "/",
      let denominator = reader.read(text, at: reading.end + 1, limit: upper),
      denominator.isArabic, denominator.isPlainInteger,
      denominator.value <= NumberLexicon.largestSlashDenominator,
      reading.value > 0, reading.value < denominator.value,
      !(text.folded(at: reading.start - 1).map { $0 == "/" || ScalarFolding.isDigit($0) } ?? false),
      text.folded(at: denominator.end).map({ $0 == "/" || ScalarFolding.isDigit($0) }) != true,
      !text.isASCIILetter(at: denominator.end), !text.isASCIILetter(at: reading.start - 1)
    else { return nil }
    let entry = UnitLexicon.percent
    var quantity = Quantity(
      value: SIConversion.rounded(reading.value * 100 / denominator.value), upper: nil,
      lexeme: .percent, unit: entry.unit, kind: .percentage, qualifier: nil,
      end: denominator.end)
    extendAfterUnit(&quantity)
    return (fact(reading, quantity), quantity.end)
  }

  // MARK: Ranges

  /// A range after a number without unit: 3-4个, 6到8个, 两到三万港元.
  private func range(after cursor: Int, low: NumberReading) -> (
    lexeme: UnitLexeme, end: Int, low: Decimal, upper: Decimal
  )? {
    var start = text.skipGap(at: cursor, limit: upper, maxSpaces: 1)
    guard Self.rangeStarts.contains(text, at: start) else { return nil }
    if let (_, markEnd) = Self.inclusiveMarks.longestMatch(in: text, at: start, limit: upper) {
      start = text.skipGap(at: markEnd, limit: upper, maxSpaces: 1)
    }
    guard
      let (_, separatorEnd) = Self.rangeSeparators.longestMatch(in: text, at: start, limit: upper)
    else { return nil }
    let highStart = text.skipGap(at: separatorEnd, limit: upper, maxSpaces: 1)
    guard let high = reader.read(text, at: highStart, limit: upper), !high.overflow,
      high.isArabic == low.isArabic || low.isArabic == false
    else { return nil }
    var highEnd = high.end
    if let scalar = text.scalar(at: highEnd), NumberLexicon.overInfixes.contains(scalar) {
      highEnd += 1
    }
    let unitStart = text.skipGap(at: highEnd, limit: upper, maxSpaces: 2)
    guard let unit = units.match(in: text, at: unitStart, limit: upper) else { return nil }
    var scaledLow = low
    if low.hasMultiplier && unit.entry.multiplier != 1 && unit.entry.multiplier != 0 {
      scaledLow.value = low.value / unit.entry.multiplier
    }
    guard let bounds = bounds(low: scaledLow, high: high) else { return nil }
    if unit.traits.isCalendarYear && (isYear(low) || isYear(high)) {
      return nil
    }
    return (unit.lexeme, unit.end, bounds.0, bounds.1)
  }

  /// The first scalars of the inclusive marks and range separators, with their full-width
  /// forms: what a range after a unit must start with.
  static let rangeStarts = inclusiveMarks.firsts.union(rangeSeparators.firsts).folded()

  /// The end of a range whose low end carries the unit: 200元至400元.
  private func rangeEnd(after unitEnd: Int, low: NumberReading, unit lexeme: UnitLexeme) -> (
    low: Decimal, upper: Decimal, end: Int
  )? {
    // Nearly every unit is followed by neither a mark nor a separator: one bitmap test.
    guard Self.rangeStarts.contains(text, at: unitEnd) else { return nil }
    var separatorStart = unitEnd
    if let (_, markEnd) = Self.inclusiveMarks.longestMatch(in: text, at: unitEnd, limit: upper) {
      separatorStart = markEnd
    }
    guard
      let (_, separatorEnd) = Self.rangeSeparators.longestMatch(
        in: text, at: separatorStart, limit: upper),
      let high = reader.read(text, at: separatorEnd, limit: upper), !high.overflow,
      let second = units.match(in: text, at: high.end, limit: upper),
      second.entry.unit == lexeme.entry.unit, let bounds = bounds(low: low, high: high)
    else { return nil }
    let factor = DecimalArithmetic.quotient(second.entry.multiplier, lexeme.entry.multiplier)
    let scaledHigh = DecimalArithmetic.product(bounds.1, factor)
    // In the first unit's terms the high end must still be higher (6万亿元～万亿元 is no range).
    guard scaledHigh > bounds.0 else { return nil }
    return (bounds.0, scaledHigh, second.end)
  }

  /// The two ends of a range; the low end shares the high end's 万/亿 when it has none.
  private func bounds(low: NumberReading, high: NumberReading) -> (Decimal, Decimal)? {
    var lowValue = low.value
    if low.trailingMultiplier == nil, let factor = high.trailingMultiplier,
      lowValue * factor <= high.value
    {
      lowValue *= factor
    } else if !low.hasMultiplier, high.hasMultiplier, !low.isArabic, !high.isArabic,
      let factor = high.trailingMultiplier ?? smallFactor(of: high), lowValue * factor <= high.value
    {
      lowValue *= factor
    }
    guard high.value > lowValue else { return nil }
    return (lowValue, high.value)
  }

  private func smallFactor(of reading: NumberReading) -> Decimal? {
    var factor: Decimal = 1
    while factor * 10 <= reading.value { factor *= 10 }
    return factor > 1 ? factor : nil
  }

  // MARK: Exclusions

  /// Whether an Arabic number is part of a code, formula, clock time or address.
  private func isCode(_ reading: NumberReading) -> Bool {
    if let previous = text.folded(at: reading.start - 1), reading.start > lower {
      if ExclusionLexicon.codeNeighbours.contains(previous)
        || text.isASCIILetter(at: reading.start - 1)
      {
        return true
      }
      if previous == ".",
        text.isASCIILetter(at: reading.start - 2)
          || (text.folded(at: reading.start - 2).map(ScalarFolding.isDigit) ?? false)
      {
        return true
      }
    }
    if let following = text.folded(at: reading.end), reading.end < upper {
      if ExclusionLexicon.codeFollowers.contains(following) { return true }
      if following == ".", let after = text.folded(at: reading.end + 1),
        ScalarFolding.isDigit(after) || text.isASCIILetter(at: reading.end + 1)
      {
        return true
      }
      if text.isASCIILetter(at: reading.end)
        && !units.starts(in: text, at: reading.end, limit: upper)
      {
        return true
      }
    }
    return false
  }

  /// The index after the run of letters, digits and code punctuation from `index`.
  private func skipToken(from index: Int) -> Int {
    var cursor = index
    while cursor < upper, let scalar = text.folded(at: cursor),
      scalar.isASCII && !ScalarFolding.isSpace(scalar) && scalar != "\n"
    {
      cursor += 1
    }
    return max(cursor, index)
  }

  /// The exclusions: ordinals, years, phone numbers, small Chinese counts, digit
  /// sequences, bare multipliers, idioms.
  private func accepts(_ reading: NumberReading, _ quantity: Quantity) -> Bool {
    if isOrdinal(reading) { return false }
    if quantity.traits.isWholeOrNothingHost,
      isTimePart(reading)
        || text.folded(at: quantity.end).map(ScalarFolding.isDigit) == true
    {
      return false
    }
    if quantity.kind == .duration, startsTimePart(at: quantity.end) { return false }
    if quantity.kind == .duration || quantity.traits.isRankUnit,
      Self.periods.longestMatch(in: text, endingAt: reading.start, lowerLimit: lower) != nil
    {
      return false
    }
    if quantity.traits.isCalendarYear && isYear(reading)
      && quantity.qualifier == nil && quantity.upper == nil
    {
      return false
    }
    if quantity.traits.isCalendarYear,
      Self.eras.longestMatch(in: text, endingAt: backOverBreak(reading.start), lowerLimit: lower)
        != nil
    {
      return false
    }
    if !reading.isArabic {
      if reading.isDigitSequence && !quantity.traits.isDiscount {
        return false
      }
      if quantity.entry.arabicOnly { return false }
      if reading.isSmallChinese && !quantity.entry.allowsSmallChinese
        && quantity.traits.multiplierIsOne && !isAge(quantity)
      {
        return false
      }
      if reading.isBareMultiplier && quantity.qualifier == nil
        && qualifierBefore(reading.start, reading, quantity) == nil
      {
        return false
      }
      if isIdiom(around: reading.start) { return false }
    }
    if isAfterImprintLabel(reading.start) { return false }
    if !acceptsPrime(reading, quantity) { return false }
    if reading.isPlainInteger && reading.integerDigits >= ExclusionLexicon.phoneDigits
      && isAfterPhoneLabel(reading.start)
    {
      return false
    }
    if isNotQuantity(reading, quantity) { return false }
    return true
  }

  /// Whether the number follows `digit + mark` of a clock or race time (18时30分20秒,
  /// 1分23秒45), so that it is part of that time.
  private func isTimePart(_ reading: NumberReading) -> Bool {
    guard reading.start - 2 >= lower, let mark = text.folded(at: reading.start - 1),
      ExclusionLexicon.timePartMarks.contains(mark),
      let digit = text.folded(at: reading.start - 2)
    else { return false }
    return ScalarFolding.isDigit(digit) || NumberLexicon.digits[digit] != nil
      || NumberLexicon.smallMultipliers[digit] != nil
  }

  /// Whether one or two digits and a time mark that is no unit follow `index`
  /// (2小时08分15秒: the hours begin a time with minutes, read whole or not at all).
  private func startsTimePart(at index: Int) -> Bool {
    var cursor = index
    while cursor < upper, cursor - index < 3,
      text.folded(at: cursor).map(ScalarFolding.isDigit) == true
    {
      cursor += 1
    }
    guard cursor > index, cursor - index <= 2, cursor < upper,
      let mark = text.folded(at: cursor), ExclusionLexicon.timePartMarks.contains(mark)
    else { return false }
    return !units.starts(in: text, at: cursor, limit: upper)
  }

  private func isOrdinal(_ reading: NumberReading) -> Bool {
    var position = reading.start
    while position > lower, let scalar = text.scalar(at: position - 1),
      ScalarFolding.isSpace(scalar)
    {
      position -= 1
    }
    return Self.ordinals.longestMatch(in: text, endingAt: position, lowerLimit: lower) != nil
  }

  private func isYear(_ reading: NumberReading) -> Bool {
    guard reading.isPlainInteger, reading.integerDigits == 4 else { return false }
    let bounds = ExclusionLexicon.yearRange
    return DecimalOrdering.compare(reading.value, UInt64(bounds.lowerBound)) != .orderedAscending
      && DecimalOrdering.compare(reading.value, UInt64(bounds.upperBound)) != .orderedDescending
  }

  private func isAfterPhoneLabel(_ start: Int) -> Bool {
    var position = start
    var steps = 0
    while position > lower && steps < 8 {
      if let scalar = text.folded(at: position - 1), scalar == ":" || scalar == "-" {
        return true
      }
      if Self.phoneLabels.longestMatch(in: text, endingAt: position, lowerLimit: lower) != nil {
        return true
      }
      position -= 1
      steps += 1
    }
    return false
  }

  /// Whether an imprint label (定价, 邮发代号) stands right before `start`, allowing a
  /// colon and spaces between.
  private func isAfterImprintLabel(_ start: Int) -> Bool {
    var position = start
    while position > lower, let scalar = text.folded(at: position - 1),
      scalar == ":" || ScalarFolding.isSpace(scalar)
    {
      position -= 1
    }
    return Self.imprints.longestMatch(in: text, endingAt: position, lowerLimit: lower) != nil
  }

  private func isIdiom(around index: Int) -> Bool {
    guard let scalar = text.scalar(at: index), let candidates = Self.idioms[scalar] else {
      return false
    }
    for idiom in candidates {
      for (offset, element) in idiom.enumerated() where element == scalar {
        let start = index - offset
        if start >= lower, text.match(idiom, at: start, limit: upper) != nil { return true }
      }
    }
    return false
  }

  // MARK: Context before the number

  /// The approximation word right before `start`, with its start.
  func qualifierBefore(_ start: Int, _ reading: NumberReading, _ quantity: Quantity) -> (
    Qualifier, Int
  )? {
    let kind = quantity.kind
    guard
      let (entry, wordStart) = Self.before.longestMatch(
        in: text, endingAt: backOverBreak(start), lowerLimit: lower)
    else { return nil }
    if wordStart > lower, let excluded = entry.notAfter,
      let previous = text.folded(at: wordStart - 1), excluded.contains(previous)
    {
      return nil
    }
    if entry.isRoundOnly {
      if QualifierLexicon.roundOnlyExcludedKinds.contains(kind) { return nil }
      guard
        reading.hasMultiplier || quantity.entry.multiplier >= 10
          || QualifierLexicon.roundFreeKinds.contains(kind)
      else {
        return nil
      }
    }
    return (entry.qualifier, wordStart)
  }

  /// `index` moved back over a white-space run holding a layout line break (约\n\n5000) or
  /// over at most ``ExclusionLexicon/maxGapSpaces`` plain spaces, ASCII or full-width, as
  /// OCR and web copies leave them (约 3000, 同比增长　5.2%); `index` itself when no such
  /// run ends there.
  func backOverBreak(_ index: Int) -> Int {
    var position = index
    var sawBreak = false
    while position > lower, let scalar = text.scalar(at: position - 1),
      scalar == "\n" || ScalarFolding.isSpace(scalar), index - position < 64
    {
      if scalar == "\n" { sawBreak = true }
      position -= 1
    }
    return sawBreak || index - position <= ExclusionLexicon.maxGapSpaces ? position : index
  }

  private func currencyBefore(_ reading: NumberReading) -> String? {
    guard reading.isArabic || !reading.isSmallChinese else { return nil }
    return Self.currencyPrefixes.longestMatch(in: text, endingAt: reading.start, lowerLimit: lower)?
      .0
  }

  /// Builds the fact: the span with the words before the number, the direction, SI value.
  func fact(_ reading: NumberReading, _ quantity: Quantity) -> NumericFact {
    var start = reading.start
    var value = quantity.value
    var upperValue = quantity.upper
    var negative = false
    var unit = quantity.unit
    for _ in 0..<3 {
      if let (_, scaleStart) = Self.scales.longestMatch(
        in: text, endingAt: start, lowerLimit: lower),
        quantity.kind == .temperature
      {
        unit = scaleUnit(endingAt: start, unit: unit) ?? unit
        start = scaleStart
      } else if !negative,
        let (_, signStart) = Self.negatives.longestMatch(
          in: text, endingAt: start, lowerLimit: lower),
        isSignContext(signStart, start)
      {
        negative = true
        start = signStart
      } else {
        break
      }
    }
    if negative {
      // 零下3至5度 is -3 to -5 degrees: both ends are negated, and the low end
      // (``NumericFact/value``) is then the upper one (-5), the high end the other (-3).
      let negatedValue = -value
      value = upperValue.map { -$0 } ?? negatedValue
      upperValue = upperValue == nil ? nil : negatedValue
    }
    var qualifier = quantity.qualifier
    if let (word, wordStart) = qualifierBefore(start, reading, quantity) {
      let recentStart = Self.recent.longestMatch(in: text, endingAt: start, lowerLimit: lower)?.1
      let isRecent =
        QualifierLexicon.recentKinds.contains(quantity.kind)
        && recentStart.map { $0 <= wordStart } == true
      if !isRecent {
        qualifier = word
        start = wordStart
      }
    }
    if let (_, prefixStart) = Self.currencyPrefixes.longestMatch(
      in: text, endingAt: start, lowerLimit: lower), quantity.kind == .money
    {
      start = prefixStart
    }
    if quantity.upper != nil,
      let (_, openerStart) = Self.rangeOpeners.longestMatch(
        in: text, endingAt: start, lowerLimit: lower)
    {
      start = openerStart
    }
    var direction: Direction?
    if quantity.kind == .percentage || quantity.kind == .percentagePoint {
      direction = self.direction(before: start)
    }
    let si = SIConversion.si(value, quantity.entry)
    return NumericFact(
      text: text.string(start..<quantity.end), value: value, unit: unit,
      kind: quantity.kind, qualifier: qualifier, upper: upperValue, direction: direction,
      siValue: si, siUnit: si == nil ? nil : quantity.entry.siUnit, start: start,
      end: quantity.end)
  }

  /// Whether the sign word at `signStart` is a sign: a Han sign word anywhere, an ASCII or
  /// full-width minus only where no number or word runs on into it.
  private func isSignContext(_ signStart: Int, _ numberStart: Int) -> Bool {
    guard numberStart - signStart == 1, let sign = text.scalar(at: signStart),
      !ScalarFolding.isHan(sign)
    else { return true }
    guard signStart > lower, let previous = text.scalar(at: signStart - 1) else { return true }
    let isNumeral =
      NumberLexicon.digits[previous] != nil || NumberLexicon.smallMultipliers[previous] != nil
      || NumberLexicon.largeMultipliers[previous] != nil
    return !isNumeral && !ScalarFolding.isDigit(previous) && !text.isASCIILetter(at: signStart - 1)
  }

  /// The change word before a percentage (同比下降26.06%, 增长不低于8%), skipping fillers.
  private func direction(before start: Int) -> Direction? {
    var position = start
    for _ in 0..<3 {
      position = backOverBreak(position)
      if let (direction, _) = Self.changes.longestMatch(
        in: text, endingAt: position, lowerLimit: lower)
      {
        return direction
      }
      guard
        let (_, fillerStart) = Self.fillers.longestMatch(
          in: text, endingAt: position, lowerLimit: lower)
      else { return nil }
      position = fillerStart
    }
    return nil
  }
}
