import Foundation
import NewsExtract
import Testing

/// Every unit of the lexicon is reachable after an Arabic number, with its multiplier.
@Suite struct LexiconTests {
  static let reachable = UnitLexicon.entries.filter { $0.word != "成" }

  @Test(arguments: reachable)
  func everyUnitIsRead(entry: UnitEntry) throws {
    let fact = try onlyFact("共12" + entry.word + "。")
    #expect(fact.unit == entry.unit)
    #expect(fact.kind == entry.kind)
    #expect(fact.value == 12 * entry.multiplier)
  }

  @Test func entriesAreUniqueAndLongestFirst() {
    let words = UnitLexicon.entries.map(\.word)
    #expect(Set(words).count == words.count)
    let lengths = UnitLexicon.entries.map(\.scalars.count)
    #expect(lengths == lengths.sorted(by: >))
  }

  @Test func lexiconsAreNotEmpty() {
    #expect(!NumberLexicon.digits.isEmpty)
    #expect(!QualifierLexicon.before.isEmpty && !QualifierLexicon.after.isEmpty)
    #expect(!QualifierLexicon.changes.isEmpty)
    #expect(!ExclusionLexicon.idioms.isEmpty)
  }
}
