import Foundation
import NewsExtract
import Testing

@Suite struct InputDecoderTests {
  static let sample = "钱塘新区报\n今日８版 总第427期\n"

  @Test func utf8WithoutBOM() throws {
    let decoded = try InputDecoder.decode(Data(Self.sample.utf8), source: nil)
    #expect(decoded.text == Self.sample)
    #expect(decoded.encoding == .utf8)
  }

  @Test func utf8WithBOMDropsTheMark() throws {
    let decoded = try InputDecoder.decode(
      Data([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8)), source: nil)
    #expect(decoded.text == Self.sample)
    #expect(decoded.encoding == .utf8WithBOM)
  }

  @Test(arguments: [true, false])
  func utf16WithBOM(littleEndian: Bool) throws {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in Self.sample.utf16 {
      let low = UInt8(unit & 0xFF)
      let high = UInt8(unit >> 8)
      bytes += littleEndian ? [low, high] : [high, low]
    }
    let decoded = try InputDecoder.decode(Data(bytes), source: nil)
    #expect(decoded.text == Self.sample)
    #expect(decoded.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
  }

  @Test func utf16WithoutBOMIsRecognisedFromZeroBytes() throws {
    let text = "Page 1 of the QIANTANG NEW AREA DAILY 钱塘"
    var bytes: [UInt8] = []
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let decoded = try InputDecoder.decode(Data(bytes), source: nil)
    #expect(decoded.text == text)
    #expect(decoded.encoding == .utf16LittleEndian)
  }

  @Test func gb18030() throws {
    let gb = String.Encoding(rawValue: 0x8000_0632)
    let data = try #require(Self.sample.data(using: gb))
    let decoded = try InputDecoder.decode(data, source: nil)
    #expect(decoded.text == Self.sample)
    #expect(decoded.encoding == .gb18030)
  }

  @Test func crlfAndLoneCRBecomeLF() throws {
    let decoded = try InputDecoder.decode(Data("a\r\nb\rc\n".utf8), source: nil)
    #expect(decoded.text == "a\nb\nc\n")
  }

  @Test func emptyInputIsEmptyText() throws {
    let decoded = try InputDecoder.decode(Data(), source: nil)
    #expect(decoded.text == "")
  }

  @Test func undecodableBytesNameTheFile() {
    // 0xFF never occurs in UTF-8; 0x81 0x20 is a truncated GB18030 sequence.
    let bytes = Data([0x81, 0x20, 0xFF, 0xFF, 0x81])
    #expect(throws: NewsExtractError.self) { try InputDecoder.decode(bytes, source: "scan.txt") }
    do {
      _ = try InputDecoder.decode(bytes, source: "scan.txt")
    } catch {
      #expect(error.kind == .undecodable)
      #expect(
        error.description.hasPrefix("scan.txt: the bytes are not UTF-8, UTF-16 or GB18030 text"))
    }
  }
}
