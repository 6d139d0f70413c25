import Testing
import DiploModel
import DiploExtraction

/// The publication day read from an article's web address when the article does not give one.
@Suite struct AddressDateTests {
    let today = CalendarDate(year: 2026, month: 11, day: 21)!

    func day(_ url: String) -> String? { AddressDateReader.day(in: url, notAfter: today)?.iso }

    @Test func readsTheCommonNewsAddressShapes() {
        #expect(day("https://www.example.com/world/2019/11/04/leaders-meet-in-paris/") == "2019-11-04")
        #expect(day("https://example.org/story/2019-11-04/leaders-meet") == "2019-11-04")
        #expect(day("https://news.example.fr/fr/monde/20191104-les-dirigeants-se-rencontrent") == "2019-11-04")
        #expect(day("https://journal.example/monde/sommet-a-paris-20191104_ABCDEF123") == "2019-11-04")
        #expect(day("http://example.cn/International/n3/2019/1104/c31356-1234567.html") == "2019-11-04")
        #expect(day("https://tv.example.com/politique/sommet_AD-201911040812.html") == "2019-11-04")
        #expect(day("https://www.example.tv/fr/actu/international/1572868800-debut-d-un-sommet") == "2019-11-04")
        #expect(day("https://www.example.com/2019/1/4/short-numbers") == "2019-01-04")
        // A month folder and a day folder.
        #expect(day("http://french.news.example/2019-11/04/c_138145892.htm") == "2019-11-04")
        #expect(day("http://french.news.example/2019-11/4-pages/c_1.htm") == nil)
        // A day, a time and a serial as one long number opening a segment.
        #expect(day("https://fr.news.example/international/201911040812345678-les-dirigeants-a-paris/") == "2019-11-04")
    }

    @Test func readsAMonthWrittenAsAWordBetweenYearAndDay() {
        let months = ["apr": 4, "april": 4, "avril": 4, "nov": 11]
        func named(_ url: String) -> String? { AddressDateReader.day(in: url, notAfter: today, monthNames: months)?.iso }
        #expect(named("https://www.example.co.uk/world/2019/apr/07/leaders-meet-in-paris") == "2019-04-07")
        #expect(named("https://www.example.fr/monde/2019/avril/7/sommet") == "2019-04-07")
        #expect(named("https://www.example.com/2019/nov/30") == "2019-11-30")
        #expect(named("https://www.example.com/2019/may/07/not-a-month-given") == nil)
        #expect(named("https://www.example.com/2019/apr/40/not-a-day") == nil)
        #expect(named("https://www.example.com/2019/apr/071/not-a-day") == nil)
        #expect(named("https://www.example.com/2019/apr-news/07/not-the-month-segment") == nil)
        #expect(day("https://www.example.co.uk/world/2019/apr/07/no-month-names") == nil)
    }

    @Test func anUndatedArticleIsDatedByAnAddressWithAMonthName() throws {
        let text = "Xi Jinping held talks with Emmanuel Macron in Guangzhou on Friday."
        let r = try Fixture.extractor().extract(Article(name: "t.txt", url: "https://www.example.co.uk/world/2019/apr/07/xi-macron-guangzhou",
                                                        published: nil, language: "en", text: text))
        #expect(r.referenceDate?.iso == "2019-04-07")
        #expect(r.events.contains { $0.type == .meeting && $0.date.isoString == "2019-04-05" }, "\(r.events)")
    }

    @Test func ignoresNumbersThatAreNotAnUnambiguousPastDay() {
        #expect(day("https://www.example.fr/journal/france/050618/ambiguous-day-month-year") == nil)
        #expect(day("https://2019.example.com/11/04/host-is-not-a-date") == nil)
        #expect(day("https://example.com/article/1354209/no-date-here") == nil)
        #expect(day("https://example.com/2027/01/05/a-future-day") == nil)
        #expect(day("https://example.com/2019/13/40/not-a-day") == nil)
        #expect(day("https://example.com/world/2019/11/a-month-only") == nil)
        #expect(day("https://example.com/id/9999999999-too-late-for-a-timestamp") == nil)
        #expect(day("https://example.com/id/123456789012345678-a-long-serial") == nil)
        #expect(day("https://example.com/id/x201911040812345678-not-opening-a-segment") == nil)
    }

    @Test func anUndatedArticleIsDatedByItsAddressWithInferredBasis() throws {
        let text = "Vladimir Poutine s'est entretenu mardi par téléphone avec Recep Tayyip Erdogan au sujet de la Syrie."
        let r = try Fixture.extractor().extract(Article(name: "t.txt", url: "https://www.example.com/monde/2019/11/07/poutine-erdogan",
                                                        published: nil, language: "fr", text: text))
        #expect(r.referenceDate?.iso == "2019-11-07")
        #expect(r.referenceIsEstimated)
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        // 7 November 2019 was a Thursday: "mardi" is the Tuesday before it, not after.
        #expect(calls[0].date.isoString == "2019-11-05", "\(r.dump)")
        #expect(calls[0].date.basis == .inferred)
    }

    @Test func aStatedPublicationDateWinsOverTheAddress() throws {
        let text = "Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Tuesday about Syria."
        let r = try Fixture.extractor().extract(Article(name: "t.txt", url: "https://example.com/2019/11/07/putin-erdogan",
                                                        published: CalendarDate(iso: "2019-11-14"), language: "en", text: text))
        #expect(r.events(.call).map(\.date.isoString) == ["2019-11-12"], "\(r.dump)")
        #expect(r.events(.call).first?.date.basis == .relativeToPublication)
    }
}
