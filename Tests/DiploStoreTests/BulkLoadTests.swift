import DiploModel
import Foundation
import GRDB
import Testing
@testable import DiploStore

/// `EventStore.bulkLoad` (the benchmark's path to a million events) and `checkpoint`.
@Suite struct BulkLoadTests {
    let appel = "Emmanuel Macron s'est entretenu au téléphone jeudi avec Vladimir Poutine de la situation à Idlib."
    let visite = "Recep Tayyip Erdoğan a reçu Vladimir Poutine à Sotchi."

    @Test func bulkLoadedEventsAreStoredLikeImportedOnesButNeverMerged() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let a = TestArticle("a.txt", [appel])
        let b = TestArticle("b.txt", published: "2020-03-07", [appel, visite])
        // The same call in two articles: an import would merge them, a bulk load keeps both.
        let counts = try store.bulkLoad([
            (a.article, [a.event(.call, onDay("2020-03-05"), [macron, poutine], regions: [idlib], mode: .phone, appel)]),
            (b.article, [b.event(.call, onDay("2020-03-05"), [macron, poutine], regions: [idlib], mode: .phone, appel),
                         b.event(.meeting, onDay("2020-03-06"), [erdogan, poutine], location: sotchi, mode: .host, visite)]),
        ])
        #expect(counts == ImportCounts(eventsCreated: 3, eventsMerged: 0, sourcesAdded: 3))
        let events = try store.allEvents()
        #expect(events.map(\.type) == [.call, .call, .meeting])
        #expect(events[2].location?.ancestors == ["RU"])
        #expect(events[0].regions.map(\.id) == ["Q1111"])
        #expect(events[0].sources[0].evidence == appel)
        // Participants, places and the full-text index are written as by an import.
        #expect(try store.timeline(TimelineFilter(actors: [erdogan.id])).count == 1)
        #expect(try store.timeline(TimelineFilter(regions: ["SY"])).count == 2)
        #expect(try store.timeline(TimelineFilter(text: "SOTCHI")).map(\.type) == [.meeting])
        // A later import of the first article is recognised as unchanged.
        #expect(try store.importArticle(a.article, events: []) == .unchanged)
    }

    @Test func aBatchWithAnArticleAlreadyStoredWritesNothing() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let a = TestArticle("a.txt", [appel])
        let b = TestArticle("b.txt", [visite])
        try store.bulkLoad([(a.article, [a.event(.call, onDay("2020-03-05"), [macron, poutine], appel)])])
        #expect(throws: StoreError.self) {
            try store.bulkLoad([(b.article, [b.event(.meeting, onDay("2020-03-06"), [erdogan, poutine], visite)]),
                                (a.article, [])])
        }
        #expect(try store.allEvents().count == 1)
        #expect(try store.articles().map(\.name) == ["a.txt"])
    }

    @Test func checkpointEmptiesTheWriteAheadLog() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let a = TestArticle("a.txt", [appel])
        try store.bulkLoad([(a.article, [a.event(.call, onDay("2020-03-05"), [macron, poutine], appel)])])
        try store.checkpoint()
        let wal = (try? FileManager.default.attributesOfItem(atPath: dir.path("diplo.sqlite") + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0)
        #expect(try store.allEvents().count == 1)
    }

    @Test func importTimestampsAreISO8601UTCSeconds() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        for seconds in [0.0, 951_782_400.9, 1_700_000_000, 4_102_444_799] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(EventStore.timestamp(date) == formatter.string(from: date))
        }
    }
}
