import Testing

@testable import NewsExtract

/// The first-scalar filter of ``MastheadLineReader``: every element the readers find starts
/// with a scalar of ``MastheadLineReader/elementStarts`` (or an ASCII one), and prose
/// scalars are skipped.
@Suite struct MastheadElementStartsTests {
  @Test(arguments: [
    "二〇二二年十一月九日", "星期三", "礼拜三", "农历壬寅年十月十六", "壬寅年冬月十七", "今日8版",
    "本期12版", "总第427期", "第3版", "邮发代号 31-1", "国内统一刊号", "网址 www.a.cn", "电话",
    "２０２２年１１月９日",
  ])
  func elementsStartInTheSet(_ line: String) throws {
    let text = SourceText(line)
    let elements = MastheadLineReader(text: text).elements(in: 0..<text.count)
    let first = try #require(elements.first)
    #expect(first.range.lowerBound == 0)
    let scalar = try #require(text.folded(at: 0))
    #expect(MastheadLineReader.elementStarts.contains(scalar))
  }

  @Test(arguments: ["的", "我", "。", "，", "杭", "a", " "])
  func proseScalarsAreSkipped(_ word: String) throws {
    let scalar = try #require(word.unicodeScalars.first)
    #expect(!MastheadLineReader.elementStarts.contains(ScalarFolding.fold(scalar)))
  }
}
