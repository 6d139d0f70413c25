import DiploExtraction
import DiploModel
import DiploStore
import Foundation
import Testing
@testable import DiploTimeline

/// An article and its events, reported by the test rather than the extractor.
func storedArticle(_ name: String, published: String, sentences: [String]) -> Article {
    Article(name: name, title: "Title of \(name)", url: "https://example.org/\(name)", published: day(published),
            language: "fr", source: "example.org", text: sentences.joined(separator: " "))
}

func evidence(_ sentence: String, in article: Article) -> Evidence {
    let range = article.text.range(of: sentence)!
    let s = article.text.utf8.distance(from: article.text.startIndex, to: range.lowerBound)
    return Evidence(sentence: sentence, start: s, end: s + sentence.utf8.count, isCore: true)
}

@Suite(.serialized) struct ServiceTests {
    let dir: TempDirectory
    let knowledge: Knowledge

    init() throws {
        dir = try TempDirectory()
        (knowledge, _) = try makeKnowledge(dir)
    }

    func populatedStore(_ name: String) throws -> EventStore {
        let store = try EventStore(path: dir.path(name), migrationsDirectory: repositoryRoot.appendingPathComponent("Migrations"))
        let s1 = "Vladimir Poutine s'est entretenu au téléphone avec Recep Tayyip Erdogan de la situation à Idleb."
        let a = storedArticle("a.txt", published: "2020-02-22", sentences: [s1, "Rien d'autre."])
        _ = try store.importArticle(a, events: [
            ExtractedEvent(type: .call, mode: .phone, date: .day(day("2020-02-21"), basis: .relativeToPublication),
                           participants: [putin, erdogan], location: nil, regions: [idlib], evidence: [evidence(s1, in: a)]),
        ])
        let s2 = "Erdogan a rencontré Jean Dupont à Sotchi en octobre 2019, \"un succès\", a-t-il dit."
        let b = storedArticle("b.txt", published: "2019-11-02", sentences: [s2])
        _ = try store.importArticle(b, events: [
            ExtractedEvent(type: .meeting, mode: .thirdParty, date: .month(year: 2019, month: 10, basis: .explicit),
                           participants: [erdogan, localEnvoy], location: sochi, regions: [syria], evidence: [evidence(s2, in: b)]),
        ])
        return store
    }

    @Test func resolvesNamesThroughKnowledgeAndStore() throws {
        let service = TimelineService(store: try populatedStore("r.sqlite"), knowledge: knowledge)
        #expect(try service.resolveActor("Poutine") == "Q7747")
        #expect(try service.resolveActor("erdogan") == "Q39259")
        #expect(try service.resolveActor("Q7747") == "Q7747")
        #expect(try service.resolveActor("le Kremlin") == "Q1479")
        #expect(try service.resolveActor("jean dupont") == "local:jean-dupont")  // only in the store
        #expect(try service.resolveRegion("Idleb") == "local:sy-idlib-gov")
        #expect(try service.resolveRegion("Syrie") == "SY")
        #expect(try service.resolveCountry("turc") == "TR")
        #expect(try service.resolveCountry("fr") == "FR")
        #expect(try service.resolveCountry("Russie") == "RU")
    }

    @Test func unknownNamesListTheThreeClosest() throws {
        let service = TimelineService(store: try populatedStore("u.sqlite"), knowledge: knowledge)
        #expect(throws: TimelineError.self) { try service.resolveActor("Poutin") }
        do {
            _ = try service.resolveActor("Poutin")
        } catch let e as TimelineError {
            guard case .unknownActor(let name, let suggestions) = e else { Issue.record("\(e)"); return }
            #expect(name == "Poutin")
            #expect(suggestions.count == 3)
            #expect(suggestions.first == "Vladimir Putin")
            #expect(e.description.hasPrefix("unknown actor 'Poutin'; closest known names: Vladimir Putin, "))
        }
        do {
            _ = try service.resolveRegion("Idlb")
            Issue.record("expected an error")
        } catch let e as TimelineError {
            guard case .unknownRegion(_, let s) = e else { Issue.record("\(e)"); return }
            #expect(s.first == "Idlib")
        }
        #expect(TimelineService.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(TimelineService.closestNames(to: "Erdgan", among: [("Erdogan", "Recep Tayyip Erdoğan"), ("Erdoğan", "Recep Tayyip Erdoğan"),
                                                                   ("Macron", "Emmanuel Macron")], count: 3)
            == ["Recep Tayyip Erdoğan", "Emmanuel Macron"])
    }

    @Test func filtersAndExportsFromTheStore() throws {
        let service = TimelineService(store: try populatedStore("f.sqlite"), knowledge: knowledge)
        let all = try service.timeline(FilterRequest())
        #expect(all.map(\.type) == [.meeting, .call])  // oldest first
        let pair = try service.timeline(FilterRequest(actors: ["Putin", "Erdoğan"]))
        #expect(pair.map(\.type) == [.call])
        let region = try service.timeline(FilterRequest(regions: ["Syria"]))
        #expect(region.count == 2)  // Idlib is in Syria
        let period = try service.timeline(FilterRequest(from: "2020", to: "2020-02"))
        #expect(period.map(\.type) == [.call])
        #expect(throws: TimelineError.badDate("2020-13")) { try service.filter(FilterRequest(from: "2020-13")) }

        // Streaming export equals the rendered one, and two stores built alike export identical bytes.
        var bytes: [UInt8] = []
        let n = try service.export(TimelineFilter(), to: EventStreamWriter(format: .jsonl) { bytes += $0 })
        #expect(n == 2)
        #expect(String(decoding: bytes, as: UTF8.self) == Exporters.jsonLines(all))
        let other = TimelineService(store: try populatedStore("g.sqlite"), knowledge: knowledge)
        #expect(Exporters.jsonLines(try other.timeline(FilterRequest())) == Exporters.jsonLines(all))
        #expect(Exporters.csv(try other.timeline(FilterRequest())) == Exporters.csv(all))

        let shown = try service.event(id: all[1].id)
        #expect(shown.sources.first?.article == "a.txt")
        #expect(throws: TimelineError.eventNotFound("nope")) { try service.event(id: "nope") }
    }

    @Test func importSessionCountsAndReextracts() throws {
        let store = try EventStore(path: dir.path("i.sqlite"), migrationsDirectory: repositoryRoot.appendingPathComponent("Migrations"))
        let session = ImportSession(store: store, extractor: Extractor(knowledge: knowledge))
        let a = storedArticle("x.txt", published: "2020-01-01", sentences: ["Poutine a appelé Erdogan hier."])
        _ = try session.importArticle(a)
        session.fileRead(stored: 1, unchanged: 0)
        _ = try session.importArticle(a)
        session.fileRead(stored: 0, unchanged: 1)
        session.fileSkipped()
        session.recordFailed()
        session.fileRead(stored: 0, unchanged: 0)
        #expect(session.summary.articlesImported == 1)
        #expect(session.summary.articlesUnchanged == 1)
        #expect(session.summary.text.hasPrefix("files: 1 imported, 2 skipped, 1 failed\narticles: 1 imported, 1 unchanged, 1 failed\nevents: "),
                "\(session.summary.text)")
        let re = ImportSession(store: store, extractor: Extractor(knowledge: knowledge))
        var seen = 0
        try re.reextractAll { done, total in seen = done; #expect(total == 1) }
        #expect(seen == 1)
        #expect(re.summary.articlesImported == 1)
    }

    @Test func addAliasAppendsAValidatedLine() throws {
        let name = try KnowledgeEditor.addAlias("Tayyip", id: "Q39259", knowledge: knowledge, directory: dir.url)
        #expect(name == "Recep Tayyip Erdoğan")
        try KnowledgeEditor.addAlias("Sultan", id: "Q39259", knowledge: knowledge, directory: dir.url)
        let text = try String(contentsOf: dir.url.appendingPathComponent("user-aliases.tsv"), encoding: .utf8)
        #expect(text.hasSuffix("Tayyip\tQ39259\nSultan\tQ39259\n"))
        let reloaded = try Knowledge.load(from: dir.url)
        #expect(reloaded.resolveActors("Tayyip").map(\.id) == ["Q39259"])
        #expect(throws: TimelineError.unknownID("Q0")) { try KnowledgeEditor.addAlias("X", id: "Q0", knowledge: knowledge, directory: dir.url) }
        #expect(throws: TimelineError.self) { try KnowledgeEditor.addAlias("a\tb", id: "Q7747", knowledge: knowledge, directory: dir.url) }
    }
}
