import Foundation
import NewsExtract
import Testing

/// Numbers with a real unit that are still no quantity: coordinates, sport event names,
/// round-the-clock services, figurative angles (``NotQuantityLexicon``); angles are kind
/// other, not temperatures.
@Suite struct NotQuantityTests {
  @Test(arguments: [
    // Coordinates.
    "东经120°12′", "北纬30°15′", "东经120.2度", "北纬30度", "经度116°", "纬度23.5度", "北纬约30度",
    "东经 120度", "東經120度", "位于东经120°12′、北纬30°15′", "30度15分", "120°12'",
    // Sport event names.
    "100米栏", "110米跨栏", "4×100米接力", "50米自由泳", "200米蛙泳", "100米仰泳", "200米蝶泳",
    "400米混合泳", "400米跑", "3000米障碍", "10公里越野", "800米冠军", "男子1500米决赛",
    "5000米比赛", "10000米项目", "20公里竞走", "500米速滑",
    // Round-the-clock services.
    "24小时热线", "实行24小时值班", "24小时营业", "全天24小时开放", "7×24小时服务",
    "全年365天不打烊", "7×24小时",
    // Figurative angles.
    "360度全景", "180度大转弯", "360度无死角",
    // Traditional script and full-width digits.
    "北緯３０度", "１１０米跨欄決賽", "全天２４小時開放", "東經１２０°１２′", "１００米栏",
    // Game formats and reach zones.
    "5人制足球赛", "3人制篮球", "打造15分钟生活圈", "1小时经济圈", "10分钟便民服务圈", "30分钟通勤圈",
  ])
  func isNotAFact(text: String) {
    #expect(facts(text).isEmpty, "\(text) gave \(facts(text).map(\.text))")
  }

  @Test(arguments: [
    ("全长400米的跑道", "400", "米"), ("他游了1500米", "1500", "米"), ("跑了3000米", "3000", "米"),
    ("建成400米跑道", "400", "米"), ("安装500米栏杆", "500", "米"), ("清除200米障碍物", "200", "米"),
    ("24小时内完成", "24", "小时"), ("共用了365天", "365", "天"), ("48小时热线", "48", "小时"),
    ("最高气温35度", "35", "度"), ("气温30℃", "30", "℃"), ("零下5度", "-5", "度"),
    ("由5人制定方案", "5", "人"), ("3人制作", "3", "人"), ("用了10分钟绕湖一圈", "10", "分钟"),
  ])
  func staysAFact(text: String, value: String, unit: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
  }

  @Test(arguments: [
    ("倾斜30度", "30", "度", QuantityKind.other), ("坡度15°", "15", "°", .other),
    ("角度为45度", "45", "度", .other), ("坡度不超过25度", "25", "度", .other),
    ("旋转90度", "90", "度", .other), ("傾斜３０度", "30", "度", .other),
    ("最高气温35度", "35", "度", .temperature),
    ("气温降至15°", "15", "°", .temperature),
  ])
  func angleIsNoTemperature(text: String, value: String, unit: String, kind: QuantityKind)
    throws
  {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
    #expect(fact.kind == kind)
  }
}
