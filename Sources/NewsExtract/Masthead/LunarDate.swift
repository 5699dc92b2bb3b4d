/// A lunar date read from its printed form, such as `农历壬寅年十月十六`.
///
/// ```swift
/// // 农历壬寅年十月十六
/// LunarDate(text: "农历壬寅年十月十六", cyclicYear: "壬寅", month: 10, day: 16, isLeapMonth: false)
/// ```
public struct LunarDate: Sendable, Hashable, Codable {
  /// The text as printed.
  public var text: String
  /// The 干支 year, such as `壬寅`, when printed.
  public var cyclicYear: String?
  /// The lunar month, 1...12 (冬月 = 11, 腊月 = 12).
  public var month: Int
  /// The lunar day, 1...30.
  public var day: Int
  /// Whether the month is a leap month (闰).
  public var isLeapMonth: Bool

  /// Creates a lunar date.
  public init(text: String, cyclicYear: String?, month: Int, day: Int, isLeapMonth: Bool) {
    self.text = text
    self.cyclicYear = cyclicYear
    self.month = month
    self.day = day
    self.isLeapMonth = isLeapMonth
  }
}
