import NewsExtract
import Testing

/// Second-round byline conventions (CONVENTIONS.md §4.1–4.2): names printed before the
/// first role word, traditional script, sources that are outlets, writing suffixes and
/// titled photo credits.
@Suite struct BylineConventionTests {
  static let forms: [BylineCase] = [
    // Names before the first role word inside a bracket have no role.
    BylineCase(
      "(王小明 李四 记者 张三)", ["unspecified:王小明", "unspecified:李四", "reporter:张三"]),
    BylineCase(
      "（钱江 赵刚、记者 孙丽 通讯员 周全）",
      ["unspecified:钱江", "unspecified:赵刚", "reporter:孙丽", "correspondent:周全"]),
    BylineCase("(王小明 李四)", ["unspecified:王小明", "unspecified:李四"]),
    // Traditional script.
    BylineCase("(記者 王恩博)", ["reporter:王恩博"]),
    BylineCase("(周鋼 洪文勝 徐金波)", ["unspecified:周鋼", "unspecified:洪文勝", "unspecified:徐金波"]),
    BylineCase("實習記者 陳大文", ["traineeReporter:陳大文"]),
    BylineCase("(駱志強 樓宇 蕭敏)", ["unspecified:駱志強", "unspecified:樓宇", "unspecified:蕭敏"]),
    BylineCase("實習生 劉曉明", ["intern:劉曉明"]),
    BylineCase("特約記者 黃國華", ["specialReporter:黃國華"]),
    BylineCase("通訊員 鄭偉", ["correspondent:鄭偉"]),
    BylineCase("陳大文 攝", ["photographer:陳大文"]),
    BylineCase("記者 陳大文攝", ["reporter:陳大文"]),
    BylineCase("攝影 蘇立", ["photographer:蘇立"]),
    BylineCase("圖/馮志強", ["photographer:馮志強"]),
    BylineCase("文/圖 記者 陳大文", ["reporter:陳大文"]),
    BylineCase("編輯 李小明", ["editor:李小明"]),
    BylineCase("責任編輯：李小明", ["editor:李小明"]),
    BylineCase("責編：鄧麗", ["editor:鄧麗"]),
    BylineCase("(本報記者 歐陽文 攝影報道)", ["reporter:歐陽文"]),
    BylineCase("本報實習記者 陳大文", ["traineeReporter:陳大文"]),
    BylineCase("策劃 王一鳴 統籌 李二 攝影 趙四", ["photographer:趙四"]),
    BylineCase("本版編輯 李小明 責任校對 周全", ["editor:李小明", "editor:周全"]),
    BylineCase("文/圖 本報記者 陳大文", ["reporter:陳大文"]),
    // Writing suffixes after titled names keep the title's role.
    BylineCase("本报记者 李银刚 整理", ["reporter:李银刚"]),
    BylineCase("记者 王小明 采写", ["reporter:王小明"]),
    BylineCase("本报记者 张三 撰文", ["reporter:张三"]),
    BylineCase("记者 王小明 执笔", ["reporter:王小明"]),
    BylineCase("李四 撰文", ["writer:李四"]),
    BylineCase("采写 记者 王小明", ["reporter:王小明"]),
    // Titled photo credits.
    BylineCase("(本报记者 陈旭东 摄影报道)", ["reporter:陈旭东"]),
    BylineCase("通讯员 贾鹏 摄", ["correspondent:贾鹏"]),
    BylineCase("(记者 严龙 摄)", ["reporter:严龙"]),
    BylineCase("记者 刘振清摄", ["reporter:刘振清"]),
    BylineCase("张军 摄", ["photographer:张军"]),
    BylineCase("(苏巧将陵谷摄)", ["photographer:苏巧将陵谷"]),
    // The place a report was filed from is no name.
    BylineCase("(记者 王小明 北京报道)", ["reporter:王小明"]),
    BylineCase("記者 陳大文 香港報道", ["reporter:陳大文"]),
    BylineCase("本报记者 王小明 报道", ["reporter:王小明"]),
    BylineCase("记者张金江报道", ["reporter:张金江"]),
    // An outlet before a spaced title is a source, the title's names are credited.
    BylineCase("(钱江晚报 记者 王小明)", ["reporter:王小明"]),
  ]

  @Test(arguments: forms)
  func readsForm(_ form: BylineCase) throws {
    let reading = try #require(CreditParser().parse(form.input))
    #expect(reading.credits.map { "\($0.role.rawValue):\($0.name)" } == form.expected)
  }

  /// Role words must govern every name outside a bracket; names before a role word in a
  /// bracket must each read as a person printed apart.
  static let notBylines = [
    "王小明 李四 记者 张三", "(区委宣传部 记者 张三)", "(市委办 记者 张三)", "记者會上",
    "(完)", "記者從市統計局獲悉", "(记者将继续关注摄)", "张家界将启用新摄",
  ]

  @Test(arguments: notBylines)
  func rejectsProse(_ input: String) {
    #expect(CreditParser().parse(input) == nil)
  }

  /// Sources closing an article: an outlet, not a person.
  static let sources: [(String, String)] = [
    ("(山西日报)", "山西日报"), ("(据新华社)", "新华社"), ("(来源:人民网)", "人民网"),
    ("(新华)", "新华"), ("(本报综合)", "本报综合"), ("(温州日报)", "温州日报"),
    ("（據中新社）", "中新社"), ("(杭州电视台)", "杭州电视台"), ("(澎湃新闻)", "澎湃新闻"),
    ("(综合新华社、人民日报)", "新华社、人民日报"), ("(本報綜合)", "本報綜合"),
  ]

  @Test(arguments: sources)
  func sourceIsAnAgency(_ input: String, _ agency: String) throws {
    let reading = try #require(CreditParser().parse(input))
    #expect(reading.credits.isEmpty)
    #expect(reading.agency == agency)
  }

  /// A two-character name ending like an outlet stays a person.
  @Test func shortNameEndingLikeAnOutletIsAPerson() throws {
    let reading = try #require(CreditParser().parse("(王台 李刊)"))
    #expect(reading.credits.map(\.name) == ["王台", "李刊"])
    #expect(reading.agency == nil)
  }

  @Test func writingSuffixIsADuty() throws {
    let reading = try #require(CreditParser().parse("本报记者 李银刚 整理"))
    #expect(reading.credits.map(\.duties) == [["writing"]])
    #expect(reading.credits.map(\.title) == ["本报记者"])
  }

  @Test func titledPhotoCreditGainsThePhotoDuty() throws {
    let reading = try #require(CreditParser().parse("通讯员 贾鹏 摄"))
    #expect(reading.credits.map(\.duties) == [["photography"]])
    let report = try #require(CreditParser().parse("(本报记者 陈旭东 摄影报道)"))
    #expect(report.credits.map(\.duties) == [["photography", "writing"]])
  }

  @Test func gluedNamesBeforePhotoMarkAreKeptAndFlagged() throws {
    let reading = try #require(CreditParser().parse("(苏巧将陵谷摄)"))
    #expect(reading.credits.first?.isAmbiguous == true)
    #expect(reading.warnings.map(\.code) == ["ambiguousName"])
    let split = try #require(CreditParser().parse("(沈霖武佳奇摄)"))
    #expect(split.credits.map(\.name) == ["沈霖", "武佳奇"])
    #expect(split.credits.map(\.role) == [.photographer, .photographer])
  }
}
