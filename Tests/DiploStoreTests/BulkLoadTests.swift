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

    /// Batches of generated-looking articles: several events each, shared actors and places.
    func batches(_ count: Int, size: Int) -> [EventStore.BulkBatch] {
        let people = [macron, poutine, erdogan, scholz, lavrov, turquie]
        let places = [paris, sotchi, bruxelles, idlib]
        return (0..<count).map { b in
            (0..<size).map { i in
                let n = b * size + i
                let sentences = (0..<(1 + n % 3)).map { "Rencontre \(n)-\($0) entre \(people[n % 6].name) et \(people[(n + $0 + 1) % 6].name)." }
                let a = TestArticle("bulk-\(n).txt", published: "2020-0\(1 + n % 9)-1\(n % 10)", sentences)
                let events = sentences.enumerated().map { k, sentence in
                    a.event([.meeting, .call, .summit][(n + k) % 3],
                            k == 2 ? .month(year: 2019 + n % 3, month: 1 + n % 12, basis: .explicit) : onDay("20\(10 + n % 12)-0\(1 + n % 9)-1\(k)"),
                            [people[n % 6], people[(n + k + 1) % 6]], location: k == 1 ? places[n % 4] : nil,
                            regions: n % 4 == 0 ? [places[(n + 1) % 4]] : [], sentence)
                }
                return (a.article, events)
            }
        }
    }

    /// Everything a timeline shows, and the derived tables, of a store.
    func contents(_ store: EventStore) throws -> [String] {
        let events = try store.allEvents().map { "\($0)" }
        let tables = try store.pool.read { db in
            try ["SELECT event_id, hex(digest) FROM event_digests ORDER BY 1",
                 "SELECT link, type, date_precision, date_value, event_id FROM event_links ORDER BY 1, 2, 3, 4, 5",
                 "SELECT rowid, evidence FROM sources_fts ORDER BY 1",
                 "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'table') ORDER BY name",
                 "SELECT COUNT(*) FROM digest_queue"].flatMap { sql in
                try Row.fetchAll(db, sql: sql).map { "\($0)" }
            }
        }
        return events + tables
    }

    @Test func manyBatchesInOneTransactionWithIndexesRebuiltStoreTheSameAsOneBatchAtATime() throws {
        let dir = try TempDir()
        let one = try openStore(dir, "one.sqlite"), many = try openStore(dir, "many.sqlite")
        let all = batches(4, size: 25)
        // A store that already holds events, then grown by the rest.
        for b in all { try one.bulkLoad(b) }
        try many.bulkLoad(all[0])
        var rest = all.dropFirst().makeIterator()
        let counts = try many.bulkLoad(rebuildingIndexes: true) { rest.next() }
        #expect(counts.eventsCreated == all.dropFirst().joined().map(\.events.count).reduce(0, +))
        // Same events, digests, links, full-text rows and schema (every index back, from its own SQL).
        #expect(try contents(many) == contents(one))
        try EventLinksTests.check(many, "bulk load of many batches")
        #expect(try many.pendingDigests() == 0)
        // The digests are those an import's refresh writes from the tables.
        let written = try many.pool.read { try Row.fetchAll($0, sql: "SELECT event_id, digest FROM event_digests ORDER BY 1").map { "\($0)" } }
        try many.pool.write { db in
            try db.execute(sql: "DELETE FROM event_digests; INSERT INTO digest_queue (event_id) SELECT id FROM events")
        }
        try many.refreshDigests()
        #expect(try many.pool.read { try Row.fetchAll($0, sql: "SELECT event_id, digest FROM event_digests ORDER BY 1").map { "\($0)" } } == written)
        // Imports after a bulk load queue and digest their events as usual (the triggers are back).
        let c = TestArticle("c.txt", ["Macron a appelé Scholz."])
        _ = try many.importArticle(c.article, events: [c.event(.call, onDay("2024-02-02"), [macron, scholz], "Macron a appelé Scholz.")])
        #expect(try many.pendingDigests() == 1)
        try many.refreshDigests()
        #expect(try many.pendingDigests() == 0)
        #expect(try many.timeline(TimelineFilter(actors: [macron.id, scholz.id], from: day("2024-02-02"))).count == 1)
        try EventLinksTests.check(many, "import after the bulk load")
    }

    @Test func aFailingBatchLeavesTheStoreAsItWasIndexesIncluded() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let all = batches(3, size: 10)
        try store.bulkLoad(all[0])
        let before = try contents(store)
        // The third batch repeats an article of the first: nothing of the load stays.
        var rest = [all[1], all[2] + [all[0][0]]].makeIterator()
        #expect(throws: StoreError.self) { try store.bulkLoad(rebuildingIndexes: true) { rest.next() } }
        #expect(try contents(store) == before)
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
