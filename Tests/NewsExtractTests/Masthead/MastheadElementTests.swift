import NewsExtract
import Testing

/// One test per masthead element, each with the forms papers print and negatives.
@Suite struct MastheadElementTests {
  @Test(arguments: [
    ("2022年11月9日 星期三", "2022-11-09"),
    ("２０２２年１１月９日 星期三", "2022-11-09"),
    ("2022 年 11 月 9 日 星期三", "2022-11-09"),
    ("二〇二二年十一月九日 星期三", "2022-11-09"),
    ("二○二二年十一月九日 星期三", "2022-11-09"),
    ("2022-11-09 星期三", "2022-11-09"),
    ("2022.11.09 星期三", "2022-11-09"),
    ("2022/11/09 周三", "2022-11-09"),
    ("2022年11月09日星期三", "2022-11-09"),
  ])
  func date(_ line: String, _ iso: String) {
    #expect(MastheadProbe.masthead(MastheadProbe.block(line))?.date?.description == iso)
  }

  @Test(arguments: [
    ("2022年11月9日 星期三", "星期三"),
    ("2022年11月9日周三", "周三"),
    ("2022年11月9日周三农历壬寅年十月十六", "周三"),
    ("2022年11月9日 礼拜三", "礼拜三"),
    ("2022年11月13日 星期日", "星期日"),
    ("2022年11月13日 星期天", "星期天"),
  ])
  func weekday(_ line: String, _ printed: String) {
    #expect(MastheadProbe.masthead(MastheadProbe.block(line))?.weekday == printed)
  }

  @Test func weekdayNeedsItsOwnWordForTheShortForm() {
    // 周 opens surnames: 周江勇 is not a weekday.
    let masthead = MastheadProbe.masthead(MastheadProbe.block("总第5期 周江勇"))
    #expect(masthead?.weekday == nil)
  }

  @Test(arguments: [
    ("今日8版", 8), ("今日 16 版", 16), ("今日８版", 8), ("本期12版", 12), ("共24版", 24),
    ("今日八版", 8),
  ])
  func pageCount(_ line: String, _ count: Int) {
    let page = "示例日报\n2022年11月9日 星期三\n\(line)\n\n本报讯 正文。"
    #expect(MastheadProbe.masthead(page)?.pageCount == count)
  }

  @Test(arguments: [
    ("总第427期", 427), ("总第 25123 期", 25123), ("（总第391期）", 391), ("第128期", 128),
    ("第128期 总第3001期", 3001),
    ("准印证号：浙内准字第123号 总第45期", 45),
  ])
  func issueNumber(_ line: String, _ number: Int) {
    #expect(MastheadProbe.masthead(MastheadProbe.block(line))?.issueNumber == number)
  }

  @Test(arguments: [
    ("国内统一连续出版物号 CN 33-0001", "CN33-0001"),
    ("国内统一刊号：CN33-0078/(F)", "CN33-0078/(F)"),
    ("ＣＮ３３－００５６", "CN33-0056"),
    ("刊号 CN 11-0065", "CN11-0065"),
    ("国内统一刊号：33-0001", "33-0001"),
  ])
  func serialNumber(_ line: String, _ serial: String) {
    #expect(MastheadProbe.masthead(MastheadProbe.block(line))?.serialNumber == serial)
  }

  @Test(arguments: [("邮发代号 31-1", "31-1"), ("邮发代号：３１－２５", "31-25")])
  func postalCode(_ line: String, _ code: String) {
    #expect(MastheadProbe.masthead(MastheadProbe.block(line))?.postalCode == code)
  }

  @Test(arguments: [
    ("热线电话 82987136", ["82987136"], ["热线电话"]),
    ("新闻热线：0571-85100000 85100001", ["057185100000", "85100001"], ["新闻热线", "新闻热线"]),
    ("征订服务热线 江东片区:83523999", ["83523999"], ["江东片区"]),
    (
      "下沙西站:86922565 下沙东站:85090727", ["86922565", "85090727"],
      ["下沙西站", "下沙东站"]
    ),
    ("电话 (0571)87654321 传真 87654322", ["057187654321", "87654322"], ["电话", "传真"]),
    ("读者热线 400-123-4567 手机 13900001111", ["4001234567", "13900001111"], ["读者热线", "手机"]),
    ("邮编 310000", [], []),
    ("社址：萧山区市心中路 82622222", ["82622222"], [""]),
  ])
  func phones(_ line: String, _ numbers: [String], _ labels: [String]) {
    let masthead = MastheadProbe.masthead(MastheadProbe.block(line))
    #expect(masthead?.phones == numbers)
    #expect(masthead?.labeledPhones.map(\.label) == labels)
  }

  /// Short service lines and local numbers (five to eight digits) after a dial verb or a
  /// phone word, or before 报料/热线; labelled from the surrounding words. Postal codes,
  /// issue numbers, dates and addresses stay no phone.
  @Test(arguments: [
    ("服务找政府拨12345", ["12345"], ["服务找政府"]),
    ("2220000有奖报料", ["2220000"], ["有奖报料"]),
    ("新闻热线 96123", ["96123"], ["新闻热线"]),
    ("报料电话：2220000", ["2220000"], ["报料电话"]),
    ("拨打96345", ["96345"], ["拨打"]),
    ("96345热线", ["96345"], ["热线"]),
    ("热线电话 82987136 服务找政府拨12345", ["82987136", "12345"], ["热线电话", "服务找政府"]),
    ("邮编311200", [], []),
    ("邮编 311200 服务找政府拨12345", ["12345"], ["服务找政府"]),
    ("社址：萧山区市心中路 新闻热线96345", ["96345"], ["新闻热线"]),
    ("热线12345号", [], []),
    ("地址：文化路12345", [], []),
    ("12345", [], []),
    ("拨012345", [], []),
    ("总第12345期", [], []),
  ])
  func servicePhones(_ line: String, _ numbers: [String], _ labels: [String]) {
    let masthead = MastheadProbe.masthead(MastheadProbe.block(line))
    #expect(masthead?.phones ?? [] == numbers)
    #expect(masthead?.labeledPhones.map(\.label) ?? [] == labels)
  }

  @Test(arguments: [
    ("投稿邮箱 qtxqdaily@126.com", ["qtxqdaily@126.com"]),
    ("电子邮箱：news.desk@hzrb.com.cn。", ["news.desk@hzrb.com.cn"]),
    ("邮箱 a@b.cn 编辑部 c_d@e.org", ["a@b.cn", "c_d@e.org"]),
    ("邮箱 not-an-address@", []),
  ])
  func emails(_ line: String, _ addresses: [String]) {
    #expect(MastheadProbe.masthead(MastheadProbe.block(line))?.emails == addresses)
  }

  @Test(arguments: [
    ("网址 www.hangzhou.com.cn", "www.hangzhou.com.cn"),
    ("网址：hzdaily.hangzhou.com.cn", "hzdaily.hangzhou.com.cn"),
    ("http://qtxq.hangzhou.com.cn/", "http://qtxq.hangzhou.com.cn/"),
  ])
  func website(_ line: String, _ address: String) {
    #expect(MastheadProbe.masthead(MastheadProbe.block(line))?.website == address)
  }

  @Test(arguments: [
    ("QIANTANG NEW AREA DAILY", "QIANTANG NEW AREA DAILY"),
    ("HANGZHOU DAILY", "HANGZHOU DAILY"),
    ("Hangzhou Daily", "Hangzhou Daily"),
    ("热线 Hangzhou Daily", nil),
    ("Daily", nil),
    ("Hangzhou daily", nil),
    ("CN 33-0001", nil),
  ])
  func englishName(_ line: String, _ name: String?) {
    #expect(MastheadProbe.masthead(MastheadProbe.block(line))?.englishName == name)
  }

  @Test(arguments: [
    ("钱塘新区报\n今日8版", "钱塘新区报"),
    ("# 钱塘新区报\n今日8版", "钱塘新区报"),
    ("《萧山日报》\n今日8版", "萧山日报"),
    ("献礼二十大 奋斗新钱塘\n\n萧山日报\n今日8版", "萧山日报"),
    ("今日拱墅\n今日8版", "今日拱墅"),
    ("钱 塘 新 区 报\n今日8版", "钱塘新区报"),
    ("喜迎二十大\n今日临平 JINRI LINPING\n今日8版", "今日临平"),
    ("萧山日报\n导读：全区召开大会，部署工作。详见2版\n今日8版", "萧山日报"),
    ("今日8版", nil),
    ("下沙西站:86922565\n今日8版", nil),
    ("刊期: 2022年11月9日 星期三\n今日8版", nil),
  ])
  func paperName(_ top: String, _ name: String?) {
    #expect(MastheadProbe.masthead(top + "\n\n本报讯 正文。")?.paperName == name)
  }

  @Test(arguments: [
    ("钱塘新区报 2022年11月9日 星期三 第3版", "钱塘新区报"),
    ("2022年11月9日 星期三 钱塘新区报 第3版 综合新闻", "钱塘新区报"),
    ("第3版 综合新闻 2022年11月9日 星期三", nil),
    ("2022年11月9日 星期三 综合新闻", nil),
  ])
  func paperNameOfARunningHeader(_ header: String, _ name: String?) {
    let masthead = MastheadProbe.masthead(header + "\n\n标题\n\n本报讯 正文。")
    #expect(masthead?.paperName == name)
  }

  @Test func pageNumberOfARunningHeader() {
    let masthead = MastheadProbe.masthead("钱塘新区报 2022年11月9日 星期三 第3版\n\n标题\n\n本报讯 正文。")
    #expect(masthead?.pageNumber == 3)
    #expect(masthead?.paperName == "钱塘新区报")
  }
}
