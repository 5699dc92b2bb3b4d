extension Masthead {
  /// Adds a body under a role, once.
  mutating func add(_ name: String, as role: MastheadRole) {
    switch role {
    case .supervisor: if !supervisors.contains(name) { supervisors.append(name) }
    case .sponsor: if !sponsors.contains(name) { sponsors.append(name) }
    case .organizer: if !organizers.contains(name) { organizers.append(name) }
    case .coOrganizer: if !coOrganizers.contains(name) { coOrganizers.append(name) }
    case .publisher: if !publishers.contains(name) { publishers.append(name) }
    }
  }
}
