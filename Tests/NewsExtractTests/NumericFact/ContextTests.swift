import Foundation
import NewsExtract
import Testing

/// Spans, sentences and subjects.
@Suite struct ContextTests {
  @Test(arguments: [
    ("总投资超过5000万元。", "超过5000万元", 3, 11), ("惠及4万余户居民", "4万余户", 2, 6),
    ("约合120亩", "约合120亩", 0, 6), ("60%左右的", "60%左右", 0, 5),
    ("同比下降26.06%", "26.06%", 4, 10), ("从8500到3万港元", "从8500到3万港元", 0, 10),
    ("共１，６１７个", "１，６１７个", 1, 7),
  ])
  func span(text: String, printed: String, start: Int, end: Int) throws {
    let fact = try onlyFact(text)
    #expect(fact.text == printed)
    #expect(fact.start == start)
    #expect(fact.end == end)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[fact.start..<fact.end])) == printed)
  }

  @Test func spansCountScalarsOfTheOriginalText() throws {
    let text = "😀本报讯 全区共有\n\n持证残障人士7141名。"
    let fact = try onlyFact(text)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[fact.start..<fact.end])) == "7141名")
  }

  @Test(arguments: [
    ("屋顶绿化面积达3338.4平方米。", "屋顶绿化面积"), ("我区共有持证残障人士7141名，", "持证残障人士"),
    ("改造完成后，8800余户居民将受益。", "居民"), ("新天地街区治安警情同比下降26.06%，", "新天地街区治安警情"),
    ("占地面积6.74平方公里，", "占地面积"), ("共归集180万条数据，", "数据"),
  ])
  func subject(text: String, subject: String) throws {
    #expect(try onlyFact(text).subject == subject)
  }

  @Test(arguments: ["同比增长6.5%。", "完成2个未来乡村创建", "已入住2200余户，"])
  func noSubjectRatherThanNonsense(text: String) throws {
    #expect(try onlyFact(text).subject == nil)
  }

  @Test func sentenceStartsAfterTheLeadWord() throws {
    let fact = try onlyFact("我区打造海绵城市\n\n■首席记者 吴宇翔\n\n本报讯 共完成6.28平方公里。")
    #expect(fact.sentence == "共完成6.28平方公里。")
  }

  @Test func sentenceDropsLayoutLineBreaks() throws {
    let fact = try onlyFact("前一句。金承涛代表区委向\n\n长期支持的3家单位致谢。后一句。")
    #expect(fact.sentence == "金承涛代表区委向长期支持的3家单位致谢。")
  }
}
