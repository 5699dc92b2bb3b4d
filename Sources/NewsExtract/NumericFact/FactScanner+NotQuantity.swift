import Foundation

/// Numbers with a real unit that are still no quantity (see ``NotQuantityLexicon``):
/// coordinates, sport event names, round-the-clock services, figurative angles; and angles
/// read as kind other instead of temperatures.
extension FactScanner {
  static let coordinates = LexiconWord.table(NotQuantityLexicon.coordinateWords.map { ($0, ()) })
  static let angles = LexiconWord.table(NotQuantityLexicon.angleWords.map { ($0, ()) })
  static let figurativeAngles = LexiconWord.table(
    NotQuantityLexicon.figurativeAngleFollowers.map { ($0, ()) })
  static let sportEvents = LexiconWord.table(
    NotQuantityLexicon.sportEventWords.map { ($0, ()) })
  static let sportEventExceptions = LexiconWord.table(
    NotQuantityLexicon.sportEventExceptions.map { ($0, ()) })
  static let clockLeaders = LexiconWord.table(
    NotQuantityLexicon.roundTheClockLeaders.map { ($0, ()) })
  static let clockFollowers = LexiconWord.table(
    NotQuantityLexicon.roundTheClockFollowers.map { ($0, ()) })
  static let formats = LexiconWord.table(NotQuantityLexicon.formatWords.map { ($0, ()) })
  static let formatExceptions = LexiconWord.table(
    NotQuantityLexicon.formatExceptions.map { ($0, ()) })
  static let reachZones = LexiconWord.table(
    NotQuantityLexicon.reachZoneWords.map { ($0, ()) })

  /// Whether the quantity is a coordinate, an event name, a round-the-clock service or a
  /// figurative angle.
  func isNotQuantity(_ reading: NumberReading, _ quantity: Quantity) -> Bool {
    if isDegree(quantity) {
      if wordBefore(reading.start, in: Self.coordinates) { return true }
      if startsArcMinutes(at: quantity.end) { return true }
      if Self.figurativeAngles.longestMatch(in: text, at: quantity.end, limit: upper) != nil {
        return true
      }
    }
    if quantity.kind == .length,
      Self.sportEvents.longestMatch(in: text, at: quantity.end, limit: upper) != nil,
      Self.sportEventExceptions.longestMatch(in: text, at: quantity.end, limit: upper) == nil
    {
      return true
    }
    if quantity.kind == .people,
      Self.formats.longestMatch(in: text, at: quantity.end, limit: upper) != nil,
      Self.formatExceptions.longestMatch(in: text, at: quantity.end, limit: upper) == nil
    {
      return true
    }
    if quantity.kind == .duration, isBeforeReachZone(quantity.end) { return true }
    if quantity.kind == .duration, quantity.upper == nil, isRoundTheClock(quantity) {
      return Self.clockLeaders.longestMatch(
        in: text, endingAt: backOverBreak(reading.start), lowerLimit: lower) != nil
        || Self.clockFollowers.longestMatch(in: text, at: quantity.end, limit: upper) != nil
    }
    return false
  }

  /// Whether a bare 度 or ° stands after an angle word (倾斜30度, 坡度15°): an angle.
  func isAngle(_ reading: NumberReading, _ quantity: Quantity) -> Bool {
    isDegree(quantity) && wordBefore(reading.start, in: Self.angles)
  }

  private func isDegree(_ quantity: Quantity) -> Bool {
    quantity.kind == .temperature && quantity.entry.scalars.count == 1
      && quantity.entry.scalars.first.map(ColloquialLexicon.angleMarks.contains) == true
  }

  /// Whether a word of `table` ends right before `start`, or at most
  /// ``NotQuantityLexicon/maxWordGap`` Han scalars before it (北纬约30度).
  private func wordBefore(_ start: Int, in table: FactWordTable<Void>) -> Bool {
    var end = backOverBreak(start)
    for _ in 0...NotQuantityLexicon.maxWordGap {
      if table.longestMatch(in: text, endingAt: end, lowerLimit: lower) != nil { return true }
      guard end > lower, let scalar = text.scalar(at: end - 1), ScalarFolding.isHan(scalar)
      else { return false }
      end -= 1
    }
    return false
  }

  /// Whether a reach-zone word starts at `end` or at most
  /// ``NotQuantityLexicon/maxReachZoneGap`` Han scalars after it (15分钟便民生活圈).
  private func isBeforeReachZone(_ end: Int) -> Bool {
    var start = end
    for _ in 0...NotQuantityLexicon.maxReachZoneGap {
      if Self.reachZones.longestMatch(in: text, at: start, limit: upper) != nil { return true }
      guard start < upper, let scalar = text.scalar(at: start), ScalarFolding.isHan(scalar)
      else { return false }
      start += 1
    }
    return false
  }

  /// Whether one or two digits and a minute-of-arc mark follow `index` (120°12′, 30度15分).
  private func startsArcMinutes(at index: Int) -> Bool {
    var cursor = index
    while cursor < upper, cursor - index < 3,
      text.folded(at: cursor).map(ScalarFolding.isDigit) == true
    {
      cursor += 1
    }
    guard cursor > index, cursor - index <= 2, cursor < upper, let mark = text.scalar(at: cursor)
    else { return false }
    return NotQuantityLexicon.arcMinuteMarks.contains(mark)
  }

  private func isRoundTheClock(_ quantity: Quantity) -> Bool {
    NotQuantityLexicon.roundTheClock.contains { entry in
      DecimalOrdering.compare(quantity.value, entry.value) == .orderedSame
        && (entry.unit == quantity.unit
          || ScriptLexicon.traditional(entry.unit) == quantity.unit)
    }
  }
}
