/// A separator between the parts of a byline.
enum BylineSeparator: Sendable, Equatable {
  /// White space.
  case space
  /// `、`, `，`, `;`.
  case list
  /// `/`.
  case slash
  /// `:` or `：`.
  case colon
}

/// One part of a byline segment.
enum BylinePiece: Sendable {
  /// A role word.
  case role(RoleWord, Range<Int>)
  /// A run of Han characters between role words: names, or an outlet before `记者`.
  case chunk(Range<Int>)
  /// A two-character name printed with a space inside to line up with three-character
  /// names (`王 芳`).
  case spacedName(Range<Int>, Range<Int>)
  /// An agency word such as `本报综合报道`.
  case agency(Range<Int>)
  /// `联合报道`.
  case jointReport
  /// `来源`.
  case sourceLabel
  /// A word that adds nothing (`报道`, `完`).
  case ignorable
  /// A separator; consecutive separators are merged, a slash winning.
  case separator(BylineSeparator)
}

/// Cuts a byline segment into ``BylinePiece``s. Anything that cannot be part of a byline
/// (digits, sentence punctuation) makes the whole segment fail; Latin letters pass only
/// as part of an outlet.
struct BylineTokenizer: Sendable {
  /// The pieces of `range`, or `nil` when the segment is not byline-shaped.
  func tokenize(_ text: SourceText, _ range: Range<Int>) -> [BylinePiece]? {
    var pieces: [BylinePiece] = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard let raw = text.scalar(at: index) else { return nil }
      let scalar = ScalarFolding.fold(raw)
      if ScalarFolding.isSpace(raw) || BylineLexicon.leadMarkers.contains(raw) {
        appendSeparator(.space, to: &pieces)
      } else if BylineLexicon.slashes.contains(scalar) {
        appendSeparator(.slash, to: &pieces)
      } else if BylineLexicon.nameSeparators.contains(scalar) {
        appendSeparator(.list, to: &pieces)
      } else if BylineLexicon.colons.contains(scalar) {
        appendSeparator(.colon, to: &pieces)
      } else if Self.isRunScalar(scalar) {
        var end = index + 1
        while end < range.upperBound, let next = text.folded(at: end), Self.isRunScalar(next) {
          end += 1
        }
        tokenizeRun(text, index..<end, into: &pieces)
        index = end
        continue
      } else {
        return nil
      }
      index += 1
    }
    return mergingSpacedNames(pieces, in: text)
  }

  /// Whether every scalar of `range` may stand in a byline; when one may not, ``tokenize(_:_:)``
  /// fails. A cheap pass run before tokenizing, which most prose lines fail.
  static func acceptsAll(_ text: SourceText, _ range: Range<Int>) -> Bool {
    let leadMarkers = BylineLexicon.leadMarkers
    let separators = Self.separators
    for index in range {
      guard let raw = text.scalar(at: index) else { return false }
      let scalar = ScalarFolding.fold(raw)
      guard
        ScalarFolding.isHan(scalar) || separators.contains(scalar) || ScalarFolding.isSpace(raw)
          || leadMarkers.contains(raw) || isRunScalar(scalar)
      else { return false }
    }
    return true
  }

  /// Whether a byline word (role, agency, source label …) or a one-scalar duty may start at
  /// some position of `range`: when none may, every piece of the segment is a name chunk or
  /// a separator, and no role word, agency or source can be read from it.
  static func mayHoldWord(_ text: SourceText, _ range: Range<Int>) -> Bool {
    let words = Self.words
    let singleDuties = Self.singleDuties
    for index in range {
      if words.match(text, at: index, limit: range.upperBound) != nil
        || singleDuties.match(text, at: index, limit: range.upperBound) != nil
      {
        return true
      }
    }
    return false
  }

  /// Every folded separator a byline may hold: slashes, name separators, colons.
  private static let separators = BylineLexicon.slashes.union(BylineLexicon.nameSeparators)
    .union(BylineLexicon.colons)

  /// Joins characters printed one space apart: a role word (`记 者`, `通 讯 员`) becomes a
  /// role; two characters (`王 芳`, a two-character name padded to line up with
  /// three-character ones) become one name.
  private func mergingSpacedNames(_ pieces: [BylinePiece], in text: SourceText) -> [BylinePiece] {
    var merged: [BylinePiece] = []
    var index = 0
    while index < pieces.count {
      var singles: [Range<Int>] = []
      var cursor = index
      while cursor < pieces.count, case .chunk(let range) = pieces[cursor], range.count == 1 {
        singles.append(range)
        guard cursor + 2 < pieces.count, case .separator(.space) = pieces[cursor + 1] else {
          cursor += 1
          break
        }
        cursor += 2
      }
      if singles.count >= 2 {
        if let role = spelledRole(singles, in: text) {
          merged.append(.role(role.word, role.range))
          index = advance(past: singles[role.count - 1], in: pieces, from: index)
          continue
        }
        merged.append(.spacedName(singles[0], singles[1]))
        index = advance(past: singles[1], in: pieces, from: index)
        continue
      }
      merged.append(pieces[index])
      index += 1
    }
    return merged
  }

  /// The longest role word spelled by the first characters of `singles` (`记 者`).
  private func spelledRole(_ singles: [Range<Int>], in text: SourceText) -> (
    word: RoleWord, range: Range<Int>, count: Int
  )? {
    var count = min(singles.count, Self.longestSpelledWord)
    while count >= 2 {
      let spelled = singles[0..<count].map { text.string($0) }.joined()
      if case .role(let word)? = Self.spelledWords[spelled] {
        return (word, singles[0].lowerBound..<singles[count - 1].upperBound, count)
      }
      count -= 1
    }
    return nil
  }

  private static let longestSpelledWord = 5

  /// The index of the piece after the chunk `range`.
  private func advance(past range: Range<Int>, in pieces: [BylinePiece], from start: Int) -> Int {
    var index = start
    while index < pieces.count {
      if case .chunk(let chunk) = pieces[index], chunk == range { return index + 1 }
      index += 1
    }
    return pieces.count
  }

  /// Han characters and name dots; Latin letters too, which can only name an outlet
  /// glued before a title (`YMG全媒体记者`): a name holding them is refused.
  private static func isRunScalar(_ scalar: Unicode.Scalar) -> Bool {
    ScalarFolding.isHan(scalar) || BylineLexicon.nameDots.contains(scalar)
      || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private func appendSeparator(_ kind: BylineSeparator, to pieces: inout [BylinePiece]) {
    if case .separator(let previous) = pieces.last {
      if kind == .slash || (previous == .space && kind != .space) {
        pieces[pieces.count - 1] = .separator(kind)
      }
    } else {
      pieces.append(.separator(kind))
    }
  }

  private func tokenizeRun(
    _ text: SourceText, _ run: Range<Int>, into pieces: inout [BylinePiece]
  ) {
    if let single = Self.singleDuties.match(text, at: run.lowerBound, limit: run.upperBound),
      single.length == run.count
    {
      pieces.append(.role(single.value, run))
      return
    }
    if Self.endMarks.isWord(text, run) {
      pieces.append(.ignorable)
      return
    }
    var cursor = run.lowerBound
    var chunkStart = run.lowerBound
    while cursor < run.upperBound {
      guard let found = Self.words.match(text, at: cursor, limit: run.upperBound) else {
        cursor += 1
        continue
      }
      appendChunk(text, chunkStart..<cursor, to: &pieces)
      let range = cursor..<(cursor + found.length)
      switch found.value {
      case .role(let word): pieces.append(.role(word, range))
      case .agency: pieces.append(.agency(range))
      case .jointReport: pieces.append(.jointReport)
      case .sourceLabel: pieces.append(.sourceLabel)
      case .ignorable: pieces.append(.ignorable)
      }
      cursor = range.upperBound
      chunkStart = cursor
    }
    appendChunk(text, chunkStart..<run.upperBound, to: &pieces)
  }

  /// Appends a chunk, splitting off a `摄` glued to the end of a name (`鞠鹏摄`).
  private func appendChunk(_ text: SourceText, _ range: Range<Int>, to pieces: inout [BylinePiece])
  {
    guard !range.isEmpty else { return }
    let last = range.upperBound - 1
    if range.count >= BylineLexicon.shortestName + 1,
      Self.gluedPhotoSuffixes.isWord(text, last..<range.upperBound),
      let photo = Self.singleDuties.match(text, at: last, limit: range.upperBound)
    {
      pieces.append(.chunk(range.lowerBound..<last))
      pieces.append(.role(photo.value, last..<range.upperBound))
      return
    }
    pieces.append(.chunk(range))
  }

  /// Whether a credited title (`记者`, `通讯员` …) starts at `index`. Production roles
  /// (`社长`, `主编`) do not count: they hide inside outlets and places (`新华社长沙…电`).
  static func startsWithRoleWord(_ text: SourceText, at index: Int, limit: Int) -> Bool {
    startsWithRoleWord(text, at: index, limit: limit, in: creditedTitles)
  }

  /// ``startsWithRoleWord(_:at:limit:)`` with the table (``roleWordTable``) read once by a
  /// caller that asks at every position of a line.
  static func startsWithRoleWord(
    _ text: SourceText, at index: Int, limit: Int, in table: WordTable<Bool>
  ) -> Bool {
    table.match(text, at: index, limit: limit)?.value == true
  }

  private static let words = WordTable(BylineLexicon.words)
  /// Every byline word, valued by whether it is a credited title: the longest word at a
  /// position decides, as in ``words``, without copying its ``BylineWord``.
  private static let creditedTitles = WordTable(
    BylineLexicon.words.map { word, meaning in
      guard case .role(let role) = meaning else { return (word, false) }
      return (word, role.isTitle && role.isCredited)
    })
  /// The table ``startsWithRoleWord(_:at:limit:in:)`` reads.
  static var roleWordTable: WordTable<Bool> { creditedTitles }
  private static let spelledWords: [String: BylineWord] = Dictionary(
    BylineLexicon.words.filter { $0.0.unicodeScalars.count <= 5 }, uniquingKeysWith: { $1 })
  private static let singleDuties = WordTable(BylineLexicon.singleDuties)
  private static let gluedPhotoSuffixes = WordTable(words: BylineLexicon.gluedPhotoSuffixes)
  private static let endMarks = WordTable(words: BylineLexicon.endMarks)
}
