import DiploExtraction
import DiploModel
import DiploStore
import Foundation
import Testing
@testable import DiploTimeline

@Suite struct QueryParserTests {
    let dir: TempDirectory
    let parser: QueryParser

    init() throws {
        dir = try TempDirectory()
        let (knowledge, files) = try makeKnowledge(dir)
        parser = QueryParser(knowledge: knowledge, vocabulary: try QueryVocabulary.load(knowledgeDirectory: files.directory),
                             today: day("2024-05-10"))
    }

    @Test(arguments: [
        "Putin–Erdogan calls on Idlib",
        "appels Poutine-Erdogan sur Idleb",
        "Putin—Erdogan phone calls about Idlib",
        "Poutine et Erdogan : entretiens téléphoniques au sujet de la province d'Idleb",
        "calls between Putin and Erdogan over Idlib",
        "appels entre Poutine et Erdoğan à propos d'Idleb",
        "Putin with Erdogan, calls, Idlib",
        "appel téléphonique Poutine avec Erdogan sur Idlib",
    ])
    func pairCallsOnIdlib(_ question: String) {
        let q = parser.parse(question)
        #expect(Set(q.filter.actors) == ["Q7747", "Q39259"], "\(question)")
        #expect(q.filter.types == [.call], "\(question)")
        #expect(q.filter.regions == ["local:sy-idlib-gov"], "\(question)")
        #expect(q.filter.from == nil && q.filter.to == nil)
        #expect(q.unknownWords.isEmpty, "\(question): \(q.unknownWords)")
    }

    @Test func description() {
        let q = parser.parse("Putin–Erdogan calls on Idlib")
        #expect(q.description == "actors: Vladimir Putin, Recep Tayyip Erdoğan · type: call · region: Idlib (Syria)")
        #expect(parser.parse("").description == "all events")
        #expect(parser.parse("").understoodNothing)
    }

    @Test func unknownWordsAreReportedButNotStopWords() {
        let q = parser.parse("show me the Putin zorglub calls of the Kremlin with Blorfistan")
        #expect(q.unknownWords == ["zorglub", "Blorfistan"])
        // The Kremlin speaks for the Russian president: it stands for him, as in articles.
        #expect(q.filter.actors == ["Q7747"])
        #expect(q.filter.types == [.call])
        let fr = parser.parse("les sommets de Macron avec Trumpf")
        #expect(fr.unknownWords == ["Trumpf"])
        #expect(fr.filter.actors == ["Q3052772"])
        #expect(fr.filter.types == [.summit])
    }

    @Test func typesInBothLanguagesSingularAndPlural() {
        let cases: [(String, EventType)] = [
            ("call", .call), ("phone calls", .call), ("appels", .call), ("entretiens téléphoniques", .call),
            ("summits", .summit), ("sommet", .summit), ("meetings", .meeting), ("rencontres", .meeting),
            ("réunion", .meeting), ("statements", .statement), ("déclarations", .statement),
            ("agreements", .agreement), ("accords", .agreement), ("deals", .agreement),
        ]
        for (words, type) in cases {
            let q = parser.parse(words)
            #expect(q.filter.types == [type], "\(words)")
            #expect(q.unknownWords.isEmpty, "\(words)")
        }
        #expect(parser.parse("summits and agreements").filter.types == [.summit, .agreement])
    }

    @Test func periods() {
        func span(_ s: String) -> (String?, String?) {
            let f = parser.parse(s).filter
            return (f.from?.iso, f.to?.iso)
        }
        #expect(span("Putin calls in 2020") == ("2020-01-01", "2020-12-31"))
        #expect(span("appels en février 2020") == ("2020-02-01", "2020-02-29"))
        #expect(span("calls in February 2020") == ("2020-02-01", "2020-02-29"))
        #expect(span("since 2019") == ("2019-01-01", nil))
        #expect(span("depuis 2019") == ("2019-01-01", nil))
        #expect(span("depuis mars 2019") == ("2019-03-01", nil))
        #expect(span("between 2018 and 2020") == ("2018-01-01", "2020-12-31"))
        #expect(span("entre 2018 et 2020") == ("2018-01-01", "2020-12-31"))
        #expect(span("last year") == ("2023-01-01", "2023-12-31"))
        #expect(span("l'an dernier") == ("2023-01-01", "2023-12-31"))
        #expect(span("l’année dernière") == ("2023-01-01", "2023-12-31"))
        #expect(span("this year") == ("2024-01-01", "2024-12-31"))
        #expect(span("le mois dernier") == ("2024-04-01", "2024-04-30"))
        #expect(span("before 2020") == (nil, "2019-12-31"))
        #expect(span("until 2020") == (nil, "2020-12-31"))
        #expect(span("2020-03") == ("2020-03-01", "2020-03-31"))
        #expect(span("on 2020-03-05") == ("2020-03-05", "2020-03-05"))
        #expect(span("le 5 mars 2020") == ("2020-03-05", "2020-03-05"))
        let q = parser.parse("sommets Poutine Erdogan entre 2018 et 2020")
        #expect(q.filter.actors == ["Q7747", "Q39259"])
        #expect(q.filter.types == [.summit])
        #expect(q.unknownWords.isEmpty)
        #expect(q.description == "actors: Vladimir Putin, Recep Tayyip Erdoğan · type: summit · period: 2018–2020")
        #expect(parser.parse("en février 2020").description == "period: 2020-02")
    }

    @Test func countriesAreParticipantsOrRegionsByPosition() {
        let pair = parser.parse("Russie-Turquie")
        #expect(pair.filter.countries == ["RU", "TR"])
        #expect(pair.filter.regions.isEmpty)
        let about = parser.parse("sommets en Turquie")
        #expect(about.filter.regions == ["TR"])
        #expect(about.filter.countries.isEmpty)
        let both = parser.parse("Russia and Turkey on Syria")
        #expect(both.filter.countries == ["RU", "TR"])
        #expect(both.filter.regions == ["SY"])
        let list = parser.parse("calls about Idlib and Syria")
        #expect(list.filter.regions == ["local:sy-idlib-gov", "SY"])
        // A known place is a region anywhere.
        #expect(parser.parse("Saraqeb").filter.regions == ["local:sy-saraqeb"])
        #expect(parser.parse("Russian-Turkish talks").filter.countries == ["RU", "TR"])
    }

    @Test func officesResolveToTheirHolder() {
        let q = parser.parse("appels entre le président turc et Poutine")
        #expect(Set(q.filter.actors) == ["Q39259", "Q7747"])
        #expect(q.unknownWords.isEmpty)
        let en = parser.parse("Turkish foreign minister meetings in 2020")
        #expect(en.filter.actors == ["Q483689"])
        #expect(en.filter.types == [.meeting])
        // No holder today: the country instead.
        let now = parser.parse("Turkish foreign minister")
        #expect(now.filter.actors.isEmpty)
        #expect(now.filter.countries == ["TR"])
    }

    @Test func eitherActor() {
        let q = parser.parse("Macron ou Poutine")
        #expect(q.filter.actors.isEmpty)
        #expect(q.filter.anyActors == ["Q3052772", "Q7747"])
        #expect(q.description == "any of: Emmanuel Macron, Vladimir Putin")
    }
}

extension QueryParserTests {
    @Test func suggestionsForMisspelledNames() {
        #expect(parser.suggestion(for: "Erdgan") == "Recep Tayyip Erdoğan")
        #expect(parser.suggestion(for: "Idlibb") == "Idlib")
        #expect(parser.suggestion(for: "zorglub") == nil)
        #expect(parser.suggestion(for: "abc") == nil)
    }
}
