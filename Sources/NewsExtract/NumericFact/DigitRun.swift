/// The run of Chinese digits without a multiplier that ``NumberReader`` collects while it
/// reads a numeral (三四 is "three or four", 二〇二二 a year): the first two digits are kept
/// inline and only a longer run uses an array, so the common run allocates nothing.
///
/// ```swift
/// var run = DigitRun()
/// run.start(3)
/// run.append(4)
/// run.pair              // (3, 4)
/// run.digits(prefix: 8) // [3, 4]
/// ```
struct DigitRun: Sendable {
  /// The number of digits in the run.
  private(set) var count = 0
  private var first = 0
  private var second = 0
  private var rest: [Int] = []

  /// Empties the run.
  mutating func reset() {
    count = 0
    if !rest.isEmpty { rest = [] }
  }

  /// Starts a new run with `digit`.
  mutating func start(_ digit: Int) {
    reset()
    append(digit)
  }

  /// Adds `digit` at the end of the run.
  mutating func append(_ digit: Int) {
    switch count {
    case 0: first = digit
    case 1: second = digit
    default: rest.append(digit)
    }
    count += 1
  }

  /// The two digits of a run of exactly two.
  var pair: (Int, Int)? { count == 2 ? (first, second) : nil }

  /// The first `limit` digits, in order.
  func digits(prefix limit: Int) -> [Int] {
    let all = count == 0 ? [] : count == 1 ? [first] : [first, second] + rest
    return Array(all.prefix(limit))
  }
}
