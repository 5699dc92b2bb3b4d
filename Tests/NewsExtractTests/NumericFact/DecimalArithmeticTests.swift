import Foundation
import Testing

@testable import NewsExtract

/// The integer fast paths of ``DecimalArithmetic`` give the very `Decimal` Foundation's
/// operators give: same value, same compact representation, same JSON text.
@Suite struct DecimalArithmeticTests {
  static func same(_ fast: Decimal, _ slow: Decimal) -> Bool {
    fast == slow && fast.exponent == slow.exponent && fast.significand == slow.significand
      && fast.description == slow.description
  }

  static let pairs: [(String, String)] = [
    ("4.5", "10000"), ("1", "1"), ("0", "10000"), ("3", "0"), ("12.34", "0.001"),
    ("-2.5", "4"), ("-2.5", "-0.4"), ("18446744073709551615", "10"), ("1e30", "1e30"),
    ("123456789", "987654321"), ("0.000001", "0.3048"), ("860", "10000"), ("7", "100000000"),
    ("99999999999", "99999999999"), ("1e-50", "1e-50"), ("5", "2"), ("100000000", "10000"),
  ]

  @Test(arguments: pairs)
  func productSumAndQuotientMatchFoundation(_ pair: (String, String)) throws {
    let lhs = try #require(Decimal(string: pair.0))
    let rhs = try #require(Decimal(string: pair.1))
    #expect(Self.same(DecimalArithmetic.product(lhs, rhs), lhs * rhs))
    #expect(Self.same(DecimalArithmetic.sum(lhs, rhs), lhs + rhs))
    if !rhs.isZero {
      #expect(Self.same(DecimalArithmetic.quotient(lhs, rhs), lhs / rhs))
    }
  }

  @Test func randomProductsAndSumsMatchFoundation() {
    var generator = SplitMix(seed: 42)
    for _ in 0..<2000 {
      let lhs = generator.decimal()
      let rhs = generator.decimal()
      #expect(Self.same(DecimalArithmetic.product(lhs, rhs), lhs * rhs), "\(lhs) × \(rhs)")
      #expect(Self.same(DecimalArithmetic.sum(lhs, rhs), lhs + rhs), "\(lhs) + \(rhs)")
      if !rhs.isZero {
        #expect(Self.same(DecimalArithmetic.quotient(lhs, rhs), lhs / rhs), "\(lhs) ÷ \(rhs)")
      }
    }
  }

  static let divisions: [(String, UInt64)] = [
    ("8600000", 15), ("1", 3), ("2", 3), ("5", 1), ("0.0000005", 1), ("0.0000004999", 1),
    ("400", 121), ("123456.789", 7), ("10000", 15), ("-8600000", 15), ("0.0000015", 1),
    ("1e-7", 1), ("99999999999999", 13), ("7.5e-7", 1), ("1", 2),
  ]

  @Test(arguments: divisions)
  func roundedQuotientMatchesFoundationDivisionAndRounding(_ pair: (String, UInt64)) throws {
    let value = try #require(Decimal(string: pair.0))
    let slow = SIConversion.rounded(value / Decimal(pair.1))
    if let fast = DecimalArithmetic.rounded(value, dividedBy: pair.1, places: 6) {
      #expect(Self.same(fast, slow))
    } else {
      #expect(slow.isZero || pair.0.contains("e"))
    }
  }

  @Test func randomSIConversionsMatchFoundation() {
    var generator = SplitMix(seed: 7)
    for entry in UnitLexicon.entries where entry.isPhysical {
      for _ in 0..<40 {
        let value = generator.decimal()
        guard value.sign == .plus else { continue }
        guard let numerator = entry.siNumerator else { continue }
        let slow = SIConversion.rounded(value * numerator / entry.siDenominator)
        let fast = SIConversion.si(value, entry)
        #expect(fast.map { Self.same($0, slow) } == true, "\(value) \(entry.word)")
      }
    }
  }
}

/// A small deterministic generator of page-like decimals (0.5, 3.75, 4500, 12万 …).
struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func decimal() -> Decimal {
    let digits = Int(next() % 12) + 1
    var mantissa: UInt64 = 0
    for _ in 0..<digits { mantissa = mantissa * 10 + next() % 10 }
    let exponent = Int(next() % 13) - 8
    let sign: FloatingPointSign = next() % 9 == 0 ? .minus : .plus
    return Decimal(sign: sign, exponent: exponent, significand: Decimal(mantissa))
  }
}
