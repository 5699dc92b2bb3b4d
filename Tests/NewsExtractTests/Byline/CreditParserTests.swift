import NewsExtract
import Testing

/// One byline and the credits it should give, as `role:name`.
struct BylineCase: Sendable, CustomTestStringConvertible {
  var input: String
  var expected: [String]
  var testDescription: String { input }

  init(_ input: String, _ expected: [String]) {
    self.input = input
    self.expected = expected
  }
}

@Suite struct CreditParserTests {
  static let forms: [BylineCase] = [
    // Seed forms (district papers).
    BylineCase("■记者 郁佳伟", ["reporter:郁佳伟"]),
    BylineCase("■首席记者 吴宇翔", ["chiefReporter:吴宇翔"]),
    BylineCase("■见习记者 沈霖 通讯员 陆佳丽", ["traineeReporter:沈霖", "correspondent:陆佳丽"]),
    BylineCase("(记者 宛琼 通讯员 田远斌)", ["reporter:宛琼", "correspondent:田远斌"]),
    BylineCase("（记者 宛琼 通讯员 田远斌）", ["reporter:宛琼", "correspondent:田远斌"]),
    BylineCase("(杭报记者 赵芳洲 本报记者 王苑阳)", ["reporter:赵芳洲", "reporter:王苑阳"]),
    BylineCase("(通讯员 任蕊芳 陈路)", ["correspondent:任蕊芳", "correspondent:陈路"]),
    BylineCase(
      "文/摄影 记者 徐红燕 王基诺 通讯员 许胜波 杨雨杭",
      ["reporter:徐红燕", "reporter:王基诺", "correspondent:许胜波", "correspondent:杨雨杭"]),
    BylineCase("文/摄影记者 童志忠 朱晟", ["reporter:童志忠", "reporter:朱晟"]),
    BylineCase("梦诗三悦 祝依娜/文 余文华/摄", ["writer:梦诗三悦", "writer:祝依娜", "photographer:余文华"]),
    BylineCase("(徐红燕 余彬)", ["unspecified:徐红燕", "unspecified:余彬"]),
    BylineCase("记者 徐亮", ["reporter:徐亮"]),
    BylineCase("■记者 沈霖 武佳奇", ["reporter:沈霖", "reporter:武佳奇"]),
    // Other papers (CONVENTIONS.md §4.1).
    BylineCase("实习生 周旭娇", ["intern:周旭娇"]),
    BylineCase("(记者许黎娜 实习生周旭娇)", ["reporter:许黎娜", "intern:周旭娇"]),
    BylineCase("实习记者 张一鸣", ["traineeReporter:张一鸣"]),
    BylineCase("特约记者 李长青", ["specialReporter:李长青"]),
    BylineCase("本报记者 李震宇 / 通讯员 王飞超 摄", ["reporter:李震宇", "correspondent:王飞超"]),
    BylineCase("新华社记者鞠鹏摄", ["reporter:鞠鹏"]),
    BylineCase("中新社记者 蒋启明摄", ["reporter:蒋启明"]),
    BylineCase("中新社记者 易海菲 摄", ["reporter:易海菲"]),
    BylineCase("记者 王立新摄", ["reporter:王立新"]),
    BylineCase("张建国 李红 摄", ["photographer:张建国", "photographer:李红"]),
    BylineCase("(本报记者 王志强 摄影报道)", ["reporter:王志强"]),
    BylineCase("摄影 陈海峰", ["photographer:陈海峰"]),
    BylineCase("图/张建国", ["photographer:张建国"]),
    BylineCase("图/文 张建国", ["writer:张建国"]),
    BylineCase("本报记者 王志浩/摄 实习生 张扬/文", ["reporter:王志浩", "intern:张扬"]),
    BylineCase("采写：南都见习记者林子沛", ["traineeReporter:林子沛"]),
    BylineCase("责任编辑：郑海云", ["editor:郑海云"]),
    BylineCase("(责编：张一、李二)", ["editor:张一", "editor:李二"]),
    BylineCase("编辑:郑海云", ["editor:郑海云"]),
    BylineCase("[責任編輯:陳大文]", ["editor:陳大文"]),
    BylineCase("(通讯员/戚向阳)", ["correspondent:戚向阳"]),
    BylineCase(
      "◎记者 陈凯星 王攀 詹奕嘉 邓瑞璇",
      ["reporter:陈凯星", "reporter:王攀", "reporter:詹奕嘉", "reporter:邓瑞璇"]),
    BylineCase("【记者 孙勇、霍小光、骆珺】", ["reporter:孙勇", "reporter:霍小光", "reporter:骆珺"]),
    BylineCase("(记者 刘羡，李越)", ["reporter:刘羡", "reporter:李越"]),
    BylineCase(
      "来源:杭州日报 作者:记者 钱伟锋 通讯员 陈志华 编辑:郑海云",
      ["reporter:钱伟锋", "correspondent:陈志华", "editor:郑海云"]),
    BylineCase("記者 陳大文 通訊員 李小明", ["reporter:陳大文", "correspondent:李小明"]),
    BylineCase("记者:王五 通讯员:赵六", ["reporter:王五", "correspondent:赵六"]),
    BylineCase("首席记者 欧阳娜娜", ["chiefReporter:欧阳娜娜"]),
    BylineCase("记者 阿卜杜·艾尼", ["reporter:阿卜杜·艾尼"]),
    BylineCase("特约通讯员 黄小明", ["correspondent:黄小明"]),
    BylineCase("美编 孙丽 校对 周全", ["editor:孙丽", "editor:周全"]),
    BylineCase("版面编辑:王芳 美编:刘洋 校对:陈静", ["editor:王芳", "editor:刘洋", "editor:陈静"]),
    BylineCase("（记者 王 芳 通讯员 甬交宣）", ["reporter:王芳", "correspondent:甬交宣"]),
    BylineCase("记者 林海 文/图", ["reporter:林海"]),
    BylineCase("□通讯员 周丽 记者 赵刚", ["correspondent:周丽", "reporter:赵刚"]),
    BylineCase("本报通讯员 江宣", ["correspondent:江宣"]),
    BylineCase("文/图 本报记者 王小明", ["reporter:王小明"]),
    BylineCase("(王小明 摄)", ["photographer:王小明"]),
    BylineCase("本报记者 王小明 报道", ["reporter:王小明"]),
    BylineCase("策划 王一鸣 统筹 李二 文字 张三 摄影 赵四", ["writer:张三", "photographer:赵四"]),
    BylineCase("■记者 王小明 ■通讯员 李四", ["reporter:王小明", "correspondent:李四"]),
    BylineCase("张三 整理", ["writer:张三"]),
    BylineCase("湘湖融媒记者 钱伟", ["reporter:钱伟"]),
    BylineCase("总编辑 王小明 责任编辑 李四", ["editor:李四"]),
    BylineCase("文·图/记者 王小明", ["reporter:王小明"]),
    BylineCase("文/本报记者 王小明 图/本报记者 李四", ["reporter:王小明", "reporter:李四"]),
    BylineCase("都市快报记者 王小明 澎湃新闻记者 李四", ["reporter:王小明", "reporter:李四"]),
    BylineCase("■记 者 王小明 通 讯 员 李 四", ["reporter:王小明", "correspondent:李四"]),
  ]

  @Test(arguments: forms)
  func readsForm(_ form: BylineCase) throws {
    let reading = try #require(CreditParser().parse(form.input))
    #expect(reading.credits.map { "\($0.role.rawValue):\($0.name)" } == form.expected)
  }

  static let notBylines = [
    "记者从区住建局获悉", "记者17日从市统计局获悉", "通讯员队伍建设", "摄影比赛", "编辑部",
    "加强通讯员队伍建设", "记者会上", "本报讯(扩大)", "2022年11月9日", "编辑部的同志们说。",
    "记者手记", "记者观察", "编辑推荐", "(完)",
    "(区委宣传部)",
  ]

  @Test(arguments: notBylines)
  func rejectsProse(_ input: String) {
    #expect(CreditParser().parse(input) == nil)
  }

  @Test func agencyWithoutPerson() throws {
    let reading = try #require(CreditParser().parse("■本报综合报道"))
    #expect(reading.credits.isEmpty)
    #expect(reading.agency == "本报综合报道")
    #expect(reading.hasLeadMarker)
  }

  @Test func sourceLabelNamesTheAgency() throws {
    let reading = try #require(CreditParser().parse("(来源:人民网)"))
    #expect(reading.credits.isEmpty)
    #expect(reading.agency == "人民网")
  }

  @Test func jointReportNamesNoPerson() throws {
    let reading = try #require(CreditParser().parse("(杭州市台办、江干区台办联合报道)"))
    #expect(reading.credits.isEmpty)
    #expect(reading.agency != nil)
  }

  @Test func affiliationIsKept() throws {
    let reading = try #require(CreditParser().parse("(杭报记者 赵芳洲 本报记者 王苑阳)"))
    #expect(reading.credits.map(\.affiliation) == ["杭报", nil])
    #expect(reading.credits.map(\.title) == ["杭报记者", "本报记者"])
    let wire = try #require(CreditParser().parse("新华社记者鞠鹏摄"))
    #expect(wire.credits.first?.affiliation == "新华社")
    #expect(wire.credits.first?.duties == ["photography"])
  }

  @Test func combinedCreditKeepsDuties() throws {
    let reading = try #require(CreditParser().parse("文/摄影 记者 徐红燕"))
    #expect(reading.credits.count == 1)
    #expect(reading.credits.first?.role == .reporter)
    #expect(reading.credits.first?.duties == ["writing", "photography"])
  }

  @Test func titledNameWithWritingAndPhotoSuffix() throws {
    let reading = try #require(CreditParser().parse("记者 林海 文/摄"))
    #expect(reading.credits.map(\.role) == [.reporter])
    #expect(reading.credits.first?.duties == ["writing", "photography"])
    let untitled = try #require(CreditParser().parse("林海 文/摄"))
    #expect(untitled.credits.map(\.role) == [.writer])
    #expect(untitled.credits.first?.duties == ["writing", "photography"])
  }

  @Test func spacedRoleWordGivesAPlainTitle() throws {
    let reading = try #require(CreditParser().parse("■记 者 王 芳"))
    #expect(reading.credits.map(\.title) == ["记者"])
    #expect(reading.credits.map(\.name) == ["王芳"])
  }

  @Test func creditSpansPointAtNames() throws {
    let input = "■记者 沈霖 武佳奇"
    let reading = try #require(CreditParser().parse(input))
    let text = SourceText(input)
    #expect(reading.credits.map { text.string($0.start..<$0.end) } == ["沈霖", "武佳奇"])
    #expect(reading.credits.map(\.start) == [4, 7])
  }

  @Test func unambiguousGluedNamesAreSplit() throws {
    let reading = try #require(CreditParser().parse("记者 沈霖武佳奇"))
    #expect(reading.credits.map(\.name) == ["沈霖", "武佳奇"])
    #expect(reading.credits.allSatisfy { !$0.isAmbiguous })
  }

  @Test func ambiguousGluedNamesAreKeptAndFlagged() throws {
    let reading = try #require(CreditParser().parse("记者 张三丰李四光"))
    #expect(reading.credits.map(\.name) == ["张三丰李四光"])
    #expect(reading.credits.first?.isAmbiguous == true)
    #expect(reading.warnings.map(\.code) == ["ambiguousName"])
  }
}
