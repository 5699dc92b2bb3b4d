import Foundation
import NewsExtract
import Testing

/// The whole family of approximation words, including 过, 破 and 突破 before an amount and
/// 多/余 after a unit of money or weight; the words they must not be confused with.
@Suite struct QualifierFamilyTests {
  @Test(arguments: [
    ("过10亿元项目6个", "10亿元", "1000000000", Qualifier?.some(.over)),
    ("年销售额过亿", "过亿", "100000000", .over), ("其中过千万元项目12个", "千万元", "10000000", .over),
    ("吞吐量突破3000万标准箱", "3000万标准箱", "30000000", .over),
    ("营收突破5亿元", "5亿元", "500000000", .over), ("观众破万人", "破万人", "10000", .over),
    ("冲破100万辆", "100万辆", "1000000", .over), ("跌破5000元", "5000元", "5000", .under),
    ("每公斤6元多", "6元多", "6", .over), ("3斤多的鱼", "3斤多", "3", .over),
    ("2米多高", "2米多", "2", .over), ("1000元余", "1000元余", "1000", .over),
    ("逾5亿元", "逾5亿元", "500000000", .over), ("超1万人", "超1万人", "10000", .over),
    ("超过20%", "超过20%", "20", .over), ("高达5000万元", "5000万元", "50000000", nil),
    ("达30%", "30%", "30", nil), ("近千人", "近千人", "1000", .under),
    ("将近3年", "将近3年", "3", .under), ("接近50%", "接近50%", "50", .under),
    ("不足10人", "不足10人", "10", .under), ("不到5公里", "不到5公里", "5", .under),
    ("约为1.2万人", "约为1.2万人", "12000", .about), ("大约5公里", "大约5公里", "5", .about),
    ("5公斤左右", "5公斤左右", "5", .about), ("3小时上下", "3小时上下", "3", .about),
    ("10万元以上", "10万元以上", "100000", .over), ("3%以下", "3%以下", "3", .under),
    ("5000元以内", "5000元以内", "5000", .atMost), ("20余家", "20余家", "20", .over),
    ("两千多年", "两千多年", "2000", .over), ("5年有余", "5年有余", "5", .over),
    ("数百万元", "数百万元", "1000000", .over), ("几十个", "几十个", "10", .over),
    ("十几万人", "十几万人", "100000", .over), ("一成多", "一成多", "10", .over),
    ("增长5%多", "5%多", "5", .over), ("销售额已过10亿元", "过10亿元", "1000000000", .over),
    ("逼近100亿元", "逼近100亿元", "10000000000", .under),
    ("约有3000人", "约有3000人", "3000", .about), ("約佔30%", "約佔30%", "30", .about),
    ("约占30%", "约占30%", "30", .about), ("超过了5万元", "超过了5万元", "50000", .over),
  ])
  func qualifier(text: String, span: String, value: String, qualifier: Qualifier?) throws {
    let fact = try #require(facts(text).first)
    #expect(fact.text.hasSuffix(span), "\(fact.text)")
    #expect(fact.value == dec(value))
    #expect(fact.qualifier == qualifier)
  }

  /// 过, 破, 约, 近 inside other words, and 多/余 starting another word after the unit.
  @Test(arguments: [
    "经过3年", "通过5个", "再过3年", "去过20个国家", "不过3元", "破3项纪录", "打破3项纪录",
    "侦破5起案件", "签约3个项目", "节约3000元", "预约200人次", "附近3公里", "最近5个月",
    "5元多用于", "300元余额", "三成多用于", "续约3年", "已过3年", "突破3项关键技术", "3年前过去", "過去3年", "經過3年", "簽約5個項目",
  ])
  func noQualifier(text: String) {
    let found = facts(text)
    #expect(!found.isEmpty, "\(text) gave no fact")
    #expect(found.allSatisfy { $0.qualifier == nil }, "\(text) gave \(found.map(\.text))")
  }
}
