import NewsExtract
import Testing

@Suite struct LunarDateReaderTests {
  @Test(arguments: [
    ("农历壬寅年十月十六", "壬寅", 10, 16, false),
    ("农历壬寅年冬月十七", "壬寅", 11, 17, false),
    ("农历壬寅年腊月三十", "壬寅", 12, 30, false),
    ("癸卯年闰二月初一", "癸卯", 2, 1, true),
    ("农历甲辰年正月初十", "甲辰", 1, 10, false),
    ("农历壬寅虎年七月十三", "壬寅", 7, 13, false),
    ("农历腊月廿三", nil, 12, 23, false),
    ("农历十一月廿九", nil, 11, 29, false),
    ("农历三月卅", nil, 3, 30, false),
    ("农历 壬寅年 九月二十", "壬寅", 9, 20, false),
  ])
  func reads(_ text: String, _ cyclic: String?, _ month: Int, _ day: Int, _ leap: Bool) throws {
    let lunar = try #require(LunarDateReader.read(text))
    #expect(lunar.text == text)
    #expect(lunar.cyclicYear == cyclic)
    #expect(lunar.month == month)
    #expect(lunar.day == day)
    #expect(lunar.isLeapMonth == leap)
  }

  @Test(arguments: ["十月十六", "农历", "农历十三月初一", "壬寅年", "农历十月三十一", "2022年11月9日"])
  func rejects(_ text: String) {
    #expect(LunarDateReader.read(text) == nil)
  }

  @Test(arguments: [(0, 0, 1), (8, 2, 39), (9, 3, 40), (0, 4, 41), (9, 11, 60), (0, 1, nil)])
  func cycleIndex(_ stem: Int, _ branch: Int, _ index: Int?) {
    #expect(LunarDateReader.cycleIndex(stem: stem, branch: branch) == index)
  }
}
