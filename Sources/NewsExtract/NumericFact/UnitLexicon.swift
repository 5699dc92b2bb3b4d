import Foundation

/// Every unit and measure word a number may carry, with its kind, reported unit,
/// multiplier and SI conversion.
///
/// SI factors are exact fractions: 亩 is 10000/15 m², a year 365 days, a month 30 days.
/// 兆 before a currency is 10¹² as Taiwan papers print it (1.5兆元); before 瓦 or 字节 it is
/// the SI mega and stays part of the unit (兆瓦).
/// Measure words that are calendar or clock words (月, 日, 号, 时, 分), page words (版)
/// or ordinal-like (届, 级, 楼) are left out on purpose: a number before them is not a
/// quantity.
///
/// ```swift
/// UnitLexicon.entries.first { $0.word == "万平方米" }?.multiplier  // 10000
/// UnitLexicon.entries.first { $0.word == "千米" }?.unit            // "千米"
/// ```
public enum UnitLexicon {
  static let m2 = "m²"
  static let m3 = "m³"

  /// Area units.
  public static let area: [UnitEntry] = [
    UnitEntry("平方公里", .area, si: ("1000000", "1", m2)),
    UnitEntry("平方千米", .area, si: ("1000000", "1", m2)),
    UnitEntry("平方公裏", .area, si: ("1000000", "1", m2)),
    UnitEntry("km²", .area, si: ("1000000", "1", m2)),
    UnitEntry("km2", .area, si: ("1000000", "1", m2)),
    UnitEntry("万平方米", .area, unit: "平方米", multiplier: "10000", si: ("1", "1", m2)),
    UnitEntry("平方米", .area, si: ("1", "1", m2)),
    UnitEntry("平方厘米", .area, si: ("0.0001", "1", m2)),
    UnitEntry("平米", .area, si: ("1", "1", m2)),
    UnitEntry("平方余米", .area, unit: "平方米", si: ("1", "1", m2), qualifier: .over),
    UnitEntry("平方多米", .area, unit: "平方米", si: ("1", "1", m2), qualifier: .over),
    UnitEntry("平方", .area, si: ("1", "1", m2)),
    UnitEntry("个平方", .area, si: ("1", "1", m2)),
    UnitEntry("个平方米", .area, si: ("1", "1", m2)),
    UnitEntry("㎡", .area, si: ("1", "1", m2)),
    UnitEntry("m²", .area, si: ("1", "1", m2)),
    UnitEntry("万亩", .area, unit: "亩", multiplier: "10000", si: ("10000", "15", m2)),
    UnitEntry("公顷", .area, si: ("10000", "1", m2)),
    UnitEntry("亩", .area, si: ("10000", "15", m2)),
    UnitEntry("平方公尺", .area, si: ("1", "1", m2)),
    UnitEntry("坪", .area, si: ("400", "121", m2), arabicOnly: true),
    UnitEntry("平方呎", .area, si: ("0.09290304", "1", m2)),
    UnitEntry("平方英尺", .area, si: ("0.09290304", "1", m2)),
    UnitEntry("畝", .area, si: ("10000", "15", m2)),
  ]

  /// Length units.
  public static let length: [UnitEntry] = [
    UnitEntry("公里", .length, si: ("1000", "1", "m")),
    UnitEntry("公裏", .length, si: ("1000", "1", "m")),
    UnitEntry("千米", .length, si: ("1000", "1", "m")),
    UnitEntry("km", .length, si: ("1000", "1", "m")),
    UnitEntry("KM", .length, si: ("1000", "1", "m")),
    UnitEntry("Km", .length, si: ("1000", "1", "m")),
    UnitEntry("㎞", .length, si: ("1000", "1", "m")),
    UnitEntry("米", .length, si: ("1", "1", "m")),
    UnitEntry("公尺", .length, si: ("1", "1", "m")),
    UnitEntry("m", .length, si: ("1", "1", "m")),
    UnitEntry("分米", .length, si: ("0.1", "1", "m")),
    UnitEntry("dm", .length, si: ("0.1", "1", "m")),
    UnitEntry("DM", .length, si: ("0.1", "1", "m")),
    UnitEntry("厘米", .length, si: ("0.01", "1", "m")),
    UnitEntry("公分", .length, si: ("0.01", "1", "m")),
    UnitEntry("cm", .length, si: ("0.01", "1", "m")),
    UnitEntry("CM", .length, si: ("0.01", "1", "m")),
    UnitEntry("㎝", .length, si: ("0.01", "1", "m")),
    UnitEntry("毫米", .length, si: ("0.001", "1", "m")),
    UnitEntry("mm", .length, si: ("0.001", "1", "m")),
    UnitEntry("MM", .length, si: ("0.001", "1", "m")),
    UnitEntry("㎜", .length, si: ("0.001", "1", "m")),
    UnitEntry("微米", .length, si: ("0.000001", "1", "m")),
    UnitEntry("纳米", .length, si: ("0.000000001", "1", "m")),
    UnitEntry("英里", .length, si: ("1609.344", "1", "m")),
    UnitEntry("英裏", .length, si: ("1609.344", "1", "m")),
    UnitEntry("海里", .length, si: ("1852", "1", "m")),
    UnitEntry("英尺", .length, si: ("0.3048", "1", "m")),
    UnitEntry("呎", .length, si: ("0.3048", "1", "m")),
    UnitEntry("英寸", .length, si: ("0.0254", "1", "m")),
    UnitEntry("英吋", .length, si: ("0.0254", "1", "m")),
    UnitEntry("吋", .length, si: ("0.0254", "1", "m")),
    UnitEntry("延米", .length, si: ("1", "1", "m")),
    UnitEntry("feet", .length, si: ("0.3048", "1", "m")),
    UnitEntry("feets", .length, si: ("0.3048", "1", "m")),
    UnitEntry("foot", .length, si: ("0.3048", "1", "m")),
    UnitEntry("foots", .length, si: ("0.3048", "1", "m")),
    UnitEntry("inch", .length, si: ("0.0254", "1", "m")),
    UnitEntry("inches", .length, si: ("0.0254", "1", "m")),
    UnitEntry("mile", .length, si: ("1609.344", "1", "m")),
    UnitEntry("miles", .length, si: ("1609.344", "1", "m")),
    UnitEntry("公里每小时", .speed),
    UnitEntry("千米每小时", .speed),
    UnitEntry("米每秒", .speed),
    UnitEntry("英里每小时", .speed),
    UnitEntry("英尺每秒", .speed),
    UnitEntry("km/h", .speed),
    UnitEntry("迈", .speed, arabicOnly: true),
    UnitEntry("码", .other, arabicOnly: true),
    UnitEntry("'", .length, si: ("0.3048", "1", "m"), arabicOnly: true),
    UnitEntry("′", .length, si: ("0.3048", "1", "m"), arabicOnly: true),
    UnitEntry("\"", .length, si: ("0.0254", "1", "m"), arabicOnly: true),
    UnitEntry("″", .length, si: ("0.0254", "1", "m"), arabicOnly: true),
  ]

  /// Volume units.
  public static let volume: [UnitEntry] = [
    UnitEntry("万立方米", .volume, unit: "立方米", multiplier: "10000", si: ("1", "1", m3)),
    UnitEntry("立方米", .volume, si: ("1", "1", m3)),
    UnitEntry("立方厘米", .volume, si: ("0.000001", "1", m3)),
    UnitEntry("立方", .volume, si: ("1", "1", m3)),
    UnitEntry("m³", .volume, si: ("1", "1", m3)),
    UnitEntry("万方", .volume, unit: "方", multiplier: "10000", si: ("1", "1", m3)),
    UnitEntry("方", .volume, si: ("1", "1", m3), arabicOnly: true),
    UnitEntry("公升", .volume, si: ("0.001", "1", m3)),
    UnitEntry("毫升", .volume, si: ("0.000001", "1", m3)),
    UnitEntry("升", .volume, si: ("0.001", "1", m3)),
    UnitEntry("ml", .volume, si: ("0.000001", "1", m3)),
    UnitEntry("mL", .volume, si: ("0.000001", "1", m3)),
    UnitEntry("cc", .volume, si: ("0.000001", "1", m3)),
    UnitEntry("L", .volume, si: ("0.001", "1", m3)),
    UnitEntry("加仑", .volume, si: ("0.003785411784", "1", m3)),
    UnitEntry("加侖", .volume, si: ("0.003785411784", "1", m3)),
    UnitEntry("个加仑", .volume, si: ("0.003785411784", "1", m3)),
    UnitEntry("個加侖", .volume, si: ("0.003785411784", "1", m3)),
  ]

  /// Weight units.
  public static let weight: [UnitEntry] = [
    UnitEntry("万吨", .weight, unit: "吨", multiplier: "10000", si: ("1000", "1", "kg")),
    UnitEntry("吨", .weight, si: ("1000", "1", "kg")),
    UnitEntry("噸", .weight, si: ("1000", "1", "kg")),
    UnitEntry("公吨", .weight, si: ("1000", "1", "kg")),
    UnitEntry("公斤", .weight, si: ("1", "1", "kg")),
    UnitEntry("公克", .weight, si: ("0.001", "1", "kg")),
    UnitEntry("台斤", .weight, si: ("0.6", "1", "kg")),
    UnitEntry("千克", .weight, si: ("1", "1", "kg")),
    UnitEntry("kg", .weight, si: ("1", "1", "kg")),
    UnitEntry("KG", .weight, si: ("1", "1", "kg")),
    UnitEntry("Kg", .weight, si: ("1", "1", "kg")),
    UnitEntry("㎏", .weight, si: ("1", "1", "kg")),
    UnitEntry("毫克", .weight, si: ("0.000001", "1", "kg")),
    UnitEntry("微克", .weight, si: ("0.000000001", "1", "kg")),
    UnitEntry("mg", .weight, si: ("0.000001", "1", "kg")),
    UnitEntry("克", .weight, si: ("0.001", "1", "kg")),
    UnitEntry("g", .weight, si: ("0.001", "1", "kg")),
    UnitEntry("斤", .weight, si: ("0.5", "1", "kg")),
  ]

  /// Money: 元 and the currencies Chinese news prints.
  public static let money: [UnitEntry] = [
    UnitEntry("万亿元", .money, unit: "元", multiplier: "1000000000000"),
    UnitEntry("兆元", .money, unit: "元", multiplier: "1000000000000"),
    UnitEntry("兆美元", .money, unit: "美元", multiplier: "1000000000000"),
    UnitEntry("兆日元", .money, unit: "日元", multiplier: "1000000000000"),
    UnitEntry("兆韩元", .money, unit: "韩元", multiplier: "1000000000000"),
    UnitEntry("兆新台币", .money, unit: "新台币", multiplier: "1000000000000"),
    UnitEntry("亿元", .money, unit: "元", multiplier: "100000000"),
    UnitEntry("万元", .money, unit: "元", multiplier: "10000"),
    UnitEntry("元人民币", .money, unit: "元"),
    UnitEntry("元", .money),
    UnitEntry("圆", .money),
    UnitEntry("块钱", .money),
    UnitEntry("毛钱", .money, unit: "元", multiplier: "0.1"),
    UnitEntry("角钱", .money, unit: "元", multiplier: "0.1"),
    UnitEntry("分钱", .money, unit: "元", multiplier: "0.01"),
    UnitEntry("人民币", .money),
    UnitEntry("美元", .money),
    UnitEntry("美金", .money),
    UnitEntry("美圆", .money),
    UnitEntry("欧元", .money),
    UnitEntry("歐元", .money),
    UnitEntry("日元", .money),
    UnitEntry("日币", .money),
    UnitEntry("英镑", .money),
    UnitEntry("港元", .money),
    UnitEntry("澳门元", .money),
    UnitEntry("澳门币", .money),
    UnitEntry("葡币", .money),
    UnitEntry("港币", .money),
    UnitEntry("港幣", .money),
    UnitEntry("澳元", .money),
    UnitEntry("韩元", .money),
    UnitEntry("卢布", .money),
    UnitEntry("泰铢", .money),
    UnitEntry("新台币", .money),
    UnitEntry("台币", .money),
    UnitEntry("瑞士法郎", .money),
    UnitEntry("法郎", .money),
    UnitEntry("奈拉", .money),
    UnitEntry("比特币", .money),
    UnitEntry("蚊", .money),
  ]

  /// Households.
  public static let households: [UnitEntry] = [
    UnitEntry("户次", .households),
    UnitEntry("户", .households),
    UnitEntry("戶", .households),
  ]

  /// People.
  public static let people: [UnitEntry] = [
    UnitEntry("万人次", .people, unit: "人次", multiplier: "10000"),
    UnitEntry("万人", .people, unit: "人", multiplier: "10000"),
    UnitEntry("人次", .people),
    UnitEntry("人", .people),
    UnitEntry("名", .people),
    UnitEntry("位", .people),
  ]

  /// Measure words for things (个, 家, 套 …).
  public static let things: [UnitEntry] =
    [
      "个", "個", "家", "套", "间", "間", "条", "條", "所", "项", "項", "座", "台", "辆", "輛", "栋",
      "棟", "幢", "处", "處", "批", "大类", "类", "類", "件", "场", "場", "次", "轮", "张", "張", "层",
      "只", "头", "匹", "棵", "株", "架", "架次", "艘", "部", "本", "册", "份", "篇", "支", "枚",
      "块", "片", "根", "把", "颗", "粒", "组", "队", "门", "款", "盏", "箱", "袋", "瓶", "桶", "宗",
      "起", "例", "笔", "道", "所次", "场次", "趟", "列", "辆次", "家次", "个次", "课时",
      "节", "堂", "封", "首", "幅", "集", "期", "届次", "户籍", "座次", "孔", "口", "眼", "尾",
      "羽", "对", "双", "副", "套次", "个点位", "处次", "部门", "倍", "剂次", "剂", "针", "车次",
      "班次", "台次", "台套", "件次", "项次", "条次", "篇次", "单", "票", "种", "面", "章", "盒",
      "标箱", "艘次", "人份", "万标箱", "标准箱", "万标准箱", "TEU", "万TEU", "臺",
    ].compactMap { word in
      switch word {
      case "万标准箱": return UnitEntry(word, .count, unit: "标准箱", multiplier: "10000")
      case "万TEU": return UnitEntry(word, .count, unit: "TEU", multiplier: "10000")
      case "倍": return UnitEntry(word, .other)
      case "万标箱": return UnitEntry(word, .count, unit: "标箱", multiplier: "10000")
      case "户籍": return nil
      case "個": return UnitEntry(word, .count)
      case "間": return UnitEntry(word, .count)
      case "條": return UnitEntry(word, .count)
      case "項": return UnitEntry(word, .count)
      case "輛": return UnitEntry(word, .count)
      case "棟": return UnitEntry(word, .count)
      case "處": return UnitEntry(word, .count)
      case "類": return UnitEntry(word, .count)
      case "場": return UnitEntry(word, .count)
      case "張": return UnitEntry(word, .count)
      case "起", "期", "首", "口", "眼", "尾", "对", "双", "集", "封", "单", "票", "针":
        return UnitEntry(word, .count, arabicOnly: true)
      default: return UnitEntry(word, .count)
      }
    }

  /// Amounts of time (never calendar dates or clock times) and ages.
  public static let durations: [UnitEntry] = [
    UnitEntry("年", .duration, si: ("31536000", "1", "s")),
    UnitEntry("个多月", .duration, unit: "个月", si: ("2592000", "1", "s"), qualifier: .over),
    UnitEntry("个多小时", .duration, unit: "个小时", si: ("3600", "1", "s"), qualifier: .over),
    UnitEntry("个月", .duration, si: ("2592000", "1", "s")),
    UnitEntry("個月", .duration, si: ("2592000", "1", "s")),
    UnitEntry("个季度", .duration, si: ("7776000", "1", "s")),
    UnitEntry("个星期", .duration, si: ("604800", "1", "s")),
    UnitEntry("星期", .duration, si: ("604800", "1", "s")),
    UnitEntry("周", .duration, si: ("604800", "1", "s")),
    UnitEntry("个工作日", .duration, si: ("86400", "1", "s")),
    UnitEntry("工作日", .duration, si: ("86400", "1", "s")),
    UnitEntry("个工作天", .duration, si: ("86400", "1", "s")),
    UnitEntry("工作天", .duration, si: ("86400", "1", "s")),
    UnitEntry("天", .duration, si: ("86400", "1", "s")),
    UnitEntry("昼夜", .duration, si: ("86400", "1", "s")),
    UnitEntry("个小时", .duration, si: ("3600", "1", "s")),
    UnitEntry("小时", .duration, si: ("3600", "1", "s")),
    UnitEntry("小時", .duration, si: ("3600", "1", "s")),
    UnitEntry("分钟", .duration, si: ("60", "1", "s")),
    UnitEntry("分鐘", .duration, si: ("60", "1", "s")),
    UnitEntry("秒钟", .duration, si: ("1", "1", "s")),
    UnitEntry("秒", .duration, si: ("1", "1", "s")),
    UnitEntry("周岁", .duration, si: ("31536000", "1", "s"), smallChinese: true),
    UnitEntry("岁", .duration, si: ("31536000", "1", "s"), smallChinese: true),
    UnitEntry("歲", .duration, si: ("31536000", "1", "s"), smallChinese: true),
  ]

  /// Percentages and percentage points. `成` is tens of percent; `‰` tenths.
  public static let percentages: [UnitEntry] = [
    UnitEntry("%", .percentage),
    UnitEntry("‰", .percentage, unit: "%", multiplier: "0.1"),
    UnitEntry("个百分点", .percentagePoint),
    UnitEntry("個百分點", .percentagePoint),
    UnitEntry("百分点", .percentagePoint),
    UnitEntry("成", .percentage, unit: "%", multiplier: "10"),
  ]

  /// Temperatures.
  public static let temperatures: [UnitEntry] = [
    UnitEntry("摄氏度", .temperature),
    UnitEntry("攝氏度", .temperature),
    UnitEntry("华氏度", .temperature),
    UnitEntry("華氏度", .temperature),
    UnitEntry("摄氏°", .temperature),
    UnitEntry("攝氏°", .temperature),
    UnitEntry("华氏°", .temperature),
    UnitEntry("華氏°", .temperature),
    UnitEntry("℃", .temperature),
    UnitEntry("°C", .temperature),
    UnitEntry("°c", .temperature),
    UnitEntry("℉", .temperature),
    UnitEntry("°F", .temperature),
    UnitEntry("°", .temperature),
    UnitEntry("度", .temperature, smallChinese: false),
    UnitEntry("千瓦时", .other),
    UnitEntry("度电", .other, unit: "度"),
    UnitEntry("千伏", .other),
    UnitEntry("kWh", .other),
    UnitEntry("kW", .other),
    UnitEntry("MW", .other),
    UnitEntry("kV", .other),
    UnitEntry("千瓦", .other),
    UnitEntry("兆瓦", .other),
    UnitEntry("千帕", .other),
    UnitEntry("兆字节", .other),
  ]

  /// Scores of sports results: 环 of shooting (684.7环). A match score (2比1, 3:2) is no
  /// quantity and has no entry.
  public static let scores: [UnitEntry] = [
    UnitEntry("环", .other, arabicOnly: true)
  ]

  /// Every entry and its traditional twin (萬元, 個月, 公頃), longest word first (the
  /// matcher takes the first that fits).
  public static let entries: [UnitEntry] = {
    let simplified =
      area + length + volume + weight + money + households + people + things
      + durations + percentages + temperatures + scores
    return withTwins(simplified).enumerated().sorted { left, right in
      left.element.scalars.count != right.element.scalars.count
        ? left.element.scalars.count > right.element.scalars.count
        : left.offset < right.offset
    }.map(\.element)
  }()

  /// The entries followed by the traditional twins whose word is not listed yet.
  static func withTwins(_ list: [UnitEntry]) -> [UnitEntry] {
    var seen = Set(list.map(\.word))
    var result = list
    for entry in list {
      if let twin = entry.traditionalTwin, seen.insert(twin.word).inserted { result.append(twin) }
    }
    return result
  }

  /// Discount words: 九折 is 90%, 75折 is 75%.
  public static let discount = UnitEntry("折", .percentage, unit: "%")

  /// Words between a unit and the unit it is divided by: 元/平方米, 千米每小时.
  public static let perWords = ["/", "每"]

  /// Units that may stand after ``perWords`` in a compound unit (万元/亩, 元/平方米, 元/月).
  public static let denominators: [UnitEntry] = {
    let extra = [
      UnitEntry("月", .duration), UnitEntry("日", .duration), UnitEntry("h", .duration),
      UnitEntry("s", .duration), UnitEntry("年", .duration), UnitEntry("人", .people),
    ]
    return (withTwins(extra) + entries).sorted { $0.scalars.count > $1.scalars.count }
  }()

  /// Words that are a percentage by themselves (打对折 → 50%).
  public static let fixedPercentages: [(word: String, value: String)] = [
    ("对折", "50"), ("對折", "50"), ("半折", "50"),
  ]

  /// The unit of percentages and fractions.
  public static let percent = UnitEntry("%", .percentage)

  /// The yuan, which 块 becomes when 角/毛/分 follow it (两块九毛九).
  public static let yuan = UnitEntry("元", .money)

  /// Words after a sum of money that belong to it (数十亿元人民币, 壹仟玖佰圆整).
  public static let moneySuffixes = ["人民币", "人民幣", "整", "钱"]

  /// Units after which Arabic digits are the fraction of a result, with the most digits
  /// that fraction has: race times (13秒72 → 13.72 秒), jumps and heights (8米15 → 8.15 米,
  /// 身高1米85).
  public static let fractionalTailHosts: [String: Int] = ["秒": 3, "米": 2]

  /// Units whose result is read whole or not at all: with digits after it that are no
  /// fraction (9秒5890, 13秒72个) the number is no fact (never 13 秒 of 13秒72…).
  public static let wholeOrNothingHosts: Set<String> = ["秒"]

  /// Nouns naming a sum of money: an amount with 万/亿 but no unit right after one of them
  /// (总投资4.5亿, 营收破千亿, 融资3000万) or after 的 + one of them (两个亿的投资) is money
  /// in 元. Nouns of counts (人口, 销量, 粉丝) are not here, so their amounts stay unreported.
  public static let moneyNouns = [
    "投资", "资金", "收入", "营收", "产值", "税收", "金额", "融资", "销售额", "营业额", "利润",
    "总额", "资产", "贷款", "补贴", "补助", "奖金", "经费", "预算", "成交额", "交易额", "票房",
    "市值", "估值", "生产总值", "GDP", "增加值", "出口额", "进口额", "进出口额", "贸易额", "造价",
    "投入", "拨款", "捐款", "赔偿", "罚款", "债务", "存款", "保费", "收益", "盈利", "亏损", "支出",
    "开支", "费用", "成本", "资本", "募资", "合同额", "签约额", "消费额", "营业收入", "财政收入",
  ]

  /// Words that may stand between a money noun and its amount besides the qualifiers of
  /// ``QualifierLexicon/before`` (总投资达4.5亿, 营收高达千亿).
  public static let moneyLinks = [
    "达到", "高达", "多达", "达", "为", "是", "了", "共", "共计", "总计", "合计", "累计", "已达", "约达",
  ]

  /// The word joining an amount to a money noun after it (两个亿的投资).
  public static let moneyJoiner = "的"

  /// The unit reported for money whose unit is not printed.
  public static let unprintedMoney = UnitEntry("元", .money)

  /// Units after which one more digit is read as tenths (三米九, 十二度五).
  public static let trailingDigitHosts: Set<String> = ["米", "度"]

  /// Temperature scale words before the number (摄氏30度, 华氏21度).
  public static let temperatureScales = ["摄氏", "攝氏", "华氏", "華氏", "华氏温度", "華氏溫度"]

  /// Words of 元-amounts below one yuan: 角/毛 are tenths, 分 hundredths (123元1角1分).
  public static let subunits: [(word: String, factor: String)] = [
    ("角", "0.1"), ("毛", "0.1"), ("分", "0.01"), ("毫", "0.1"),
  ]

  /// Money units after which 角, 毛, 分 may follow.
  public static let subunitHosts: Set<String> = ["元", "块", "圆", "塊", "圓", "蚊"]

  /// Currency words and signs printed before the number (人民币3.14, ￥300, $20).
  public static let currencyPrefixes: [(word: String, unit: String)] = [
    ("人民币", "元"), ("人民幣", "元"), ("港币", "港元"), ("港幣", "港元"), ("新台币", "新台币"),
    ("美元", "美元"), ("RMB", "元"), ("￥", "元"), ("¥", "元"), ("$", "美元"), ("US$", "美元"),
    ("HK$", "港元"), ("NT$", "新台币"), ("MOP$", "澳门元"), ("MOP", "澳门元"), ("澳门币", "澳门元"),
  ]
}
