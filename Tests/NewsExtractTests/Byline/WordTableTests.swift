import Testing

@testable import NewsExtract

/// A lookup in a word table: the text, where to look, and the longest word expected.
struct WordLookupCase: Sendable, CustomTestStringConvertible {
  var text: String
  var at: Int
  var limit: Int?
  /// `(length, value)` of the match, or `nil` for none.
  var expected: (Int, Int)?
  var testDescription: String { "\(text) @\(at)" }
}

@Suite struct WordTableTests {
  /// Words sharing first scalars, first pairs and last pairs, one-scalar words, a
  /// duplicate (the later value wins) and an ASCII word matched by its full-width form.
  static let table = WordTable([
    ("记", 1), ("记者", 2), ("首席记者", 3), ("本报记者", 4), ("本报", 5), ("本报讯", 6),
    ("本报全媒体记者", 7), ("讯", 8), ("CN", 9), ("本报", 10),
  ])

  static let starts: [WordLookupCase] = [
    WordLookupCase(text: "本报记者 王小明", at: 0, expected: (4, 4)),
    WordLookupCase(text: "本报讯 近日", at: 0, expected: (3, 6)),
    WordLookupCase(text: "本报全媒体记者 王小明", at: 0, expected: (7, 7)),
    WordLookupCase(text: "本报全媒体", at: 0, expected: (2, 10)),
    WordLookupCase(text: "本报记者", at: 0, limit: 3, expected: (2, 10)),
    WordLookupCase(text: "本报记者", at: 0, limit: 1, expected: nil),
    WordLookupCase(text: "记者", at: 0, expected: (2, 2)),
    WordLookupCase(text: "记录", at: 0, expected: (1, 1)),
    WordLookupCase(text: "首席记者", at: 2, expected: (2, 2)),
    WordLookupCase(text: "首席编辑", at: 0, expected: nil),
    WordLookupCase(text: "ＣＮ33", at: 0, expected: (2, 9)),
    WordLookupCase(text: "C", at: 0, expected: nil),
    WordLookupCase(text: "本", at: 0, expected: nil),
    WordLookupCase(text: "王小明", at: 0, expected: nil),
    WordLookupCase(text: "记者", at: 5, expected: nil),
    WordLookupCase(text: "记者", at: -1, expected: nil),
  ]

  @Test(arguments: starts)
  func matchesTheLongestWordStartingThere(_ lookup: WordLookupCase) {
    let text = SourceText(lookup.text)
    let found = Self.table.match(text, at: lookup.at, limit: lookup.limit ?? text.count)
    #expect(found?.length == lookup.expected?.0)
    #expect(found?.value == lookup.expected?.1)
  }

  static let ends: [WordLookupCase] = [
    WordLookupCase(text: "区首席记者", at: 5, expected: (4, 3)),
    WordLookupCase(text: "区首席记者", at: 5, limit: 2, expected: (2, 2)),
    WordLookupCase(text: "区首席记者", at: 5, limit: 4, expected: nil),
    WordLookupCase(text: "本报讯", at: 3, expected: (3, 6)),
    WordLookupCase(text: "快讯", at: 2, expected: (1, 8)),
    WordLookupCase(text: "邮发ＣＮ", at: 4, expected: (2, 9)),
    WordLookupCase(text: "王小明", at: 3, expected: nil),
    WordLookupCase(text: "记者", at: 0, expected: nil),
    WordLookupCase(text: "记者", at: 9, expected: nil),
  ]

  @Test(arguments: ends)
  func matchesTheLongestWordEndingThere(_ lookup: WordLookupCase) {
    let text = SourceText(lookup.text)
    // `limit` is the lower limit here.
    let found = Self.table.matchEnding(text, at: lookup.at, lowerLimit: lookup.limit ?? 0)
    #expect(found?.length == lookup.expected?.0)
    #expect(found?.value == lookup.expected?.1)
  }

  @Test func mayStartIsTrueForEveryFirstScalar() {
    for word in ["记", "本", "首", "讯", "C"] {
      #expect(Self.table.mayStart(with: word.unicodeScalars.first ?? " "))
    }
  }

  @Test func isWordNeedsTheWholeRange() {
    let text = SourceText("本报讯")
    #expect(Self.table.isWord(text, 0..<3))
    #expect(Self.table.isWord(text, 0..<2))
    #expect(!Self.table.isWord(text, 1..<3))
  }

  @Test func scalarWordListAnswersTheFirstIndexOfARepeatedWord() {
    let list = ScalarWordList(["主办", "主办单位", "主办", ""])
    let text = SourceText("主办单位:")
    #expect(list.match(in: text, at: 0, limit: 5)?.index == 1)
    #expect(list.match(in: text, at: 0, limit: 2)?.index == 0)
    #expect(list.match(in: text, endingAt: 2, lowerLimit: 0)?.index == 0)
    #expect(list.match(in: text, at: 4, limit: 5) == nil)
    #expect(list.occurs(in: text, 0..<5))
    #expect(!list.occurs(in: text, 1..<5))
  }
}

@Suite struct ScalarSlotsTests {
  @Test func findsEveryKeyAndNoOther() {
    var pairs: [(UInt32, Range<Int>)] = []
    var expected: [UInt32: Range<Int>] = [:]
    var state: UInt32 = 12345
    for index in 0..<300 {
      state = state &* 1_103_515_245 &+ 12345
      let key = state % 0x2_0000
      pairs.append((key, index..<(index + 1)))
      expected[key] = index..<(index + 1)
    }
    let slots = ScalarSlots(pairs)
    let wrong = (UInt32(0)..<0x2_0000).filter { slots.range(of: $0) != expected[$0] }
    #expect(wrong.isEmpty)
    #expect(slots.range(of: UInt32.max) == nil)
  }

  @Test func emptyMapFindsNothing() {
    let slots = ScalarSlots([])
    #expect(slots.range(of: 0x8BB0) == nil)
    #expect(!slots.mayContain(0x8BB0))
  }
}
