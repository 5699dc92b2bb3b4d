import Foundation
import Testing

@testable import NewsExtract

/// The JSON Lines fast path against `JSONSerialization`: where it answers it must give the
/// same text and the same written id; where the line is unusual it must leave it alone.
@Suite struct JSONLineReaderTests {
  /// What the `JSONSerialization` path reads from `line`: the written id and the text, or
  /// `nil` when it yields an error record.
  static func slowRecord(_ line: String) -> JSONLineReader.Record? {
    guard
      let object =
        (try? JSONSerialization.jsonObject(
          with: Data(line.utf8), options: .fragmentsAllowed)) as? [String: Any],
      let text = object["text"] as? String
    else { return nil }
    return JSONLineReader.Record(
      idJSON: BatchRecord.idJSON(object["id"]), textBytes: Array(text.utf8))
  }

  static func fastRecord(_ line: String) -> JSONLineReader.Record? {
    JSONLineReader.read(Array(line.utf8))
  }

  /// Records the fast path reads.
  static let answered = [
    #"{"id":1,"text":"约5公里"}"#,
    #"{"text":"约5公里","id":"a/b.txt"}"#,
    #"  { "id" : -42 , "text" : "x" }  "#,
    #"{"text":""}"#,
    #"{"id":null,"text":"a"}"#,
    #"{"id":"钱塘-001","text":"a"}"#,
    #"{"id":123456789012345,"text":"a"}"#,
    #"{"id":0,"text":"a"}"#,
    #"{"id":1,"text":"第一行\n第二行\r\n\t\"引号\" \\ \/ \b\f \u4e2d\u0000\u001f\u00e9"}"#,
    #"{"id":1,"meta":{"a":[1,2.5,-0,true,false,null,{"b":"c\"d"}],"e":[]},"text":"x"}"#,
    #"{"id":1,"text":"😀 e\u0301"}"#,
    "{\"id\":\"a\u{2028}b\u{FEFF}😀\",\"text\":\"\u{2029}\"}",
  ]

  @Test(arguments: answered)
  func answersLikeJSONSerialization(_ line: String) throws {
    let fast = try #require(Self.fastRecord(line))
    #expect(fast == Self.slowRecord(line))
  }

  /// Lines the fast path leaves to `JSONSerialization` (which gives an error record or an
  /// unusual id).
  static let leftAlone = [
    "", "oops", "[]", "1", #"{"id":1}"#, #"{"id":1,"text":5}"#, #"{"id":1,"text":"a"} x"#,
    #"{"id":1,"text":"a",}"#, #"{"id":1,"text":"a""#, #"{"te\u0078t":"a"}"#,
    #"{"text":"a","text":"b"}"#, #"{"id":1,"id":2,"text":"a"}"#, #"{"id":1.5,"text":"a"}"#,
    #"{"id":true,"text":"a"}"#, #"{"id":1234567890123456,"text":"a"}"#, #"{"id":-0,"text":"a"}"#,
    #"{"id":01,"text":"a"}"#, #"{"id":"a\"b","text":"a"}"#, #"{"id":[1],"text":"a"}"#,
    #"{"id":1,"text":"\ud83d\ude00"}"#, #"{"id":1,"text":"\ud800"}"#,
    "{\"id\":1,\"text\":\"a\u{1}\"}",
    #"{"id":1,"text":"\x"}"#, #"{"id":1,"text":"\u12"}"#, #"{"id":1,"n":1.,"text":"a"}"#,
    #"{"id":1,"n":.5,"text":"a"}"#, #"{"n":1e999,"text":"a"}"#, #"{"n":1E2,"text":"a"}"#,
    #"{"n":12345678901234567,"text":"a"}"#, #"{"id":1,"n":tru,"text":"a"}"#,
    "\u{FEFF}{\"text\":\"a\"}",
  ]

  @Test(arguments: leftAlone)
  func leavesUnusualLinesAlone(_ line: String) {
    #expect(Self.fastRecord(line) == nil)
  }

  /// Ill-formed UTF-8 in the text, in a key or in another member's string: no text read
  /// (the text's bytes are checked when the batch builds its source text), and the batch
  /// output is JSONSerialization's.
  @Test(arguments: [
    (#"{"text":""#, #""}"#), (#"{""#, #"":1,"text":"a"}"#), (#"{"k":""#, #"","text":"a"}"#),
    (#"{"k":[""#, #""],"text":"a"}"#),
  ])
  func invalidUTF8IsLeftAlone(_ before: String, _ after: String) {
    let line = Array(before.utf8) + [0xE4, 0xB8] + Array(after.utf8)
    #expect(JSONLineReader.read(line)?.text == nil)
    #expect(JSONLineReader.read(Array(before.utf8) + Array("中".utf8) + Array(after.utf8)) != nil)
    let batch = BatchExtractor()
    #expect(
      batch.process(json: Data(line), number: 1)
        == batch.processThroughJSONSerialization(json: Data(line), number: 1))
  }

  /// Every line of the tables above, through the whole batch step: the same output line with
  /// and without the fast path.
  @Test(arguments: answered + leftAlone + ["{\"id\":2,\"text\":\"第一行\\r\\n第二行\"}"])
  func batchOutputIsTheSameWithoutTheFastPath(_ line: String) {
    let batch = BatchExtractor()
    #expect(
      batch.process(json: Data(line.utf8), number: 9)
        == batch.processThroughJSONSerialization(json: Data(line.utf8), number: 9))
  }

  /// Escapes JSON does not have, in a member the reader only skips.
  @Test(arguments: [
    #"{"k":"\u","text":"a"}"#, #"{"k":"\x","text":"a"}"#, #"{"k":"\u12g4","text":"a"}"#,
  ])
  func malformedEscapesAnywhereAreLeftAlone(_ line: String) {
    #expect(Self.fastRecord(line) == nil)
    #expect(Self.slowRecord(line) == nil)
  }

  /// Random records built from pieces that need care (escapes, Chinese, ids of every kind):
  /// whenever the fast path answers, `JSONSerialization` agrees.
  @Test func randomRecordsAgree() {
    let ids = [
      "", #""id":7,"#, #""id":"x","#, #""id":null,"#, #""id":-12,"#, #""id":1e3,"#,
      #""id":"\u4e2d","#, #""id":"中 文","#, #""id":99999999999999999,"#,
    ]
    let pieces = [
      "中", "a", #"\n"#, #"\""#, #"\\"#, #"\/"#, #"\t"#, #"\u4e2d"#, #"\u0000"#, "😀", " ",
      #"\ud83d\ude00"#, "5公里",
    ]
    var generator = SplitMix(seed: 20_261_122)
    var answered = 0
    for _ in 0..<2_000 {
      let id = ids[Int(generator.next() % UInt64(ids.count))]
      let count = Int(generator.next() % 12)
      let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
        .joined()
      let extra = generator.next() % 3 == 0 ? #""k":[1,{"z":null}],"# : ""
      let line = "{" + id + extra + "\"text\":\"" + text + "\"}"
      if let fast = Self.fastRecord(line) {
        answered += 1
        #expect(fast == Self.slowRecord(line), "\(line)")
      }
    }
    #expect(answered > 500)
  }

  /// A small deterministic generator (no `Double`, no global state).
  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// The batch output for a usual line is the same with and without the fast path.
  @Test func batchOutputIsUnchanged() {
    let line = #"{"id":"p1","text":"本报讯(记者 王小明)全区共有约5000户居民。\n"}"#
    let batch = BatchExtractor()
    let viaFast = batch.process(json: Data(line.utf8), number: 3)
    let page = NewsExtractor().extract("本报讯(记者 王小明)全区共有约5000户居民。\n")
    #expect(viaFast == BatchRecord.page(id: "p1", line: 3, page: page))
    #expect(viaFast.hasPrefix(#"{"id":"p1","line":3,"page":{"#))
  }
}
