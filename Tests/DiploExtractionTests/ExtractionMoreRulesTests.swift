import Testing
import DiploModel
import DiploExtraction

/// Further rules: English counterparts of the French ones, event-relative dates, English agreements.
@Suite struct ExtractionMoreRulesTests {
    typealias F = Fixture

    @Test func englishLastThursdayIsThePreviousThursday() throws {
        // Published Tuesday 2020-02-18: "last Thursday" is 2020-02-13.
        let r = try F.extract("Vladimir Putin and Recep Tayyip Erdogan spoke by phone last Thursday about the situation in Libya.",
                              published: "2020-02-18", language: "en")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2020-02-13", "\(r.dump)")
        #expect(calls[0].participantIDs == [F.putin, F.erdogan], "\(r.dump)")
    }

    @Test func englishTitleResolvesThroughOffices() throws {
        let raisi = try F.actorID(named: "Ebrahim Raisi")
        // Tuesday 2022-07-19.
        let r = try F.extract("Vladimir Putin, Recep Tayyip Erdogan and the Iranian president held a trilateral summit in Tehran on Tuesday on Syria.",
                              published: "2022-07-19", language: "en")
        let summits = r.events(.summit)
        try #require(summits.count == 1, "\(r.dump)")
        #expect(summits[0].date.isoString == "2022-07-19", "\(r.dump)")
        #expect(summits[0].involves(F.putin, F.erdogan, raisi), "\(r.dump)")
        #expect(summits[0].location?.name == "Tehran", "\(r.dump)")
    }

    @Test func laVeilleIsTheDayBeforeTheEventItRefersTo() throws {
        // Published Friday 2020-02-21: the call is on Friday, the meeting "la veille" on Thursday 2020-02-20.
        let text = """
        Vladimir Poutine s'est entretenu vendredi par téléphone avec Recep Tayyip Erdogan au sujet d'Idleb.

        La veille, Vladimir Poutine avait rencontré Emmanuel Macron à Moscou.
        """
        let r = try F.extract(text, published: "2020-02-21")
        let calls = r.events(.call)
        try #require(calls.count == 1, "\(r.dump)")
        #expect(calls[0].date.isoString == "2020-02-21", "\(r.dump)")
        let meetings = r.events(.meeting).filter { $0.involves(F.putin, F.macron) }
        try #require(meetings.count == 1, "\(r.dump)")
        #expect(meetings[0].date.isoString == "2020-02-20", "\(r.dump)")
        #expect(meetings[0].date.basis == .relativeToEvent, "\(r.dump)")
    }

    @Test func englishSignedAgreementWithMonthPrecision() throws {
        let r = try F.extract("Russia and Turkey signed an agreement in Sochi in September 2018 creating a demilitarised zone around Idlib.",
                              published: "2020-02-21", language: "en")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].date.isoString == "2018-09", "\(r.dump)")
        #expect(agreements[0].date.basis == .explicit)
        #expect(Set(agreements[0].participants.compactMap(\.country)).isSuperset(of: ["RU", "TR"]), "\(r.dump)")
        #expect(agreements[0].location?.name == "Sochi", "\(r.dump)")
    }

    @Test func frenchSignedAgreementWithDayPrecision() throws {
        let r = try F.extract("La Russie et la Turquie ont signé le 17 septembre 2018 à Sotchi un accord sur la création d'une zone démilitarisée à Idleb.",
                              published: "2020-02-21")
        let agreements = r.events(.agreement)
        try #require(agreements.count == 1, "\(r.dump)")
        #expect(agreements[0].date.isoString == "2018-09-17", "\(r.dump)")
        #expect(agreements[0].date.basis == .explicit)
        #expect(Set(agreements[0].participants.compactMap(\.country)).isSuperset(of: ["RU", "TR"]), "\(r.dump)")
        #expect(Set(agreements[0].regions.map(\.name)).isSuperset(of: ["Idlib", "Syria"]), "\(r.dump)")
    }
}
