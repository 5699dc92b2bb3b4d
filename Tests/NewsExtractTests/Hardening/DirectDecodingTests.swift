import Foundation
import NewsExtract
import Testing

/// `SourceText(decoding:)` builds plain UTF-8 straight from the bytes; it must give exactly
/// what `InputDecoder` + `SourceText(String)` give, and `UTF8Scan` must accept exactly
/// the well-formed UTF-8 that `String(validating:)` accepts.
@Suite struct DirectDecodingTests {
  static let inputs: [HostileInput] = [
    HostileInput("empty", Data()),
    HostileInput("ascii", text: "Page 1\nof 8 pages, 12.5%\n"),
    HostileInput("han", text: "钱塘新区报\n今日８版 总第427期\n本报讯（记者 王伟）约5公里"),
    HostileInput("latin-1 range", text: "café ÿ\n"),
    HostileInput("astral", text: "约5公里😀\n𠀀"),
    HostileInput("BOM", Data([0xEF, 0xBB, 0xBF] + Array("约5公里\n".utf8))),
    HostileInput("CRLF", text: "a\r\nb"),
    HostileInput("NUL early", text: "\u{0}约5公里"),
    HostileInput("NUL late", Data(Array(repeating: 0x41, count: 5_000) + [0, 0x42])),
    HostileInput("UTF-16 LE BOM", Data([0xFF, 0xFE, 0x41, 0x00])),
    HostileInput("GB18030", "钱塘约5公里".data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data()),
    HostileInput("invalid", Data([0x41, 0xC0, 0xAF])),
    HostileInput("long ascii runs", text: String(repeating: "abcdefgh\n12345678", count: 50)),
  ]

  @Test(arguments: inputs)
  func directDecodingMatchesTheDecoder(_ input: HostileInput) {
    let viaDecoder = Result { () throws(NewsExtractError) in
      SourceText(try InputDecoder.decode(input.bytes, source: "x").text)
    }
    let direct = Result { () throws(NewsExtractError) in
      try SourceText(decoding: input.bytes, source: "x")
    }
    switch (viaDecoder, direct) {
    case (.success(let expected), .success(let actual)):
      #expect(actual.scalars == expected.scalars)
      #expect(actual.lines == expected.lines)
    case (.failure(let expected), .failure(let actual)):
      #expect(actual == expected)
    default:
      Issue.record("the two paths disagree: \(viaDecoder) vs \(direct)")
    }
  }

  /// Byte sequences around every boundary of Unicode table 3-7.
  static let sequences: [[UInt8]] = [
    [0x7F], [0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xDF], [0xE0, 0x9F, 0x80],
    [0xE0, 0xA0, 0x80], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF],
    [0xED, 0xA0, 0x80], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xEF, 0xBF],
    [0xF0, 0x8F, 0xBF, 0xBF],
    [0xF0, 0x90, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
    [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE4, 0xB8, 0x41],
    Array("abcdefg\u{0}".utf8) + [0xE4, 0xB8, 0xAD], Array("abcdefgh".utf8) + [0x80],
  ]

  @Test(arguments: sequences)
  func scanAcceptsExactlyWellFormedUTF8(_ bytes: [UInt8]) {
    let scan = bytes.withUnsafeBytes { UTF8Scan($0) }
    let string = String(validating: bytes, as: UTF8.self)
    #expect((scan != nil) == (string != nil))
    if let scan, let string {
      #expect(scan.layout == UTF8Layout(string))
    }
  }
}
