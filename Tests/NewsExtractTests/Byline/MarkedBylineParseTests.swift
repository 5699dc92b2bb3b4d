import Testing

@testable import NewsExtract

/// `CreditParser.parseMarked`: the early refusal of segments that can give no role word,
/// agency, bracket or lead marker answers like `parse` wherever such a reading exists.
@Suite struct MarkedBylineParseTests {
  /// Segments a line classifier keeps as bylines: the same reading either way.
  @Test(arguments: [
    "记者 王小明", "■王小明", "□ 赵紫妍", "(王小明)", "（记者 宛琼 通讯员 田远斌）", "本报综合报道", "文/摄 王小明",
    "记 者 王小明", "记■者王小明", "鞠鹏摄", "王小明/文",
  ])
  func marked(_ line: String) {
    let text = SourceText(line)
    let parser = CreditParser()
    #expect(parser.parseMarked(text, 0..<text.count) == parser.parse(text, 0..<text.count))
  }

  /// Han and commas only, no byline word: refused early; `parse` may still read untitled
  /// names, which a line classifier does not keep.
  @Test(arguments: ["王小明，李四", "近日，区里召开会议", "我区召开推进会", "张三、李四、王五"])
  func refused(_ line: String) {
    let text = SourceText(line)
    let parser = CreditParser()
    #expect(parser.parseMarked(text, 0..<text.count) == nil)
    if let reading = parser.parse(text, 0..<text.count) {
      #expect(!reading.hasRoleWord && reading.agency == nil)
      #expect(!reading.isBracketed && !reading.hasLeadMarker)
    }
  }
}
