import NewsExtract
import Testing

/// One byline, its credits as `role:name`, and each credit's affiliation.
struct AffiliatedCase: Sendable, CustomTestStringConvertible {
  var input: String
  var expected: [String]
  var affiliations: [String?]
  var testDescription: String { input }
}

/// Outlets and medium words glued before a title (`YMG全媒体记者`), the other lead
/// markers, slashes without spaces, and page-edge sign-off and proofreading roles.
@Suite struct OutletMediumBylineTests {
  static let outlets: [AffiliatedCase] = [
    AffiliatedCase(input: "(YMG全媒体记者 纪殿国)", expected: ["reporter:纪殿国"], affiliations: ["YMG"]),
    AffiliatedCase(
      input: "（ＹＭＧ全媒体首席记者 王芳）", expected: ["chiefReporter:王芳"], affiliations: ["ＹＭＧ"]),
    AffiliatedCase(
      input: "(德州晚报全媒体记者 张明凯)", expected: ["reporter:张明凯"], affiliations: ["德州晚报"]),
    AffiliatedCase(input: "融媒体记者 周全", expected: ["reporter:周全"], affiliations: [nil]),
    AffiliatedCase(input: "新媒体记者 孙丽", expected: ["reporter:孙丽"], affiliations: [nil]),
    AffiliatedCase(input: "全媒体记者 王小明", expected: ["reporter:王小明"], affiliations: [nil]),
    AffiliatedCase(input: "本报全媒体记者 王小明", expected: ["reporter:王小明"], affiliations: [nil]),
    AffiliatedCase(
      input: "本报融媒体实习记者 李四", expected: ["traineeReporter:李四"], affiliations: [nil]),
    AffiliatedCase(input: "(烟台日报社记者 刘洋)", expected: ["reporter:刘洋"], affiliations: ["烟台日报社"]),
    AffiliatedCase(input: "南都记者 陈静", expected: ["reporter:陈静"], affiliations: ["南都"]),
    AffiliatedCase(
      input: "中国青年报·中青在线记者 李强", expected: ["reporter:李强"],
      affiliations: ["中国青年报·中青在线"]),
    AffiliatedCase(
      input: "齐鲁晚报·齐鲁壹点记者 王小明", expected: ["reporter:王小明"],
      affiliations: ["齐鲁晚报·齐鲁壹点"]),
    AffiliatedCase(
      input: "(YMG全媒体记者 杨春娜 通讯员 张萌 摄影报道)",
      expected: ["reporter:杨春娜", "correspondent:张萌"], affiliations: ["YMG", nil]),
    AffiliatedCase(
      input: "(YMG全媒体记者 李俊玲 摄影报道)", expected: ["reporter:李俊玲"], affiliations: ["YMG"]),
    AffiliatedCase(
      input: "记者/甘雪明通讯员/王娟", expected: ["reporter:甘雪明", "correspondent:王娟"],
      affiliations: [nil, nil]),
    AffiliatedCase(
      input: "记者/甘雪明/通讯员/王娟", expected: ["reporter:甘雪明", "correspondent:王娟"],
      affiliations: [nil, nil]),
    AffiliatedCase(
      input: "记者王小明 李四 通讯员张三", expected: ["reporter:王小明", "reporter:李四", "correspondent:张三"],
      affiliations: [nil, nil, nil]),
  ]

  @Test(arguments: outlets)
  func outletBeforeTitle(_ form: AffiliatedCase) throws {
    let reading = try #require(CreditParser().parse(form.input))
    #expect(reading.credits.map { "\($0.role.rawValue):\($0.name)" } == form.expected)
    #expect(reading.credits.map(\.affiliation) == form.affiliations)
  }

  /// `摄影报道` after the last name is a duty of that name, never a name.
  @Test func photoReportIsADuty() throws {
    let reading = try #require(CreditParser().parse("(YMG全媒体记者 李俊玲 摄影报道)"))
    #expect(reading.credits.first?.duties == ["photography", "writing"])
    #expect(reading.credits.first?.title == "YMG全媒体记者")
  }

  static let markers = ["□", "◇", "◆", "●", "○", "▲", "△", "★", "☆", "▼"]

  @Test(arguments: markers)
  func markerLeadsTitledNames(_ marker: String) throws {
    let titled = try #require(CreditParser().parse(marker + "记者 王小明 通讯员 李四"))
    #expect(titled.hasLeadMarker)
    #expect(
      titled.credits.map { "\($0.role.rawValue):\($0.name)" }
        == ["reporter:王小明", "correspondent:李四"])
    let bare = try #require(CreditParser().parse(marker + " 赵紫妍"))
    #expect(bare.credits.map { "\($0.role.rawValue):\($0.name)" } == ["unspecified:赵紫妍"])
  }

  static let productionLines: [BylineCase] = [
    BylineCase(
      "值班编委/张广 本版编辑/陈广江 美编/张新宇 文检/张一帅", ["editor:陈广江", "editor:张新宇"]),
    BylineCase("值班编委:张广 本版编辑:陈广江 文检:张一帅", ["editor:陈广江"]),
    BylineCase("一审 王一 二审 李二 三审 张三 本版编辑 赵四", ["editor:赵四"]),
    BylineCase("终审 王一 复审 李二 签发 张三 组版 赵四 责任编辑 钱五", ["editor:钱五"]),
    BylineCase("值班主任 王一 审读 李二 视觉 张三 设计 赵四 编辑 钱五", ["editor:钱五"]),
    BylineCase("责任编辑 王芳 责任校对 李四", ["editor:王芳", "editor:李四"]),
    BylineCase("文檢/張一帥 本版編輯/陳廣江", ["editor:陳廣江"]),
  ]

  /// Sign-off, proofreading and make-up roles are read, so their names are skipped and the
  /// role word is never taken for a name; only the editor words give credits.
  @Test(arguments: productionLines)
  func productionRolesAreSkipped(_ form: BylineCase) throws {
    let reading = try #require(CreditParser().parse(form.input))
    #expect(reading.credits.map { "\($0.role.rawValue):\($0.name)" } == form.expected)
  }

  static let notBylines = [
    "YMG", "NBA 王小明", "记者 Tom", "融媒体中心", "全媒体时代", "全媒体记者从市统计局获悉",
    "文检/张一帅", "值班编委 张广", "◆ 二是强化保障", "□ 会议要求", "向YMG记者透露",
  ]

  @Test(arguments: notBylines)
  func rejects(_ input: String) {
    #expect(CreditParser().parse(input)?.credits.isEmpty ?? true)
  }
}
