import DiploExtraction
import DiploModel
import DiploStore
import Foundation
import Testing
@testable import DiploTimeline

let russiaState = ActorRef(id: "Q159", name: "Russia", kind: .state, country: "RU")
let turkeyState = ActorRef(id: "Q43", name: "Turkey", kind: .state, country: "TR")
let macron = ActorRef(id: "Q3052772", name: "Emmanuel Macron", kind: .person, country: "FR")
let lavrov = ActorRef(id: "Q48760", name: "Sergey Lavrov", kind: .person, country: "RU")
let cavusoglu = ActorRef(id: "Q483689", name: "Mevlüt Çavuşoğlu", kind: .person, country: "TR")
let rouhani = ActorRef(id: "Q11606", name: "Hassan Rouhani", kind: .person, country: "IR")
let tehran = PlaceRef(id: "Q3616", name: "Tehran", ancestors: ["IR"])
let saraqeb = PlaceRef(id: "local:sy-saraqeb", name: "Saraqib", ancestors: ["local:sy-idlib-gov", "SY"])

/// The events of the question tests, each reported by an article of its own (the call twice), named
/// by a short key used in the expectations.
let questionEvents: [(key: String, published: String, sentence: String, event: @Sendable (Evidence) -> ExtractedEvent)] = [
    ("agreement-2018", "2018-09-20", "La Russie et la Turquie ont signé à Sotchi en 2018 un accord sur Idleb.", { ev in
        ExtractedEvent(type: .agreement, date: .year(2018, basis: .explicit), participants: [russiaState, turkeyState],
                       location: sochi, regions: [idlib], evidence: [ev]) }),
    ("summit-tehran", "2018-09-08", "Poutine, Erdogan et Rohani se sont réunis en sommet à Téhéran vendredi.", { ev in
        ExtractedEvent(type: .summit, mode: .multilateral, date: .day(day("2018-09-07"), basis: .relativeToPublication),
                       participants: [putin, erdogan, rouhani], location: tehran, regions: [idlib, syria], evidence: [ev]) }),
    ("ministers-2019", "2019-05-07", "Sergueï Lavrov a rencontré Mevlüt Çavuşoğlu lundi à Moscou.", { ev in
        ExtractedEvent(type: .meeting, mode: .visit, date: .day(day("2019-05-06"), basis: .relativeToPublication),
                       participants: [cavusoglu, lavrov], location: nil, regions: [], evidence: [ev]) }),
    ("meeting-sochi", "2019-11-02", "Erdogan avait rencontré Poutine à Sotchi en octobre 2019.", { ev in
        ExtractedEvent(type: .meeting, mode: .thirdParty, date: .month(year: 2019, month: 10, basis: .explicit),
                       participants: [erdogan, putin], location: sochi, regions: [], evidence: [ev]) }),
    ("call-macron", "2020-02-21", "Emmanuel Macron a appelé Vladimir Poutine jeudi au sujet de Saraqeb.", { ev in
        ExtractedEvent(type: .call, mode: .phone, date: .day(day("2020-02-20"), basis: .relativeToPublication),
                       participants: [macron, putin], location: nil, regions: [saraqeb], evidence: [ev]) }),
    ("call-idlib", "2020-02-22", "Vladimir Poutine s'est entretenu au téléphone avec Recep Tayyip Erdogan d'Idleb.", { ev in
        ExtractedEvent(type: .call, mode: .phone, date: .day(day("2020-02-21"), basis: .relativeToPublication),
                       participants: [putin, erdogan], location: nil, regions: [idlib], evidence: [ev]) }),
    ("call-idlib", "2020-02-21", "Putin and Erdogan discussed Idlib by phone on Friday, the Kremlin said.", { ev in
        ExtractedEvent(type: .call, mode: .phone, date: .day(day("2020-02-21"), basis: .relativeToPublication),
                       participants: [putin, erdogan], location: nil, regions: [idlib], evidence: [ev]) }),
    ("statement-2023", "2023-03-16", "Le Kremlin a déclaré mercredi que la Syrie devait retrouver son intégrité.", { ev in
        ExtractedEvent(type: .statement, date: .day(day("2023-03-15"), basis: .relativeToPublication),
                       participants: [putin], location: nil, regions: [syria], evidence: [ev]) }),
]

/// Questions asked in plain words against a store built by the test, checked event by event.
@Suite(.serialized) struct QueryOnStoreTests {
    let dir: TempDirectory
    let parser: QueryParser
    let service: TimelineService
    /// Event id → key of `questionEvents`.
    let keys: [String: String]

    init() throws {
        dir = try TempDirectory()
        let (knowledge, files) = try makeKnowledge(dir)
        parser = QueryParser(knowledge: knowledge, vocabulary: try QueryVocabulary.load(knowledgeDirectory: files.directory),
                             today: day("2024-05-10"))
        let store = try EventStore(path: dir.path("q.sqlite"), migrationsDirectory: repositoryRoot.appendingPathComponent("Migrations"))
        for (n, q) in questionEvents.enumerated() {
            let a = storedArticle("\(n)-\(q.key).txt", published: q.published, sentences: [q.sentence])
            _ = try store.importArticle(a, events: [q.event(evidence(q.sentence, in: a))])
        }
        service = TimelineService(store: store, knowledge: knowledge)
        var keys: [String: String] = [:]
        for e in try store.allEvents() {
            let article = try #require(e.sources.first?.article)
            keys[e.id] = String(article.drop(while: { $0 != "-" }).dropFirst().dropLast(4))
        }
        self.keys = keys
    }

    func answer(_ question: String) throws -> (keys: [String], parsed: ParsedQuery) {
        let parsed = parser.parse(question)
        return (try service.timeline(parsed.filter).map { keys[$0.id]! }, parsed)
    }

    @Test func theStoreHoldsOneEventPerKey() throws {
        #expect(keys.count == 7)
        let call = try #require(try service.timeline(TimelineFilter(minSources: 2)).first)
        #expect(keys[call.id] == "call-idlib")
    }

    static let putinErdogan = ["summit-tehran", "meeting-sochi", "call-idlib"]
    static let russiaTurkey = ["agreement-2018", "summit-tehran", "ministers-2019", "meeting-sochi", "call-idlib"]

    /// Every example question of the issue, in English and French, with the events it must give.
    @Test(arguments: [
        ("Putin–Erdogan", putinErdogan),
        ("Poutine et Erdogan", putinErdogan),
        ("Putin-Erdogan", putinErdogan),
        ("between Putin and Erdogan", putinErdogan),
        ("the Turkish president", putinErdogan),
        ("le président turc", putinErdogan),
        ("between Russia and Turkey", russiaTurkey),
        ("entre la Russie et la Turquie", russiaTurkey),
        ("Russia-Turkey", russiaTurkey),
        ("talks between Moscow and Ankara", ["ministers-2019", "meeting-sochi"]),
        ("calls", ["call-macron", "call-idlib"]),
        ("phone calls", ["call-macron", "call-idlib"]),
        ("appels", ["call-macron", "call-idlib"]),
        ("entretiens téléphoniques", ["call-macron", "call-idlib"]),
        ("call", ["call-macron", "call-idlib"]),
        ("summits", ["summit-tehran"]),
        ("sommets", ["summit-tehran"]),
        ("sommet", ["summit-tehran"]),
        ("meetings", ["ministers-2019", "meeting-sochi"]),
        ("rencontres", ["ministers-2019", "meeting-sochi"]),
        ("statements", ["statement-2023"]),
        ("déclarations", ["statement-2023"]),
        ("agreements", ["agreement-2018"]),
        ("accords", ["agreement-2018"]),
        ("on Idlib", ["agreement-2018", "summit-tehran", "call-macron", "call-idlib"]),
        ("sur Idleb", ["agreement-2018", "summit-tehran", "call-macron", "call-idlib"]),
        ("about Syria", ["agreement-2018", "summit-tehran", "call-macron", "call-idlib", "statement-2023"]),
        ("in Tehran", ["summit-tehran"]),
        ("à Téhéran", ["summit-tehran"]),
        ("in 2020", ["call-macron", "call-idlib"]),
        ("en février 2020", ["call-macron", "call-idlib"]),
        ("in October 2019", ["meeting-sochi"]),
        ("since 2019", ["ministers-2019", "meeting-sochi", "call-macron", "call-idlib", "statement-2023"]),
        ("depuis 2019", ["ministers-2019", "meeting-sochi", "call-macron", "call-idlib", "statement-2023"]),
        ("between 2018 and 2020", ["agreement-2018", "summit-tehran", "ministers-2019", "meeting-sochi", "call-macron", "call-idlib"]),
        ("entre 2018 et 2020", ["agreement-2018", "summit-tehran", "ministers-2019", "meeting-sochi", "call-macron", "call-idlib"]),
        ("last year", ["statement-2023"]),
        ("l'an dernier", ["statement-2023"]),
        ("Putin–Erdogan calls on Idlib", ["call-idlib"]),
        ("appels Poutine-Erdogan sur Idleb", ["call-idlib"]),
        ("Putin's calls with the Turkish president", ["call-idlib"]),
        ("statements by the Kremlin about Syria", ["statement-2023"]),
        ("rencontres entre Poutine et Erdogan depuis 2019", ["meeting-sochi"]),
        ("sommets Poutine Erdogan en 2018", ["summit-tehran"]),
        ("Russian and Turkish foreign ministers in 2019", ["ministers-2019"]),
        ("les ministres des Affaires étrangères russe et turc", ["ministers-2019"]),
        ("meetings of the Russian and Turkish presidents", ["meeting-sochi"]),
        ("les présidents russe et turc", putinErdogan),
        ("Macron ou Erdogan en 2020", ["call-macron", "call-idlib"]),
    ] as [(String, [String])])
    func exampleQuestions(_ question: String, _ expected: [String]) throws {
        let (got, parsed) = try answer(question)
        #expect(got == expected, "\(question) → \(parsed.description)")
        #expect(parsed.unknownWords.isEmpty, "\(question): \(parsed.unknownWords)")
    }

    /// Words that are not understood are named, with what was understood kept.
    @Test(arguments: [
        ("Putin zorglub calls", ["zorglub"], "actors: Vladimir Putin · type: call"),
        ("calls in Narnia", ["Narnia"], "type: call"),
        ("Putin calls since", ["since"], "actors: Vladimir Putin · type: call"),
        ("appels depuis", ["depuis"], "type: call"),
        ("calls between", ["between"], "type: call"),
        ("Putin calls until", ["until"], "actors: Vladimir Putin · type: call"),
        ("Erdgan summits", ["Erdgan"], "type: summit"),
        ("sommets avant", ["avant"], "type: summit"),
        ("zorglub", ["zorglub"], "all events"),
    ] as [(String, [String], String)])
    func rejectedWords(_ question: String, _ unknown: [String], _ understood: String) {
        let q = parser.parse(question)
        #expect(q.unknownWords == unknown, "\(question)")
        #expect(q.description == understood, "\(question)")
    }

    @Test func nothingUnderstoodIsFlagged() {
        #expect(parser.parse("zorglub blorf").understoodNothing)
        #expect(!parser.parse("zorglub calls").understoodNothing)
        #expect(parser.suggestion(for: "Erdgan") == "Recep Tayyip Erdoğan")
    }

    @Test func theUnderstandingIsEchoedWithNames() {
        #expect(parser.parse("Putin–Erdogan calls on Idlib").description
                == "actors: Vladimir Putin, Recep Tayyip Erdoğan · type: call · region: Idlib (Syria)")
        #expect(parser.parse("between Russia and Turkey").description == "countries: Russia, Turkey")
        #expect(parser.parse("in Tehran").description == "region: Tehran (Iran)")
        #expect(parser.parse("last year").description == "period: 2023")
        #expect(parser.parse("since 2019").description == "from 2019-01-01")
        #expect(parser.parse("between 2018").description == "period: 2018")
    }

    // MARK: Filters of `diplo timeline`

    func filtered(_ r: FilterRequest) throws -> [String] { try service.timeline(r).map { keys[$0.id]! } }

    @Test func actorFiltersAllAndAny() throws {
        #expect(try filtered(FilterRequest(actors: ["Putin", "Erdogan"])) == Self.putinErdogan)
        #expect(try filtered(FilterRequest(actors: ["Poutine", "Erdoğan", "Rouhani"])) == ["summit-tehran"])
        #expect(try filtered(FilterRequest(anyActors: ["Macron", "Lavrov"])) == ["ministers-2019", "call-macron"])
        #expect(try filtered(FilterRequest(actors: ["Putin"], anyActors: ["Macron", "Rouhani"])) == ["summit-tehran", "call-macron"])
    }

    @Test func countryTypeAndRegionFilters() throws {
        #expect(try filtered(FilterRequest(countries: ["Russie", "turc"])) == Self.russiaTurkey)
        #expect(try filtered(FilterRequest(countries: ["FR"])) == ["call-macron"])
        #expect(try filtered(FilterRequest(types: [.call, .summit])) == ["summit-tehran", "call-macron", "call-idlib"])
        // A region includes the places inside it: Syria → Idlib → Saraqib.
        #expect(try filtered(FilterRequest(regions: ["Saraqeb"])) == ["call-macron"])
        #expect(try filtered(FilterRequest(regions: ["Idlib"])) == ["agreement-2018", "summit-tehran", "call-macron", "call-idlib"])
        #expect(try filtered(FilterRequest(regions: ["Syrie"])) == ["agreement-2018", "summit-tehran", "call-macron", "call-idlib", "statement-2023"])
        #expect(try filtered(FilterRequest(regions: ["Russia"])) == ["agreement-2018", "meeting-sochi"])  // located in Sochi
    }

    @Test func periodsKeepEventsWhoseSpanOverlaps() throws {
        // The 2019-10 meeting (month) overlaps a period starting mid-October; the 2018 agreement (year) one ending in March 2018.
        #expect(try filtered(FilterRequest(from: "2019-10-15", to: "2019-12")) == ["meeting-sochi"])
        #expect(try filtered(FilterRequest(from: "2019-11")) == ["call-macron", "call-idlib", "statement-2023"])
        #expect(try filtered(FilterRequest(to: "2018-03")) == ["agreement-2018"])
        #expect(try filtered(FilterRequest(from: "2018-06", to: "2018-09-06")) == ["agreement-2018"])
        #expect(try filtered(FilterRequest(from: "2020-02-21", to: "2020-02-21")) == ["call-idlib"])
    }

    @Test func textSourcesAndLimit() throws {
        #expect(try filtered(FilterRequest(text: "telephone")) == ["call-idlib"])
        #expect(try filtered(FilterRequest(text: "SOTCHI")) == ["agreement-2018", "meeting-sochi"])
        #expect(try filtered(FilterRequest(text: "phone kremlin")) == ["call-idlib"])
        #expect(try filtered(FilterRequest(minSources: 2)) == ["call-idlib"])
        #expect(try filtered(FilterRequest(limit: 2)) == ["agreement-2018", "summit-tehran"])
        #expect(try filtered(FilterRequest(types: [.call], limit: 1)) == ["call-macron"])
    }

    @Test func unknownNamesAreErrorsWithTheClosestKnownNames() throws {
        do {
            _ = try service.timeline(FilterRequest(actors: ["Poutinne"]))
            Issue.record("an unknown actor must be an error")
        } catch let e as TimelineError {
            guard case .unknownActor(_, let suggestions) = e else { Issue.record("\(e)"); return }
            #expect(suggestions.count == 3)
            #expect(e.description.hasPrefix("unknown actor 'Poutinne'; closest known names: Vladimir Putin, "))
        }
        do {
            _ = try service.timeline(FilterRequest(regions: ["Teheran city"]))
            Issue.record("an unknown region must be an error")
        } catch let e as TimelineError {
            guard case .unknownRegion(let name, let suggestions) = e else { Issue.record("\(e)"); return }
            #expect(name == "Teheran city")
            #expect(suggestions.first == "Tehran")
            #expect(e.description.hasPrefix("unknown region 'Teheran city'; closest known names: Tehran"))
        }
        #expect(throws: TimelineError.self) { try service.timeline(FilterRequest(countries: ["Narnia"])) }
        #expect(throws: TimelineError.badDate("2020-13")) { try service.timeline(FilterRequest(from: "2020-13")) }
    }
}
