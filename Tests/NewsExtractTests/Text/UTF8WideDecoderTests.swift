import Foundation
import Testing

@testable import NewsExtract

/// The one-pass decoder against the two-pass path (`UTF8Layout` then `CompactScalars`
/// decoding of the validated bytes): the same scalars, lines and storage width wherever it answers, and `nil` exactly
/// for ill-formed bytes and scalars beyond U+FFFF.
@Suite struct UTF8WideDecoderTests {
  static func check(_ bytes: [UInt8]) {
    let decoded = bytes.withUnsafeBytes { UTF8WideDecoder($0) }
    guard let string = String(validating: bytes, as: UTF8.self) else {
      #expect(decoded == nil, "ill-formed \(bytes)")
      return
    }
    guard string.unicodeScalars.allSatisfy({ $0.value <= 0xFFFF }) else {
      #expect(decoded == nil, "astral \(bytes)")
      return
    }
    guard let decoded else {
      Issue.record("no answer for \(bytes)")
      return
    }
    // The two-pass path (`SourceText(String)` itself takes the one-pass path for such text).
    var copy = string
    let (expected, lines) = copy.withUTF8 { bytes in
      let layout = UTF8Layout(utf8: bytes)
      return (CompactScalars(utf8: bytes, layout: layout), layout.lines)
    }
    #expect(decoded.scalars == expected)
    #expect(decoded.scalars.bytesPerScalar == expected.bytesPerScalar)
    #expect(decoded.lines == lines)
    #expect(decoded.hasCarriageReturn == string.utf8.contains(0x0D))
  }

  @Test(arguments: DirectDecodingTests.sequences)
  func boundariesOfTable3_7(_ sequence: [UInt8]) {
    for prefix in ["", "中", "中\n", "a"] {
      for suffix in ["", "文", "\n", "\r\nb"] {
        Self.check(Array(prefix.utf8) + sequence + Array(suffix.utf8))
      }
    }
  }

  @Test(arguments: [
    "", "\n", "\n\n", "中", "钱塘新区报\n今日８版 总第427期\n", "café ÿ\n", "ÿ", "约5公里😀",
    "a\r\nb", "\u{FEFF}约5公里", "\u{0}中", "第一行\n\n第三行", "末尾\n",
  ])
  func texts(_ text: String) {
    Self.check(Array(text.utf8))
  }

  /// Random byte strings from pieces of every kind, valid and not.
  @Test func randomPieces() {
    let pieces: [[UInt8]] = [
      Array("中".utf8), Array("文".utf8), Array("a".utf8), Array("\n".utf8), Array("\r".utf8),
      Array("é".utf8), Array("😀".utf8), Array("８".utf8), [0xE4, 0xB8], [0x80], [0xC0, 0xAF],
      [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xC2, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00],
    ]
    var state: UInt64 = 0x5EED
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    for _ in 0..<3_000 {
      let count = next() % 10
      Self.check((0..<count).flatMap { _ in pieces[next() % pieces.count] })
    }
  }

  @Test func onlyPagesWithAWideScalarEarlyTakeTheOnePassPath() {
    let wide = Array("中".utf8) + Array(repeating: 0x41, count: 100)
    let late = Array(repeating: 0x41, count: 70_000) + Array("中".utf8)
    #expect(wide.withUnsafeBytes { UTF8WideDecoder.looksWide($0) })
    #expect(!late.withUnsafeBytes { UTF8WideDecoder.looksWide($0) })
    #expect(!Array("café".utf8).withUnsafeBytes { UTF8WideDecoder.looksWide($0) })
  }
}
