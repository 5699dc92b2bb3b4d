import NewsExtract
import Testing

/// The compact storage behind `SourceText.scalars`: the narrowest width, the same scalars.
@Suite struct CompactScalarsTests {
  @Test(arguments: [
    ("", 1), ("abc\n", 1), ("café ÿ", 1), ("钱塘ａ", 2), ("Āb", 2), ("\u{FFFF}", 2),
    ("约5公里😀", 4), ("\u{10000}", 4), ("e\u{301}", 2),
  ])
  func storesEachTextInTheNarrowestWidth(_ pair: (String, Int)) {
    let scalars = CompactScalars(pair.0)
    #expect(scalars.bytesPerScalar == pair.1)
    #expect(Array(scalars) == Array(pair.0.unicodeScalars))
    #expect(SourceText(pair.0).scalars == scalars)
  }

  @Test(arguments: ["", "a", "钱塘\n新区", "\n\n", "x\n", "😀\n钱\nÿ", "a\u{0}b\n\u{7F}"])
  func sourceTextMatchesAPlainScalarArray(_ string: String) {
    let text = SourceText(string)
    let plain = Array(string.unicodeScalars)
    #expect(text.count == plain.count)
    #expect(Array(text.scalars) == plain)
    #expect(Array(text.scalars[0..<text.count]) == plain)
    var lines: [Range<Int>] = []
    var start = 0
    for (index, scalar) in plain.enumerated() where scalar == "\n" {
      lines.append(start..<index)
      start = index + 1
    }
    if start < plain.count { lines.append(start..<plain.count) }
    #expect(text.lines == lines)
    #expect(text.string(0..<text.count) == string)
  }

  @Test(arguments: ["aé", "钱ÿa", "😀钱e\u{301}", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
  func everySliceReadsLikeTheScalars(_ string: String) {
    let text = SourceText(string)
    let plain = Array(string.unicodeScalars)
    for lower in 0...plain.count {
      for upper in lower...plain.count {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: plain[lower..<upper])
        #expect(text.string(lower..<upper) == String(view))
      }
    }
  }

  @Test func outOfRangeReadsAreNil() {
    let text = SourceText("钱塘")
    #expect(text.scalar(at: -1) == nil)
    #expect(text.scalar(at: 2) == nil)
    #expect(text.folded(at: 5) == nil)
    #expect(text.string(-5..<99) == "钱塘")
    #expect(text.string(5..<9) == "")
  }

  @Test(.enabled(if: SourceText("a").scalars.readCount != nil))
  func debugBuildsCountReads() {
    let text = SourceText("约5公里")
    _ = text.scalars[1]
    _ = text.string(0..<3)
    #expect(text.scalars.readCount == 4)
  }
}
