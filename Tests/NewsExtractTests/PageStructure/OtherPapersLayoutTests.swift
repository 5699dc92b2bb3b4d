import NewsExtract
import Testing

/// Pages composed in the styles of other papers (CONVENTIONS.md §4.1–4.2): a provincial
/// daily, a traditional-script reprint of 中新社 copy, a wire page and an evening paper.
@Suite struct OtherPapersLayoutTests {
  static let provincialDaily = """
    全省秋粮收购进度过半

    本报讯 (郭建 薛梅 记者 任海燕) 10月25日，记者从省粮食和物资储备局获悉，全省秋粮收购进度已过半。

    据介绍，今年全省秋粮总产量稳中有增，各收储企业敞开收购。

    太原加快推进城中村改造

    太原市今年将完成城中村改造项目12个，惠及群众3万余户。(山西日报)

    老党员讲述入党故事

    本报记者 李银刚 整理

    我是1958年入党的，那时候村里条件很苦。

    大家都说，共产党员就要冲在前面。

    汾河公园秋景如画

    图为市民在汾河公园游玩。 通讯员 贾鹏 摄

    责任编辑：王晓燕
    """

  static let traditionalReprint = """
    研究人員發現新型催化材料

    【中新社北京12月6日電】(記者 王恩博) 中國科學院研究人員6日發布消息，成功研製一種新型催化材料。

    該材料可大幅降低工業生產能耗。記者從中科院獲悉，相關成果已發表。

    武漢櫻花節開幕

    【中新社武漢4月10日電】(周鋼 洪文勝 徐金波) 2023武漢櫻花節10日開幕，吸引大批遊客前來賞花。

    據悉，今年櫻花節將持續至4月底。

    港澳青年內地交流活動舉行

    本報訊(實習記者 陳嘉欣 通訊員 黃志明)昨日上午，港澳青年內地交流活動在廣州舉行。

    活動為期一週。

    責任編輯：李小明
    """

  static let wirePage = """
    长沙推进城市更新行动

    新华社长沙7月3日电 记者 丁锡国 席敏 长沙市近日出台城市更新行动方案，计划用三年时间改造老旧小区200个。

    方案提出，要坚持留改拆并举。

    长春发布人才新政

    【新华社长春7月3日电】长春市3日发布人才新政，对来长就业的高校毕业生给予住房补贴。(据新华社)

    防汛演练在湘江举行

    7月2日，防汛应急演练在湘江举行。(记者 严龙 摄)

    消防员在演练中转移被困群众。 记者 刘振清摄

    暑期游泳安全提示

    暑期将至，有关部门提醒家长加强对孩子的看护。(苏巧将陵谷摄)
    """

  static let eveningPaper = """
    夜经济点亮老城区

    本报讯(记者 邹敏)(通讯员 周建平)随着夜市开张，老城区的夜晚热闹起来。

    据统计，夜市开业首周客流超过5万人次。(完)

    新城区建设如火如荼

    新城区建设工地上，工人们正在加紧施工。(本报记者 陈旭东 摄影报道)

    全国夏粮再获丰收

    国家统计局近日发布数据，全国夏粮再获丰收。(本报综合)

    晚霞映江城

    图为晚霞映照下的江城。 张军 摄
    """

  static let cases: [LayoutCase] = [
    LayoutCase(
      name: "provincial daily", page: provincialDaily,
      headlines: ["全省秋粮收购进度过半", "太原加快推进城中村改造", "老党员讲述入党故事", "汾河公园秋景如画"],
      credits: [
        "unspecified:郭建", "unspecified:薛梅", "reporter:任海燕", "reporter:李银刚",
        "correspondent:贾鹏",
      ], pageCredits: ["editor:王晓燕"], blocks: ["pageCredit"]),
    LayoutCase(
      name: "traditional reprint", page: traditionalReprint,
      headlines: ["研究人員發現新型催化材料", "武漢櫻花節開幕", "港澳青年內地交流活動舉行"],
      credits: [
        "reporter:王恩博", "unspecified:周鋼", "unspecified:洪文勝", "unspecified:徐金波",
        "traineeReporter:陳嘉欣", "correspondent:黃志明",
      ], pageCredits: ["editor:李小明"], blocks: ["pageCredit"]),
    LayoutCase(
      name: "wire page", page: wirePage,
      headlines: ["长沙推进城市更新行动", "长春发布人才新政", "防汛演练在湘江举行", "暑期游泳安全提示"],
      credits: ["reporter:丁锡国", "reporter:席敏", "reporter:严龙", "reporter:刘振清", "photographer:苏巧将陵谷"]),
    LayoutCase(
      name: "evening paper", page: eveningPaper,
      headlines: ["夜经济点亮老城区", "新城区建设如火如荼", "全国夏粮再获丰收", "晚霞映江城"],
      credits: ["reporter:邹敏", "correspondent:周建平", "reporter:陈旭东", "photographer:张军"]),
  ]

  @Test(arguments: cases)
  func layout(_ layoutCase: LayoutCase) {
    layoutCase.check(issueDate: LocalDate(iso: "2023-07-04"))
  }

  /// Two credit brackets in a row close a paragraph; both are read and cut from the text.
  @Test func twoTrailingCreditBrackets() {
    let page = "新城区建设忙\n\n新城区建设正如火如荼。(记者 张三)(通讯员 李四)\n"
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: LocalDate(iso: "2023-07-04"))
    #expect(
      layout.articles.flatMap(\.credits).map { "\($0.role.rawValue):\($0.name)" } == [
        "reporter:张三", "correspondent:李四",
      ])
    #expect(layout.articles.first?.paragraphs.map(\.text) == ["新城区建设正如火如荼。"])
    let prose = "新城区建设忙\n\n新城区(一期)建设正如火如荼。(记者 张三)\n"
    let single = PageStructureExtractor().extract(
      from: SourceText(prose), startingAt: 0, issueDate: LocalDate(iso: "2023-07-04"))
    #expect(single.articles.flatMap(\.credits).map(\.name) == ["张三"])
  }

  /// Sources closing an article are its agency; wire leads name theirs.
  @Test func agenciesOfOtherPapers() {
    let expected: [(String, [String?])] = [
      (Self.provincialDaily, ["本报讯", "山西日报", nil, nil]),
      (Self.traditionalReprint, ["中新社", "中新社", "本報訊"]),
      (Self.wirePage, ["新华社", "新华社", nil, nil]),
      (Self.eveningPaper, ["本报讯", nil, "本报综合", nil]),
    ]
    for (page, agencies) in expected {
      let layout = PageStructureExtractor().extract(
        from: SourceText(page), startingAt: 0, issueDate: LocalDate(iso: "2023-07-04"))
      #expect(layout.articles.map(\.agency) == agencies)
    }
  }

  /// A run glued to a photo mark that cannot be split safely is kept and flagged.
  @Test func ambiguousPhotoCreditIsFlagged() {
    let layout = PageStructureExtractor().extract(
      from: SourceText(Self.wirePage), startingAt: 0, issueDate: LocalDate(iso: "2023-07-04"))
    #expect(layout.warnings.map(\.code) == ["ambiguousName"])
    #expect(layout.articles.last?.credits.first?.isAmbiguous == true)
  }

  /// The wire dateline is read against the issue date; the source is cut from the text.
  @Test func wireDatelineAndSourceTail() {
    let layout = PageStructureExtractor().extract(
      from: SourceText(Self.wirePage), startingAt: 0, issueDate: LocalDate(iso: "2023-07-04"))
    #expect(layout.articles.first?.dateline?.date?.description == "2023-07-03")
    #expect(layout.articles.first?.dateline?.place == "长沙")
    #expect(layout.articles.dropFirst().first?.paragraphs.last?.text.hasSuffix("补贴。") == true)
  }
}
