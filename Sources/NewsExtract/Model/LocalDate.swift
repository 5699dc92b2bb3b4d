import Foundation

/// A calendar date without a time or time zone, written `yyyy-MM-dd` in JSON.
///
/// ```swift
/// let date = LocalDate(year: 2022, month: 11, day: 9)
/// date?.description  // "2022-11-09"
/// date?.weekday      // 4 (1 = Sunday ... 7 = Saturday)
/// ```
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The Gregorian year.
  public let year: Int
  /// The month, 1...12.
  public let month: Int
  /// The day of the month, 1...31.
  public let day: Int

  /// Creates a date, or `nil` when the day does not exist (2022-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= LocalDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `yyyy-MM-dd`.
  ///
  /// ```swift
  /// LocalDate(iso: "2022-08-10")?.month  // 8
  /// ```
  public init?(iso: String) {
    let parts = iso.split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The number of days in a month of the Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The day of the week, 1 = Sunday ... 7 = Saturday (Foundation's numbering).
  public var weekday: Int {
    // Zeller-style computation on the proleptic Gregorian calendar.
    let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    let y = month < 3 ? year - 1 : year
    let sunday0 = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    return sunday0 + 1
  }

  /// `yyyy-MM-dd`.
  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
  }

  /// Orders dates chronologically.
  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Decodes the JSON written by `encode(to:)`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = LocalDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a yyyy-MM-dd date, found \(text)")
    }
    self = date
  }

  /// Encodes every key, writing `null` for absent values, so the JSON shape is stable.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
