import NewsExtract
import Testing

/// 主管 / 主办 / 承办 / 协办 / 出版 in both word orders, and prose that must not match.
@Suite struct MastheadRoleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var line: String
    var supervisors: [String] = []
    var sponsors: [String] = []
    var organizers: [String] = []
    var coOrganizers: [String] = []
    var publishers: [String] = []
    var testDescription: String { line }
  }

  static let cases: [Case] = [
    Case(line: "主办 中共钱塘区委 出版 杭州日报报业集团", sponsors: ["中共钱塘区委"], publishers: ["杭州日报报业集团"]),
    Case(
      line: "中共杭州市拱墅区委员会、杭州市拱墅区人民政府主办 中共杭州市拱墅区委宣传部承办",
      sponsors: ["中共杭州市拱墅区委员会", "杭州市拱墅区人民政府"], organizers: ["中共杭州市拱墅区委宣传部"]),
    Case(
      line: "主管：中共杭州市委 主办：杭州日报报业集团 出版：杭州日报社", supervisors: ["中共杭州市委"],
      sponsors: ["杭州日报报业集团"], publishers: ["杭州日报社"]),
    Case(
      line: "主管主办：中共萧山区委宣传部", supervisors: ["中共萧山区委宣传部"],
      sponsors: ["中共萧山区委宣传部"]),
    Case(line: "主办单位：区委宣传部、区融媒体中心", sponsors: ["区委宣传部", "区融媒体中心"]),
    Case(line: "主办：区委宣传部 区文联", sponsors: ["区委宣传部", "区文联"]),
    Case(
      line: "中共某县委宣传部主办 某县融媒体中心承办 某镇人民政府协办", sponsors: ["中共某县委宣传部"],
      organizers: ["某县融媒体中心"], coOrganizers: ["某镇人民政府"]),
    Case(line: "出版单位：钱江晚报有限公司", publishers: ["钱江晚报有限公司"]),
    Case(line: "杭州日报社 编辑出版", publishers: ["杭州日报社"]),
    Case(line: "钱塘发布 钱塘新区报"),
    Case(
      line: "区融媒体中心（区新闻中心）主办", sponsors: ["区融媒体中心（区新闻中心）"]),
    Case(line: "主办：中共钱塘区委 钱塘发布", sponsors: ["中共钱塘区委"]),
    Case(line: "主办 区委宣传部 区文联 区作协", sponsors: ["区委宣传部", "区文联", "区作协"]),
    Case(line: "浙江人民出版社 出版日期"),
  ]

  @Test(arguments: cases)
  func roles(_ testCase: Case) {
    let masthead = MastheadProbe.masthead("示例日报\n今日8版\n\(testCase.line)\n\n本报讯 正文。")
    #expect(masthead?.supervisors == testCase.supervisors)
    #expect(masthead?.sponsors == testCase.sponsors)
    #expect(masthead?.organizers == testCase.organizers)
    #expect(masthead?.coOrganizers == testCase.coOrganizers)
    #expect(masthead?.publishers == testCase.publishers)
  }

  /// Role words in prose or headlines are not a masthead.
  @Test(arguments: [
    "区文化馆举办读书节\n\n由区委宣传部主办的“书香钱塘”读书节昨天开幕，活动持续一个月。",
    "由区委宣传部主办的读书节开幕\n\n本报讯 昨天，读书节开幕。",
    "区委宣传部主办的读书节开幕\n\n记者 张三\n\n昨天，读书节开幕。",
    "主办方介绍了活动安排\n\n■记者 张三",
    "活动由区文联主办，区图书馆承办。现场有上百名市民参加。",
    "农历新年将至 市场年味渐浓\n\n■记者 张三",
    "2 综合新闻 责任编辑：王某 美编：李某\n\n区里召开大会\n\n会议由区委办公室主办，区委宣传部承办。",
    "区里召开大会\n\n会议由区委办公室主办 区委宣传部承办",
  ])
  func proseIsNotAMasthead(_ page: String) {
    #expect(MastheadProbe.masthead(page) == nil)
  }
}
