/// The role word governing the names that follow it in a byline, with the duty and
/// title words merged into it (`文/摄影 记者` → reporter with both duties).
struct RoleGroup: Sendable {
  var role: CreditRole
  var duties: [String]
  var title: String?
  var affiliation: String?
  var isOpen = true
  var isCredited: Bool

  init(_ word: RoleWord, printed: String, affiliation: String?) {
    isCredited = word.isCredited
    role = word.role
    duties = word.duties
    title = word.isTitle ? printed : nil
    self.affiliation = affiliation
  }

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
