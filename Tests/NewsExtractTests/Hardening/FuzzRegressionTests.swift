import Foundation
import NewsExtract
import Testing

/// Replays every input kept in `Fuzz/regressions/` (findings of `Fuzz/run.sh`, and the
/// hand-made seeds kept beside them): each must give a sound page or a clear error.
@Suite struct FuzzRegressionTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent("Fuzz/regressions")

  static let inputs: [HostileInput] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().compactMap { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))).map { HostileInput(name, $0) }
    }
  }()

  @Test func thereAreRegressionInputs() {
    #expect(!Self.inputs.isEmpty)
  }

  /// Findings reduced to the sentence that broke an invariant.
  @Test(arguments: [
    // A negated range kept the ends in printed order: upper -5 below value -3.
    ("零下3至5度", "-5", "-3"), ("-3.5万万亿元至66万万亿元", "-660000000000000000", "-35000000000000000"),
    ("-3至5元", "-5", "-3"),
  ])
  func negatedRangesKeepTheLowEndFirst(_ input: String, _ value: String, _ upper: String) throws {
    let page = try #require(extractChecked(Data(input.utf8)).page)
    let fact = try #require(page.allFacts.first)
    #expect(fact.value == Decimal(string: value))
    #expect(fact.upper == Decimal(string: upper))
  }

  /// Fuzz finding (`crash-credit-name-across-line-break.bin`): a name broken by the layout
  /// (`任\n蕊芳`) is read whole; its span covers the break, so the invariant compares the
  /// span without white space.
  @Test func creditNameBrokenByALineBreak() throws {
    let input = "区领导带队督查工作\n\n本报讯(记者 宛琼 通讯员 任\n蕊芳 陈路)5月21日上午,区委召开会议。\n"
    let page = try #require(extractChecked(Data(input.utf8)).page)
    let credit = try #require(page.allCredits.first { $0.name == "任蕊芳" })
    #expect(credit.role == .correspondent)
    #expect(
      Array(input.unicodeScalars)[credit.start..<credit.end].map(String.init).joined() == "任\n蕊芳")
  }

  /// Fuzz finding (`crash-credit-name-across-control-line.bin`): since a line of control
  /// characters reads as blank, the lead's bracket goes on across it and the name broken
  /// there (`任` … `蕊芳`) is read whole; its span covers the control line, which the
  /// invariant drops like the layout's white space.
  @Test func creditNameBrokenByAControlLine() throws {
    let input = "## 标题\n\n本报讯(通讯员 任\n\n\u{1A}\n\n蕊芳 陈路)不大的办公室里，货品摆放得整整齐齐。\n"
    let page = try #require(extractChecked(Data(input.utf8)).page)
    let credit = try #require(page.allCredits.first { $0.name == "任蕊芳" })
    #expect(credit.role == .correspondent)
    #expect(
      Array(input.unicodeScalars)[credit.start..<credit.end].map(String.init).joined()
        == "任\n\n\u{1A}\n\n蕊芳")
    #expect(page.allCredits.map(\.name) == ["任蕊芳", "陈路"])
  }

  /// A range whose high end, in the low end's unit, is lower is no range.
  @Test func aFallingRangeIsNoRange() throws {
    let page = try #require(extractChecked(Data("投资6万亿元～万亿元".utf8)).page)
    let fact = try #require(page.allFacts.first)
    #expect(fact.upper == nil)
    #expect(fact.value == Decimal(string: "6000000000000"))
  }

  /// Names padded by the layout are joined; their span still covers the printed name.
  @Test(arguments: [("本报讯（记者 王 芳）约5公里。", "王芳", "王 芳"), ("记者 朱◎晟", "朱晟", "朱◎晟")])
  func paddedNamesAreJoinedOverTheirPrintedSpan(_ input: String, _ name: String, _ printed: String)
    throws
  {
    let result = extractChecked(Data(input.utf8))
    let text = try #require(result.text)
    let credit = try #require(result.page?.allCredits.first)
    #expect(credit.name == name)
    #expect(text.string(credit.start..<credit.end) == printed)
  }

  @Test(arguments: inputs)
  func replays(_ input: HostileInput) {
    let result = extractChecked(input.bytes)
    #expect(result.page != nil || result.error?.kind == .undecodable)
  }
}
