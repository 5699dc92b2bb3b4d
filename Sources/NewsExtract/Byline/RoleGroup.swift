/// The role word governing the names that follow it in a byline, with the duty and
/// title words merged into it (`文/摄影 记者` → reporter with both duties).
struct RoleGroup: Sendable {
  /// The role the names take.
  var role: CreditRole
  /// What the merged duty words say (`writing`, `photography`).
  var duties: [String]
  /// The title as printed (`杭报记者`), when a title word is in the group.
  var title: String?
  /// The outlet printed before the title.
  var affiliation: String?
  /// `true` until a name is read: role words read meanwhile merge into the group.
  var isOpen = true
  /// `false` for production roles (`策划`), whose names are not credited.
  var isCredited: Bool

  /// Opens a group with `word`, printed as `printed`.
  init(_ word: RoleWord, printed: String, affiliation: String?) {
    isCredited = word.isCredited
    role = word.role
    duties = word.duties
    title = word.isTitle ? printed : nil
    self.affiliation = affiliation
  }

  /// Merges a role word printed right after the group's (`文/摄影` + `记者`).
  mutating func merge(_ word: RoleWord, printed: String, affiliation: String?) {
    for duty in word.duties where !duties.contains(duty) { duties.append(duty) }
    if word.isTitle {
      isCredited = word.isCredited
      role = word.role
      title = printed
      if let affiliation { self.affiliation = affiliation }
    } else if title == nil {
      role = duties.contains(BylineLexicon.writing) ? .writer : word.role
    }
    if title != nil && role == .photographer && duties.contains(BylineLexicon.writing) {
      role = .reporter
    }
  }
}
