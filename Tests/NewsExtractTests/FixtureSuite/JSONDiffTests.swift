import Foundation
import NewsExtract
import Testing

/// Field-level JSON differences, with arrays aligned so one missing element is one line.
@Suite struct JSONDiffTests {
  @Test(arguments: [
    (#"{"a":1}"#, #"{"a":2}"#, ["a: expected 1, got 2"]),
    (#"{"a":1,"b":2}"#, #"{"b":2,"a":1}"#, []),
    (#"{"a":[1,2,3]}"#, #"{"a":[1,3]}"#, ["a[1]: missing 2"]),
    (#"{"a":[1,3]}"#, #"{"a":[1,2,3]}"#, ["a[1]: unexpected 2"]),
    (
      #"[{"n":"x","r":"a"},{"n":"y","r":"b"}]"#, #"[{"n":"x","r":"a"},{"n":"y","r":"c"}]"#,
      [#"[1].r: expected "b", got "c""#]
    ),
    (#"{"a":null}"#, #"{"a":1}"#, ["a: expected null, got 1"]),
    (#"{"a":1}"#, #"{}"#, ["a: missing 1"]),
    (#"{}"#, #"{"b":"x"}"#, [#"b: unexpected "x""#]),
    (#"{"m":{"p":[8]}}"#, #"{"m":{"p":[4]}}"#, ["m.p[0]: expected 8, got 4"]),
    (#"{"f":[{"v":1},{"v":2},{"v":3}]}"#, #"{"f":[{"v":2},{"v":3}]}"#, [#"f[0]: missing {"v":1}"#]),
    ("1", "1", []),
    ("not json", "1", ["(expected): expected valid JSON, got unparsable JSON"]),
    ("1", "{", ["(actual): expected valid JSON, got unparsable JSON"]),
  ])
  func differences(expected: String, actual: String, lines: [String]) {
    let found = JSONDiff.differences(expected: Data(expected.utf8), actual: Data(actual.utf8))
    #expect(found.map(\.description) == lines)
  }

  @Test func ignoredRootKeysAreNotCompared() {
    let found = JSONDiff.differences(
      expected: Data(#"{"source":"a","x":{"source":1}}"#.utf8),
      actual: Data(#"{"x":{"source":2}}"#.utf8), ignoredRootKeys: ["source"])
    #expect(found.map(\.description) == ["x.source: expected 1, got 2"])
  }

  @Test func longValuesAreCut() throws {
    let long = String(repeating: "字", count: 400)
    let found = JSONDiff.differences(
      expected: Data(#"{"a":"\#(long)"}"#.utf8), actual: Data(#"{"a":"x"}"#.utf8))
    let line = try #require(found.first).description
    #expect(line.count < 200)
    #expect(line.hasSuffix(#"…, got "x""#))
  }

  @Test func aValueChangedInPlaceIsComparedFieldByField() {
    let expected = #"{"f":[{"t":"a","v":1},{"t":"b","v":2},{"t":"c","v":3}]}"#
    let actual = #"{"f":[{"t":"a","v":1},{"t":"b","v":5},{"t":"c","v":3}]}"#
    let found = JSONDiff.differences(expected: Data(expected.utf8), actual: Data(actual.utf8))
    #expect(found.map(\.description) == ["f[1].v: expected 2, got 5"])
    #expect(found.map(\.kind) == [.changed])
  }

  @Test(arguments: [
    ("p", "1", "2", FixtureDifference.Kind.changed, "p: 1 → 2"),
    ("p", "1", "(absent)", .missing, "p: removed 1"),
    ("p", "(absent)", "2", .unexpected, "p: added 2"),
  ])
  func kindsAndChanges(
    path: String, expected: String, actual: String, kind: FixtureDifference.Kind, change: String
  ) {
    let difference = FixtureDifference(path: path, expected: expected, actual: actual)
    #expect(difference.kind == kind)
    #expect(difference.change == change)
  }
}
