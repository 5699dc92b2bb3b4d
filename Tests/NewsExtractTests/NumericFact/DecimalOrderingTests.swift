import Foundation
import Testing

@testable import NewsExtract

@Suite struct DecimalOrderingTests {
  static let comparisons: [(String, UInt64, ComparisonResult)] = [
    ("3.5", 10, .orderedAscending),
    ("9.999999", 10, .orderedAscending),
    ("10", 10, .orderedSame),
    ("10.0", 10, .orderedSame),
    ("10.000001", 10, .orderedDescending),
    ("0", 0, .orderedSame),
    ("0", 1, .orderedAscending),
    ("-5", 1, .orderedAscending),
    ("1", 1, .orderedSame),
    ("0.1", 0, .orderedDescending),
    ("12000", 10, .orderedDescending),
    ("1e25", 10, .orderedDescending),
    ("123456789012345678901234567890", 10, .orderedDescending),
    ("18446744073709551615", UInt64.max, .orderedSame),
    ("18446744073709551616", UInt64.max, .orderedDescending),
    ("0.00000000000000000000001", 1, .orderedAscending),
  ]

  @Test func fastPathIsTakenOnThisPlatform() {
    #expect(DecimalOrdering.layoutIsKnown)
  }

  @Test(arguments: comparisons)
  func comparesLikeDecimal(text: String, bound: UInt64, expected: ComparisonResult) throws {
    let value = try #require(Decimal(string: text))
    #expect(DecimalOrdering.compare(value, bound) == expected)
  }

  static let powers: [(String, Bool)] = [
    ("1", false), ("999999999999999999999999999999", false),
    ("1000000000000000000000000000000", false), ("1000000000000000000000000000001", true),
    ("1e31", true), ("0.5", false), ("18446744073709551615e10", false),
  ]

  @Test(arguments: powers)
  func exceedsPowerOfTen(text: String, expected: Bool) throws {
    let value = try #require(Decimal(string: text))
    #expect(DecimalOrdering.exceeds(value, powerOfTen: 30) == expected)
  }

  static let divisions: [(String, Int, String)] = [
    ("35", 1, "3.5"), ("500", 1, "50"), ("7", 3, "0.007"), ("-12", 2, "-0.12"),
    ("0", 2, "0"), ("123456789", 0, "123456789"), ("1e-70", 5, "1e-75"),
  ]

  @Test(arguments: divisions)
  func dividesByPowersOfTen(text: String, places: Int, expected: String) throws {
    let value = try #require(Decimal(string: text))
    var divided = value
    for _ in 0..<places { divided /= 10 }
    let result = DecimalOrdering.dividedByPowerOfTen(value, places)
    #expect(result == divided)
    #expect(result == Decimal(string: expected))
    #expect(result.description == divided.description)
  }

  @Test func dividesLikeDecimalFarFromOne() throws {
    let tiny = try #require(Decimal(string: "1e-120"))
    var divided = tiny
    for _ in 0..<5 { divided /= 10 }
    #expect(DecimalOrdering.dividedByPowerOfTen(tiny, 5).description == divided.description)
  }
}
