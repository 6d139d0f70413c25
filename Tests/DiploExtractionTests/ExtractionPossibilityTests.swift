import Testing
import DiploModel
import DiploExtraction

/// Events that are only possible, or that were called off, are not events; what someone said was possible is
/// still what they said.
@Suite struct ExtractionPossibilityTests {
    typealias F = Fixture

    /// "n'exclut pas une rencontre" is no negation but a possibility — and the summit named as its setting is
    /// to come as well.
    @Test func aMeetingNotRuledOutAndTheSummitItWouldBeHeldAtAreNotEvents() throws {
        try F.expect([("Le Kremlin n'exclut pas une rencontre entre Vladimir Poutine et Joe Biden en marge du sommet du G20 de Bali, mi-novembre.", "fr"),
                      ("The Kremlin did not rule out a meeting between Vladimir Putin and Joe Biden on the sidelines of the G20 summit in Bali in mid-November.", "en"),
                      ("Erdogan said he would discuss the grain corridor with Putin, possibly in a phone call.", "en")],
                     published: "2022-10-11")
        // A meeting that did not happen still had its summit.
        let r = try F.extract("Vladimir Poutine n'a pas rencontré Joe Biden en marge du sommet du G20 de Bali mardi.", published: "2022-11-17")
        #expect(r.events(.meeting).isEmpty && r.events(.summit).count == 1, "\(r.dump)")
    }

    /// After a verb of saying, a possibility is in what was said: the statement stands.
    @Test func aSpokesmanSayingAMeetingIsNotRuledOutMadeAStatement() throws {
        let r = try F.extract("Kremlin spokesman Dmitry Peskov said on Tuesday that the Kremlin did not rule out a meeting between Putin and Biden.",
                              published: "2022-10-11", language: "en")
        #expect(r.events(.statement).count == 1 && r.events(.meeting).isEmpty, "\(r.dump)")
    }

    /// "La visite, prévue mardi, a été reportée": the sentence calls off its event noun further on, past asides.
    @Test func anEventNounCalledOffLaterInItsSentenceDidNotHappen() throws {
        try F.expect([("La visite d'Emmanuel Macron à Rabat, prévue jeudi, a été reportée à une date ultérieure.", "fr"),
                      ("Le sommet entre Vladimir Poutine et Recep Tayyip Erdogan, que Sotchi devait accueillir mercredi, a été annulé.", "fr"),
                      ("La rencontre entre Sergueï Lavrov et Antony Blinken jeudi a été ajournée.", "fr"),
                      ("The summit between Joe Biden and Xi Jinping, which was to open on Tuesday, was postponed.", "en"),
                      ("The meeting between Lavrov and Blinken on Thursday has been called off.", "en")],
                     published: "2021-03-25")
        // Another event's postponement is not this one's.
        let r = try F.extract("La rencontre entre Sergueï Lavrov et Antony Blinken a eu lieu jeudi à Genève, alors que le sommet a été reporté.", published: "2021-03-25")
        #expect(r.events(.meeting).count == 1, "\(r.dump)")
    }
    /// Talks with no day of their own that stay stalled, past an aside, are not taking place.
    @Test func undatedTalksStillStalledPastAnAsideAreNotAnEvent() throws {
        try F.expect([("Les négociations indirectes entre l'Iran et les États-Unis, menées sous médiation qatarie, restent quant à elles au point mort.", "fr"),
                      ("The indirect talks between Iran and the United States, mediated by Qatar, have stalled since the spring.", "en")],
                     published: "2025-07-26")
    }
    /// "he expects Putin to visit Turkey": an expected visit is still to come.
    @Test func aVisitTheHostCouldReceiveIsStillToCome() throws {
        let r = try F.extract("Le président turc pourrait par ailleurs accueillir M. Poutine à Ankara à l'automne pour un sommet consacré à l'Ukraine avec la France et l'Allemagne.",
                              published: "2018-07-27")
        #expect(r.events.isEmpty, "\(r.dump)")
        // Trap: the host who did receive him ("a accueilli") is a meeting.
        let done = try F.extract("Le président turc a accueilli vendredi Vladimir Poutine à Istanbul.", published: "2018-07-27")
        #expect(done.events(.meeting).first?.involves(F.putin, F.erdogan) == true, "\(done.dump)")
    }

    @Test func aVisitNotYetScheduledPastAnAsideIsStillToCome() throws {
        for (text, language) in [("A visit by Vladimir Putin to Turkey, long sought by Ankara, has not yet been scheduled.", "en"),
                                 ("Une visite de Vladimir Poutine en Turquie, réclamée de longue date par Ankara, n'a pas encore été programmée.", "fr")] {
            let r = try F.extract(text, published: "2023-02-07", language: language)
            #expect(r.events.isEmpty, "\(text)\n\(r.dump)")
        }
        // Trap: a visit scheduled long ago that took place on its day is a meeting.
        let done = try F.extract("Vladimir Putin visited Turkey on Monday, a trip long scheduled by Ankara.", published: "2023-02-07", language: "en")
        #expect(done.events(.meeting).count == 1, "\(done.dump)")
    }

    @Test func anExpectedVisitIsStillToCome() throws {
        try F.expect([("Erdogan said on Friday he expects Russian President Vladimir Putin to visit Turkey, though no date has been set.", "en"),
                      ("Recep Tayyip Erdogan a dit vendredi qu'il s'attend à une visite de Vladimir Poutine en Turquie.", "fr")],
                     published: "2024-03-09", type: .meeting)
    }
    /// "pourraient se voir en juin, au sommet du G7": the summit where a possible meeting would be held is to come too.
    @Test func theSummitWhereAPossibleMeetingWouldBeIsToCome() throws {
        try F.expect([("Joe Biden et Justin Trudeau pourraient se voir en juin, au sommet du G7 en Cornouailles, si la situation sanitaire le permet.", "fr"),
                      ("Joe Biden and Justin Trudeau could meet in June at the G7 summit in Cornwall.", "en")],
                     published: "2021-01-23")
    }

    /// A meeting someone looks forward to, or is ready to host, is still to come — even its object noun after
    /// the verb ("prêt à accueillir à Istanbul une réunion entre…").
    @Test func aMeetingLookedForwardToOrOfferedIsStillToCome() throws {
        try F.expect([("Erdogan said on Thursday he was looking forward to meeting Putin in Sochi.", "en"),
                      ("Erdogan said on Thursday he looks forward to a meeting with Putin.", "en"),
                      ("Erdogan s'est dit prêt à accueillir à Istanbul une réunion entre la Russie et l'Ukraine, a-t-il déclaré jeudi.", "fr"),
                      ("Recep Tayyip Erdogan a dit jeudi avoir hâte de rencontrer Vladimir Poutine à Sotchi.", "fr")],
                     published: "2022-02-04")
        // Trap: said on Thursday that a meeting was held.
        let done = try F.extract("Erdogan said on Thursday that he had held a meeting with Putin.", published: "2022-02-04", language: "en")
        #expect(done.events(.meeting).count == 1, "\(done.dump)")
    }

    /// "a annoncé qu'il rencontrerait X fin novembre au Japon, en marge du sommet du G20": the summit named as the
    /// setting of a meeting still to come, past commas, is to come too.
    @Test func theSummitSettingAMeetingAnnouncedForLaterIsToCome() throws {
        try F.expect([("Le président américain a annoncé jeudi qu'il rencontrerait son homologue russe fin novembre au Japon, en marge du sommet du G20.", "fr"),
                      ("Biden said on Thursday he would meet Putin in late November in Japan, on the sidelines of the G20 summit.", "en")],
                     published: "2023-05-10")
        // Trap: a meeting held at the summit keeps its summit.
        let done = try F.extract("Biden a rencontré jeudi Vladimir Poutine au Japon, en marge du sommet du G20.", published: "2023-05-10")
        #expect(done.events(.summit).count == 1 && done.events(.meeting).count == 1, "\(done.dump)")
    }

    /// Whoever was kept out of talks is no party to them.
    @Test func aStateKeptOutOfTalksIsNoParty() throws {
        try F.expect([("Moscow has not been involved in the Geneva talks.", "en"),
                      ("Moscou n'a jamais été associée aux pourparlers de Genève.", "fr")],
                     published: "2025-11-25")
    }

    @Test func aMeetingSuggestedPreparedOrOnlyPossibleIsNotHeld() throws {
        let cases: [(String, String)] = [
            ("Earlier this week, Zelensky suggested talks in Minsk with Putin.", "en"),
            ("The two ministers reviewed preparations for Modi's visit to Moscow in September.", "en"),
            ("Joe Biden and Xi Jinping asked their teams to study the possibility of a summit.", "en"),
            ("Mardi, Volodymyr Zelensky a suggéré des pourparlers à Minsk avec Vladimir Poutine.", "fr"),
            ("Les deux ministres ont passé en revue les préparatifs de la visite de Narendra Modi à Moscou en septembre.", "fr"),
            ("Joe Biden et Xi Jinping ont chargé leurs équipes d'étudier la possibilité d'un sommet.", "fr"),
        ]
        for (text, language) in cases {
            let r = try F.extract(text, published: "2022-07-29", language: language)
            #expect(r.events(.meeting).isEmpty && r.events(.summit).isEmpty, "\(text)\n\(r.dump)")
        }
        // Held, the same meeting stays an event.
        let held = try F.extract("Earlier this week, Zelensky held talks in Minsk with Putin.", published: "2022-07-29", language: "en")
        #expect(held.events(.meeting).count == 1, "\(held.dump)")
    }

    @Test func aMeetingARelativeClauseSaysIsToComeIsNotHeld() throws {
        let en = try F.extract("The visit paves the way for the expected meeting between Recep Tayyip Erdogan and Vladimir Putin, which officials say will take place in Sochi on Monday.",
                               published: "2023-09-01", language: "en")
        #expect(en.events(.meeting).isEmpty, "\(en.dump)")
        let fr = try F.extract("La rencontre entre Recep Tayyip Erdogan et Vladimir Poutine, qui aura lieu lundi à Sotchi, sera consacrée aux céréales.",
                               published: "2023-09-01")
        #expect(fr.events(.meeting).isEmpty, "\(fr.dump)")
        // A relative clause in the past leaves the meeting held.
        let past = try F.extract("Le président turc a eu lundi à Sotchi un entretien avec Vladimir Poutine, qui a duré trois heures.", published: "2023-09-01")
        #expect(past.events(.meeting).count == 1, "\(past.dump)")
    }
}

@Suite struct UnconfirmedAttendanceTests {
    @Test func frenchParticipationNotConfirmedIsNoEvent() throws {
        let r = try Fixture.extract("La participation de Xi Jinping au sommet convoqué par le président américain n'était toujours pas confirmée vendredi soir.",
                                    published: "2021-04-17")
        #expect(r.events.isEmpty, "\(r.dump)")
    }

    @Test func englishParticipationNotConfirmedIsNoEvent() throws {
        let r = try Fixture.extract("Xi Jinping's participation in the summit convened by the US president had still not been confirmed on Friday evening.",
                                    published: "2021-04-17", language: "en")
        #expect(r.events.isEmpty, "\(r.dump)")
    }
}
