import Foundation

/// One fixture: a page and the JSON expected from it.
///
/// ```swift
/// let fixture = Fixture(
///   input: URL(fileURLWithPath: "Fixtures/pages/a.txt"),
///   expected: URL(fileURLWithPath: "Fixtures/pages/a.json"))
/// fixture.description  // "a"
/// ```
public struct Fixture: Sendable, Hashable, CustomStringConvertible {
  /// The page text (`NAME.txt`).
  public let input: URL
  /// The expected output (`NAME.json`).
  public let expected: URL

  /// Creates a fixture from its two files (``FixtureSuite`` finds them for you).
  ///
  /// ```swift
  /// Fixture(
  ///   input: folder.appendingPathComponent("a.txt"),
  ///   expected: folder.appendingPathComponent("a.json"))
  /// ```
  public init(input: URL, expected: URL) {
    self.input = input
    self.expected = expected
  }

  /// The fixture's file name without extension.
  public var description: String { input.deletingPathExtension().lastPathComponent }
}
