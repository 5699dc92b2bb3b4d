import Foundation
import NewsExtract
import Testing

/// Pages reprinted from Hong Kong, Macau or Taiwan sources: numbers, multipliers,
/// qualifiers, change words and units in traditional characters; the unit as printed.
@Suite struct TraditionalScriptTests {
  @Test(arguments: [
    ("兩萬個", "20000", "個", Qualifier?.none), ("逾萬人", "10000", "人", .over),
    ("約3成", "30", "%", .about), ("超過兩萬個", "20000", "個", .over),
    ("近千億元", "100000000000", "元", .under), ("1.5萬噸", "15000", "噸", nil),
    ("300萬畝", "3000000", "畝", nil), ("5公頃", "5", "公頃", nil), ("20輛", "20", "輛", nil),
    ("3間", "3", "間", nil), ("50項", "50", "項", nil), ("10場", "10", "場", nil),
    ("20條", "20", "條", nil), ("5億元以上", "500000000", "元", .over),
    ("3千米以內", "3", "千米", .atMost), ("百餘個", "100", "個", .over),
    ("千餘人", "1000", "人", .over), ("數十萬元", "100000", "元", .over),
    ("幾百人", "100", "人", .over), ("兩成半", "25", "%", nil), ("三點五萬元", "35000", "元", nil),
    ("約為1.2萬人", "12000", "人", .about), ("將近3個月", "3", "個月", .under),
    ("10萬平方米", "100000", "平方米", nil), ("5萬人次", "50000", "人次", nil),
    ("不超過50萬元", "500000", "元", .atMost), ("3斤多", "3", "斤", .over),
    ("過10億元", "1000000000", "元", .over), ("30萬港元", "300000", "港元", nil),
    ("2萬台幣", "20000", "台幣", nil), ("5小時", "5", "小時", nil), ("20分鐘", "20", "分鐘", nil),
    ("30坪", "30", "坪", nil), ("500平方呎", "500", "平方呎", nil), ("5公噸", "5", "公噸", nil),
    ("100澳門元", "100", "澳門元", nil), ("1.5兆元", "1500000000000", "元", nil),
    ("3兆新台幣", "3000000000000", "新台幣", nil), ("HK$3,000", "3000", "港元", nil),
    ("NT$500", "500", "新台币", nil), ("3臺電腦", "3", "臺", nil), ("MOP$120", "120", "澳门元", nil),
    ("$20", "20", "美元", nil),
    ("3個工作天", "3", "個工作天", nil),
  ])
  func reads(text: String, value: String, unit: String, qualifier: Qualifier?) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
    #expect(fact.qualifier == qualifier)
  }

  @Test(arguments: [
    ("增長5%", Direction.increase), ("增長了3.5%", .increase), ("減少3%", .decrease),
    ("減少2個百分點", .decrease), ("減3%", .decrease), ("同比增長6.5%", .increase),
    ("漲幅為12%", .increase), ("降幅達8%", .decrease), ("環比下降2%", .decrease),
    ("提高8%", .increase), ("降低5%", .decrease),
  ])
  func direction(text: String, direction: Direction) throws {
    #expect(try onlyFact(text).direction == direction)
  }

  @Test(arguments: ["二〇二二年", "第7場", "兩個", "一條", "3年級", "千家萬戶", "臺灣3台灣", "3坪山", "3臺灣"])
  func isNotAFact(text: String) {
    #expect(
      facts(text).allSatisfy { !["年", "台", "臺", "場", "坪", "個", "條"].contains($0.unit) },
      "\(text) gave \(facts(text).map(\.text))")
  }

  @Test func twinsKeepTheirUnitAsPrinted() {
    #expect(ScriptLexicon.traditional("万元") == "萬元")
    #expect(ScriptLexicon.traditional("个月") == "個月")
    #expect(ScriptLexicon.traditional("平方米") == "平方米")
    #expect(UnitLexicon.entries.contains { $0.word == "萬元" && $0.unit == "元" })
    #expect(UnitLexicon.entries.contains { $0.word == "個月" && $0.unit == "個月" })
  }
}
