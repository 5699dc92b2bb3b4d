/// Finds the longest unit or measure word of ``UnitLexicon`` at a position.
///
/// ```swift
/// let text = SourceText("38.24万平方米")
/// UnitMatcher.shared.match(in: text, at: 6, limit: text.count)?.entry.unit  // "平方米"
/// ```
struct UnitMatcher: Sendable {
  /// The matcher over ``UnitLexicon/entries``.
  static let shared = UnitMatcher(UnitLexicon.entries)
  /// The matcher over ``UnitLexicon/denominators``.
  static let denominators = UnitMatcher(UnitLexicon.denominators)

  private let byFirst: ScalarMap<[UnitLexeme]>

  /// The first scalar of every unit word.
  var firsts: ScalarSet { byFirst.keys }

  init(_ entries: [UnitEntry]) {
    var byFirst: [Unicode.Scalar: [UnitLexeme]] = [:]
    for entry in entries {
      guard let first = entry.scalars.first else { continue }
      byFirst[first, default: []].append(UnitLexeme(entry))
    }
    self.byFirst = ScalarMap(
      byFirst.map { first, list in
        (first, list.sorted { $0.entry.scalars.count > $1.entry.scalars.count })
      })
  }

  /// The longest entry at `index` and the index after it. A unit ending in a Latin letter
  /// must not run on into another letter (`3D`, `5G` are codes, not units).
  func match(in text: SourceText, at index: Int, limit: Int) -> UnitMatch? {
    guard let scalar = text.folded(at: index), let candidates = byFirst[scalar] else {
      return nil
    }
    // The scalar after the first, when it is no break or space (then a unit whose second
    // scalar differs cannot match and is skipped without a full comparison).
    let next = text.scalar(at: index + 1).flatMap { scalar in
      scalar == "\n" || ScalarFolding.isSpace(scalar) ? nil : ScalarFolding.fold(scalar)
    }
    for candidate in candidates {
      if let next, let second = candidate.second, index + 1 < limit, second != next {
        continue
      }
      guard let end = text.match(candidate.entry.scalars, at: index, limit: limit) else {
        continue
      }
      if candidate.endsInLetter,
        text.isASCIILetter(at: end) || (text.folded(at: end).map(ScalarFolding.isDigit) ?? false)
      {
        continue
      }
      return UnitMatch(lexeme: candidate, end: end)
    }
    return nil
  }

  /// Whether some entry starts at `index`.
  func starts(in text: SourceText, at index: Int, limit: Int) -> Bool {
    match(in: text, at: index, limit: limit) != nil
  }
}
