import Testing
import DiploModel
import DiploExtraction

/// Agreements told the ways outlets tell them: the texts leaders sign or adopt after their talks, the
/// documents signed in their presence, the declaration a summit's members adopt (sentences of our own).
@Suite struct ExtractionAgreementTests {
    typealias F = Fixture

    @Test func aJointStatementSignedIsAnAgreement() throws {
        let xi = try F.actorID(named: "Xi Jinping")
        let en = try F.extract("Xi Jinping held talks with Vladimir Putin in Moscow on Thursday. After the talks, the two heads of state signed a joint statement on their partnership.",
                               published: "2024-05-16", language: "en")
        #expect(en.events(.agreement).count == 1 && en.events(.agreement).first?.participantIDs == [F.putin, xi]
                && en.events(.agreement).first?.date.isoString == "2024-05-16", "\(en.dump)")
        let fr = try F.extract("Xi Jinping s'est entretenu jeudi à Moscou avec Vladimir Poutine. Les deux chefs d'Etat ont ensuite signé un communiqué sur leur partenariat.",
                               published: "2024-05-16")
        #expect(fr.events(.agreement).count == 1 && fr.events(.agreement).first?.participantIDs == [F.putin, xi], "\(fr.dump)")
        // A statement issued by one side, with no verb of concluding, is no agreement.
        let one = try F.extract("In a statement on Thursday, the Kremlin said Vladimir Putin would travel to China.", published: "2024-05-16", language: "en")
        #expect(one.events(.agreement).isEmpty, "\(one.dump)")
    }

    @Test func documentsSignedInTheirPresenceAreAnAgreement() throws {
        let fr = try F.extract("Recep Tayyip Erdogan s'est entretenu vendredi à Moscou avec Vladimir Poutine. A l'issue des discussions, plusieurs documents de coopération ont été signés en présence des deux chefs d'Etat.",
                               published: "2017-03-10")
        #expect(fr.events(.agreement).count == 1 && fr.events(.agreement).first?.participantIDs == [F.putin, F.erdogan], "\(fr.dump)")
        let en = try F.extract("Recep Tayyip Erdogan held talks with Vladimir Putin in Moscow on Friday. After the talks, several cooperation documents were signed in the presence of the two leaders.",
                               published: "2017-03-10", language: "en")
        #expect(en.events(.agreement).count == 1 && en.events(.agreement).first?.participantIDs == [F.putin, F.erdogan], "\(en.dump)")
        // A document named before a verb of concluding that is not its own names nothing.
        let other = try F.extract("Le document de 1991 reste la référence, a rappelé vendredi Vladimir Poutine, dont l'accord a été signé par Recep Tayyip Erdogan.",
                                  published: "2017-03-10")
        #expect(other.events(.agreement).allSatisfy { $0.participantIDs.contains(F.erdogan) }, "\(other.dump)")
    }

    @Test func aTextAdoptedAtASummitIsAdoptedWhereTheSummitIs() throws {
        let fr = try F.extract("Le sommet du G20 s'est ouvert samedi à Brisbane. Les dirigeants du G20 ont adopté dimanche un communiqué final centré sur la croissance.",
                               published: "2014-11-16")
        let agreement = fr.events(.agreement).first
        #expect(fr.events(.agreement).count == 1 && (agreement?.location?.name == "Brisbane" || agreement?.regions.contains { $0.name == "Brisbane" } == true), "\(fr.dump)")
        let en = try F.extract("The G20 summit opened in Brisbane on Saturday. The G20 leaders adopted a final communique on Sunday.",
                               published: "2014-11-16", language: "en")
        let enAgreement = en.events(.agreement).first
        #expect(en.events(.agreement).count == 1 && (enAgreement?.location?.name == "Brisbane" || enAgreement?.regions.contains { $0.name == "Brisbane" } == true), "\(en.dump)")
    }

    @Test func aTextAdoptedAtASummitIsItsAttendeesAndDatesIt() throws {
        let modi = try F.actorID(named: "Narendra Modi")
        let fr = try F.extract("Le président brésilien accueille un sommet des Brics. Les dirigeants des Brics ont adopté dimanche 6 juillet une déclaration commune, à l'ouverture de leur sommet à Rio de Janeiro. Le premier ministre indien, Narendra Modi, et le président sud-africain, Cyril Ramaphosa, figuraient parmi les participants.",
                               published: "2025-07-07")
        #expect(fr.events(.agreement).first?.participantIDs.contains(modi) == true, "\(fr.dump)")
        #expect(fr.events(.summit).count == 1 && fr.events(.summit).first?.date.isoString == "2025-07-06", "\(fr.dump)")
        // A text signed by others on the day of a summit is not the summit's.
        let other = try F.extract("Le sommet de l'Otan s'est ouvert vendredi à Varsovie en présence de Barack Obama. Donald Tusk et Jean-Claude Juncker ont signé vendredi avec Jens Stoltenberg une déclaration conjointe Otan-UE.",
                                  published: "2016-07-08")
        let obama = try F.actorID(named: "Barack Obama")
        #expect(other.events(.agreement).count == 1 && other.events(.agreement).allSatisfy { !$0.participantIDs.contains(obama) }, "\(other.dump)")
    }

    /// "Dans leur déclaration finale, adoptée samedi", "in a communique adopted on Sunday": the text before a bare
    /// participle of concluding is concluded; "ended their summit with a communique", "s'est achevé par une
    /// déclaration finale": the text that closes a summit is its agreement, of the summit's day.
    @Test func aTextAdoptedOrClosingASummitIsAnAgreementOfItsDay() throws {
        let fr = try F.extract("Les dirigeants du G20 se sont réunis vendredi à Osaka. Dans leur déclaration finale, adoptée samedi, ils ont appelé à un commerce libre.",
                               published: "2019-07-01")
        #expect(fr.events(.agreement).count == 1 && fr.events(.agreement).first?.date.isoString == "2019-06-29", "\(fr.dump)")
        let closed = try F.extract("Le sommet de la Ligue arabe s'est achevé dimanche à Djeddah par une déclaration finale exigeant un cessez-le-feu.",
                                   published: "2019-07-02")
        #expect(closed.events(.agreement).count == 1 && closed.events(.agreement).first?.date.isoString == "2019-06-30", "\(closed.dump)")
        let en = try F.extract("G-20 leaders ended their summit in Osaka on Sunday with a communique pledging support for free trade.",
                               published: "2019-07-01", language: "en")
        let g20 = en.events(.agreement).first?.participants.contains { $0.name == "G20" } ?? false
        #expect(en.events(.agreement).count == 1 && en.events(.agreement).first?.date.isoString == "2019-06-30" && g20, "\(en.dump)")
        // A statement by one speaker is no agreement, whatever it is adopted for.
        let one = try F.extract("Vladimir Putin said in a statement on Sunday that Russia had adopted a new doctrine.", published: "2019-07-01", language: "en")
        #expect(one.events(.agreement).isEmpty, "\(one.dump)")
    }

    /// "Macron, Starmer et Merz ont fait le déplacement": they attended the summit reported last, also when its
    /// text was first given by the headline (the body's mention of the text joins the headline's event).
    @Test func attendeesJoinTheSummitAfterAHeadlineText() throws {
        let starmer = try F.actorID(named: "Keir Starmer")
        let headline = "G7 d'Evian : une déclaration adoptée dès l'ouverture, malgré les absences"
        let text = """
        \(headline)

        Les dirigeants du G7 réunis samedi à Evian, pour un sommet sous présidence française, ont adopté leur déclaration finale dès l'ouverture des travaux.

        « Nous devons avancer ensemble », a déclaré le président français, hôte du sommet. Le texte a été adopté sans l'aval de Washington.

        Le Premier ministre britannique Keir Starmer et le chancelier allemand Friedrich Merz ont fait le déplacement.
        """
        let r = try F.extract(text, published: "2026-06-14", title: headline)
        #expect(r.events(.summit).first?.participantIDs.contains(starmer) == true, "\(r.dump)")
    }

    /// "The IAEA and Iran issued a joint statement": a text two sides issue together is an agreement between them,
    /// states and organisations as well as people; one side's statement is not.
    @Test func aJointStatementIssuedByTwoSidesIsAnAgreement() throws {
        let en = try F.extract("The IAEA and Iran issued a joint statement on Saturday in which Tehran pledged to restore surveillance cameras.",
                               published: "2023-03-06", language: "en")
        #expect(en.events(.agreement).count == 1 && en.events(.agreement).first?.date.isoString == "2023-03-04", "\(en.dump)")
        let fr = try F.extract("La Turquie, la Russie et l'Iran ont publié une déclaration commune vendredi à l'issue des pourparlers.", published: "2019-08-04")
        #expect(fr.events(.agreement).count == 1 && fr.events(.agreement).first?.participants.count == 3, "\(fr.dump)")
        let one = try F.extract("Le Kremlin a publié une déclaration commune vendredi.", published: "2019-08-04")
        #expect(one.events(.agreement).isEmpty, "\(one.dump)")
    }
    /// "ont annoncé un cessez-le-feu" concludes something; "ont annoncé leur reconnaissance" is each state's own act.
    @Test func announcingIsAnAgreementOnlyWithAnAgreementAsItsObject() throws {
        let none = try F.extract("Le Portugal, l'Irlande et la Norvège ont annoncé mardi leur reconnaissance de l'État de Palestine.", published: "2024-05-29")
        #expect(none.events(.agreement).isEmpty, "\(none.dump)")
        let deal = try F.extract("Le Hamas et Israël ont annoncé mercredi un cessez-le-feu à Gaza.", published: "2024-05-30")
        #expect(deal.events(.agreement).count == 1, "\(deal.dump)")
    }

    /// "a 10-year bilateral security agreement": the meeting word qualifies the agreement; "bilateral relations" are no meeting.
    @Test func aBilateralAgreementIsNoMeeting() throws {
        let r = try F.extract("Joe Biden and Volodymyr Zelenskyy signed a 10-year bilateral security agreement on Thursday on the sidelines of the G7 summit in Italy.",
                              published: "2024-06-14", language: "en")
        #expect(r.events(.agreement).map(\.date.isoString) == ["2024-06-13"] && r.events(.meeting).isEmpty, "\(r.dump)")
        let relations = try F.extract("The statement said both countries would deepen bilateral relations.", published: "2024-02-17", language: "en")
        #expect(relations.events(.meeting).isEmpty, "\(relations.dump)")
    }

    /// "…, a U.S. official said.": the official who reports the agreement is not one of its parties.
    @Test func theOfficialClosingTheSentenceIsNoParty() throws {
        let r = try F.extract("Armenia and Azerbaijan reached an agreement on the border on Friday, a U.S. official said.", published: "2024-02-17", language: "en")
        let deal = r.events(.agreement)
        #expect(deal.count == 1 && deal.first?.participants.count == 2, "\(r.dump)")
    }
    /// "a salué le retour des États-Unis dans l'accord de Paris": a named agreement a speaker talks about is no new one.
    @Test func aNamedAgreementASpeakerTalksAboutIsNoNewAgreement() throws {
        try F.expect([("Emmanuel Macron a salué jeudi le retour des États-Unis dans l'accord de Paris sur le climat.", "fr"),
                      ("Vladimir Poutine a souligné mardi l'importance de préserver la convention de Montreux.", "fr"),
                      ("Erdogan stressed on Tuesday the importance of preserving the Montreux Convention.", "en")],
                     published: "2021-04-10", type: .agreement)
    }

    @Test func aLetterOfIntentSignedIsAnAgreementAndWhatItIsCalledIsNoCall() throws {
        for (text, language) in [("Volodymyr Zelensky hailed on Monday what he called a historic letter of intent signed with Emmanuel Macron.", "en"),
                                 ("Une lettre d'intention a été signée lundi par Volodymyr Zelensky et Emmanuel Macron.", "fr")] {
            let r = try F.extract(text, published: "2025-11-18", language: language)
            let zelensky = try F.actorID(named: "Volodymyr Zelensky")
            #expect(r.events(.agreement).count == 1 && r.events(.agreement).first?.involves(F.macron, zelensky) == true, "\(text)\n\(r.dump)")
            #expect(r.events(.call).isEmpty, "\(text)\n\(r.dump)")
        }
    }

    @Test func anAgreementExtendedIsConcludedAnewOnItsDay() throws {
        let russia = try state("Russia"), ukraine = try state("Ukraine")
        // The passive verb after an apposition that tells of the first conclusion: the day is the extension's, and
        // who concluded it comes in the next sentence.
        let fr = try F.extract("L'accord sur le transit du gaz, conclu en 2019 à Minsk sous l'égide de l'Union européenne, a été prolongé jeudi pour un an. La Russie et l'Ukraine ont accepté de le reconduire sans modification.",
                               published: "2023-08-12")
        #expect(fr.events(.agreement).map(\.date.isoString) == ["2023-08-10"] && fr.events(.agreement).first?.involves(russia, ukraine) == true, "\(fr.dump)")
        let en = try F.extract("Russia and Ukraine's gas transit deal was extended on Thursday for another year.", published: "2023-08-12", language: "en")
        #expect(en.events(.agreement).map(\.date.isoString) == ["2023-08-10"], "\(en.dump)")
        // Something else extended is no agreement.
        let other = try F.extract("The mandate of the UN mission was extended on Thursday for another year.", published: "2023-08-12", language: "en")
        #expect(other.events(.agreement).isEmpty, "\(other.dump)")
    }

    private func state(_ name: String) throws -> String {
        try #require(F.knowledge().countries.values.first { $0.name == name }?.qid)
    }
}
