import NewsExtract
import Testing

/// Pages assembled at random from byline, lead, headline and body pieces must keep the
/// layout's invariants: articles in order without overlap, every credit inside the text and
/// inside its article, every name 2–12 scalars.
@Suite struct LayoutInvariantTests {
  static let pieces = [
    "■记者 王小明", "本报讯(记者 李四 通讯员 张三)", "本报讯 9日上午,", "我区召开推进会", "(徐红燕 余彬)",
    "文/摄影 记者 徐红燕", "梦诗三悦 祝依娜/文 余文华/摄", "记者从区住建局获悉,", "导读", "» 详见 3 版",
    "(下转2版)", "图为志愿者在植树。", "新华社北京4月24日电", "责任编辑:郑海云", "会议强调,要坚持守土有责。",
    "向长", "期以来", "记 者 王 芳", "【", "）", "■", "。", "\n", "\n\n", " ", "#", "## ",
  ]

  /// A small deterministic generator (a linear congruential one), so failures replay.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test(arguments: 0..<200)
  func randomPageKeepsInvariants(_ seed: Int) {
    var generator = Generator(state: UInt64(seed) &+ 17)
    var page = ""
    for _ in 0..<60 {
      page += Self.pieces[generator.next(Self.pieces.count)]
      if generator.next(3) == 0 { page += "\n\n" }
    }
    let text = SourceText(page)
    let layout = PageStructureExtractor().extract(
      from: text, startingAt: generator.next(8), issueDate: LocalDate(iso: "2022-11-09"))
    for (earlier, later) in zip(layout.articles, layout.articles.dropFirst()) {
      #expect(earlier.end <= later.start)
    }
    for article in layout.articles {
      #expect(0 <= article.start && article.start <= article.end && article.end <= text.count)
      for credit in article.credits {
        #expect(article.start <= credit.start && credit.end <= article.end)
        #expect((2...12).contains(credit.name.unicodeScalars.count))
      }
      for paragraph in article.paragraphs {
        #expect(article.start <= paragraph.start && paragraph.end <= article.end)
      }
    }
    for credit in layout.credits {
      #expect(0 <= credit.start && credit.start < credit.end && credit.end <= text.count)
    }
  }
}
