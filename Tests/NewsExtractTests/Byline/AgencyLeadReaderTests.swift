import Testing

@testable import NewsExtract

/// A paragraph opening with a lead, and what the lead should give.
struct LeadCase: Sendable, CustomTestStringConvertible {
  var input: String
  var agency: String
  var credits: [String]
  var date: String?
  var place: String?
  var issue = "2022-11-09"
  var testDescription: String { input }
}

@Suite struct AgencyLeadReaderTests {
  static let leads: [LeadCase] = [
    LeadCase(
      input: "本报讯(记者 宛琼 通讯员 田远斌)5月21日上午,区委副书记带队", agency: "本报讯",
      credits: ["reporter:宛琼", "correspondent:田远斌"], date: "2021-05-21", issue: "2021-05-22"),
    LeadCase(
      input: "本报讯 9日上午,全省各级人大常委会主任学习会", agency: "本报讯", credits: [],
      date: "2022-08-09", issue: "2022-08-10"),
    LeadCase(
      input: "本报讯 10月26日,记者从区住建局获悉,截至目前", agency: "本报讯", credits: [],
      date: "2022-10-26"),
    LeadCase(
      input: "本报讯（杭报记者 赵芳洲 本报记者 王苑阳）11月14日晚上，市委召开", agency: "本报讯",
      credits: ["reporter:赵芳洲", "reporter:王苑阳"], date: "2022-11-14", issue: "2022-11-15"),
    LeadCase(
      input: "新华社北京4月24日电 题：坚定信心", agency: "新华社", credits: [], date: "2022-04-24",
      place: "北京"),
    LeadCase(
      input: "新华社印度金奈10月11日电(记者孙勇、霍小光、骆珺)当地时间11日", agency: "新华社",
      credits: ["reporter:孙勇", "reporter:霍小光", "reporter:骆珺"], date: "2019-10-11",
      place: "印度金奈", issue: "2019-10-12"),
    LeadCase(
      input: "中新社北京1月18日电 (记者 郭超凯 陈溯)记者18日获悉", agency: "中新社",
      credits: ["reporter:郭超凯", "reporter:陈溯"], date: "2023-01-18", place: "北京",
      issue: "2023-01-19"),
    LeadCase(
      input: "中新网北京11月8日电(记者 刘羡 李越)据报道", agency: "中新网",
      credits: ["reporter:刘羡", "reporter:李越"], date: "2022-11-08", place: "北京"),
    LeadCase(
      input: "浙江在线杭州10月8日快讯(记者 应豪)今天上午", agency: "浙江在线",
      credits: ["reporter:应豪"], date: "2022-10-08", place: "杭州"),
    LeadCase(
      input: "本报墨西哥城1月28日电记者张金江报道:墨西哥政府", agency: "本报",
      credits: ["reporter:张金江"], date: "1995-01-28", place: "墨西哥城", issue: "1995-01-30"),
    LeadCase(input: "据新华社电 国家统计局今天发布", agency: "新华社", credits: [], date: nil),
    LeadCase(
      input: "杭州日报讯(记者 王一鸣 通讯员 李二) 昨天上午,市政府召开", agency: "杭州日报讯",
      credits: ["reporter:王一鸣", "correspondent:李二"], date: "2022-11-08"),
    LeadCase(
      input: "本报讯(记者许黎娜 实习生周旭娇)近日,广州", agency: "本报讯",
      credits: ["reporter:许黎娜", "intern:周旭娇"], date: nil),
    LeadCase(
      input: "本报讯 12月30日下午,区里召开", agency: "本报讯", credits: [], date: "2022-12-30",
      issue: "2023-01-02"),
    LeadCase(
      input: "本报讯 记者 王小明 通讯员 李四 今天上午,市里召开", agency: "本报讯",
      credits: ["reporter:王小明", "correspondent:李四"], date: "2022-11-09"),
    LeadCase(
      input: "钱江晚报讯 记者王小明 昨天上午,市里召开", agency: "钱江晚报讯",
      credits: ["reporter:王小明"], date: "2022-11-08"),
    LeadCase(
      input: "中國臺灣網6月29日杭州訊 两岸青年交流活动举行", agency: "中國臺灣網", credits: [],
      date: "2022-06-29", place: "杭州"),
    LeadCase(
      input: "本报讯（记者 王小明）（通讯员 李四）9日上午,市里召开", agency: "本报讯",
      credits: ["reporter:王小明", "correspondent:李四"], date: "2022-11-09"),
    LeadCase(
      input: "本报杭州11月8日电（记者 沈吟 通讯员 王伟）", agency: "本报",
      credits: ["reporter:沈吟", "correspondent:王伟"], date: "2022-11-08", place: "杭州"),
    // Second round: names before the role word, traditional feeds, bracketed leads,
    // unbracketed wire credits, places starting like a production role (`社长` in `新华社长沙`).
    LeadCase(
      input: "本报讯 (王小明 李四 记者 张三) 近日,市里召开", agency: "本报讯",
      credits: ["unspecified:王小明", "unspecified:李四", "reporter:张三"], date: nil),
    LeadCase(
      input: "本报讯(王小明 李四)近日,市里召开", agency: "本报讯",
      credits: ["unspecified:王小明", "unspecified:李四"], date: nil),
    LeadCase(
      input: "【中新社北京12月6日電】(記者 王恩博) 研究人員6日發現", agency: "中新社",
      credits: ["reporter:王恩博"], date: "2022-12-06", place: "北京", issue: "2022-12-07"),
    LeadCase(
      input: "【中新社武漢4月10日電】(周鋼 洪文勝 徐金波) 武漢櫻花節開幕", agency: "中新社",
      credits: ["unspecified:周鋼", "unspecified:洪文勝", "unspecified:徐金波"],
      date: "2022-04-10", place: "武漢", issue: "2022-04-11"),
    LeadCase(
      input: "新华社长沙7月3日电 记者 丁锡国 席敏 长沙市近日推进", agency: "新华社",
      credits: ["reporter:丁锡国", "reporter:席敏"], date: "2022-07-03", place: "长沙",
      issue: "2022-07-04"),
    LeadCase(
      input: "【新华社长春7月3日电】记者 丁锡国 长春市近日推进", agency: "新华社",
      credits: ["reporter:丁锡国"], date: "2022-07-03", place: "长春", issue: "2022-07-04"),
    LeadCase(
      input: "[中新网北京11月8日电]据报道,市里召开", agency: "中新网", credits: [],
      date: "2022-11-08", place: "北京"),
    LeadCase(
      input: "本報訊(實習記者 陳大文 通訊員 李小明) 昨日上午,香港舉行", agency: "本報訊",
      credits: ["traineeReporter:陳大文", "correspondent:李小明"], date: "2022-11-08"),
    LeadCase(
      input: "據新華社電 國家統計局今天發布", agency: "新華社", credits: [], date: nil),
  ]

  @Test(arguments: leads)
  func readsLead(_ lead: LeadCase) throws {
    let text = SourceText(lead.input)
    let found = try #require(
      AgencyLeadReader().read(text, line: 0..<text.count, issueDate: LocalDate(iso: lead.issue)))
    #expect(found.agency == lead.agency)
    #expect((found.byline?.credits ?? []).map { "\($0.role.rawValue):\($0.name)" } == lead.credits)
    #expect(found.dateline?.date?.description == lead.date)
    #expect(found.dateline?.place == lead.place)
  }

  @Test func partOfDayIsKept() throws {
    let text = SourceText("本报讯 11月7日下午，启动仪式举行")
    let lead = try #require(
      AgencyLeadReader().read(text, line: 0..<text.count, issueDate: LocalDate(iso: "2022-11-09")))
    #expect(lead.dateline?.text == "11月7日下午")
    #expect(lead.dateline?.partOfDay == "下午")
    #expect(text.string(lead.bodyStart..<text.count) == "11月7日下午，启动仪式举行")
  }

  static let notLeads = [
    "通讯员队伍建设是一项长期工作", "电话咨询量大增", "近日电力公司发布", "热线电话 82987136",
    "讯息传到了区里", "记者从区住建局获悉", "区委统战部召开会议,传达学习",
    "浙报集团6月29日通讯员大会召开", "新华通讯社今天发布", "通讯员 李四 本报讯 近日",
    "【新华社长沙7月3日电", "[本报记者 张三]近日,市里召开", "【社长寄语】新年快乐",
  ]

  @Test(arguments: notLeads)
  func proseHasNoLead(_ input: String) {
    let text = SourceText(input)
    #expect(AgencyLeadReader().read(text, line: 0..<text.count, issueDate: nil) == nil)
  }
}
