import DiploModel
import Foundation
import GRDB
import Testing
@testable import DiploStore

/// Event digests (`Migrations/0003_event_digests.sql`): reading events through them gives exactly
/// what reading the tables gives, they are really used, and every change to an event makes its
/// digest go away until it is written again.
@Suite struct EventDigestTests {
    /// Every event read from the tables only (the reference), in timeline order.
    static func fromTables(_ store: EventStore) throws -> [TimelineEvent] {
        try store.read("reference") { db in
            let page = try EventStore.timelinePage(TimelineFilter(), after: nil, count: -1, in: db)
            var cache = StoreRows.RowCache()
            return try StoreRows.timelineEvents(page.heads, in: db, cache: &cache, digests: false)
        }
    }

    static func digestCount(_ store: EventStore) throws -> Int {
        try store.read("count") { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event_digests") ?? 0 }
    }

    /// The sample store plus an undated article without URL or title, with awkward evidence, and
    /// events of year precision.
    static func store(_ dir: TempDir) throws -> EventStore {
        let store = try sampleStore(dir)
        let s = "=Vladimir Poutine a \"appelé\", dit-on,\nRecep Tayyip Erdoğan en 2019."
        var d = TestArticle("d.txt", [s])
        d.article.published = nil
        d.article.url = nil
        d.article.title = nil
        _ = try store.importArticle(d.article, events: [
            d.event(.call, .year(2019, basis: .inferred), [erdogan, poutine, onu], location: idlib, regions: [syrie, idlib], s),
        ])
        return store
    }

    @Test func digestsGiveWhatTheTablesGive() throws {
        let dir = try TempDir()
        let store = try Self.store(dir)
        let reference = try Self.fromTables(store)
        #expect(reference.count == 5)
        // Imports through the store API leave new events queued: read from the tables meanwhile.
        #expect(try store.pendingDigests() == 5)
        #expect(try Self.digestCount(store) == 0)
        #expect(try store.allEvents() == reference)

        try store.refreshDigests()
        #expect(try store.pendingDigests() == 0)
        #expect(try Self.digestCount(store) == 5)
        #expect(try store.allEvents() == reference)
        var streamed: [TimelineEvent] = []
        try store.forEachEvent { streamed.append($0) }
        #expect(streamed == reference)
        for e in reference { #expect(try store.event(id: e.id) == e) }
        let withIdlib = try store.timeline(TimelineFilter(regions: ["SY"]))
        #expect(withIdlib == reference.filter { e in e.regions.contains { $0.id == idlib.id || $0.id == "SY" } || e.location?.id == idlib.id })
    }

    @Test func digestsAreReallyRead() throws {
        let dir = try TempDir()
        let store = try Self.store(dir)
        try store.refreshDigests()
        let call = try #require(try store.allEvents().first { $0.mode == .phone })
        // Rewrite one digest by hand (the tables are untouched): reads show it.
        var forged = EventDigest(call)
        forged.sources[0].evidence = "forged"
        try store.write("forge") { db in
            try db.execute(sql: "UPDATE event_digests SET digest = ? WHERE event_id = ?", arguments: [Data(forged.encoded), call.id])
        }
        #expect(try store.event(id: call.id)?.sources.first?.evidence == "forged")
        #expect(try Self.fromTables(store).first { $0.id == call.id }?.sources.first?.evidence != "forged")
        // A digest diplo cannot read (another version, damaged) is ignored.
        try store.write("damage") { db in
            try db.execute(sql: "UPDATE event_digests SET digest = x'FF00' WHERE event_id = ?", arguments: [call.id])
        }
        #expect(try store.event(id: call.id) == call)
    }

    @Test func everyChangeDropsTheDigestsItTouches() throws {
        let dir = try TempDir()
        let store = try Self.store(dir)
        try store.refreshDigests()
        func check(_ what: String, pending: Int) throws {
            #expect(try store.pendingDigests() == pending, "\(what)")
            #expect(try store.allEvents() == Self.fromTables(store), "\(what)")
            try store.refreshDigests()
            #expect(try store.allEvents() == Self.fromTables(store), "\(what) (refreshed)")
            #expect(try Self.digestCount(store) == Self.fromTables(store).count, "\(what)")
        }
        // A new report of the phone call: a source added to an existing event, its date refined.
        let s = "Emmanuel Macron s'est entretenu au téléphone avec Vladimir Poutine."
        let e = TestArticle("e.txt", published: "2020-03-07", [s])
        _ = try store.importArticle(e.article, events: [e.event(.call, onDay("2020-03-05"), [macron, poutine, lavrov], mode: .phone, s)])
        try check("a source and a participant added", pending: 1)
        // A new version of an article: its sources go, events left without a source are deleted.
        let c2 = TestArticle("c.txt", published: "2020-04-12", ["Emmanuel Macron a reçu Olaf Scholz à l'Élysée."])
        _ = try store.importArticle(c2.article, events: [
            c2.event(.meeting, onDay("2020-04-10"), [macron, scholz], location: paris, mode: .host, "Emmanuel Macron a reçu Olaf Scholz à l'Élysée."),
        ])
        #expect(try store.pendingDigests() >= 1)
        try check("an article replaced", pending: try store.pendingDigests())
        // Renaming an actor or a place changes no digest (they hold ids) but shows in every read.
        try store.write("rename") { db in
            try db.execute(sql: "UPDATE actors SET name = 'V. Poutine' WHERE id = ?", arguments: [poutine.id])
            try db.execute(sql: "UPDATE places SET name = 'Idleb', parent_id = NULL WHERE id = ?", arguments: [idlib.id])
        }
        #expect(try store.allEvents().contains { $0.participants.contains { $0.name == "V. Poutine" } })
        #expect(try store.allEvents().contains { $0.regions.contains { $0.name == "Idleb" && $0.ancestors.isEmpty } })
        try check("an actor and a place renamed", pending: 0)
        // Any column of an event, and any row hanging from it.
        let id = try #require(try store.allEvents().first?.id)
        try store.write("edit") { db in
            try db.execute(sql: "UPDATE events SET cameo = '099' WHERE id = ?", arguments: [id])
        }
        try check("an event updated", pending: 1)
        try store.write("edit") { db in
            try db.execute(sql: "DELETE FROM event_regions WHERE event_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM event_participants WHERE event_id = ? AND actor_id = ?", arguments: [id, macron.id])
        }
        try check("a region and a participant removed", pending: 1)
        try store.write("edit") { db in
            try db.execute(sql: "UPDATE articles SET url = 'https://example.org/moved' WHERE name = 'a.txt'")
        }
        #expect(try store.pendingDigests() >= 1)
        try check("an article's URL changed", pending: try store.pendingDigests())
        #expect(try store.allEvents().contains { $0.sources.contains { $0.url == "https://example.org/moved" } })
    }
}
