import Foundation

/// An error at one of NewsExtract's boundaries: reading a file, decoding its bytes,
/// or reading the command line.
///
/// Extraction itself never throws: odd text yields fewer results, not an error.
/// Every error names what it is about, why it failed and what to do, in one line:
///
/// ```swift
/// do {
///   _ = try NewsExtractor().extract(contentsOf: URL(fileURLWithPath: "missing.txt"))
/// } catch {
///   print(error)  // missing.txt: no such file; check the path
/// }
/// ```
public struct NewsExtractError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of failure this is.
  public enum Kind: String, Sendable, Equatable, Codable {
    /// The file does not exist.
    case fileNotFound
    /// The file exists but could not be read (a folder, no permission, an I/O error).
    case unreadable
    /// The bytes are not UTF-8, UTF-16 or GB18030 text.
    case undecodable
    /// A command-line argument is wrong.
    case usage
    /// A fixture folder or file is malformed.
    case fixture
  }

  /// What kind of failure this is.
  public let kind: Kind
  /// The file, argument or other thing the error is about, if any.
  public let subject: String?
  /// The reason and what to do, as one sentence.
  public let reason: String

  /// Creates an error.
  ///
  /// ```swift
  /// let error = NewsExtractError(.fileNotFound, subject: "a.txt", reason: "no such file; check the path")
  /// ```
  public init(_ kind: Kind, subject: String?, reason: String) {
    self.kind = kind
    self.subject = subject
    self.reason = reason
  }

  /// One line: `subject: reason`.
  public var description: String {
    guard let subject else { return reason }
    return "\(subject): \(reason)"
  }
}
