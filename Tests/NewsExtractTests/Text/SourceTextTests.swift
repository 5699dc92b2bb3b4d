import NewsExtract
import Testing

@Suite struct SourceTextTests {
  @Test func offsetsCountUnicodeScalars() {
    let text = SourceText("今日８版\n总第427期")
    #expect(text.count == 11)
    #expect(text.lines == [0..<4, 5..<11])
    #expect(text.string(0..<4) == "今日８版")
    #expect(text.folded(at: 2) == "8")
    #expect(text.lineIndex(containing: 6) == 1)
  }

  @Test func emptyTextHasNoLines() {
    #expect(SourceText("").lines.isEmpty)
  }

  @Test(arguments: [
    ("１", "1"), ("（", "("), ("％", "%"), ("：", ":"), ("，", ","), ("　", " "), ("钱", "钱"),
  ])
  func folding(_ pair: (String, String)) throws {
    let scalar = try #require(pair.0.unicodeScalars.first)
    #expect(String(ScalarFolding.fold(scalar)) == pair.1)
  }
}
