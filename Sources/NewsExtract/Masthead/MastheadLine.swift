/// One line of a masthead block, read.
struct MastheadLine: Sendable, Hashable {
  /// The line's range, without its `\n`.
  var range: Range<Int>
  /// The elements read in it.
  var elements: [MastheadElement]
  /// The role assignments read between its elements.
  var roles: [MastheadRoleReader.Assignment]
}
