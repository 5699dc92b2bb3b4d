// Each model writes itself through a `JSONTextWriter` exactly as its `Codable` conformance
// encodes it under `PageJSON.encoder(pretty:)`: the same members (explicit `encode(to:)`
// methods write `null` for absent values; synthesized ones leave absent optionals out),
// in sorted key order (byte order of the ASCII keys). `PageJSONWriterTests` compares the
// two on every fixture and on pages with every optional set and unset.

extension Page {
  /// Writes the page as `JSONEncoder` would (see ``PageJSON``).
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("articles")
    writer.array(articles) { $1.writeJSON(to: &$0) }
    writer.key("blocks")
    writer.array(blocks) { $1.writeJSON(to: &$0) }
    writer.key("credits")
    writer.array(credits) { $1.writeJSON(to: &$0) }
    writer.key("facts")
    writer.array(facts) { $1.writeJSON(to: &$0) }
    writer.key("masthead")
    if let masthead { masthead.writeJSON(to: &writer) } else { writer.null() }
    writer.key("schemaVersion")
    writer.int(schemaVersion)
    if let source {
      writer.key("source")
      writer.string(source)
    }
    writer.key("warnings")
    writer.array(warnings) { $1.writeJSON(to: &$0) }
    writer.closeObject()
  }
}

extension Article {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("agency")
    writer.string(agency)
    writer.key("continuations")
    writer.array(continuations)
    writer.key("credits")
    writer.array(credits) { $1.writeJSON(to: &$0) }
    writer.key("dateline")
    if let dateline { dateline.writeJSON(to: &writer) } else { writer.null() }
    writer.key("end")
    writer.int(end)
    writer.key("facts")
    writer.array(facts) { $1.writeJSON(to: &$0) }
    writer.key("headline")
    writer.string(headline)
    writer.key("kickers")
    writer.array(kickers)
    writer.key("kind")
    writer.string(kind)
    writer.key("paragraphs")
    writer.array(paragraphs) { $1.writeJSON(to: &$0) }
    writer.key("start")
    writer.int(start)
    writer.key("subheadlines")
    writer.array(subheadlines)
    writer.closeObject()
  }
}

extension Paragraph {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("end")
    writer.int(end)
    writer.key("start")
    writer.int(start)
    writer.key("text")
    writer.string(text)
    writer.closeObject()
  }
}

extension Dateline {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    if let date {
      writer.key("date")
      writer.string(date.description)
    }
    writer.key("end")
    writer.int(end)
    if let partOfDay {
      writer.key("partOfDay")
      writer.string(partOfDay)
    }
    if let place {
      writer.key("place")
      writer.string(place)
    }
    writer.key("start")
    writer.int(start)
    writer.key("text")
    writer.string(text)
    writer.closeObject()
  }
}

extension PageBlock {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("end")
    writer.int(end)
    writer.key("kind")
    writer.string(kind)
    writer.key("start")
    writer.int(start)
    writer.key("text")
    writer.string(text)
    writer.closeObject()
  }
}

extension PageWarning {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("code")
    writer.string(code)
    if let end {
      writer.key("end")
      writer.int(end)
    }
    writer.key("message")
    writer.string(message)
    if let start {
      writer.key("start")
      writer.int(start)
    }
    writer.closeObject()
  }
}

extension Credit {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("affiliation")
    writer.string(affiliation)
    writer.key("duties")
    writer.array(duties)
    writer.key("end")
    writer.int(end)
    writer.key("isAmbiguous")
    writer.bool(isAmbiguous)
    writer.key("name")
    writer.string(name)
    writer.key("role")
    writer.string(role.rawValue)
    writer.key("start")
    writer.int(start)
    writer.key("title")
    writer.string(title)
    writer.closeObject()
  }
}

extension NumericFact {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("direction")
    writer.string(direction?.rawValue)
    writer.key("end")
    writer.int(end)
    writer.key("kind")
    writer.string(kind.rawValue)
    writer.key("qualifier")
    writer.string(qualifier?.rawValue)
    writer.key("sentence")
    writer.string(sentence)
    writer.key("siUnit")
    writer.string(siUnit)
    writer.key("siValue")
    writer.decimal(siValue)
    writer.key("start")
    writer.int(start)
    writer.key("subject")
    writer.string(subject)
    writer.key("text")
    writer.string(text)
    writer.key("unit")
    writer.string(unit)
    writer.key("upper")
    writer.decimal(upper)
    writer.key("value")
    writer.decimal(value)
    writer.closeObject()
  }
}

extension Masthead {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("coOrganizers")
    writer.array(coOrganizers)
    writer.key("date")
    writer.string(date?.description)
    writer.key("emails")
    writer.array(emails)
    writer.key("end")
    writer.int(end)
    writer.key("englishName")
    writer.string(englishName)
    writer.key("issueNumber")
    writer.int(issueNumber)
    writer.key("labeledPhones")
    writer.array(labeledPhones) { $1.writeJSON(to: &$0) }
    writer.key("lunar")
    if let lunar { lunar.writeJSON(to: &writer) } else { writer.null() }
    writer.key("lunarDate")
    writer.string(lunarDate)
    writer.key("organizers")
    writer.array(organizers)
    writer.key("pageCount")
    writer.int(pageCount)
    writer.key("pageNumber")
    writer.int(pageNumber)
    writer.key("paperName")
    writer.string(paperName)
    writer.key("phones")
    writer.array(phones)
    writer.key("postalCode")
    writer.string(postalCode)
    writer.key("publishers")
    writer.array(publishers)
    writer.key("serialNumber")
    writer.string(serialNumber)
    writer.key("sponsors")
    writer.array(sponsors)
    writer.key("start")
    writer.int(start)
    writer.key("supervisors")
    writer.array(supervisors)
    writer.key("website")
    writer.string(website)
    writer.key("weekday")
    writer.string(weekday)
    writer.closeObject()
  }
}

extension LabeledPhone {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    writer.key("label")
    writer.string(label)
    writer.key("number")
    writer.string(number)
    writer.closeObject()
  }
}

extension LunarDate {
  func writeJSON(to writer: inout JSONTextWriter) {
    writer.openObject()
    if let cyclicYear {
      writer.key("cyclicYear")
      writer.string(cyclicYear)
    }
    writer.key("day")
    writer.int(day)
    writer.key("isLeapMonth")
    writer.bool(isLeapMonth)
    writer.key("month")
    writer.int(month)
    writer.key("text")
    writer.string(text)
    writer.closeObject()
  }
}
