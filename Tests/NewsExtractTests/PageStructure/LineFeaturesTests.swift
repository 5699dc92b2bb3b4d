import Testing

@testable import NewsExtract

/// A line and the features one pass over it should record.
struct LineFeatureCase: Sendable, CustomTestStringConvertible {
  var line: String
  var visible: Int
  var han: Int
  var digits: Int
  var space = false
  var enumerationComma = false
  var clauseMark = false
  var innerSentenceEnd = false
  var headerWord = false
  var leadEnd = false
  var testDescription: String { line }
}

@Suite struct LineFeaturesTests {
  static let cases: [LineFeatureCase] = [
    LineFeatureCase(
      line: "本报讯 近日，", visible: 6, han: 5, digits: 0, space: true, clauseMark: true, leadEnd: true),
    LineFeatureCase(line: "新华社北京4月24日电", visible: 11, han: 8, digits: 3, leadEnd: true),
    LineFeatureCase(line: "我区召开推进会", visible: 7, han: 7, digits: 0),
    LineFeatureCase(
      line: "第３版 要闻、本地", visible: 8, han: 6, digits: 1, space: true, enumerationComma: true),
    LineFeatureCase(
      line: "近日，记者从区住建局获悉。", visible: 13, han: 11, digits: 0, clauseMark: true),
    LineFeatureCase(line: "家门口就能就业了！”", visible: 10, han: 8, digits: 0),
    LineFeatureCase(line: "他说！我们走", visible: 6, han: 5, digits: 0, innerSentenceEnd: true),
    LineFeatureCase(line: "新闻热线：12345", visible: 10, han: 4, digits: 5, headerWord: true),
    LineFeatureCase(
      line: "2022年11月9日 星期三", visible: 13, han: 6, digits: 7, space: true, headerWord: true),
    LineFeatureCase(line: "ABC　def", visible: 6, han: 0, digits: 0, space: true),
    LineFeatureCase(line: "■记者 王小明", visible: 6, han: 5, digits: 0, space: true),
  ]

  @Test(arguments: cases)
  func recordsWhatTheLineHolds(_ expected: LineFeatureCase) {
    let text = SourceText(expected.line)
    let features = LineFeatures(text, 0..<text.count)
    #expect(features.visible == expected.visible)
    #expect(features.han == expected.han)
    #expect(features.digits == expected.digits)
    #expect(features.hasSpace == expected.space)
    #expect(features.hasEnumerationComma == expected.enumerationComma)
    #expect(features.hasClauseMark == expected.clauseMark)
    #expect(features.hasInnerSentenceEnd == expected.innerSentenceEnd)
    // The bitmap may say yes for a scalar no word starts with; it never says no wrongly.
    if expected.headerWord { #expect(features.mayHoldPageHeaderWord) }
    #expect(features.hasLeadEnd == expected.leadEnd)
  }

  @Test func anEmptyRangeHasNoFeatures() {
    let text = SourceText("近日")
    #expect(LineFeatures(text, 1..<1) == LineFeatures(text, 2..<2))
    #expect(LineFeatures(text, 1..<1).visible == 0)
  }

  static let shapes = [
    "我区召开推进会", "家门口就能就业了！”", "他说！我们走", "近日，记者从区住建局获悉。",
    "为何“一票难求”？", "以奋斗姿态 谱写新篇章", "总投资约5亿元…", "社址：萧山区市心中路",
    "这是一个非常非常非常非常非常非常非常非常非常非常长的标题行没有任何标点符号直到这里结束",
  ]

  @Test(arguments: shapes)
  func headlineShapeFromFeaturesAgreesWithTheScan(_ line: String) {
    let text = SourceText(line)
    let content = 0..<text.count
    let classifier = LineClassifier()
    #expect(
      classifier.isHeadlineShaped(text, content, LineFeatures(text, content))
        == classifier.isHeadlineShaped(text, content))
  }
}

@Suite struct JoinedStringTests {
  static let cases: [(String, [Range<Int>], String)] = [
    ("共3\n个。", [0..<2, 3..<5], "共3个。"),
    ("abc\ndef", [0..<3, 4..<7], "abcdef"),
    ("é\nü", [0..<1, 2..<3], "éü"),
    ("a😀\nb", [0..<2, 3..<4], "a😀b"),
    ("近日", [0..<1, 5..<9, -3..<0], "近"),
    ("近日", [], ""),
    ("近日", [1..<2], "日"),
  ]

  @Test(arguments: 0..<cases.count)
  func joinsPiecesInOneString(_ index: Int) {
    let (input, pieces, expected) = Self.cases[index]
    let text = SourceText(input)
    #expect(text.string(joining: pieces) == expected)
    #expect(text.string(joining: pieces) == pieces.map { text.string($0) }.joined())
  }
}

@Suite struct BylineScalarGateTests {
  /// Segments with a scalar no byline holds: the gate refuses them and so does the tokenizer.
  static let refused = ["记者 王小明。", "记者 3人", "记者“王小明”", "(记者 王小明)", "记者 王小明!"]
  /// Segments the gate lets through (the tokenizer decides).
  static let passed = ["记者 王小明", "■记者 王小明 通讯员 李四", "王小明/文 李四/摄", "YMG全媒体记者 王小明", "记者：王小明、李四"]

  @Test(arguments: refused)
  func refusedSegmentsDoNotTokenize(_ segment: String) {
    let text = SourceText(segment)
    #expect(!BylineTokenizer.acceptsAll(text, 0..<text.count))
    #expect(BylineTokenizer().tokenize(text, 0..<text.count) == nil)
  }

  @Test(arguments: passed)
  func bylineSegmentsPass(_ segment: String) {
    let text = SourceText(segment)
    #expect(BylineTokenizer.acceptsAll(text, 0..<text.count))
    #expect(BylineTokenizer().tokenize(text, 0..<text.count) != nil)
  }
}

@Suite struct InterpreterEarlyRefusalTests {
  /// Segments whose pieces hold a run longer than any names, with nothing to save it.
  static let refused = ["在全市范围内开展了相关工作并取得成效", "记者 王小明，在全市范围内开展了相关工作并取得成效"]
  /// Long runs saved by a source label, a role word glued after them, or brackets.
  static let kept = [
    "来源：浙江省杭州市萧山区融媒体中心新闻部", "浙江省杭州市萧山区融媒体中心新闻部记者 王小明",
    "记者 王小明",
  ]

  static func pieces(_ segment: String) -> (text: SourceText, pieces: [BylinePiece]) {
    let text = SourceText(segment)
    return (text, BylineTokenizer().tokenize(text, 0..<text.count) ?? [])
  }

  @Test(arguments: refused)
  func refusesARunNoNameCanBe(_ segment: String) {
    let (text, pieces) = Self.pieces(segment)
    #expect(BylineInterpreter.mustRefuse(pieces, isBracketed: false))
    #expect(CreditParser().parse(text, 0..<text.count) == nil)
  }

  @Test(arguments: kept)
  func leavesTheInterpreterToDecide(_ segment: String) {
    let (_, pieces) = Self.pieces(segment)
    #expect(!BylineInterpreter.mustRefuse(pieces, isBracketed: false))
  }

  @Test func bracketsLeaveASourceToTheInterpreter() {
    let (_, pieces) = Self.pieces("浙江省杭州市萧山区融媒体中心新闻部")
    #expect(!BylineInterpreter.mustRefuse(pieces, isBracketed: true))
    #expect(BylineInterpreter.mustRefuse(pieces, isBracketed: false))
  }
}
