/// Reads the bodies printed with a role word (主管 / 主办 / 承办 / 协办 / 出版) in a stretch
/// of a masthead line, in both word orders:
///
/// - role first: `主办 中共钱塘区委 出版 杭州日报报业集团`, `主办单位：A、B`
/// - name first: `A、B主办 C承办`
///
/// A name printed before its role word must look like the name of a body (end with a
/// suffix of ``MastheadLexicon/bodySuffixes``) and not open like prose (`由…主办的`).
///
/// ```swift
/// let text = SourceText("主办 中共钱塘区委 出版 杭州日报报业集团")
/// MastheadRoleReader(text: text).assignments(in: 0..<text.count).map(\.names)
/// // [["中共钱塘区委"], ["杭州日报报业集团"]]
/// ```
struct MastheadRoleReader {
  /// Bodies read for one group of role words.
  struct Assignment: Sendable, Hashable {
    /// The roles (several when printed together: `主管主办`).
    var roles: [MastheadRole]
    /// The bodies, in printed order.
    var names: [String]
  }

  let text: SourceText

  static let roleWords = ScalarWordList(MastheadLexicon.roles.map(\.word))
  static let bodySuffixes = ScalarWordList(MastheadLexicon.bodySuffixes)
  static let proseOpeners = ScalarWordList(MastheadLexicon.proseOpeners)
  static let sentenceMarks = ScalarWordList(MastheadLexicon.sentenceMarks)
  static let proseWords = ScalarWordList(MastheadLexicon.proseWords)
  static let separators: ScalarSet = ScalarSet(
    MastheadLexicon.nameSeparators.compactMap { $0.unicodeScalars.first.map(ScalarFolding.fold) })

  private struct Group {
    var roles: [MastheadRole]
    var range: Range<Int>
    var boundaryBefore: Bool
    var boundaryAfter: Bool
    var colonAfter: Bool
    /// Where the names after the group start (after a colon).
    var namesStart: Int
  }

  private enum Form {
    case nameFirst
    case roleFirst
    case standalone
  }

  /// The role assignments in `range`, in printed order; groups whose names fail the
  /// checks are left out.
  ///
  /// - Complexity: O(*n*) in the length of the range.
  func assignments(in range: Range<Int>) -> [Assignment] {
    // A role line holds names only: prose words anywhere make it a sentence.
    if Self.proseWords.occurs(in: text, range) || Self.sentenceMarks.occurs(in: text, range) {
      return []
    }
    let groups = self.groups(in: range)
    guard !groups.isEmpty else { return [] }
    // Segment i lies before group i; segment groups.count lies after the last group.
    var segments: [Range<Int>] = []
    var lower = range.lowerBound
    for group in groups {
      segments.append(lower..<max(lower, group.range.lowerBound))
      lower = group.namesStart
    }
    segments.append(lower..<max(lower, range.upperBound))
    var claimed = Array(repeating: false, count: segments.count)
    var owner: [Int?] = Array(repeating: nil, count: groups.count)
    var forms: [Form] = groups.map { group in
      if !group.boundaryBefore && group.boundaryAfter && !group.colonAfter { return .nameFirst }
      if group.boundaryBefore && (!group.boundaryAfter || group.colonAfter) { return .roleFirst }
      return .standalone
    }
    for (index, form) in forms.enumerated() {
      switch form {
      case .nameFirst where !claimed[index]:
        claimed[index] = true
        owner[index] = index
      case .roleFirst where !claimed[index + 1]:
        claimed[index + 1] = true
        owner[index] = index + 1
      default: break
      }
    }
    for (index, form) in forms.enumerated() where form == .standalone {
      if !claimed[index + 1] && !isBlank(segments[index + 1]) {
        claimed[index + 1] = true
        owner[index] = index + 1
        forms[index] = .roleFirst
      } else if !claimed[index] && !isBlank(segments[index]) {
        claimed[index] = true
        owner[index] = index
        forms[index] = .nameFirst
      }
    }
    var result: [Assignment] = []
    for (index, group) in groups.enumerated() {
      guard let segment = owner[index].map({ segments[$0] }) else { continue }
      let names: [String]
      if forms[index] == .nameFirst {
        names = namesBefore(in: segment)
      } else {
        names = namesAfter(in: segment, glued: !group.boundaryAfter && !group.colonAfter)
      }
      if !names.isEmpty { result.append(Assignment(roles: group.roles, names: names)) }
    }
    return result
  }

  /// Role words with their boundaries, adjacent words grouped (`主管主办`).
  private func groups(in range: Range<Int>) -> [Group] {
    var groups: [Group] = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard let match = Self.roleWords.match(in: text, at: index, limit: range.upperBound) else {
        index += 1
        continue
      }
      let role = MastheadLexicon.roles[match.index].role
      let end = index + match.length
      if var last = groups.last, last.range.upperBound == index {
        last.roles.append(role)
        last.range = last.range.lowerBound..<end
        groups[groups.count - 1] = last
      } else {
        groups.append(
          Group(
            roles: [role], range: index..<end, boundaryBefore: isBoundary(index - 1, range),
            boundaryAfter: false, colonAfter: false, namesStart: end))
      }
      index = end
    }
    for (slot, group) in groups.enumerated() {
      var after = group.range.upperBound
      let boundaryAfter = isBoundary(after, range)
      after = MastheadNumberReader.skipSpaces(in: text, from: after, limit: range.upperBound)
      let colon = text.folded(at: after) == ":" && after < range.upperBound
      groups[slot].boundaryAfter = boundaryAfter || colon
      groups[slot].colonAfter = colon
      groups[slot].namesStart = colon ? after + 1 : group.range.upperBound
    }
    return groups.filter { $0.boundaryBefore || $0.boundaryAfter }
  }

  private func isBoundary(_ position: Int, _ range: Range<Int>) -> Bool {
    guard position >= range.lowerBound, position < range.upperBound,
      let scalar = text.folded(at: position)
    else { return true }
    return ScalarFolding.isSpace(scalar) || scalar == ":" || Self.separators.contains(scalar)
  }

  private func isBlank(_ range: Range<Int>) -> Bool {
    range.allSatisfy { position in
      guard let scalar = text.folded(at: position) else { return true }
      return ScalarFolding.isSpace(scalar) || Self.separators.contains(scalar) || scalar == ":"
    }
  }

  /// The names of a stretch, split on spaces and separators.
  private func split(_ range: Range<Int>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    for position in range.lowerBound...range.upperBound {
      let isEnd = position == range.upperBound
      let isCut =
        isEnd
        || text.folded(at: position).map {
          ScalarFolding.isSpace($0) || Self.separators.contains($0) || $0 == ":"
        } ?? true
      if isCut {
        if position - start >= 2 { parts.append(start..<position) }
        start = position + 1
      }
    }
    return parts
  }

  /// Whether a name ends like a body; a trailing bracketed alias is looked through
  /// (`区融媒体中心（区新闻中心）`).
  private func endsWithBody(_ range: Range<Int>) -> Bool {
    var upper = range.upperBound
    if text.folded(at: upper - 1) == ")" {
      var open = upper - 2
      while open > range.lowerBound, text.folded(at: open) != "(" { open -= 1 }
      if open > range.lowerBound { upper = open }
    }
    return Self.bodySuffixes.match(in: text, endingAt: upper, lowerLimit: range.lowerBound) != nil
  }

  private func isProse(_ range: Range<Int>) -> Bool {
    range.count > 40 || Self.sentenceMarks.occurs(in: text, range)
      || Self.proseWords.occurs(in: text, range)
  }

  /// Names printed before their role word: the trailing run of body names.
  private func namesBefore(in segment: Range<Int>) -> [String] {
    var names: [Range<Int>] = []
    for part in split(segment).reversed() {
      guard endsWithBody(part), !isProse(part),
        Self.proseOpeners.match(in: text, at: part.lowerBound, limit: part.upperBound) == nil
      else { break }
      names.insert(part, at: 0)
    }
    return names.map { text.string($0) }
  }

  /// Names printed after their role word. A name glued to the role word (`主办中共…区委`)
  /// must end like a body.
  ///
  /// After the first name, a name set off by a space (not by `、` or `，`) must also end
  /// like a body, so that `主办：中共钱塘区委 钱塘发布` keeps only the body.
  private func namesAfter(in segment: Range<Int>, glued: Bool) -> [String] {
    let parts = split(segment)
    if glued, let first = parts.first, !endsWithBody(first) { return [] }
    guard !parts.contains(where: isProse) else { return [] }
    var names: [String] = []
    for (index, part) in parts.enumerated() {
      if index > 0, isSpaceBefore(part), !endsWithBody(part) { break }
      names.append(text.string(part))
    }
    return names
  }

  /// Whether only spaces stand between `part` and the name before it.
  private func isSpaceBefore(_ part: Range<Int>) -> Bool {
    var position = part.lowerBound - 1
    var sawSpace = false
    while let scalar = text.folded(at: position) {
      if ScalarFolding.isSpace(scalar) {
        sawSpace = true
      } else {
        return sawSpace && !Self.separators.contains(scalar)
      }
      position -= 1
    }
    return sawSpace
  }
}
