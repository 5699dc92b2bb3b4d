import Foundation
import NewsExtract
import Testing

/// Bytes that are not clean UTF-8: each decodes to the right text or fails with a clear
/// `undecodable` error, never a crash.
@Suite struct HostileEncodingTests {
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
  static let sample = "钱塘新区报 今日8版\n本报讯（记者 王伟）约5公里\n"

  static func utf16(_ text: String, littleEndian: Bool) -> Data {
    var bytes: [UInt8] = []
    for unit in text.utf16 {
      let low = UInt8(unit & 0xFF)
      let high = UInt8(unit >> 8)
      bytes += littleEndian ? [low, high] : [high, low]
    }
    return Data(bytes)
  }

  @Test(arguments: [
    HostileInput("lone continuation bytes", Data([0x80, 0x80, 0xBF, 0xFF, 0xFF])),
    HostileInput("0xFF padding", Data(repeating: 0xFF, count: 4_096)),
    HostileInput(
      "overlong and 0xFF in text", Data(Array("约5公里".utf8) + [0xC0, 0xAF, 0xFF, 0xFE, 0xFF])),
  ])
  func invalidBytesAreAClearError(_ input: HostileInput) throws {
    let result = extractChecked(input.bytes)
    let error = try #require(result.error)
    #expect(error.kind == .undecodable)
    #expect(error.description.hasPrefix("input: "))
    #expect(error.description.contains("convert the file to UTF-8"))
  }

  @Test func invalidUTF8ThatIsValidGB18030IsReadAsGB18030() throws {
    let data = try #require(Self.sample.data(using: Self.gb18030))
    let decoded = try InputDecoder.decode(data, source: nil)
    #expect(decoded.encoding == .gb18030)
    #expect(decoded.text == Self.sample)
    _ = extractChecked(data)
  }

  @Test(arguments: [1, 3])
  func truncatedGB18030GivesTextOrAClearError(dropping: Int) throws {
    // Drop the last bytes so the final two-byte sequence is cut in half.
    let full = try #require(("约5公里" + "钱塘").data(using: Self.gb18030))
    let result = extractChecked(full.dropLast(dropping))
    if let error = result.error {
      #expect(error.kind == .undecodable)
    } else {
      let text = try #require(result.text)
      #expect(text.string(0..<4) == "约5公里")
    }
  }

  @Test(arguments: [true, false])
  func utf16WithoutBOMIsRead(littleEndian: Bool) throws {
    let text = "Page 3 of the DAILY: 约5公里, 12.5% up\n"
    let decoded = try InputDecoder.decode(Self.utf16(text, littleEndian: littleEndian), source: nil)
    #expect(decoded.text == text)
    #expect(decoded.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
  }

  @Test func utf16WithoutBOMAndWithoutZeroBytesGivesTextOrAClearError() throws {
    // All-Han UTF-16 has no zero bytes, so nothing marks it as UTF-16; whatever it is read
    // as, the result must be sound.
    let data = Self.utf16("钱塘新区报本报讯约五公里", littleEndian: true)
    let result = extractChecked(data)
    #expect(result.page != nil || result.error?.kind == .undecodable)
  }

  @Test(arguments: [
    ("a\r\nb\r\nc", "a\nb\nc"), ("a\rb\rc", "a\nb\nc"), ("a\r\r\nb", "a\n\nb"),
    ("\r\n\r\n", "\n\n"), ("约5公里\r", "约5公里\n"), ("\r", "\n"),
  ])
  func lineEndsAreNormalized(_ pair: (String, String)) throws {
    let decoded = try InputDecoder.decode(Data(pair.0.utf8), source: nil)
    #expect(decoded.text == pair.1)
    #expect(InputDecoder.normalizeLineEnds(pair.0) == pair.1)
  }

  @Test func crlfOffsetsPointIntoTheNormalizedText() throws {
    let result = extractChecked(Data("钱塘\r\n约5公里\r\n".utf8))
    let text = try #require(result.text)
    #expect(text.lines == [0..<2, 3..<7])
    #expect(text.string(3..<7) == "约5公里")
  }
}
