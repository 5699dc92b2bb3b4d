/// The role a body plays in a paper's masthead (主管 / 主办 / 承办 / 协办 / 出版).
///
/// ```swift
/// MastheadRole.sponsor.rawValue  // "sponsor"
/// ```
enum MastheadRole: String, Sendable, Hashable, Codable, CaseIterable {
  /// 主管: the supervising body.
  case supervisor
  /// 主办: the sponsor.
  case sponsor
  /// 承办: the organizer that runs the paper for the sponsor.
  case organizer
  /// 协办: a co-organizer.
  case coOrganizer
  /// 出版: the publisher (出版单位).
  case publisher
}
