import Foundation
import NewsExtract
import Testing

/// What is not a fact: dates, clock times, ordinals, page references, codes, phone numbers,
/// small Chinese counts, idioms.
@Suite struct ExclusionTests {
  @Test(arguments: [
    "2022年", "11月7日", "2023年底前", "7月底8月初", "2019年10月起", "二〇二二年", "2022-2025年",
    "6:00-9:00", "18时30分", "第一", "第二十次", "第7站", "总第427期", "今日8版", "详见 3 版",
    "下转2版", "1+5+N", "6+2产业", "2.0版本", "工业4.0", "1号线", "22号大街", "TOP20企业", "3D沙盘",
    "5G基站", "GS1105-R21-01A", "01A地块", "热线电话 82987136", "qtxqdaily@126.com",
    "0571-86922565", "一台", "两个", "三道题", "四大行动", "九大主题活动", "五个“一”", "两座",
    "千头万绪", "十分重要", "万象城", "百姓", "五湖四海", "打蛇打七寸", "一年多来", "3年级",
    "80年代", "两位数", "3方面", "最后一公里", "一成不变", "千家万户", "八八战略", "十九届四中全会",
    "党的二十大", "三季度", "一期", "十大", "7大应用场景", "万家", "百米", "千场", "定价：1.50元",
    "今年前10个月", "2单元301室", "二十四节气", "2期工程", "5A级景区", "10/26", "2022/10/1",
    "排名前3名", "B1层", "浙政发〔2022〕18号", "12345热线", "10月1日至7日", "19:30", "2022-10-26", "一两个", "3折合人民币",
    "1根据",
  ])
  func isNotAFact(text: String) {
    #expect(facts(text).isEmpty, "\(text) gave \(facts(text).map(\.text))")
  }

  @Test(arguments: [
    ("2017人", "2017"), ("一吨", "1"), ("两美元", "2"), ("五岁", "5"), ("十个", "10"),
    ("上百件", "100"), ("百余个", "100"), ("2000多年", "2000"), ("超过一万人", "10000"),
    ("约1/3", "33.333333"), ("2/3以上", "66.666667"),
  ])
  func looksExcludedButIsAFact(text: String, value: String) throws {
    #expect(try onlyFact(text).value == dec(value))
  }

  @Test func mastheadNumbersAreSkipped() {
    let masthead = """
      热线电话 82987136
      征订服务热线 江东片区:83523999
      下沙西站:86922565 下沙东站:85090727

      2022年11月9日 星期三
      农历壬寅年十月十六
      今日8版 总第427期
      """
    #expect(facts(masthead).isEmpty, "\(facts(masthead).map(\.text))")
  }
}
