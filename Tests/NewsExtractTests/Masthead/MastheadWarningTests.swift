import NewsExtract
import Testing

/// Disagreements in the block are warnings, never silently accepted.
@Suite struct MastheadWarningTests {
  @Test(arguments: [
    ("2022年11月9日 星期三\n农历壬寅年十月十六", []),
    ("2022年11月9日 星期一", ["weekdayMismatch"]),
    ("2022年11月9日 星期三\n农历壬寅年十月十五", ["lunarDateMismatch"]),
    ("2022年11月9日 星期三\n农历癸卯年十月十六", ["lunarDateMismatch"]),
    ("2023年3月22日 星期三\n农历癸卯年二月初一", ["lunarDateMismatch"]),
    ("2023年3月22日 星期三\n农历癸卯年闰二月初一", []),
    ("2024年2月10日 星期六\n农历甲辰年正月初一", []),
    ("2022年11月9日 星期三\n农历甲丑年十月十六", ["malformedLunarDate"]),
    ("2022年2月30日 星期三", ["invalidDate"]),
    ("CN 33-0001", []),
    ("CN 99-0001", ["malformedSerialNumber"]),
    ("CN 33-1234", ["malformedSerialNumber"]),
    ("CN 3-001", ["malformedSerialNumber"]),
    ("邮发代号 31-1", []),
    ("邮发代号 32-1", ["postalCodeNotNewspaper"]),
    ("邮发代号 311-12345", ["malformedPostalCode"]),
  ])
  func warnings(_ lines: String, _ codes: [String]) {
    #expect(MastheadProbe.warningCodes(MastheadProbe.block(lines)) == codes)
  }

  @Test func warningPointsAtThePrintedWeekday() throws {
    let page = "示例日报\n2022年11月9日 星期一\n今日8版\n\n本报讯 正文。"
    let warning = try #require(MastheadExtractor().extract(from: SourceText(page)).warnings.first)
    #expect(SourceText(page).string((warning.start ?? 0)..<(warning.end ?? 0)) == "星期一")
    #expect(warning.message.contains("Wednesday"))
  }
}
