import Foundation

/// Reads the common JSON Lines record, `{"id": …, "text": "…"}`, straight from its bytes,
/// without building a `JSONSerialization` object tree.
///
/// It is a fast path only: it answers for a well-formed object whose `text` is a string
/// and whose `id` (if any) is absent, `null`, a string that needs no escaping or an integer
/// of at most 15 digits, with neither key repeated; for anything else (invalid JSON, other
/// id types, lone surrogates, raw control bytes, invalid UTF-8 outside the text …) it returns `nil` and
/// ``BatchExtractor`` uses `JSONSerialization`, so errors and unusual ids read exactly as
/// before. When it answers, the answer is the one `JSONSerialization` gives
/// (`JSONLineReaderTests` and the fuzz target compare the two).
///
/// ```swift
/// let line = JSONLineReader.read(Array(#"{"id":7,"text":"约5公里\n"}"#.utf8))
/// line?.idJSON  // "7"
/// line?.text    // "约5公里\n" (nil if the text's bytes are not UTF-8)
/// ```
struct JSONLineReader {
  /// The record: the `id` as the batch output writes it (`null` when absent) and the text's
  /// bytes with its escapes decoded (not yet checked to be UTF-8: see ``BatchExtractor``).
  struct Record: Equatable {
    var idJSON: String
    var textBytes: [UInt8]

    /// The text, when its bytes are well-formed UTF-8.
    var text: String? { String(validating: textBytes, as: UTF8.self) }
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The record in `line` (one JSON Lines line, without its `\n`), or `nil` when the fast
  /// path does not answer.
  static func read(_ line: [UInt8]) -> Record? {
    line.withUnsafeBufferPointer { read($0) }
  }

  /// The record in raw bytes, or `nil` when the fast path does not answer.
  static func read(_ line: UnsafeBufferPointer<UInt8>) -> Record? {
    var reader = JSONLineReader(line)
    return reader.record()
  }

  private mutating func record() -> Record? {
    skipSpace()
    guard take(Byte.openBrace) else { return nil }
    var idJSON: String?
    var text: [UInt8]?
    skipSpace()
    if !take(Byte.closeBrace) {
      while true {
        skipSpace()
        // A key with escapes (`"te\u0078t"`) is left to JSONSerialization.
        guard let key = rawString(), !bytes[key].contains(Byte.backslash), isUTF8(key) else {
          return nil
        }
        skipSpace()
        guard take(Byte.colon) else { return nil }
        skipSpace()
        if equals(key, Self.textKey) {
          guard text == nil, let value = decodedString() else { return nil }
          text = value
        } else if equals(key, Self.idKey) {
          guard idJSON == nil, let value = plainID() else { return nil }
          idJSON = value
        } else {
          guard skipValue(depth: 0) else { return nil }
        }
        skipSpace()
        if take(Byte.comma) { continue }
        guard take(Byte.closeBrace) else { return nil }
        break
      }
    }
    skipSpace()
    guard index == bytes.count, let text else { return nil }
    return Record(idJSON: idJSON ?? "null", textBytes: text)
  }

  // MARK: Values

  /// An `id` the output can copy as printed: `null`, an integer of at most 15 digits, or a
  /// string of printable scalars without `"` or `\`.
  private mutating func plainID() -> String? {
    let start = index
    if takeWord(Self.nullWord) { return "null" }
    if let raw = rawString() {
      guard !bytes[raw].contains(where: { $0 < 0x20 || $0 == Byte.backslash || $0 == 0x7F }),
        let string = String(validating: UnsafeBufferPointer(rebasing: bytes[raw]), as: UTF8.self)
      else { return nil }
      return "\"" + string + "\""
    }
    var cursor = start
    if cursor < bytes.count && bytes[cursor] == Byte.minus { cursor += 1 }
    let digitsStart = cursor
    while cursor < bytes.count, Byte.isDigit(bytes[cursor]) { cursor += 1 }
    let digits = cursor - digitsStart
    guard digits >= 1, digits <= 15, digits == 1 || bytes[digitsStart] != Byte.zero,
      cursor == bytes.count || !Self.continuesNumber(bytes[cursor])
    else { return nil }
    index = cursor
    // An integer reads back as itself, except `-0`, which JSONSerialization writes as `0`.
    guard !(digits == 1 && bytes[digitsStart] == Byte.zero && digitsStart > start) else {
      return nil
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cursor]), as: UTF8.self)
  }

  /// The positions of a string's raw contents (between the quotes, escapes undecoded),
  /// with the cursor after the closing quote; `nil` (cursor unchanged) when no well-formed
  /// string starts here.
  private mutating func rawString() -> Range<Int>? {
    guard index < bytes.count, bytes[index] == Byte.quote else { return nil }
    var cursor = index + 1
    let start = cursor
    while cursor < bytes.count {
      // Eight bytes at a time while none is a quote, a backslash or a control byte.
      if cursor + 8 <= bytes.count, let base = bytes.baseAddress,
        !JSONTextWriter.mayNeedEscape(
          UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self))
      {
        cursor += 8
        continue
      }
      let byte = bytes[cursor]
      if byte == Byte.quote {
        index = cursor + 1
        return start..<cursor
      }
      if byte < 0x20 { return nil }
      if byte == Byte.backslash {
        // Only JSON's escapes: a short one, or `\u` and four hex digits.
        guard cursor + 1 < bytes.count else { return nil }
        let escape = bytes[cursor + 1]
        if escape == Byte.u {
          guard cursor + 6 <= bytes.count, hexValue(cursor + 2..<cursor + 6) != nil else {
            return nil
          }
          cursor += 6
        } else {
          guard Self.shortEscapes[escape] != nil else { return nil }
          cursor += 2
        }
        continue
      }
      cursor += 1
    }
    return nil
  }

  /// A string value decoded to bytes: the short escapes and `\uXXXX` outside the surrogates;
  /// `nil` for anything else.
  private mutating func decodedString() -> [UInt8]? {
    guard let raw = rawString() else { return nil }
    var decoded: [UInt8] = []
    decoded.reserveCapacity(raw.count)
    var cursor = raw.lowerBound
    var runStart = cursor
    while cursor < raw.upperBound {
      guard bytes[cursor] == Byte.backslash else {
        // On to the next backslash (or the end) in one `memchr`.
        if let base = bytes.baseAddress,
          let found = memchr(base + cursor, Int32(Byte.backslash), raw.upperBound - cursor)
        {
          cursor = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        } else {
          cursor = raw.upperBound
        }
        continue
      }
      decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<cursor]))
      guard cursor + 1 < raw.upperBound else { return nil }
      let escape = bytes[cursor + 1]
      if escape == Byte.u {
        guard cursor + 6 <= raw.upperBound, let value = hexValue(cursor + 2..<cursor + 6),
          !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value)
        else { return nil }
        decoded.append(contentsOf: String(Character(scalar)).utf8)
        cursor += 6
      } else {
        guard let byte = Self.shortEscapes[escape] else { return nil }
        decoded.append(byte)
        cursor += 2
      }
      runStart = cursor
    }
    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<raw.upperBound]))
    return decoded
  }

  /// Skips any well-formed JSON value (nesting limited to 64 levels).
  private mutating func skipValue(depth: Int) -> Bool {
    guard depth < 64, index < bytes.count else { return false }
    switch bytes[index] {
    case Byte.quote:
      return rawString().map(isUTF8) == true
    case Byte.openBrace:
      index += 1
      skipSpace()
      if take(Byte.closeBrace) { return true }
      while true {
        skipSpace()
        guard rawString().map(isUTF8) == true else { return false }
        skipSpace()
        guard take(Byte.colon) else { return false }
        skipSpace()
        guard skipValue(depth: depth + 1) else { return false }
        skipSpace()
        if take(Byte.comma) { continue }
        return take(Byte.closeBrace)
      }
    case Byte.openBracket:
      index += 1
      skipSpace()
      if take(Byte.closeBracket) { return true }
      while true {
        skipSpace()
        guard skipValue(depth: depth + 1) else { return false }
        skipSpace()
        if take(Byte.comma) { continue }
        return take(Byte.closeBracket)
      }
    default:
      return takeWord(Self.nullWord) || takeWord(Self.trueWord) || takeWord(Self.falseWord)
        || skipNumber()
    }
  }

  /// Skips a number in JSON's grammar: `-`? int frac? exp?; one with an exponent or more
  /// than 15 digits is left to JSONSerialization (which may refuse what `Double` cannot hold).
  private mutating func skipNumber() -> Bool {
    var cursor = index
    if cursor < bytes.count && bytes[cursor] == Byte.minus { cursor += 1 }
    guard cursor < bytes.count, Byte.isDigit(bytes[cursor]) else { return false }
    if bytes[cursor] == Byte.zero {
      cursor += 1
    } else {
      while cursor < bytes.count, Byte.isDigit(bytes[cursor]) { cursor += 1 }
    }
    if cursor < bytes.count && bytes[cursor] == Byte.point {
      cursor += 1
      let start = cursor
      while cursor < bytes.count, Byte.isDigit(bytes[cursor]) { cursor += 1 }
      guard cursor > start else { return false }
    }
    guard cursor - index <= 16, cursor == bytes.count || (bytes[cursor] | 0x20) != Byte.e else {
      return false
    }
    index = cursor
    return true
  }

  // MARK: Bytes

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  private mutating func takeWord(_ word: [UInt8]) -> Bool {
    guard index + word.count <= bytes.count,
      word.indices.allSatisfy({ bytes[index + $0] == word[$0] })
    else { return false }
    index += word.count
    return true
  }

  private func equals(_ range: Range<Int>, _ word: [UInt8]) -> Bool {
    range.count == word.count
      && word.indices.allSatisfy { bytes[range.lowerBound + $0] == word[$0] }
  }

  /// Whether the bytes of `range` are well-formed UTF-8 (JSONSerialization rejects a line
  /// with ill-formed bytes anywhere).
  private func isUTF8(_ range: Range<Int>) -> Bool {
    UTF8Scan(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[range]))) != nil
  }

  private func hexValue(_ range: Range<Int>) -> UInt32? {
    var value: UInt32 = 0
    for position in range {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  private static func continuesNumber(_ byte: UInt8) -> Bool {
    Byte.isDigit(byte) || byte == Byte.point || byte | 0x20 == Byte.e || byte == Byte.plus
      || byte == Byte.minus
  }

  private static let textKey = Array("text".utf8)
  private static let idKey = Array("id".utf8)
  private static let nullWord = Array("null".utf8)
  private static let trueWord = Array("true".utf8)
  private static let falseWord = Array("false".utf8)
  /// `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`: the escaped letter and its byte.
  private static let shortEscapes: [UInt8: UInt8] = [
    0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D,
    0x74: 0x09,
  ]

  private enum Byte {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let point = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let u = UInt8(ascii: "u")
    static let e = UInt8(ascii: "e")

    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  }
}
