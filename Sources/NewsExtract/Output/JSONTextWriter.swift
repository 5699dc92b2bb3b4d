import Foundation

/// Writes JSON text straight into a byte buffer, byte for byte as ``PageJSON/encoder(pretty:)``
/// (Foundation's `JSONEncoder` with sorted keys and unescaped slashes) writes it, without the
/// `Codable` machinery: no boxing of values, no key sorting at run time, no intermediate tree.
///
/// Callers write members in sorted key order themselves (the models' `writeJSON(to:)`
/// methods do); `PageJSONWriterTests` and the fuzz target check the result against
/// `JSONEncoder` on every fixture and on arbitrary pages.
///
/// Pretty output follows `JSONEncoder`'s layout: two spaces per level, `"key" : value`, and an
/// empty container written as an opening mark, a blank line and the closing mark.
///
/// ```swift
/// var writer = JSONTextWriter(pretty: false)
/// writer.openObject()
/// writer.key("text")
/// writer.string("约5公里")
/// writer.closeObject()
/// String(decoding: writer.bytes, as: UTF8.self)  // {"text":"约5公里"}
/// ```
struct JSONTextWriter {
  /// The UTF-8 text written so far.
  private(set) var bytes: [UInt8] = []
  /// Whether to lay the text out on indented lines.
  let pretty: Bool
  /// For each open container, innermost last: whether it has a member yet.
  private var hasMembers: [Bool] = []

  /// A writer with room for `capacity` bytes reserved.
  init(pretty: Bool, capacity: Int = 0) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
    hasMembers.reserveCapacity(8)
  }

  /// Opens an object (`{`).
  mutating func openObject() {
    bytes.append(Mark.openBrace)
    hasMembers.append(false)
  }

  /// Closes the innermost object (`}`).
  mutating func closeObject() {
    close(Mark.closeBrace)
  }

  /// Opens an array (`[`).
  mutating func openArray() {
    bytes.append(Mark.openBracket)
    hasMembers.append(false)
  }

  /// Closes the innermost array (`]`).
  mutating func closeArray() {
    close(Mark.closeBracket)
  }

  /// Starts the member `name` of the innermost object: separator, indentation, quoted key and
  /// colon. `name` must need no escaping (the models' keys are ASCII identifiers).
  mutating func key(_ name: StaticString) {
    nextMember()
    bytes.append(Mark.quote)
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(Mark.quote)
    if pretty {
      bytes.append(contentsOf: Mark.prettyColon)
    } else {
      bytes.append(Mark.colon)
    }
  }

  /// Starts the next element of the innermost array: separator and indentation.
  mutating func element() {
    nextMember()
  }

  /// Writes each of `items` as an array.
  mutating func array<Item>(_ items: [Item], _ write: (inout JSONTextWriter, Item) -> Void) {
    openArray()
    for item in items {
      nextMember()
      write(&self, item)
    }
    closeArray()
  }

  /// Writes an array of strings.
  mutating func array(_ items: [String]) {
    array(items) { $0.string($1) }
  }

  /// Writes a string, escaped as `JSONEncoder` escapes it: `"` and `\`, the short forms
  /// `\b \t \n \f \r`, other control scalars as `\u00xx`; everything else as it is.
  mutating func string(_ value: String) {
    bytes.append(Mark.quote)
    var value = value
    value.withUTF8 { utf8 in
      guard let base = utf8.baseAddress else { return }
      let count = utf8.count
      var runStart = 0
      var index = 0
      while index < count {
        // Eight bytes at a time while none of them needs escaping (Chinese text: all of them).
        while index + 8 <= count,
          !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        {
          index += 8
        }
        let stop = Swift.min(count, index + 8)
        while index < stop {
          let byte = base[index]
          if byte < 0x20 || byte == Mark.quote || byte == Mark.backslash {
            if runStart < index {
              bytes.append(
                contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
            }
            escape(byte)
            runStart = index + 1
          }
          index += 1
        }
      }
      if runStart < count {
        bytes.append(
          contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
      }
    }
    bytes.append(Mark.quote)
  }

  /// Whether some byte of `word` may be `"`, `\` or below 0x20 (the zero-byte tests of
  /// "Bit Twiddling Hacks": no false negatives; a false positive only costs the byte loop).
  @inline(__always)
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quote = word ^ (ones &* UInt64(Mark.quote))
    let backslash = word ^ (ones &* UInt64(Mark.backslash))
    let hasQuote = (quote &- ones) & ~quote
    let hasBackslash = (backslash &- ones) & ~backslash
    let hasControl = (word &- ones &* 0x20) & ~word
    return (hasQuote | hasBackslash | hasControl) & highs != 0
  }

  /// Writes a string, or `null`.
  mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  /// Writes an integer in decimal.
  mutating func int(_ value: Int) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { scratch in
      // Digits from the right end of the scratch space; 20 hold any magnitude.
      var magnitude = value.magnitude
      var index = scratch.count
      repeat {
        index -= 1
        scratch[index] = UInt8(truncatingIfNeeded: magnitude % 10) &+ Mark.zero
        magnitude /= 10
      } while magnitude > 0
      if value < 0 { bytes.append(Mark.minus) }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[index...]))
    }
  }

  /// Writes an integer, or `null`.
  mutating func int(_ value: Int?) {
    if let value { int(value) } else { null() }
  }

  /// Writes an exact number as `JSONEncoder` writes a `Decimal`: its `description`
  /// (`109000`, `0.25`, `-3.5`), digit by digit when the mantissa fits 64 bits and has no
  /// trailing zero behind a decimal point, through `description` otherwise.
  mutating func decimal(_ value: Decimal) {
    let exponent = value.exponent
    guard let mantissa = DecimalOrdering.mantissa64(value), (-40...40).contains(exponent),
      exponent >= 0 || mantissa % 10 != 0
    else {
      bytes.append(contentsOf: value.description.utf8)
      return
    }
    if mantissa == 0 {
      bytes.append(Mark.zero)
      return
    }
    if value.sign == .minus { bytes.append(Mark.minus) }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { scratch in
      var rest = mantissa
      var index = scratch.count
      repeat {
        index -= 1
        scratch[index] = UInt8(truncatingIfNeeded: rest % 10) &+ Mark.zero
        rest /= 10
      } while rest > 0
      let digits = UnsafeBufferPointer(rebasing: scratch[index...])
      if exponent >= 0 {
        bytes.append(contentsOf: digits)
        for _ in 0..<exponent { bytes.append(Mark.zero) }
        return
      }
      let fraction = -exponent
      if digits.count > fraction {
        bytes.append(
          contentsOf: UnsafeBufferPointer(rebasing: digits[..<(digits.count - fraction)]))
        bytes.append(Mark.point)
        bytes.append(
          contentsOf: UnsafeBufferPointer(rebasing: digits[(digits.count - fraction)...]))
      } else {
        bytes.append(Mark.zero)
        bytes.append(Mark.point)
        for _ in 0..<(fraction - digits.count) { bytes.append(Mark.zero) }
        bytes.append(contentsOf: digits)
      }
    }
  }

  /// Writes an exact number, or `null`.
  mutating func decimal(_ value: Decimal?) {
    if let value { decimal(value) } else { null() }
  }

  /// Writes `true` or `false`.
  mutating func bool(_ value: Bool) {
    bytes.append(contentsOf: value ? Mark.trueWord : Mark.falseWord)
  }

  /// Writes `null`.
  mutating func null() {
    bytes.append(contentsOf: Mark.nullWord)
  }

  private mutating func nextMember() {
    guard let last = hasMembers.indices.last else { return }
    if hasMembers[last] { bytes.append(Mark.comma) }
    hasMembers[last] = true
    if pretty { newline(depth: hasMembers.count) }
  }

  private mutating func close(_ mark: UInt8) {
    let had = hasMembers.popLast() ?? true
    if pretty {
      if !had { bytes.append(Mark.newline) }
      newline(depth: hasMembers.count)
    }
    bytes.append(mark)
  }

  private mutating func newline(depth: Int) {
    bytes.append(Mark.newline)
    for _ in 0..<depth { bytes.append(contentsOf: Mark.indent) }
  }

  private mutating func escape(_ byte: UInt8) {
    bytes.append(Mark.backslash)
    switch byte {
    case Mark.quote, Mark.backslash: bytes.append(byte)
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    default:
      bytes.append(contentsOf: Mark.unicodeEscape)
      bytes.append(Mark.hexDigits[Int(byte >> 4)])
      bytes.append(Mark.hexDigits[Int(byte & 0x0F)])
    }
  }

  /// The bytes of JSON's punctuation and words.
  private enum Mark {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let minus = UInt8(ascii: "-")
    static let zero = UInt8(ascii: "0")
    static let point = UInt8(ascii: ".")
    static let newline = UInt8(ascii: "\n")
    static let prettyColon: [UInt8] = Array(" : ".utf8)
    static let indent: [UInt8] = Array("  ".utf8)
    static let trueWord: [UInt8] = Array("true".utf8)
    static let falseWord: [UInt8] = Array("false".utf8)
    static let nullWord: [UInt8] = Array("null".utf8)
    static let unicodeEscape: [UInt8] = Array("u00".utf8)
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
  }
}
