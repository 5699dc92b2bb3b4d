/// Folds full-width forms to their ASCII equivalents, one scalar at a time.
///
/// Parsers compare folded scalars so that `１２３`, `，`, `％`, `：` and `（）` are understood
/// like `123`, `,`, `%`, `:` and `()`, while the text itself, and so every reported span,
/// stays as printed.
///
/// ```swift
/// ScalarFolding.fold("１")  // "1"
/// ScalarFolding.fold("（")  // "("
/// ScalarFolding.fold("　")  // " " (ideographic space)
/// ScalarFolding.fold("钱")  // "钱"
/// ```
public enum ScalarFolding {
  /// The folded form of `scalar`: U+FF01...U+FF5E map to U+0021...U+007E, the ideographic
  /// space U+3000 and the no-break space U+00A0 to a space; anything else is returned unchanged.
  @inline(__always)
  public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    // ASCII (digits, Latin letters, punctuation) folds to itself: one test.
    if value < 0xA0 { return scalar }
    if value >= 0xFF01 {
      // U+FF01...U+FF5E - 0xFEE0 is 0x21...0x7E: an ASCII scalar, built without a test.
      return value <= 0xFF5E ? Unicode.Scalar(UInt8(truncatingIfNeeded: value &- 0xFEE0)) : scalar
    }
    if value == 0x3000 || value == 0xA0 { return " " }
    return scalar
  }

  /// Every scalar ``isSpace(_:)`` accepts, as a set for bitmap searches.
  ///
  /// ```swift
  /// ScalarFolding.spaces.contains("\u{3000}")  // true
  /// ```
  public static let spaces = ScalarSet(
    ([0x20, 0x09, 0x3000, 0xA0, 0xFEFF] + Array(UInt32(0x2002)...0x200B)).compactMap {
      Unicode.Scalar($0)
    })

  /// Whether `scalar` is horizontal white space after folding (space, tab, ideographic space).
  @inline(__always)
  public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x3000, 0xA0, 0x2002...0x200B, 0xFEFF: return true
    default: return false
    }
  }

  /// Whether `scalar` is a control character (C0, DEL or C1): no printed text.
  ///
  /// ```swift
  /// ScalarFolding.isControl("\u{0C}")  // true (form feed)
  /// ScalarFolding.isControl("版")       // false
  /// ```
  @inline(__always)
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Whether `scalar` is an ASCII or full-width decimal digit.
  @inline(__always)
  public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = fold(scalar).value
    return value >= 0x30 && value <= 0x39
  }

  /// The value of an ASCII or full-width decimal digit, or `nil`.
  @inline(__always)
  public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    let value = fold(scalar).value
    return value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
  }

  /// Whether `scalar` is a CJK unified ideograph (the common and extension-A blocks).
  @inline(__always)
  public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
      || (value >= 0x20000 && value <= 0x2FA1F) || value == 0x3007
  }
}
