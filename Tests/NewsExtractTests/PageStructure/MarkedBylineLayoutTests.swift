import NewsExtract
import Testing

/// Bylines of other papers on a page: outlets with medium words in a lead's bracket, names
/// after a lead marker closing an article, and a page-edge line of sign-off credits.
@Suite struct MarkedBylineLayoutTests {
  static let eveningPaper = """
    市区新增三处口袋公园

    本报讯(YMG全媒体记者 纪殿国)近日，市区新增三处口袋公园，市民纷纷点赞。

    老旧小区改造提速

    本报讯(YMG全媒体记者 杨春娜 通讯员 张萌 摄影报道)近日，老旧小区改造进度加快。

    社区治理有新招

    近日，社区推出治理新举措，居民表示这一做法得到了大家的知晓认可。” □ 赵紫妍

    老街焕新颜

    近日，老街改造完成，街道面貌焕然一新，游客络绎不绝。
    ★ 刘洋

    科技成果转化

    本报讯(记者/甘雪明通讯员/王娟)近日，科技成果转化项目签约。

    值班编委/张广 本版编辑/陈广江 美编/张新宇 文检/张一帅
    """

  static let listItems = """
    春节假期出行指南

    本报讯(记者 王小明)春节假期将至，市交通部门推荐以下线路。
    ● 王府井
    步行街全天开放，地铁直达。
    ◆ 李村
    大集恢复营业，周边停车位充足。
    """

  @Test func creditsOfAnEveningPaper() {
    let layout = PageStructureExtractor().extract(
      from: SourceText(Self.eveningPaper), startingAt: 0, issueDate: LocalDate(iso: "2023-07-04"))
    #expect(
      layout.articles.map(\.headline)
        == ["市区新增三处口袋公园", "老旧小区改造提速", "社区治理有新招", "老街焕新颜", "科技成果转化"])
    #expect(
      layout.articles.map { $0.credits.map { "\($0.role.rawValue):\($0.name)" } } == [
        ["reporter:纪殿国"], ["reporter:杨春娜", "correspondent:张萌"], ["unspecified:赵紫妍"],
        ["unspecified:刘洋"], ["reporter:甘雪明", "correspondent:王娟"],
      ])
    #expect(layout.articles.first?.credits.first?.affiliation == "YMG")
    #expect(layout.articles.dropFirst(2).first?.paragraphs.last?.text.hasSuffix("认可。”") == true)
    #expect(
      layout.credits.map { "\($0.role.rawValue):\($0.name)" } == ["editor:陈广江", "editor:张新宇"])
  }

  static let openingBrackets: [LayoutCase] = [
    LayoutCase(
      name: "titled bracket opens the paragraph",
      page: "全市秋收进度过半\n\n(德州晚报全媒体记者 张明凯)9日，全市秋收进度过半。",
      headlines: ["全市秋收进度过半"], credits: ["reporter:张明凯"]),
    LayoutCase(
      name: "untitled names in an opening bracket are no credit",
      page: "全市秋收进度过半\n\n(王小明 李四)9日，全市秋收进度过半。",
      headlines: ["全市秋收进度过半"], credits: []),
    LayoutCase(
      name: "an opening bracket of prose is no credit",
      page: "全市秋收进度过半\n\n(扩大)会议9日召开，全市秋收进度过半。",
      headlines: ["全市秋收进度过半"], credits: []),
    LayoutCase(
      name: "a bracket in a later paragraph is no credit",
      page: "全市秋收进度过半\n\n9日，全市秋收进度过半。\n\n(记者 张明凯)据介绍，今年秋粮长势良好。",
      headlines: ["全市秋收进度过半"], credits: []),
  ]

  @Test(arguments: openingBrackets)
  func openingBracket(_ layoutCase: LayoutCase) {
    let layout = PageStructureExtractor().extract(
      from: SourceText(layoutCase.page), startingAt: 0, issueDate: LocalDate(iso: "2023-07-10"))
    #expect(layout.articles.map(\.headline) == layoutCase.headlines)
    #expect(
      layout.articles.flatMap(\.credits).map { "\($0.role.rawValue):\($0.name)" }
        == layoutCase.credits)
  }

  @Test func openingBracketGivesDatelineAndParagraph() throws {
    let layout = PageStructureExtractor().extract(
      from: SourceText("全市秋收进度过半\n\n(德州晚报全媒体记者 张明凯)9日，全市秋收进度过半。"),
      startingAt: 0, issueDate: LocalDate(iso: "2023-07-10"))
    let article = try #require(layout.articles.first)
    #expect(article.dateline?.date?.description == "2023-07-09")
    #expect(article.paragraphs.map(\.text) == ["9日，全市秋收进度过半。"])
    #expect(article.credits.first?.affiliation == "德州晚报")
  }

  static let markedLabels = [
    "近日，老街改造完成，游客络绎不绝。\n★ 相关新闻",
    "近日，老街改造完成，游客络绎不绝。 □ 相关新闻",
    "近日，老街改造完成，游客络绎不绝。\n◆ 王小明李四张三",
  ]

  /// A column label after a marker (`■相关新闻`) or a glued run is no name (regression:
  /// `相` is a surname, so `相关新闻` was read as one).
  @Test(arguments: markedLabels)
  func markedLabelIsNoCredit(_ body: String) {
    let layout = PageStructureExtractor().extract(
      from: SourceText("老街焕新颜\n\n" + body), startingAt: 0,
      issueDate: LocalDate(iso: "2023-07-04"))
    #expect(layout.articles.flatMap(\.credits).isEmpty)
  }

  /// Names after a marker with more body below are list items, not credits.
  @Test func markedNamesBeforeBodyAreListItems() {
    let layout = PageStructureExtractor().extract(
      from: SourceText(Self.listItems), startingAt: 0, issueDate: LocalDate(iso: "2023-07-04"))
    #expect(layout.articles.count == 1)
    #expect(layout.articles.flatMap(\.credits).map(\.name) == ["王小明"])
  }
}
