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
}
