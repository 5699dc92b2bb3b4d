/// One difference between expected and actual JSON, at a path such as
/// `articles[2].credits[0].name`.
///
/// ```swift
/// let difference = FixtureDifference(path: "masthead.pageCount", expected: "8", actual: "4")
/// difference.kind         // .changed
/// difference.description  // "masthead.pageCount: expected 8, got 4"
/// ```
public struct FixtureDifference: Sendable, Hashable, CustomStringConvertible {
  /// What kind of difference this is.
  ///
  /// ```swift
  /// FixtureDifference(path: "facts[2]", expected: "{…}", actual: "(absent)").kind  // .missing
  /// ```
  public enum Kind: String, Sendable, Hashable {
    /// Both sides have a value at the path, and they differ.
    case changed
    /// The expected JSON has a value the actual output lacks.
    case missing
    /// The actual output has a value the expected JSON lacks.
    case unexpected
  }

  /// The marker ``expected`` or ``actual`` holds when that side has no value at ``path``.
  public static let absent = "(absent)"

  /// Where in the JSON.
  public let path: String
  /// The expected value, as compact JSON text (or ``absent``).
  public let expected: String
  /// The actual value, as compact JSON text (or ``absent``).
  public let actual: String

  /// Creates a difference; pass ``absent`` for the side that has no value.
  ///
  /// ```swift
  /// FixtureDifference(path: "facts[0]", expected: FixtureDifference.absent, actual: "{…}")
  /// ```
  public init(path: String, expected: String, actual: String) {
    self.path = path
    self.expected = expected
    self.actual = actual
  }

  /// Whether the value changed, or is missing or unexpected.
  public var kind: Kind {
    if actual == Self.absent { return .missing }
    if expected == Self.absent { return .unexpected }
    return .changed
  }

  /// For a check: `path: expected X, got Y`, `path: missing X` or `path: unexpected Y`.
  public var description: String {
    switch kind {
    case .changed: "\(path): expected \(expected), got \(actual)"
    case .missing: "\(path): missing \(expected)"
    case .unexpected: "\(path): unexpected \(actual)"
    }
  }

  /// For an update: `path: X → Y`, `path: removed X` or `path: added Y`.
  ///
  /// ```swift
  /// FixtureDifference(path: "facts[0]", expected: "(absent)", actual: "{…}").change
  /// // "facts[0]: added {…}"
  /// ```
  public var change: String {
    switch kind {
    case .changed: "\(path): \(expected) → \(actual)"
    case .missing: "\(path): removed \(expected)"
    case .unexpected: "\(path): added \(actual)"
    }
  }
}
