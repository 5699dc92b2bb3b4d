/// What a word of a byline means: a role word, an agency, a source label, or a word that
/// carries no credit.
enum BylineWord: Sendable {
  /// A role word such as `记者`, `通讯员`, `摄影`.
  case role(RoleWord)
  /// A word naming an agency instead of a person, such as `本报综合报道`.
  case agency
  /// `联合报道`: the segment names organisations, not people.
  case jointReport
  /// `来源`: the next run of text names the source outlet.
  case sourceLabel
  /// A word that adds nothing, such as `报道` after names or `完`.
  case ignorable
}

/// A role word of a byline and what it gives the names it governs.
struct RoleWord: Sendable {
  /// The role given to the names.
  var role: CreditRole
  /// What the word says the person did (`writing`, `photography`), for combined credits.
  var duties: [String]
  /// A duty word (`文`, `摄`, `图`, `摄影`) may also follow the names it applies to.
  var canFollowNames: Bool
  /// A title (`记者`, `通讯员` …) as opposed to a duty word.
  var isTitle: Bool
  /// `false` for production roles outside the credit vocabulary (`策划`, `统筹`): the
  /// names they govern are read, so they are not mistaken for other roles' names, but
  /// not credited.
  var isCredited = true

  /// A production role whose names are not credited (`策划`, `统筹`, `监制`).
  static let production = RoleWord(
    role: .unspecified, duties: [], canFollowNames: false, isTitle: true, isCredited: false)

  /// A title such as `记者`.
  static func title(_ role: CreditRole, duties: [String] = []) -> RoleWord {
    RoleWord(role: role, duties: duties, canFollowNames: false, isTitle: true)
  }

  /// A duty word such as `摄影`, usable before or after the names.
  static func duty(_ role: CreditRole, _ duties: [String], suffix: Bool = true) -> RoleWord {
    RoleWord(role: role, duties: duties, canFollowNames: suffix, isTitle: false)
  }
}
