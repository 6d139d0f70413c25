import Testing
import DiploModel
import DiploExtraction

/// Mentions that are not events: negated, future, proposed, hypothetical.
@Suite struct ExtractionCueTests {
    typealias F = Fixture

    @Test func frenchNegationGivesNoEventButANearMiss() throws {
        let sentence = "Vladimir Poutine et Recep Tayyip Erdogan n'ont pas eu d'entretien téléphonique mardi malgré la crise à Idleb."
        let r = try F.extract(sentence, published: "2020-02-18")
        #expect(r.events.isEmpty, "\(r.dump)")
        #expect(r.nearMisses.contains { $0.sentence.contains("n'ont pas eu d'entretien") }, "\(r.dump)")
    }

    @Test
    func englishNegationGivesNoEventButANearMiss() throws {
        let sentence = "Vladimir Putin and Recep Tayyip Erdogan did not meet on Monday despite the crisis in Idlib."
        let r = try F.extract(sentence, published: "2020-02-18", language: "en")
        #expect(r.events.isEmpty, "\(r.dump)")
        #expect(r.nearMisses.contains { $0.sentence.contains("did not meet") }, "\(r.dump)")
    }

    @Test func frenchFutureMeetingIsNoEvent() throws {
        let r = try F.extract("Vladimir Poutine et Recep Tayyip Erdogan se rencontreront la semaine prochaine à Sotchi.",
                              published: "2020-02-18")
        #expect(r.events.isEmpty, "\(r.dump)")
    }

    @Test func englishFutureMeetingIsNoEvent() throws {
        let r = try F.extract("Vladimir Putin and Recep Tayyip Erdogan will meet next week in Sochi.",
                              published: "2020-02-18", language: "en")
        #expect(r.events.isEmpty, "\(r.dump)")
    }

    @Test func proposedSummitIsNoEvent() throws {
        let r = try F.extract("Vladimir Poutine et Recep Tayyip Erdogan proposent la tenue d'un sommet sur la Syrie à Istanbul.",
                              published: "2020-02-18")
        #expect(r.events.filter { $0.type == .summit || $0.type == .meeting }.isEmpty, "\(r.dump)")
        #expect(r.events.isEmpty, "\(r.dump)")
    }

    @Test func frenchConditionalMeetingIsNoEvent() throws {
        let r = try F.extract("Vladimir Poutine et Recep Tayyip Erdogan pourraient se rencontrer à Sotchi dans les prochaines semaines.",
                              published: "2020-02-18")
        #expect(r.events.isEmpty, "\(r.dump)")
    }

    @Test func englishConditionalMeetingIsNoEvent() throws {
        let r = try F.extract("Vladimir Putin and Recep Tayyip Erdogan could meet in Sochi in the coming weeks.",
                              published: "2020-02-18", language: "en")
        #expect(r.events.isEmpty, "\(r.dump)")
    }

    /// "sans"/"without" negates the event word or the people after it, not an event word before it:
    /// a one-to-one meeting "without a mediator" took place.
    @Test func aNegatingPrepositionNegatesOnlyWhatFollowsIt() throws {
        try F.expect([("Ilham Aliev et Nikol Pachinian se sont rencontrés mardi à Abou Dhabi, pour un tête-à-tête sans médiateur.", "fr"),
                      ("Ilham Aliyev and Nikol Pashinyan met on Tuesday in Abu Dhabi for talks without preconditions.", "en")],
                     published: "2025-07-12", type: .meeting, count: 1)
        try F.expect([("Ilham Aliev a quitté Bruxelles mardi sans rencontrer Nikol Pachinian.", "fr"),
                      ("Ilham Aliyev left Brussels on Tuesday without meeting Nikol Pashinyan.", "en"),
                      ("Les négociations ont repris mardi à Vienne, sans contact direct entre Téhéran et Washington.", "fr")],
                     published: "2025-07-12")
    }

    /// "a reçu X pour sa première visite en Europe depuis la chute de Y en décembre": the visit is the reception
    /// itself, not a second meeting dated by the fall of someone it names.
    @Test func aVisitAfterPourSaIsTheReceptionItself() throws {
        let r = try F.extract("Emmanuel Macron a reçu mercredi à l'Élysée le président turc Recep Tayyip Erdogan, pour sa première visite en Europe depuis la chute de Bachar al-Assad en décembre.",
                              published: "2025-05-09")
        let meetings = r.events(.meeting)
        #expect(meetings.count == 1, "\(r.dump)")
        #expect(meetings.first?.date.description == "2025-05-07", "\(r.dump)")
    }

    /// "a annoncé qu'il réunirait un nouveau sommet": a verb in the conditional or the future just before an event
    /// noun announces it; it has not happened.
    @Test func aConditionalVerbBeforeAnEventNounIsNoEvent() throws {
        try F.expect([("Emmanuel Macron a annoncé mardi qu'il réunirait un nouveau sommet sur le climat à Paris le 12 décembre.", "fr"),
                      ("Recep Tayyip Erdogan a assuré qu'il accueillerait une rencontre entre Vladimir Poutine et Volodymyr Zelensky.", "fr"),
                      ("Emmanuel Macron announced on Tuesday that he would host a new climate summit in Paris on December 12.", "en")],
                     published: "2017-07-12")
    }

    /// "their call for the release of…" is a demand, not a phone call.
    @Test func aPossessiveCallForIsADemand() throws {
        let r = try F.extract("Erdogan met Biden in Rome on Sunday after a row over their call for the release of a jailed philanthropist.",
                              published: "2021-10-31", language: "en")
        #expect(r.events(.call).isEmpty && r.events(.meeting).count == 1, "\(r.dump)")
    }
}
