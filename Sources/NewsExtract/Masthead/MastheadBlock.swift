/// The lines found to be a masthead block: the nameplate and the element lines.
struct MastheadBlock: Sendable, Hashable {
  /// The nameplate (paper name) as printed, and the range of its line, when found.
  var paperName: String?
  /// The first scalar of the block.
  var start: Int
  /// The element lines, in printed order.
  var lines: [MastheadLine]
}
