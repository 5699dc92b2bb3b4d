/// Traditional forms of the simplified characters the fact lexicons use, so that pages
/// reprinted from Hong Kong, Macau or Taiwan sources (萬, 億, 個, 畝, 增長, 減少, 億元) read
/// like simplified ones. Every lexicon word gets its traditional twin when it differs; a
/// unit keeps the form printed (個 stays 個).
///
/// ```swift
/// ScriptLexicon.traditional("万元")              // "萬元"
/// ScriptLexicon.withTraditional(["增长"])         // ["增长", "增長"]
/// ```
public enum ScriptLexicon {
  /// Simplified scalars, each with its traditional form.
  static let pairs: [String] = [
    "万萬", "亿億", "个個", "两兩", "余餘", "约約", "亩畝", "点點", "长長", "减減", "标標", "准準", "顷頃", "吨噸", "币幣",
    "镑鎊", "韩韓", "卢盧", "铢銖", "钱錢", "张張", "时時", "钟鐘", "岁歲", "辆輛", "间間", "项項", "场場", "条條", "栋棟",
    "处處", "类類", "轮輪", "层層", "头頭", "册冊", "颗顆", "组組", "队隊", "门門", "盏盞", "笔筆", "节節", "对對", "双雙",
    "剂劑", "针針", "车車", "单單", "种種", "块塊", "里裏", "摄攝", "华華", "欧歐", "户戶", "圆圓", "纳納", "过過", "达達",
    "为為", "别別", "于於", "内內", "将將", "总總", "计計", "涨漲", "环環", "缩縮", "压壓", "从從", "负負", "电電", "热熱",
    "线線", "价價", "邮郵", "发發", "号號", "码碼", "话話", "传傳", "机機", "讯訊", "报報", "级級", "实實", "现現", "设設",
    "备備", "产產", "营營", "资資", "税稅", "额額", "贷貸", "补補", "贴貼", "奖獎", "经經", "费費", "预預", "润潤", "亏虧",
    "损損", "险險", "债債", "务務", "销銷", "进進", "业業", "仓倉", "库庫", "满滿", "连連", "区區", "县縣", "乡鄉", "厂廠",
    "园園", "馆館", "网網", "围圍", "关關", "开開", "动動", "优優", "应應", "气氣", "农農", "乐樂", "书書", "会會", "众眾",
    "体體", "参參", "历歷", "变變", "只隻", "周週", "这這", "样樣", "仅僅", "还還", "够夠", "难難", "规規", "观觀", "视視",
    "镇鎮", "兴興", "丰豐", "劳勞", "东東", "军軍", "儿兒", "问問", "闻聞", "齐齊", "杂雜", "边邊", "导導", "调調", "许許",
    "买買", "卖賣", "际際", "游遊", "凤鳳", "货貨", "获獲", "积積", "筑築", "楼樓", "质質", "团團", "温溫", "阶階", "账賬",
    "风風", "湾灣", "纯純", "独獨", "据據", "织織", "结結", "谈談", "记記", "录錄", "称稱", "义義", "员員", "论論", "帅帥",
    "诉訴", "来來", "飞飛", "阵陣", "舱艙", "图圖", "释釋", "态態", "纪紀", "选選", "签簽", "订訂", "续續", "锐銳", "骤驟",
    "陆陸", "龄齡", "讲講", "闭閉", "叠疊", "旧舊", "粮糧", "饭飯", "诊診", "槛檻", "疗療", "辅輔", "适適", "占佔",
    "纬緯", "栏欄", "决決", "赛賽", "倾傾", "夹夾", "转轉", "碍礙", "竞競", "亚亞", "银銀", "铜銅", "断斷",
    "无無", "畅暢", "运運", "监監", "测測", "逻邏", "护護", "济濟", "医醫", "养養", "阅閱", "学學", "杆桿",
    "弯彎", "绕繞", "复複",
  ]

  /// The traditional map, built from ``pairs``.
  static let table: [Unicode.Scalar: Unicode.Scalar] = {
    var map: [Unicode.Scalar: Unicode.Scalar] = [:]
    for pair in pairs {
      let scalars = Array(pair.unicodeScalars)
      guard scalars.count == 2 else { continue }
      map[scalars[0]] = scalars[1]
    }
    return map
  }()

  /// The word with every simplified scalar of the internal character table replaced by its traditional form.
  public static func traditional(_ word: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in word.unicodeScalars { result.append(table[scalar] ?? scalar) }
    return String(result)
  }

  /// The words followed by the traditional twins that differ and are not already listed.
  public static func withTraditional(_ words: [String]) -> [String] {
    var seen = Set(words)
    var result = words
    for word in words {
      let twin = traditional(word)
      if seen.insert(twin).inserted { result.append(twin) }
    }
    return result
  }

  /// Word–payload pairs followed by the traditional twins that differ and are not already
  /// listed, with the same payload.
  public static func withTraditional<Payload>(_ pairs: [(String, Payload)]) -> [(
    String, Payload
  )] {
    var seen = Set(pairs.map(\.0))
    var result = pairs
    for (word, payload) in pairs {
      let twin = traditional(word)
      if seen.insert(twin).inserted { result.append((twin, payload)) }
    }
    return result
  }
}
