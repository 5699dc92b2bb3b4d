/// The words of Chinese bylines, agency leads and credits, as data.
///
/// Sources: `CONVENTIONS.md` §4.1–4.2 (role words, agency and dateline forms) and the
/// press's own usage. Simplified and traditional forms are both listed; full-width forms
/// need no entry because lookups compare folded scalars.
enum BylineLexicon {
  /// What a combined credit says the person did.
  static let writing = "writing"
  /// What a combined credit says the person did.
  static let photography = "photography"

  /// Role words, agency words and the other words a byline may hold. Tried longest first.
  static let words: [(String, BylineWord)] =
    (titles + mediaTitles).map { ($0.0, BylineWord.role(RoleWord.title($0.1, duties: $0.2))) }
    + duties.map { ($0.0, BylineWord.role(RoleWord.duty($0.1, $0.2, suffix: $0.3))) }
    + productionRoles.map { ($0, BylineWord.role(RoleWord.production)) }
    + agencies.map { ($0, BylineWord.agency) }
    + [
      ("联合报道", .jointReport), ("联合报导", .jointReport), ("聯合報道", .jointReport),
      ("来源", .sourceLabel), ("來源", .sourceLabel), ("稿源", .sourceLabel),
    ] + reportWords.map { ($0, BylineWord.ignorable) }

  /// `报道` after the names; a run glued before it after the names is the place the report
  /// was filed from (`记者 王小明 北京报道`), not a name.
  static let reportWords = ["报道", "報道", "报导", "報導"]

  /// End marks that are ignored when they stand alone in a byline (`(完)`).
  static let endMarks = ["完", "全文完"]

  /// Titles: the role word, its role, and the duties it implies.
  static let titles: [(String, CreditRole, [String])] = [
    ("记者", .reporter, []), ("記者", .reporter, []),
    ("本报记者", .reporter, []), ("本報記者", .reporter, []),
    ("本台记者", .reporter, []), ("本刊记者", .reporter, []), ("本网记者", .reporter, []),
    ("助理记者", .reporter, []), ("主任记者", .reporter, []), ("高级记者", .reporter, []),
    ("特派记者", .reporter, []), ("本报特派记者", .reporter, []), ("驻站记者", .reporter, []),
    ("特派员", .reporter, []), ("特派員", .reporter, []), ("本報記者", .reporter, []),
    ("首席记者", .chiefReporter, []), ("首席記者", .chiefReporter, []),
    ("本报首席记者", .chiefReporter, []),
    ("见习记者", .traineeReporter, []), ("見習記者", .traineeReporter, []),
    ("实习记者", .traineeReporter, []), ("實習記者", .traineeReporter, []),
    ("本报见习记者", .traineeReporter, []), ("本报实习记者", .traineeReporter, []),
    ("实习生", .intern, []), ("實習生", .intern, []), ("本报实习生", .intern, []),
    ("特约记者", .specialReporter, []), ("特約記者", .specialReporter, []),
    ("本报特约记者", .specialReporter, []),
    ("通讯员", .correspondent, []), ("通訊員", .correspondent, []),
    ("特约通讯员", .correspondent, []), ("本报通讯员", .correspondent, []),
    ("特約通訊員", .correspondent, []),
    ("摄影记者", .photographer, [photography]), ("攝影記者", .photographer, [photography]),
    ("本报摄影记者", .photographer, [photography]),
    ("责任编辑", .editor, []), ("責任編輯", .editor, []), ("责编", .editor, []),
    ("責編", .editor, []), ("编辑", .editor, []), ("編輯", .editor, []),
    ("本版编辑", .editor, []), ("版面编辑", .editor, []), ("本版责编", .editor, []),
    ("文字编辑", .editor, []), ("图片编辑", .editor, []), ("新媒体编辑", .editor, []), ("见习编辑", .editor, []),
    ("值班编辑", .editor, []), ("本版編輯", .editor, []), ("版面編輯", .editor, []),
    ("文字編輯", .editor, []), ("圖片編輯", .editor, []), ("見習編輯", .editor, []),
    ("本版責編", .editor, []), ("責任校對", .editor, []), ("责任校对", .editor, []),
    ("本報實習記者", .traineeReporter, []), ("本報見習記者", .traineeReporter, []),
    ("本報實習生", .intern, []), ("本報特約記者", .specialReporter, []),
    ("本報通訊員", .correspondent, []), ("本報首席記者", .chiefReporter, []),
    ("駐站記者", .reporter, []), ("本台記者", .reporter, []), ("本臺記者", .reporter, []),
    ("本報攝影記者", .photographer, [photography]),
    ("美编", .editor, []), ("美術編輯", .editor, []), ("美术编辑", .editor, []),
    ("版式", .editor, []), ("版式设计", .editor, []), ("校对", .editor, []),
    ("校對", .editor, []), ("审校", .editor, []),
    ("作者", .writer, [writing]), ("文字", .writer, [writing]),
  ]

  /// Medium words printed between an outlet and a title (`YMG全媒体记者`,
  /// `本报融媒体记者`): they belong to the title, so the outlet before them stays apart.
  static let media = ["全媒体", "融媒体", "新媒体", "融媒", "全媒", "全媒體", "融媒體", "新媒體"]

  /// The titles a medium word may precede.
  static let mediaTitledBases: [(String, CreditRole, [String])] = [
    ("记者", .reporter, []), ("記者", .reporter, []),
    ("首席记者", .chiefReporter, []), ("首席記者", .chiefReporter, []),
    ("见习记者", .traineeReporter, []), ("見習記者", .traineeReporter, []),
    ("实习记者", .traineeReporter, []), ("實習記者", .traineeReporter, []),
    ("特约记者", .specialReporter, []), ("特約記者", .specialReporter, []),
    ("摄影记者", .photographer, [photography]), ("攝影記者", .photographer, [photography]),
    ("编辑", .editor, []), ("編輯", .editor, []),
  ]

  /// Who may own a medium title (`本报全媒体记者`); the empty owner is the bare form.
  static let mediaOwners = ["", "本报", "本報"]

  /// Every owner + medium + title combination (`全媒体记者`, `本报融媒体首席记者` …).
  static let mediaTitles: [(String, CreditRole, [String])] = mediaOwners.flatMap { owner in
    media.flatMap { medium in
      mediaTitledBases.map { (owner + medium + $0.0, $0.1, $0.2) }
    }
  }

  /// Duty words: they give a role to untitled names and a duty to titled ones. The last
  /// field says whether the word may follow the names (`X 摄`, `X/文`).
  static let duties: [(String, CreditRole, [String], Bool)] = [
    ("摄影", .photographer, [photography], true), ("攝影", .photographer, [photography], true),
    ("摄影报道", .photographer, [photography, writing], true),
    ("攝影報道", .photographer, [photography, writing], true),
    ("供图", .photographer, [photography], true), ("图片", .photographer, [photography], false),
    ("制图", .photographer, [photography], true), ("图文", .writer, [writing, photography], true),
    ("摄像", .photographer, [photography], true), ("整理", .writer, [writing], true),
    ("攝像", .photographer, [photography], true), ("供圖", .photographer, [photography], true),
    ("製圖", .photographer, [photography], true), ("圖片", .photographer, [photography], false),
    ("撰稿", .writer, [writing], true),
    ("撰文", .writer, [writing], true),
    ("采写", .writer, [writing], true),
    ("执笔", .writer, [writing], true), ("採寫", .writer, [writing], true),
    ("執筆", .writer, [writing], true), ("整理報道", .writer, [writing], true),
    ("整理报道", .writer, [writing], true), ("圖文", .writer, [writing, photography], true),
    ("文·图", .writer, [writing, photography], true), ("图·文", .writer, [writing, photography], true),
    ("文·摄", .writer, [writing, photography], true),
    ("文字·摄影", .writer, [writing, photography], true),
  ]

  /// Production roles outside the credit vocabulary: their names are skipped.
  static let productionRoles = [
    "策划", "总策划", "统筹", "监制", "总监制", "出品", "出品人", "制作", "主持", "主持人", "执行",
    "视觉", "设计", "海报", "插画", "绘图", "漫画", "手绘", "视频", "翻译", "口述", "审核", "审签",
    "终审", "复审", "初审", "值班主任", "签发", "总编辑", "副总编辑", "总编", "社长", "副社长",
    "值班总编", "主编", "副主编", "执行主编",
    // Page sign-off, proofreading and make-up roles (`值班编委/X 文检/Y`): the names are
    // skipped. Proofreading words already credited as editors (`校对`, `审校`, `责任校对`)
    // and layout editors (`美编`, `版式`) stay in ``titles``.
    "文检", "审读", "值班编委", "编委", "一审", "二审", "三审", "组版", "排版", "值班副总编",
    "值班领导", "文字审核",
    // Traditional forms.
    "策劃", "總策劃", "統籌", "監製", "總監製", "製作", "主持人", "視覺", "設計", "插畫", "繪圖",
    "視頻", "翻譯", "口述", "審核", "簽發", "總編輯", "副總編輯", "總編", "主編", "副主編",
    "文檢", "審讀", "值班編委", "編委", "一審", "二審", "三審", "組版", "終審", "復審", "初審",
    "值班主任",
  ]

  /// One-character duty words, read only next to a slash or as a run of their own
  /// (`X/文`, `图/X`, `文/摄影`), never inside a name.
  static let singleDuties: [(String, RoleWord)] = [
    ("文", .duty(.writer, [writing])), ("摄", .duty(.photographer, [photography])),
    ("攝", .duty(.photographer, [photography])), ("图", .duty(.photographer, [photography])),
    ("圖", .duty(.photographer, [photography])),
  ]

  /// `摄` glued to the end of a name (`鞠鹏摄`).
  static let gluedPhotoSuffixes = ["摄", "攝"]

  /// Words standing for an agency rather than a person.
  static let agencies = [
    "新华社发", "中新社发", "新华网发", "人民视觉", "视觉中国", "东方IC",
    "本报综合报道", "本报综合", "综合报道", "本报讯", "本台讯", "本刊讯", "本网讯", "本报消息",
    "综合消息", "本报評論員", "本报评论员", "本报特约评论员", "本報訊", "本報綜合報道", "本报综合消息",
    "本報綜合", "綜合報道", "綜合報導", "本報綜合報導", "本臺訊", "本網訊", "本報評論員",
    "中新社發", "新華社發",
  ]

  /// The last characters of an outlet's name (`杭报`, `新华社`, `中新网`, `浙江在线`):
  /// a run printed before `记者` that ends so is the credit's affiliation.
  static let outletEndings = [
    "报", "報", "社", "网", "網", "台", "臺", "刊", "在线", "新闻", "新聞", "传媒", "融媒",
  ]

  /// Words before an outlet naming an article's source (`据新华社`, `综合新华社、人民日报`).
  static let sourcePrefixes = [
    "据", "據", "综合", "綜合", "摘自", "转自", "轉自", "摘编自", "来自", "選自", "选自",
  ]

  /// Joins several sources named together.
  static let sourceSeparator = "、"

  /// Short forms of outlets that do not end like ``outletEndings``.
  static let outletShortForms = [
    "南都", "央视", "澎湃", "封面", "红星", "新京", "北青", "新华", "新華", "中新", "央視",
  ]

  /// Characters that lead a byline line on district papers (`■记者 X`, `◎记者 X`).
  static let leadMarkers: ScalarSet = [
    "■", "□", "◎", "●", "○", "▲", "△", "◆", "◇", "★", "☆", "▶", "►", "▼", "※", "▌", "▍",
  ]

  /// Opening brackets and the closing bracket each one pairs with (folded forms).
  static let brackets: ScalarMap<Unicode.Scalar> = [
    "(": ")", "[": "]", "【": "】", "〔": "〕", "〖": "〗", "「": "」", "{": "}",
  ]

  /// Separators between names (folded forms): `、`, `,` (from `，`), `;`, `|`.
  static let nameSeparators: ScalarSet = ["、", ",", ";", "|", "｜", "丨"]

  /// Separators between a role and its names.
  static let slashes: ScalarSet = ["/", "\\", "丨"]

  /// Colons between a role and its names (folded forms).
  static let colons: ScalarSet = [":", "∶"]

  /// Dots inside names of ethnic minorities and foreigners (`阿卜杜·艾尼`).
  static let nameDots: ScalarSet = ["·", "•", "・", "‧"]

  /// Common single-character surnames (a person's name starts with one).
  static let surnames: ScalarSet = ScalarSet(
    ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
      + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
      + "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符"
      + "舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
      + "司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商"
      + "刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼"
      + "蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
      + "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅"
      + "利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由梦鄂霍靖洪蓟覃汝骆梦"
      + "傅赖阎萧竺钭郦宓钮沃丘凤寿幺镇暴仇闾訾芈"
      // Traditional forms of the commonest surnames.
      + "陳張劉楊黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧蔣孫錢馬陸鍾譚賴賈龔顧羅魏鄒潘鄔閻嚴湯韋"
      + "楊齊喬龍廖劉聶陶賀戴顏莊蔡華鮑饒歐萬龐衛閆鐘溫遲鄺寧樂師談鄔陰車單費關鳳項靳紀"
      + "閔蘭魯畢駱藍陽時農繆簡連蘆麥婁竇黨應欒榮叢鞏荊鬱儲勞諶藺樓盤滿聞厲區闞權強帥蓋練"
      + "豐國計晉門雲來闕烏況鮮諸戰銀賓堯閉夢薊鈄酈鈕壽鎮閭").unicodeScalars)

  /// Two-character surnames.
  static let compoundSurnames = [
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
    "司徒", "夏侯", "端木", "南宫", "西门", "独孤", "申屠", "轩辕", "呼延", "澹台", "万俟", "闻人",
    "歐陽", "司馬", "諸葛", "東方", "長孫", "尉遲", "西門", "獨孤", "軒轅", "聞人",
  ]

  /// Characters that do not occur in personal names but are frequent in prose: a run
  /// holding one is not a name (`记者从区住建局获悉`).
  static let nonNameCharacters: ScalarSet = ScalarSet(
    ("的了在是从對对将把被获悉说这该们些么吗呢吧啊哦呀所因而且已并让使给到及或与等据称"
      + "從將獲說這該們麼嗎讓給與據稱並").unicodeScalars)

  /// A name is at least this many characters long, and at most ``longestName``.
  static let shortestName = 2
  /// The longest name kept without trying to split it.
  static let longestName = 4
  /// The longest run tried as several names glued together.
  static let longestGluedRun = 8
  /// The longest name written with dots (`阿卜杜·艾尼`), in scalars.
  static let longestDottedName = 12
}
