import DiploExtraction
import DiploModel
import DiploStore
import Foundation
import Testing
@testable import DiploTimeline

/// Exports and timelines read through event digests are byte for byte those read from the tables:
/// a real store with several sources per event, places with a hierarchy, day/month/year dates,
/// cells that need CSV quoting and formula neutralisation, undated and URL-less articles.
@Suite struct DigestExportTests {
    static func article(_ name: String, published: String?, url: String?, _ sentences: [String]) -> Article {
        Article(name: name, title: url == nil ? nil : "Title, \"quoted\" of \(name)", url: url, published: published.map(day),
                language: "fr", source: "test", text: sentences.joined(separator: " "))
    }

    static func event(_ a: Article, _ sentence: String, _ type: EventType, _ date: EventDate, _ who: [ActorRef],
                      location: PlaceRef? = nil, regions: [PlaceRef] = [], mode: ConsultMode? = nil) -> ExtractedEvent {
        let r = a.text.range(of: sentence)!
        let start = a.text.utf8.distance(from: a.text.utf8.startIndex, to: r.lowerBound)
        return ExtractedEvent(type: type, mode: mode, date: date, participants: who, location: location, regions: regions,
                              evidence: [Evidence(sentence: sentence, start: start, end: start + sentence.utf8.count, isCore: true)])
    }

    static func store(_ dir: TempDirectory) throws -> EventStore {
        let store = try EventStore(path: dir.path("digests.sqlite"), migrationsDirectory: repositoryRoot.appendingPathComponent("Migrations"))
        let s1 = "Vladimir Poutine s'est entretenu au téléphone avec Recep Tayyip Erdoğan sur Idlib."
        let s2 = "=HYPERLINK(\"x\") Poutine et Erdoğan, \"à Sotchi\", ont signé\nun accord."
        let s3 = "-Jean Dupont a rencontré Recep Tayyip Erdoğan en octobre."
        let s4 = "@Poutine a parlé à Erdoğan en 2018, selon, \"des\" sources."
        let a = article("a.txt", published: "2020-02-22", url: "https://example.org/a?x=1,y=2", [s1, s2])
        let b = article("=b.txt", published: nil, url: nil, [s1, s3])
        let c = article("c, \"d\".txt", published: "2019-01-03", url: "https://example.org/c", [s4, s2])
        _ = try store.importArticle(a, events: [
            event(a, s1, .call, .day(day("2020-02-21"), basis: .explicit), [putin, erdogan], regions: [idlib], mode: .phone),
            event(a, s2, .agreement, .day(day("2020-02-21"), basis: .relativeToPublication), [erdogan, putin], location: sochi,
                  regions: [syria, idlib]),
        ])
        _ = try store.importArticle(b, events: [
            event(b, s1, .call, .day(day("2020-02-21"), basis: .explicit), [putin, erdogan], regions: [idlib], mode: .phone),
            event(b, s3, .meeting, .month(year: 2019, month: 10, basis: .explicit), [localEnvoy, erdogan]),
        ])
        _ = try store.importArticle(c, events: [
            event(c, s4, .call, .year(2018, basis: .inferred), [putin, erdogan], location: sochi),
            event(c, s2, .agreement, .day(day("2020-02-21"), basis: .relativeToPublication), [erdogan, putin], location: sochi),
        ])
        return store
    }

    static func export(_ store: EventStore, _ format: ExportFormat) throws -> String {
        let service = TimelineService(store: store, knowledge: try makeKnowledge(TempDirectory()).0)
        var bytes: [UInt8] = []
        let writer = EventStreamWriter(format: format, pretty: false, chunkSize: 97) { bytes += $0 }
        try service.export(TimelineFilter(), to: writer)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func exportsThroughDigestsAreTheExportsFromTheTables() throws {
        let dir = try TempDirectory()
        let store = try Self.store(dir)
        #expect(try store.pendingDigests() > 0)
        let fromTables = try store.allEvents()
        #expect(fromTables.count == 4)
        #expect(fromTables.filter { $0.sources.count == 2 }.count == 2)
        let csv = try Self.export(store, .csv), jsonl = try Self.export(store, .jsonl), ics = try Self.export(store, .ics)
        #expect(csv == Exporters.csv(fromTables))
        #expect(csv.contains("'=HYPERLINK") && csv.contains("'-Jean Dupont") && csv.contains("'@Poutine") && csv.contains("'=b.txt"))
        #expect(csv.contains("\"\"à Sotchi\"\""))

        try store.refreshDigests()
        #expect(try store.pendingDigests() == 0)
        #expect(try store.allEvents() == fromTables)
        #expect(try Self.export(store, .csv) == csv)
        #expect(try Self.export(store, .jsonl) == jsonl)
        #expect(try Self.export(store, .ics) == ics)
        #expect(TableFormatter().render(try store.allEvents()) == TableFormatter().render(fromTables))
    }
}
