import Testing

@testable import NewsExtract

/// The bitmap searches over compact storage, the folded closure of a set and the page table
/// of ``ScalarMap``: each against the plain per-scalar loop it replaces.
@Suite struct ScalarSearchTests {
  static let texts = [
    "", "共有7141名", "約５公里。", "abc", "钱塘新区😀8", "ÿ1é", "无数字的句子", "😀😀", "８",
  ]
  static let sets: [ScalarSet] = [
    ScalarSet("0123456789".unicodeScalars), ["。", "!"], ["😀"], ["约", " "], [],
  ]

  @Test(arguments: texts)
  func firstAndLastIndexMatchAPlainLoop(_ string: String) {
    let text = SourceText(string)
    for set in Self.sets {
      for start in 0...text.count {
        for end in start...text.count {
          let first = (start..<end).first { set.contains(text.scalars[$0]) } ?? end
          #expect(text.scalars.firstIndex(in: set, from: start, to: end) == first)
          let last = (start..<end).last { set.contains(text.scalars[$0]) }
          #expect(text.scalars.lastIndex(in: set, from: start, before: end) == last)
        }
      }
    }
  }

  @Test func searchesClampOutOfRangeBounds() {
    let scalars = CompactScalars("a1")
    let digits = ScalarSet("1".unicodeScalars)
    #expect(scalars.firstIndex(in: digits, from: -5, to: 99) == 1)
    #expect(scalars.firstIndex(in: digits, from: 5, to: 2) == 2)
    #expect(scalars.lastIndex(in: digits, from: -3, before: 99) == 1)
    #expect(scalars.lastIndex(in: digits, from: 0, before: 1) == nil)
  }

  @Test(arguments: [ScalarSet("8%".unicodeScalars), [" ", "约"], ["😀", "a"], []])
  func foldedSetHoldsEveryScalarThatFoldsIntoTheSet(_ set: ScalarSet) {
    let folded = set.folded()
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = set.contains(scalar) || set.contains(ScalarFolding.fold(scalar))
      #expect(folded.contains(scalar) == expected)
    }
    #expect(folded.contains("😀") == set.contains("😀"))
  }

  @Test func scalarMapPageTableAgreesWithItsPairs() {
    var map: ScalarMap<Int> = ["一": 1, "二": 2, "a": 3, "😀": 4, "\u{0}": 5, "\u{FFFF}": 6]
    #expect(map["一"] == 1 && map["a"] == 3 && map["😀"] == 4 && map["\u{0}"] == 5)
    #expect(map["\u{FFFF}"] == 6)
    #expect(map["三"] == nil && map["b"] == nil && map["😁"] == nil && map["\u{FFFE}"] == nil)
    map["一"] = 10
    map["三"] = 3
    #expect(map["一"] == 10 && map["三"] == 3 && map.count == 7)
    map["二"] = nil
    #expect(map["二"] == nil && map["一"] == 10 && map["😀"] == 4 && map.count == 6)
    for (key, value) in map.pairs { #expect(map[key] == value) }
  }
}

/// Stored values are turned back into scalars without a validity test: the layout and the
/// round trip of every kind of scalar.
@Suite struct StoredScalarTests {
  @Test func scalarIsOneUInt32() {
    #expect(MemoryLayout<Unicode.Scalar>.size == MemoryLayout<UInt32>.size)
    #expect(MemoryLayout<Unicode.Scalar>.alignment == MemoryLayout<UInt32>.alignment)
  }

  @Test(arguments: [0, 0x41, 0xFF, 0x100, 0x4E00, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF])
  func storedValuesReadBackAsTheSameScalar(_ value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(CompactScalars.scalar(value) == scalar)
    #expect(CompactScalars.scalar(value).value == value)
  }
}

/// The folding fast paths against their definitions, over the whole BMP.
@Suite struct FoldingTableTests {
  @Test func foldAndSpacesMatchTheirDefinitionsOverTheBMP() {
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected: Unicode.Scalar
      if (0xFF01...0xFF5E).contains(value) {
        expected = Unicode.Scalar(value - 0xFEE0) ?? scalar
      } else if value == 0x3000 || value == 0xA0 {
        expected = " "
      } else {
        expected = scalar
      }
      #expect(ScalarFolding.fold(scalar) == expected)
      #expect(ScalarFolding.spaces.contains(scalar) == ScalarFolding.isSpace(scalar))
    }
  }

  @Test(arguments: ["一些", "三农", "半天", "一", "二、", "五 "])
  func loneNumbersBeforeNoFollowerMakeNoFact(_ text: String) {
    #expect(NumericFactExtractor().facts(in: text).isEmpty)
  }

  @Test(arguments: [("三吨", "吨"), ("五折", "%"), ("一\n公里", "公里"), ("两成", "%"), ("半斤", "斤")])
  func loneNumbersBeforeAFollowerStillMakeFacts(_ row: (String, String)) throws {
    let facts = NumericFactExtractor().facts(in: row.0)
    #expect(facts.map(\.unit) == [row.1])
  }
}
