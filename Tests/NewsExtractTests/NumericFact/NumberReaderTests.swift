import Foundation
import NewsExtract
import Testing

/// Arabic, Chinese and mixed numbers, read with a measure word after them.
@Suite struct NumberReaderTests {
  @Test(arguments: [
    ("1617个", "1617"), ("1,617个", "1617"), ("1，617个", "1617"), ("１２３个", "123"),
    ("3.5公里", "3.5"), ("３．５公里", "3.5"), ("1.5万元", "15000"), ("3千米", "3"),
    ("3千元", "3000"), ("5百人", "500"), ("1万亿元", "1000000000000"),
    ("3千万亿日元", "3000000000000000"), ("233,333，333,434.344元", "233333333434.344"),
    ("三千五百人", "3500"), ("一万二千元", "12000"), ("一万二元", "12000"), ("一百零五个", "105"),
    ("一百五十个", "150"), ("十五个", "15"), ("十个", "10"), ("二十五万三千二百元", "253200"),
    ("两千多年", "2000"), ("两百元", "200"), ("壹仟玖佰元", "1900"), ("肆佰叁拾萬元", "4300000"),
    ("一点五万吨", "15000"), ("三点一折", "31"), ("七五折", "75"), ("九折", "90"),
    ("12点5度", "12.5"), ("零点五公里", "0.5"), ("最低气温-5℃", "-5"), ("超千万元", "10000000"),
    ("二十二点6度", "22.6"), ("〇点五公斤", "0.5"), ("一 百 五 十 个百分点", "150"),
  ])
  func reads(text: String, value: String) throws {
    #expect(try onlyFact(text).value == dec(value))
  }

  @Test(arguments: [
    ("三分之一", "33.333333"), ("四分之三", "75"), ("百分之二十", "20"), ("百分之2.4", "2.4"),
    ("千分之一", "0.1"), ("万分之三", "0.03"), ("三成", "30"), ("九成", "90"), ("三成半", "35"),
    ("两成", "20"), ("十成", "100"), ("9.5成", "95"), ("25%", "25"), ("２２％", "22"),
    ("3‰", "0.3"), ("打9折", "90"), ("75折", "75"),
  ])
  func percentages(text: String, value: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == "%")
    #expect(fact.kind == .percentage)
  }

  @Test(arguments: [
    ("数十位居民", "10", "位"), ("上百人", "100", "人"), ("几十万元", "100000", "元"),
    ("数百万元", "1000000", "元"), ("十几个", "10", "个"), ("百余个", "100", "个"),
    ("十余个", "10", "个"), ("上千名", "1000", "名"), ("数十亿元", "1000000000", "元"),
  ])
  func vagueCountsAreLowerBounds(text: String, value: String, unit: String) throws {
    let fact = try onlyFact(text)
    #expect(fact.value == dec(value))
    #expect(fact.unit == unit)
    #expect(fact.qualifier == .over)
  }

  @Test(arguments: [
    ("1\n\n617个", "1617"), ("38.\n24万平方米", "382400"), ("5000\n\n万元", "50000000"),
    ("8800余\n\n户", "8800"), ("约6平方\n\n公里", "6"), ("约\n\n6平方公里", "6"),
  ])
  func numbersBrokenAcrossLayoutLinesAreReadWhole(text: String, value: String) throws {
    #expect(try onlyFact(text).value == dec(value))
  }
}
