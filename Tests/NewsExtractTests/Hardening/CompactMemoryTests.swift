import Foundation
import Testing

@testable import NewsExtract

/// The memory-saving representations behind hostile inputs (Docs/Performance.md, "Hostile
/// inputs, session 3"): exact-size strings, the streamed page lines, the fact reservation
/// and the compact `NumericFact`. Each must give exactly what the plain form gave.
@Suite struct CompactMemoryTests {
  // MARK: - Exact-size strings

  @Test(
    arguments: [
      ("约5000万元", 0..<7, nil, "约5000万元"),
      ("a\u{0}b\nc", 0..<5, "\n", "a\u{0}bc"),
      ("共3\n个。", 0..<5, "\n", "共3个。"),
      ("ÿé\nx", 0..<4, "\n", "ÿéx"),
      ("约5公里😀", 1..<5, nil, "5公里😀"),
      ("abc", 1..<1, nil, ""),
      ("\n\n", 0..<2, "\n", ""),
      (String(repeating: "数", count: 40), 0..<40, nil, String(repeating: "数", count: 40)),
      // Longer than `exactSizeLimit`: built at the widest size, same text.
      (String(repeating: "a数\n", count: 50), 0..<150, "\n", String(repeating: "a数", count: 50)),
      (String(repeating: "ab", count: 50), 3..<100, nil, "b" + String(repeating: "ab", count: 48)),
    ] as [(String, Range<Int>, Unicode.Scalar?, String)])
  func stringsFromStorageAreExact(_ row: (String, Range<Int>, Unicode.Scalar?, String)) {
    let text = SourceText(row.0)
    let built = text.scalars.string(row.1, omitting: row.2)
    #expect(built == row.3)
    #expect(built.utf8.count == row.3.utf8.count)
  }

  @Test(arguments: [
    ("约5公里", 10), ("abc", 3), ("ÿ", 2), ("😀x", 5), ("", 0), ("\n版\n", 5),
  ])
  func utf8CountIsTheEncodedSize(_ row: (String, Int)) {
    let scalars = Array(row.0.unicodeScalars.map(\.value))
    scalars.withUnsafeBufferPointer { units in
      #expect(CompactScalars.utf8Count(units[...], omitting: UInt32.max) == row.1)
      // Omitting the line break removes its byte.
      let breaks = row.0.unicodeScalars.filter { $0 == "\n" }.count
      #expect(CompactScalars.utf8Count(units[...], omitting: 0x0A) == row.1 - breaks)
    }
  }

  @Test func joinedPiecesAreExact() {
    let text = SourceText("共3\n个。\n下一行")
    #expect(text.string(joining: [0..<2, 3..<5]) == "共3个。")
    #expect(text.string(joining: [0..<2, 3..<5, 6..<9]) == "共3个。下一行")
    #expect(text.string(joining: [4..<4]) == "")
    let long = SourceText(String(repeating: "数a\n", count: 40))
    let pieces = (0..<40).map { 3 * $0..<3 * $0 + 2 }
    #expect(long.string(joining: pieces) == String(repeating: "数a", count: 40))
  }

  // MARK: - Runs of a set

  @Test(arguments: [
    ("共3个和12个", 0, 7, 2), ("123", 0, 3, 1), ("a1b2c3", 0, 6, 3), ("abc", 0, 3, 0),
    ("12a34", 1, 5, 2), ("12a34", 3, 4, 1), ("", 0, 0, 0), ("1😀2", 0, 3, 2),
  ])
  func runCountCountsMaximalRuns(_ row: (String, Int, Int, Int)) {
    let digits = ScalarSet("0123456789".unicodeScalars)
    #expect(CompactScalars(row.0).runCount(in: digits, from: row.1, to: row.2) == row.3)
  }

  @Test func factsOfALongTextMatchTheShortOnes() {
    // Enough facts to take the reserved path; the facts are those of each piece in turn.
    let piece = "全区约5000万元，同比增长12.5%，惠及8800余户居民。"
    let count = NumericFactExtractor.reserveAfter / 3 + 2
    let long = String(repeating: piece, count: count)
    let facts = NumericFactExtractor().facts(in: long)
    let one = NumericFactExtractor().facts(in: piece)
    #expect(facts.count == one.count * count)
    let width = piece.unicodeScalars.count
    for (position, fact) in facts.enumerated() where position % 997 == 0 {
      let expected = one[position % one.count]
      #expect(fact.text == expected.text && fact.value == expected.value)
      #expect(fact.start == expected.start + position / one.count * width)
    }
  }

  // MARK: - Streamed page lines

  @Test(arguments: [
    "标题\n\n本报讯（记者 张三）正文第一段。\n第二段。\n",
    "一版要闻\n本版编辑 李四\n\n标题一\n副题\n正文。\n（下转第二版）\n",
    String(repeating: "\u{1}\u{2}\n", count: 300),
    String(repeating: "短标题\n", count: 200) + "正文很长的一段，说明情况。\n",
  ])
  func streamedLinesAreTheEagerLines(_ page: String) {
    let text = SourceText(page)
    let classifier = LineClassifier(issueDate: nil)
    for offset in [0, 3] {
      var stream = PageLineStream(text: text, from: offset, classifier: classifier)
      let eager = eagerLines(text, from: offset, classifier)
      var index = 0
      while stream.has(index) {
        #expect(index < eager.count)
        guard index < eager.count else { break }
        #expect(stream[index].content == eager[index].content)
        #expect(stream[index].gapBefore == eager[index].gapBefore)
        stream.release(before: index)
        index += 1
      }
      #expect(index == eager.count)
    }
  }

  /// The lines as `PageStructureExtractor` classified them before the stream (session 2).
  private func eagerLines(_ text: SourceText, from offset: Int, _ classifier: LineClassifier)
    -> [PageLine]
  {
    var lines: [PageLine] = []
    var gap = 0
    for range in text.lines where range.upperBound > offset {
      let clipped = max(range.lowerBound, offset)..<range.upperBound
      guard let line = classifier.classify(text, clipped, gapBefore: gap) else {
        gap += 1
        continue
      }
      gap = 0
      if let leading = classifier.leadingByline(text, in: line),
        let rest = classifier.classify(text, leading.rest, gapBefore: 0)
      {
        var byline = line
        byline.content = leading.byline
        lines.append(byline)
        lines.append(rest)
      } else if let embedded = classifier.embeddedByline(text, in: line) {
        var headline = line
        headline.content = embedded.headline
        var byline = line
        byline.content = embedded.byline
        byline.gapBefore = 0
        lines.append(headline)
        lines.append(byline)
      } else {
        lines.append(line)
      }
    }
    return lines
  }

  @Test func manyHeaderLikeLinesKeepEveryBlock() {
    let lines = 5_000
    let page = String(repeating: "A-1\n", count: lines)
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.blocks.count == lines)
    #expect(layout.blocks.first?.start == 0)
    #expect(zip(layout.blocks, layout.blocks.dropFirst()).allSatisfy { $0.end < $1.start })
  }

  // MARK: - Compact NumericFact

  @Test func factStaysSmall() {
    #expect(MemoryLayout<NumericFact>.stride <= 96)
  }

  @Test(arguments: [
    (Decimal?.none, Decimal?.none, String?.none),
    (Decimal(400), nil, nil),
    (nil, Decimal(string: "573333.333333"), "m²"),
    (Decimal(9), Decimal(1), "m"),
  ])
  func rareFieldsRoundTrip(_ row: (Decimal?, Decimal?, String?)) throws {
    var fact = NumericFact(
      text: "200元至400元", value: 200, unit: "元", kind: .money, upper: row.0,
      siValue: row.1, siUnit: row.2, start: 3, end: 11)
    #expect(fact.upper == row.0 && fact.siValue == row.1 && fact.siUnit == row.2)
    let data = try JSONEncoder().encode(fact)
    let decoded = try JSONDecoder().decode(NumericFact.self, from: data)
    #expect(decoded == fact)
    #expect(decoded.hashValue == fact.hashValue)
    // Setting one field keeps the others; clearing all of them leaves the fact equal to one
    // made without them.
    fact.upper = 7
    #expect(fact.upper == 7 && fact.siValue == row.1 && fact.siUnit == row.2)
    fact.upper = nil
    fact.siValue = nil
    fact.siUnit = nil
    let plain = NumericFact(
      text: "200元至400元", value: 200, unit: "元", kind: .money, start: 3, end: 11)
    #expect(fact == plain)
    #expect(fact != decoded || row == (nil, nil, nil))
  }

  @Test func factsDifferingInOneFieldAreNotEqual() {
    let base = NumericFact(
      text: "约5公里", value: 5, unit: "公里", kind: .length, qualifier: .about,
      siValue: 5000, siUnit: "m", subject: "路", sentence: "约5公里。", start: 0, end: 4)
    var variants: [NumericFact] = []
    for change in 0..<13 {
      var fact = base
      switch change {
      case 0: fact.text = "5公里"
      case 1: fact.value = 6
      case 2: fact.unit = "米"
      case 3: fact.kind = .other
      case 4: fact.qualifier = nil
      case 5: fact.upper = 6
      case 6: fact.direction = .increase
      case 7: fact.siValue = 1
      case 8: fact.siUnit = "m²"
      case 9: fact.subject = nil
      case 10: fact.sentence = nil
      case 11: fact.start = 1
      default: fact.end = 5
      }
      variants.append(fact)
    }
    for variant in variants { #expect(variant != base) }
  }

  @Test(arguments: [
    ("0", true), ("12.5", true), ("50000000", true), ("-3", true), ("0.000001", true),
    ("18446744073709551615", true), ("1e-30", true), ("12.50", true),
    ("123456789012345678901234567890", false), ("-18446744073709551616", false),
  ])
  func valuesKeepTheirBytes(_ row: (String, Bool)) throws {
    let literal = row.0
    let value = try #require(Decimal(string: literal))
    var fact = NumericFact(text: literal, value: value, unit: "元", kind: .money, start: 0, end: 2)
    #expect(fact.value == value)
    #expect(bytes(fact.value) == bytes(value))
    // A mantissa beyond 64 bits is boxed; within them the value is inline.
    #expect((InlineDecimal(value) != nil) == row.1)
    fact.value = 7
    #expect(fact.value == 7)
    fact.value = value
    #expect(bytes(fact.value) == bytes(value))
  }

  @Test func nanKeepsItsBytes() {
    let fact = NumericFact(text: "x", value: .nan, unit: "", kind: .other, start: 0, end: 1)
    #expect(fact.value.isNaN)
  }

  private func bytes(_ value: Decimal) -> [UInt8] {
    withUnsafeBytes(of: value) { Array($0) }
  }

  @Test(arguments: [
    (0, 5), (10, 10), (-4, 3), (1 << 40, (1 << 40) + 3), (0, Int(UInt32.max)),
    (0, Int(UInt32.max) + 1), (5, 2), (Int.min, Int.max),
  ])
  func offsetsRoundTrip(_ row: (Int, Int)) {
    var fact = NumericFact(text: "5人", value: 5, unit: "人", kind: .people, start: row.0, end: row.1)
    #expect(fact.start == row.0 && fact.end == row.1)
    fact.start = row.0 &+ 1
    #expect(fact.start == row.0 &+ 1 && fact.end == row.1)
    fact.end = row.0 &+ 2
    #expect(fact.end == row.0 &+ 2)
  }

  @Test func qualifierAndDirectionShareAByteWithoutLoss() {
    for qualifier in [nil] + Qualifier.allCases.map(Optional.some) {
      for direction in [nil] + Direction.allCases.map(Optional.some) {
        var fact = NumericFact(
          text: "约5%", value: 5, unit: "%", kind: .percentage, qualifier: qualifier,
          direction: direction, start: 0, end: 3)
        #expect(fact.qualifier == qualifier && fact.direction == direction)
        fact.direction = .decrease
        #expect(fact.qualifier == qualifier && fact.direction == .decrease)
        fact.qualifier = .over
        #expect(fact.qualifier == .over && fact.direction == .decrease)
      }
    }
  }
}
