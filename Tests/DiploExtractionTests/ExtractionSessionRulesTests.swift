import Testing
@testable import DiploExtraction
import DiploModel

/// "stressed that China welcomed the efforts of Moscow and Washington": what is welcomed is a thing of its owners —
/// the name coordinated after the owner ("and Washington") is an owner too, not a guest received.
@Suite struct WelcomedTheEffortsOfTests {
    typealias F = Fixture

    /// (The French sentence is a guard: « accueillait favorablement » was already no hosting.)
    @Test func welcomingEffortsIsNoHosting() throws {
        for (text, lang) in [
            ("Xi Jinping stressed on Monday that China welcomed the efforts of Moscow and Washington to resolve the crisis.", "en"),
            ("Xi Jinping a souligné lundi que la Chine accueillait favorablement les efforts de Moscou et de Washington pour régler la crise.", "fr"),
        ] {
            let r = try F.extract(text, published: "2025-02-24", language: lang)
            #expect(r.events(.meeting).isEmpty, "\(r.dump)")
        }
    }

    /// Guard (passed before the change too): a guest after the verb is still received.
    @Test func welcomingAGuestIsHosting() throws {
        let r = try F.extract("Xi Jinping welcomed Russian President Vladimir Putin in Beijing on Monday.", published: "2024-05-16", language: "en")
        #expect(r.events(.meeting).count == 1, "\(r.dump)")
    }
}

/// "efforts to restore peace between Russia and Ukraine through negotiations": talks named as the means of a goal
/// took place nowhere.
@Suite struct NegotiationsAsAMeansTests {
    typealias F = Fixture

    @Test func throughNegotiationsIsNoEvent() throws {
        for (text, lang) in [
            ("Turkey will continue its efforts to restore peace between Russia and Ukraine through negotiations, Erdogan said on Tuesday.", "en"),
            ("La Turquie poursuivra ses efforts pour rétablir la paix entre la Russie et l'Ukraine par des négociations, a déclaré mardi Erdogan.", "fr"),
        ] {
            let r = try F.extract(text, published: "2022-07-12", language: lang)
            #expect(r.events(.meeting).isEmpty && r.events(.summit).isEmpty, "\(r.dump)")
        }
    }
}

/// « le vice-Premier ministre chinois », "Chinese Vice Premier": a deputy, not the head of government.
@Suite struct VicePremierTests {
    typealias F = Fixture

    /// (The English sentence is a guard: "the Chinese Vice Premier" named nobody before either.)
    @Test func vicePremierIsNotThePremier() throws {
        for (text, lang) in [
            ("Le président américain et le vice-Premier ministre chinois ont signé mercredi à la Maison Blanche un accord commercial.", "fr"),
            ("The US president and the Chinese Vice Premier signed a trade deal at the White House on Wednesday.", "en"),
        ] {
            let r = try F.extract(text, published: "2020-01-15", language: lang)
            let li = try F.actorID(named: "Li Keqiang")
            #expect(!r.events.contains { $0.participantIDs.contains(li) }, "\(r.dump)")
        }
    }
}

/// « le président de la République », with no country, is France's in French-language news; a country named after
/// it ("de la République islamique d'Iran", "de Côte d'Ivoire") is the state meant.
@Suite struct PresidentOfTheRepublicTests {
    typealias F = Fixture

    @Test func thePresidentOfTheRepublicIsFrances() throws {
        let r = try F.extract("Le président de la République a parlé mardi soir avec son homologue russe pour lui proposer une opération humanitaire.",
                              published: "2022-03-30", language: "fr")
        let macron = try F.actorID(named: "Emmanuel Macron"), putin = try F.actorID(named: "Vladimir Putin")
        #expect(r.events.contains { $0.participantIDs.isSuperset(of: [macron, putin]) }, "\(r.dump)")
    }

    @Test func aCountryNamedAfterTheTitleWins() throws {
        let ouattara = try F.actorID(named: "Alassane Ouattara"), raisi = try F.actorID(named: "Ebrahim Raisi"), macron = try F.actorID(named: "Emmanuel Macron")
        let ivory = try F.extract("Le président de la République de Côte d'Ivoire a rencontré mardi Vladimir Poutine au Kremlin.", published: "2019-10-24", language: "fr")
        #expect(ivory.events(.meeting).first.map { $0.participantIDs.contains(ouattara) && !$0.participantIDs.contains(macron) } == true, "\(ivory.dump)")
        // Guard (passed before: "République islamique d'Iran" is a name of Iran, read after the shorter title "président").
        let iran = try F.extract("Le président de la République islamique d'Iran, Ebrahim Raïssi, a parlé mardi au téléphone avec Vladimir Poutine.", published: "2023-03-29", language: "fr")
        #expect(iran.events(.call).first.map { $0.participantIDs.contains(raisi) && !$0.participantIDs.contains(macron) } == true, "\(iran.dump)")
    }
}

/// The same people, in one sentence or on one day each sentence writes, are one event — whatever bodies or states
/// are named beside them.
@Suite struct SamePeopleSameEventTests {
    typealias F = Fixture

    @Test func oneSentenceTwoWordsForOneMeeting() throws {
        let r = try F.extract("Le secrétaire d'État américain Antony Blinken et le ministre chinois des Affaires étrangères Wang Yi se sont rencontrés vendredi à Vientiane, en marge des réunions ministérielles de l'Asean, pour des discussions qualifiées de « franches ».",
                              published: "2024-07-26", language: "fr")
        #expect(r.events(.meeting).count == 1, "\(r.dump)")
    }

    @Test func sameDaySamePairOneCall() throws {
        let r = try F.extract("""
            Emmanuel Macron s'est entretenu mardi 29 mars au téléphone avec Vladimir Poutine.

            Le président français a parlé mardi soir avec son homologue russe pour lui proposer une opération humanitaire conduite par la France, la Turquie et la Grèce.
            """, published: "2022-03-30", language: "fr")
        #expect(r.events(.call).count == 1, "\(r.dump)")
    }

    /// Guard (passed before): a sidelines bilateral of two of a gathering's people is its own meeting.
    @Test func sidelinesBilateralStaysApart() throws {
        let r = try F.extract("En marge de la réunion d'Aqaba avec les ministres turc, jordanien et saoudien, le chef de la diplomatie américaine Antony Blinken s'est entretenu samedi en tête-à-tête avec Hakan Fidan.",
                              published: "2024-12-14", language: "fr")
        let fidan = try F.actorID(named: "Hakan Fidan"), blinken = try F.actorID(named: "Antony Blinken")
        #expect(r.events(.meeting).contains { $0.participantIDs == [fidan, blinken] }, "\(r.dump)")
    }
}
