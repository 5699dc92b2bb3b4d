import NewsExtract
import Testing

/// A small page and what its layout should be.
struct LayoutCase: Sendable, CustomTestStringConvertible {
  var name: String
  var page: String
  var headlines: [String?]
  var credits: [String]
  var pageCredits: [String] = []
  var blocks: [String] = []
  var testDescription: String { name }

  /// Extracts the page and checks headlines, credits, page credits and blocks.
  func check(issueDate: LocalDate?, sourceLocation: SourceLocation = #_sourceLocation) {
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: issueDate)
    #expect(layout.articles.map(\.headline) == headlines, sourceLocation: sourceLocation)
    #expect(
      layout.articles.flatMap(\.credits).map { "\($0.role.rawValue):\($0.name)" } == credits,
      sourceLocation: sourceLocation)
    #expect(
      layout.credits.map { "\($0.role.rawValue):\($0.name)" } == pageCredits,
      sourceLocation: sourceLocation)
    #expect(layout.blocks.map(\.kind) == blocks, sourceLocation: sourceLocation)
  }
}

@Suite struct PageStructureExtractorTests {
  static let cityPaper = """
    学习贯彻党的二十大精神

    市政府召开常务会议

    本报讯(记者 王一鸣 通讯员 李晓东)昨天上午,市政府召开常务会议,研究部署近期工作。

    会议指出,要加快推进重点项目建设,确保全年目标

    任务完成。记者从市发改委获悉,今年以来全市完成投资120亿元。

    老旧小区改造提速

    本报讯 近日,记者从区住建局获悉,全区今年将改造老旧小区30个。通讯员队伍建设也在加强。

    (记者 陈晓 实习生 刘洋)

    责任编辑:郑海云 美编:孙丽
    """

  static let wirePage = """
    国家统计局发布最新数据

    新华社北京11月8日电(记者 孙勇、霍小光)国家统计局8日发布数据显示,居民消费价格同比上涨2.1%。

    专家表示,物价总体保持平稳。

    市民选购年货

    图为市民在超市选购商品。新华社记者鞠鹏摄
    """

  static let districtPage = """
    献礼二十大 奋斗新钱塘

    我区试水智能法律服务

    本报讯 近日,区市场监管局迎来了一位特殊的新进人员。

    据悉,这是该型机器人首次引入。

    (张建国 李红)

    书百米长卷 种信仰种子

    近日,百米书法长卷巡展走进江东村。

    文/摄影 记者 王立新 通讯员 赵小军

    我区召开推进会

    ■见习记者 沈霖 通讯员 陆佳丽

    本报讯 8日下午,全区推进会召开。会议要求,要坚持守土有责的工作导向。(下转2版)

    杭州中心项目迎来新进展

    日前,该项目的深基坑工程已全部安全施工至正负零。

    记者 徐亮

    导读

    共绘志愿服务新蓝图

    » 详见 3 版
    """

  static let suburbanPage = """
    余杭晨报

    良渚文化艺术节开幕

    记者 沈超 通讯员 王洁 文/摄

    本报讯 5月8日晚，第五届良渚文化艺术节在良渚古城遗址公园开幕。

    区人大常委会开展专题调研

    本报讯（融媒体记者 徐丽娟 通讯员 陈晨）近日，区人大常委会开展专题调研。

    调研组指出，要加快推进项目建设（下转第2版）

    共同富裕看余杭

    “家门口就能就业了！”

    ■融媒体记者 王晶晶 实习生 张可

    仓前街道的李阿姨高兴地说，她在家门口找到了工作。

    图片新闻

    五月的余杭，满眼新绿。图为径山茶园里茶农正在采茶。

    通讯员 陈杰 摄

    编辑 周颖 校对 陆敏
    """

  static let cases: [LayoutCase] = [
    LayoutCase(
      name: "suburban paper", page: suburbanPage,
      headlines: ["良渚文化艺术节开幕", "区人大常委会开展专题调研", "“家门口就能就业了！”", "图片新闻"],
      credits: [
        "reporter:沈超", "correspondent:王洁", "reporter:徐丽娟", "correspondent:陈晨",
        "reporter:王晶晶", "intern:张可", "correspondent:陈杰",
      ], pageCredits: ["editor:周颖", "editor:陆敏"], blocks: ["other", "pageCredit"]),
    LayoutCase(
      name: "city paper", page: cityPaper, headlines: ["市政府召开常务会议", "老旧小区改造提速"],
      credits: ["reporter:王一鸣", "correspondent:李晓东", "reporter:陈晓", "intern:刘洋"],
      pageCredits: ["editor:郑海云", "editor:孙丽"], blocks: ["pageCredit"]),
    LayoutCase(
      name: "wire copy", page: wirePage, headlines: ["国家统计局发布最新数据", "市民选购年货"],
      credits: ["reporter:孙勇", "reporter:霍小光", "reporter:鞠鹏"]),
    LayoutCase(
      name: "district paper", page: districtPage,
      headlines: ["我区试水智能法律服务", "书百米长卷 种信仰种子", "我区召开推进会", "杭州中心项目迎来新进展"],
      credits: [
        "unspecified:张建国", "unspecified:李红", "reporter:王立新", "correspondent:赵小军",
        "traineeReporter:沈霖", "correspondent:陆佳丽", "reporter:徐亮",
      ], blocks: ["banner", "guide"]),
  ]

  @Test(arguments: cases)
  func layout(_ layoutCase: LayoutCase) {
    layoutCase.check(issueDate: LocalDate(iso: "2022-11-09"))
  }

  @Test func brokenLinesAreJoined() throws {
    let layout = PageStructureExtractor().extract(
      from: SourceText(Self.cityPaper), startingAt: 0, issueDate: nil)
    let article = try #require(layout.articles.first)
    #expect(article.paragraphs.count == 2)
    #expect(
      article.paragraphs.last?.text
        == "会议指出,要加快推进重点项目建设,确保全年目标任务完成。记者从市发改委获悉,今年以来全市完成投资120亿元。")
    #expect(article.kickers == ["学习贯彻党的二十大精神"])
    #expect(article.agency == "本报讯")
  }

  @Test func datelineIsResolvedAgainstTheIssue() throws {
    let layout = PageStructureExtractor().extract(
      from: SourceText(Self.cityPaper), startingAt: 0, issueDate: LocalDate(iso: "2022-11-09"))
    let dateline = try #require(layout.articles.first?.dateline)
    #expect(dateline.text == "昨天上午")
    #expect(dateline.date == LocalDate(iso: "2022-11-08"))
    #expect(dateline.partOfDay == "上午")
  }

  @Test func articleSpansCoverHeadlinesAndBody() throws {
    let text = SourceText(Self.districtPage)
    let layout = PageStructureExtractor().extract(from: text, startingAt: 0, issueDate: nil)
    let first = try #require(layout.articles.first)
    #expect(text.string(first.start..<(first.start + 4)) == "我区试水")
    #expect(text.string(first.start..<first.end).hasSuffix("(张建国 李红)"))
    for (earlier, later) in zip(layout.articles, layout.articles.dropFirst()) {
      #expect(earlier.end <= later.start)
    }
  }

  @Test func photoStoryContinuationAndGuide() {
    let layout = PageStructureExtractor().extract(
      from: SourceText(Self.districtPage), startingAt: 0, issueDate: nil)
    #expect(layout.articles.map(\.kind) == ["article", "photoStory", "article", "article"])
    #expect(layout.articles[2].continuations == ["(下转2版)"])
    #expect(layout.articles[2].paragraphs.last?.text == "8日下午,全区推进会召开。会议要求,要坚持守土有责的工作导向。")
    #expect(layout.blocks.map(\.text).first == "献礼二十大 奋斗新钱塘")
    #expect(layout.blocks.last?.text.hasSuffix("» 详见 3 版") == true)
  }

  @Test func noCreditFromBodyProse() {
    let page = """
      区住建局推进海绵城市建设

      本报讯 10月26日,记者从区住建局获悉,截至目前,全区已完成改造。记者17日从区统计局获悉,投资增长。

      通讯员队伍建设是宣传工作的基础。摄影比赛同期举行,编辑部收到作品百余件。

      ■相关新闻

      记者手记
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.count == 1)
    #expect(layout.articles.flatMap(\.credits).isEmpty)
    #expect(layout.credits.isEmpty)
  }

  @Test func secondBylineLineContinuesTheFirst() {
    let page = """
      居有定所更住得舒心

      ■首席记者 吴宇翔

      通讯员 饶亦晴 刘莹 罗依莲

      自6月下旬起,听琴湾小区就热闹起来。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.count == 1)
    #expect(
      layout.articles.first?.credits.map { "\($0.role.rawValue):\($0.name)" }
        == [
          "chiefReporter:吴宇翔", "correspondent:饶亦晴", "correspondent:刘莹",
          "correspondent:罗依莲",
        ])
  }

  @Test func twoMarkedBylineLinesOpenOneArticle() {
    let page = """
      我区召开推进会

      ■本报记者 王小明

      ■通讯员 李四

      本报讯 近日,全区推进会召开。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.count == 1)
    #expect(layout.articles.first?.credits.map(\.name) == ["王小明", "李四"])
  }

  @Test func namesCutOntoTheNextLineKeepTheirRole() {
    let page = """
      居有定所更住得舒心

      ■首席记者 吴宇翔 通讯员

      饶亦晴 刘莹 罗依莲

      自6月下旬起,听琴湾小区就热闹起来。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(
      layout.articles.first?.credits.map { "\($0.role.rawValue):\($0.name)" }
        == [
          "chiefReporter:吴宇翔", "correspondent:饶亦晴", "correspondent:刘莹",
          "correspondent:罗依莲",
        ])
    #expect(layout.articles.first?.paragraphs.count == 1)
  }

  @Test func creditBracketsCutByTheColumnLayout() throws {
    let page = """
      区人大常委会开展专题调研

      本报讯(记者 王小明 通讯

      员 李四)9日上午,区人大常委会开展专题调研。调研组指出,要加快推进项目建设,确保按期

      完成。(记者 张晓东

      通讯员 陈晨)
      """
    let text = SourceText(page)
    let layout = PageStructureExtractor().extract(
      from: text, startingAt: 0, issueDate: LocalDate(iso: "2022-08-10"))
    let article = try #require(layout.articles.first)
    #expect(layout.articles.count == 1)
    #expect(
      article.credits.map { "\($0.role.rawValue):\($0.name)" }
        == ["reporter:王小明", "correspondent:李四", "reporter:张晓东", "correspondent:陈晨"])
    #expect(article.credits.map { text.string($0.start..<$0.end) }.prefix(1) == ["王小明"])
    #expect(article.dateline?.date == LocalDate(iso: "2022-08-09"))
    #expect(
      article.paragraphs.map(\.text) == ["9日上午,区人大常委会开展专题调研。调研组指出,要加快推进项目建设,确保按期完成。"])
  }

  @Test func photoCreditsAfterCaptions() {
    let page = """
      进博会开幕

      新华社上海11月5日电 第五届进博会5日开幕。

      （图为参观者在展馆内参观）记者 王小明 摄

      图为展馆外景。新华社发（记者 李四 摄）

      新华社发 张三 摄

      ▲图为展馆内景。 通讯员 赵六 摄
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(
      layout.articles.flatMap(\.credits).map { "\($0.role.rawValue):\($0.name)" }
        == ["reporter:王小明", "reporter:李四", "photographer:张三", "correspondent:赵六"])
    #expect(layout.articles.map(\.kind) == ["photoStory"])
  }

  @Test func headlinePrintedAfterTheBodyGoesBack() {
    let page = """
      第一篇的标题

      ■记者 张一鸣

      本报讯 7日上午,第一篇的正文。

      ■首席记者 赵一霖

      本报讯 7日下午,第二篇的正文。

      以团结奋斗推动发展

      金承涛在企业宣讲时强调



      书百米长卷 种信仰种子

      近日,第三篇的正文。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.map(\.headline) == ["第一篇的标题", "以团结奋斗推动发展", "书百米长卷 种信仰种子"])
    #expect(layout.articles.dropFirst().first?.subheadlines == ["金承涛在企业宣讲时强调"])
  }

  @Test func shortLineBeforeAPlainParagraphIsAHeadlineUnlessCut() {
    let page = """
      第一篇标题

      本报讯 近日,第一篇正文结束。

      小区加装电梯进展顺利

      “现在上下楼方便多了!”家住城厢街道的王大爷说。

      自今年5月在“浙里办”上线以

      来,该应用已推广到840余家企业。

      金承涛代表区委、区政府向长

      期以来关心支持发展的各界人士表示感谢。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.map(\.headline) == ["第一篇标题", "小区加装电梯进展顺利"])
    #expect(
      layout.articles.last?.paragraphs.map(\.text) == [
        "“现在上下楼方便多了!”家住城厢街道的王大爷说。", "自今年5月在“浙里办”上线以来,该应用已推广到840余家企业。",
        "金承涛代表区委、区政府向长期以来关心支持发展的各界人士表示感谢。",
      ])
  }

  @Test func pageEdgeEditorsArePageCredits() {
    let page = """
      第3版 要闻 责任编辑:王芳 美编:李四

      市政府召开常务会议

      本报讯(记者 王一鸣)昨天上午,市政府召开常务会议。

      本版编辑 陈静
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(
      layout.credits.map { "\($0.role.rawValue):\($0.name)" } == [
        "editor:王芳", "editor:李四", "editor:陈静",
      ])
    #expect(layout.articles.map(\.headline) == ["市政府召开常务会议"])
    #expect(layout.articles.flatMap(\.credits).map(\.name) == ["王一鸣"])
  }

  @Test func photoInsideAnArticleDoesNotEndIt() {
    let page = """
      春季植树活动启动

      ■通讯员 周丽

      3月12日上午,全区义务植树活动在湘湖举行。

      图为志愿者在湘湖边种植树苗。 记者 赵刚 摄

      活动现场,志愿者们分工协作。

      (记者 赵刚)
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.count == 1)
    #expect(layout.articles.first?.paragraphs.count == 3)
    #expect(
      layout.articles.first?.credits.map { "\($0.role.rawValue):\($0.name)" }
        == ["correspondent:周丽", "reporter:赵刚", "reporter:赵刚"])
  }

  @Test func jumpFromMarkerUnderAHeadlineJoinsItsArticle() {
    let page = """
      高质量推进文明城市创建

      (上接1版)

      会议强调,要坚持守土有责的工作导向。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.first?.continuations == ["(上接1版)"])
    #expect(layout.articles.first?.headline == "高质量推进文明城市创建")
    #expect(layout.blocks.isEmpty)
  }

  @Test(arguments: [
    ("我区打造海绵城市 助力全域美丽\n\n广袤沙地愈发有了水乡气韵", "广袤沙地愈发有了水乡气韵"),
    ("我区双案例入选市第一批共同富裕最佳实践\n\n探索共同富裕一年间", "我区双案例入选市第一批共同富裕最佳实践"),
    ("学习贯彻四中全会精神\n\n区委专题听取巡察工作情况汇报", "区委专题听取巡察工作情况汇报"),
    ("金承涛在全区推进会上强调\n\n凝聚共识 加快发展现代服务业", "凝聚共识 加快发展现代服务业"),
  ])
  func headlineOfTwoLines(_ pair: (String, String)) {
    let page = pair.0 + "\n\n■记者 王小明\n\n本报讯 近日,推进会召开。"
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.first?.headline == pair.1)
  }

  @Test func bylineOnTheHeadlineLine() {
    let page = """
      我区召开安全生产推进会 ■记者 王小明 通讯员 李四

      本报讯 近日,全区安全生产推进会召开。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.map(\.headline) == ["我区召开安全生产推进会"])
    #expect(layout.articles.first?.credits.map(\.name) == ["王小明", "李四"])
  }

  @Test func paragraphClosingWithABracketAfterASentenceIsClosed() {
    let page = """
      两岸青年交流活动在杭举行

      中國臺灣網6月29日杭州訊 两岸青年交流活动29日在杭州举行。(中國臺灣網、杭州市臺辦聯合報道)

      东京奥运筹备进展

      中央社駐東京特派員 楊明珠

      东京奥运筹备工作进入最后阶段。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.map(\.headline) == ["两岸青年交流活动在杭举行", "东京奥运筹备进展"])
    #expect(layout.articles.first?.agency == "中國臺灣網")
    #expect(layout.articles.last?.credits.map(\.affiliation) == ["中央社駐東京"])
  }

  @Test func bylineAtTheStartOfTheLeadLine() {
    let page = """
      我区召开安全生产推进会

      ■记者 王小明 通讯员 李四 本报讯 近日,全区安全生产推进会召开。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.count == 1)
    #expect(layout.articles.first?.agency == "本报讯")
    #expect(layout.articles.first?.credits.map(\.name) == ["王小明", "李四"])
    #expect(layout.articles.first?.paragraphs.map(\.text) == ["近日,全区安全生产推进会召开。"])
  }

  @Test func attributionsOpeningAnArticle() {
    let page = """
      杭州地铁新线开通

      据《钱江晚报》报道,杭州地铁3号线今天开通。

      台风过境

      据新华社记者王小明报道:台风今晨登陆。

      会议召开

      据介绍,会议将持续两天。记者从会上获悉,议程已确定。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.map(\.agency) == ["《钱江晚报》", nil, nil])
    #expect(layout.articles.flatMap(\.credits).map(\.name) == ["王小明"])
  }

  @Test func mergedKickerLinePrintedAfterTheBodyWithoutMarkdown() {
    let page = """
      ■首席记者 郁佳炜

      本报讯 9日下午,全区疫情防控工作推进会召开。

      金承涛在全区疫情防控工作推进会上强调 切实织密疫情防控网 为经济稳进提质筑牢安全底线

      金承涛在全区服务业高质量发展推进会上强调

      凝聚共识把握重点 加快发展现代服务业

      ■首席记者 郁佳炜

      本报讯 8日下午,全区服务业高质量发展推进会召开。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(
      layout.articles.map(\.headline) == ["切实织密疫情防控网 为经济稳进提质筑牢安全底线", "凝聚共识把握重点 加快发展现代服务业"])
    #expect(
      layout.articles.map(\.kickers) == [
        ["金承涛在全区疫情防控工作推进会上强调"], ["金承涛在全区服务业高质量发展推进会上强调"],
      ])
  }

  @Test func markdownHeadingsRankHeadlines() {
    let page = """
      ## 我区探索基层治理新体系

      # 未来街区以数为媒

      本报讯(通讯员 黄狄波)街区治理是一项系统工程。
      """
    let layout = PageStructureExtractor().extract(
      from: SourceText(page), startingAt: 0, issueDate: nil)
    #expect(layout.articles.first?.headline == "未来街区以数为媒")
    #expect(layout.articles.first?.kickers == ["我区探索基层治理新体系"])
  }

  @Test func emptyAndOddInputs() {
    for page in ["", "\n\n\n", "■", "(", "本报讯", "记者", "# ", "»", "(下转2版)"] {
      let layout = PageStructureExtractor().extract(
        from: SourceText(page), startingAt: 0, issueDate: nil)
      #expect(layout.articles.flatMap(\.credits).isEmpty)
    }
    let beyond = PageStructureExtractor().extract(
      from: SourceText("标题\n\n正文。"), startingAt: 99, issueDate: nil)
    #expect(beyond.articles.isEmpty)
  }
}
