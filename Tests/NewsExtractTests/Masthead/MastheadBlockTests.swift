import Foundation
import NewsExtract
import Testing

/// Whole masthead blocks of papers the parser has never seen, composed from the
/// conventions of CONVENTIONS §4.3, and pages without a masthead.
@Suite struct MastheadBlockTests {
  static let cityDaily = """
    杭州日报
    HANGZHOU DAILY
    ２０２２年１２月１０日 星期六
    农历壬寅年冬月十七
    今日16版 总第25123期
    主管 中共杭州市委 主办 杭州日报报业集团 出版 杭州日报社
    国内统一连续出版物号 CN 33-0001  邮发代号 31-1
    新闻热线 0571-85100000 85100001  投稿邮箱 news@hzrb.cn
    网址 www.hangzhou.com.cn

    市委常委会召开会议

    ■记者 张三
    本报讯 昨天，市委常委会召开会议。
    """

  @Test func cityDaily() throws {
    let reading = MastheadExtractor().extract(from: SourceText(Self.cityDaily))
    let masthead = try #require(reading.masthead)
    #expect(masthead.paperName == "杭州日报")
    #expect(masthead.englishName == "HANGZHOU DAILY")
    #expect(masthead.date == LocalDate(year: 2022, month: 12, day: 10))
    #expect(masthead.weekday == "星期六")
    #expect(masthead.lunarDate == "农历壬寅年冬月十七")
    #expect(
      masthead.lunar
        == LunarDate(
          text: "农历壬寅年冬月十七", cyclicYear: "壬寅", month: 11, day: 17, isLeapMonth: false))
    #expect(masthead.pageCount == 16)
    #expect(masthead.issueNumber == 25123)
    #expect(masthead.supervisors == ["中共杭州市委"])
    #expect(masthead.sponsors == ["杭州日报报业集团"])
    #expect(masthead.publishers == ["杭州日报社"])
    #expect(masthead.serialNumber == "CN33-0001")
    #expect(masthead.postalCode == "31-1")
    #expect(masthead.phones == ["057185100000", "85100001"])
    #expect(masthead.emails == ["news@hzrb.cn"])
    #expect(masthead.website == "www.hangzhou.com.cn")
    #expect(reading.warnings.isEmpty)
    let text = SourceText(Self.cityDaily)
    #expect(masthead.start == 0)
    #expect(text.string(0..<masthead.end).hasSuffix("\n网址 www.hangzhou.com.cn"))
  }

  static let weekly = """
    《钱江周刊》
    二〇二三年三月二十二日 周三 农历癸卯年闰二月初一
    本期12版 第128期
    中共某县委宣传部主办 某县融媒体中心承办

    ## 春耕时节农事忙
    """

  @Test func weekly() throws {
    let reading = MastheadExtractor().extract(from: SourceText(Self.weekly))
    let masthead = try #require(reading.masthead)
    #expect(masthead.paperName == "钱江周刊")
    #expect(masthead.date == LocalDate(year: 2023, month: 3, day: 22))
    #expect(masthead.weekday == "周三")
    #expect(masthead.lunar?.isLeapMonth == true)
    #expect(masthead.lunar?.month == 2)
    #expect(masthead.lunar?.day == 1)
    #expect(masthead.pageCount == 12)
    #expect(masthead.issueNumber == 128)
    #expect(masthead.sponsors == ["中共某县委宣传部"])
    #expect(masthead.organizers == ["某县融媒体中心"])
    #expect(reading.warnings.isEmpty)
    let end = Self.weekly.unicodeScalars.count - "\n\n## 春耕时节农事忙".unicodeScalars.count
    #expect(masthead.end == end)
  }

  @Test func runningHeaderOfAnInnerPage() throws {
    let page = "钱塘新区报 2022年11月9日 星期三 第3版\n\n综合新闻\n\n区里召开会议\n\n本报讯 昨天，区里召开会议。"
    let masthead = try #require(MastheadProbe.masthead(page))
    #expect(masthead.paperName == "钱塘新区报")
    #expect(masthead.date == LocalDate(year: 2022, month: 11, day: 9))
    #expect(masthead.weekday == "星期三")
    #expect(masthead.pageNumber == 3)
    #expect(masthead.end == "钱塘新区报 2022年11月9日 星期三 第3版".unicodeScalars.count)
  }

  @Test func lastDayOfTheTwelfthMonth() throws {
    let page = "示例晚报\n2023.01.21 星期六 农历壬寅年腊月三十\n今日8版\n\n本报讯 除夕。"
    let reading = MastheadExtractor().extract(from: SourceText(page))
    #expect(reading.masthead?.lunar?.month == 12)
    #expect(reading.masthead?.lunar?.day == 30)
    #expect(reading.warnings.isEmpty)
  }

  @Test func nameFirstNameplateBlock() throws {
    let page = "\n\n今日拱墅\n\n\n\n中共杭州市拱墅区委员会、杭州市拱墅区人民政府主办 中共杭州市拱墅区委宣传部承办\n\n周江勇在会上强调\n\n本报讯(记者 甲)"
    let masthead = try #require(MastheadProbe.masthead(page))
    #expect(masthead.paperName == "今日拱墅")
    #expect(masthead.start == 2)
    #expect(masthead.date == nil)
    #expect(masthead.issueNumber == nil)
  }

  /// Pages without a masthead get `nil`.
  @Test(arguments: [
    "",
    "\n\n\n",
    "献礼二十大 奋斗新钱塘\n\n高举伟大旗帜 交出高分答卷\n\n金秋十月，大会在北京胜利闭幕。\n\n■本报综合报道",
    "## 区领导带队督查工作\n\n本报讯(记者 甲 通讯员 乙)5月21日上午，区领导带队督查。",
    "2022年11月9日，区里召开会议。\n\n会议强调，要抓好落实。",
    "热线电话 82987136",
    "标题一\n标题二\n标题三\n标题四\n标题五\n标题六\n标题七\n标题八\n今日8版",
  ])
  func noMasthead(_ page: String) {
    #expect(MastheadProbe.masthead(page) == nil)
  }

  @Test func onlyTheTopOfThePageIsRead() {
    let page = SourceText("示例日报\n标题\n今日8版 总第427期")
    #expect(MastheadExtractor().extract(from: page).masthead != nil)
    #expect(MastheadExtractor(maxLines: 2).extract(from: page).masthead == nil)
    #expect(MastheadExtractor(maxScalars: 6).extract(from: page).masthead == nil)
  }

  @Test func oddInputNeverCrashes() {
    for page in [
      "CN", "CN 33-", "邮发代号", "农历", "总第", "第", "0571-", "(0571", "@", "www.", "主办", "2022年",
    ] {
      _ = MastheadExtractor().extract(from: SourceText(page))
    }
  }
}

/// Regression cases found while composing other papers' blocks.
@Suite struct MastheadBlockRegressionTests {
  static let countyDaily = """
    **萧山日报**
    XIAOSHAN DAILY
    中共杭州市萧山区委机关报
    2023年1月14日 星期六 农历壬寅年腊月廿三
    今日12版 总第8123期 国内统一连续出版物号：CN33－0045 邮发代号：31－57
    萧山日报社出版 社址：萧山区市心中路 邮编：311200
    新闻热线：0571-82622222 发行热线：82633333 广告热线：82644444
    天气 晴 3℃～11℃

    区委常委会召开扩大会议
    本报讯（记者 王五）昨天，区委常委会召开扩大会议。
    """

  @Test func markdownEmphasisIsNotPartOfTheName() {
    #expect(MastheadProbe.masthead(Self.countyDaily)?.paperName == "萧山日报")
  }

  @Test func valueLabelsKeepTheirLinesInTheBlock() throws {
    let masthead = try #require(MastheadProbe.masthead(Self.countyDaily))
    #expect(masthead.publishers == ["萧山日报社"])
    #expect(masthead.serialNumber == "CN33-0045")
    #expect(masthead.postalCode == "31-57")
    #expect(masthead.phones == ["057182622222", "82633333", "82644444"])
    #expect(SourceText(Self.countyDaily).string(0..<masthead.end).hasSuffix("天气 晴 3℃～11℃"))
  }

  @Test func pageCreditsAfterARunningHeaderStayOutOfTheBlock() throws {
    let page = "4 2022年11月9日 星期三 责任编辑 王某 美编 李某\n\n标题\n本报讯 正文。"
    let masthead = try #require(MastheadProbe.masthead(page))
    #expect(SourceText(page).string(masthead.start..<masthead.end) == "4 2022年11月9日 星期三")
  }

  @Test func valueLabelGluedToItsNumber() throws {
    let page = "示例日报\n今日8版 定价1.50元\n\n本报讯 正文。"
    let masthead = try #require(MastheadProbe.masthead(page))
    #expect(masthead.end == "示例日报\n今日8版 定价1.50元".unicodeScalars.count)
  }

  @Test(arguments: ["印刷厂扩产 天气转晴", "地址变更公告"])
  func aHeadlineWordIsNotAValueLabel(_ headline: String) throws {
    let page = "示例日报\n今日8版\n\(headline)\n\n本报讯 正文。"
    let masthead = try #require(MastheadProbe.masthead(page))
    #expect(masthead.end == "示例日报\n今日8版".unicodeScalars.count)
  }
}

/// Only the top of the page is read, in one pass: huge inputs stay fast.
@Suite struct MastheadPerformanceTests {
  static let pages: [String: String] = [
    "spaced capitals": String(repeating: "A ", count: 500_000) + "a",
    "one long line": String(repeating: "x", count: 1_000_000),
    "role words": String(repeating: "主办 ", count: 200_000),
    "masthead lines": String(repeating: "今日8版 总第427期\n", count: 50_000),
    "value labels": String(repeating: "社址 ", count: 200_000),
  ]

  @Test(arguments: pages.keys.sorted())
  func hugeInputIsReadQuickly(_ name: String) throws {
    let text = SourceText(try #require(Self.pages[name]))
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = MastheadExtractor().extract(from: text) }
    #expect(elapsed < .seconds(1))
  }
}

/// No page body holds a masthead: every slice of a fixture page that starts after its
/// masthead (at any line) must give `nil`.
@Suite struct MastheadBodySliceTests {
  static let pages: [URL] =
    ((try? FileManager.default.contentsOfDirectory(
      at: TestPaths.fixtures.appendingPathComponent("pages"), includingPropertiesForKeys: nil))
    ?? [])
    .filter { $0.pathExtension == "txt" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }

  @Test func pagesAreFound() {
    #expect(Self.pages.count >= 5)
  }

  @Test(arguments: pages.map(\.lastPathComponent))
  func noMastheadInsideTheBody(_ name: String) throws {
    let url = TestPaths.fixtures.appendingPathComponent("pages").appendingPathComponent(name)
    let page = try String(contentsOf: url, encoding: .utf8)
    let scalars = Array(page.unicodeScalars)
    let whole = SourceText(page)
    let bodyStart = MastheadExtractor().extract(from: whole).masthead?.end ?? 0
    for line in whole.lines where line.lowerBound >= bodyStart && !line.isEmpty {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[line.lowerBound...])
      let slice = MastheadExtractor().extract(from: SourceText(String(view)))
      #expect(slice.masthead == nil, "a masthead found in the body from offset \(line.lowerBound)")
    }
  }
}

/// Random text made of masthead pieces never crashes the extractor, and every span it
/// reports lies inside the text.
@Suite struct MastheadFuzzTests {
  static let pieces: [String] = [
    "主办", "承办", "出版", "主管", "单位", "：", ":", " ", "　", "\n", "、", "，", "。", "今日", "版",
    "总第", "第", "期", "号", "年", "月", "日", "星期", "周", "三", "十", "廿", "初", "农历", "壬寅",
    "闰", "腊", "冬", "CN", "ＣＮ", "33", "-", "－", "0001", "/", "(", "（", ")", "邮发代号", "热线",
    "电话", "0571", "82987136", "@", "qq", ".", "com", "www", "QIANTANG", "DAILY", "Daily", "社址",
    "天气", "#", "■", "本报讯", "委员会", "政府", "报", "2022", "１１", "〇", "二", "由", "的",
  ]

  @Test func randomPiecesNeverCrash() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3000 {
      var page = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 58) + 1
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        page += Self.pieces[Int(state >> 33) % Self.pieces.count]
      }
      let text = SourceText(page)
      let reading = MastheadExtractor().extract(from: text)
      if let masthead = reading.masthead {
        #expect(0 <= masthead.start && masthead.start <= masthead.end && masthead.end <= text.count)
      }
      for warning in reading.warnings {
        #expect((warning.start ?? 0) <= (warning.end ?? 0) && (warning.end ?? 0) <= text.count)
      }
    }
  }
}
