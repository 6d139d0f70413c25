import DiploModel
import Foundation
import GRDB
import Testing
@testable import DiploStore

/// `event_links` (Migrations/0004_event_links.sql) is what clustering looks candidates up by: it must
/// hold exactly the links the events, their participants (and the participants' countries), regions
/// and locations give, with each event's type and date, after every kind of write.
@Suite struct EventLinksTests {
    /// The links as the tables define them.
    static let expectedSQL = """
        SELECT 'a:' || ep.actor_id, e.type, e.date_precision, e.date_value, e.id
        FROM event_participants ep JOIN events e ON e.id = ep.event_id
        UNION
        SELECT 'c:' || a.country, e.type, e.date_precision, e.date_value, e.id
        FROM event_participants ep JOIN events e ON e.id = ep.event_id JOIN actors a ON a.id = ep.actor_id
        WHERE a.country IS NOT NULL
        UNION
        SELECT 's:' || a.country, e.type, e.date_precision, e.date_value, e.id
        FROM event_participants ep JOIN events e ON e.id = ep.event_id JOIN actors a ON a.id = ep.actor_id
        WHERE a.country IS NOT NULL AND a.kind IN ('state', 'institution')
        UNION
        SELECT 'p:' || e.location_id, e.type, e.date_precision, e.date_value, e.id FROM events e WHERE e.location_id IS NOT NULL
        UNION
        SELECT 'p:' || r.place_id, e.type, e.date_precision, e.date_value, e.id FROM event_regions r JOIN events e ON e.id = r.event_id
        ORDER BY 1, 2, 3, 4, 5
        """

    static func check(_ store: EventStore, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (stored, expected) = try store.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT link, type, date_precision, date_value, event_id FROM event_links ORDER BY 1, 2, 3, 4, 5")
                .map { Array($0.databaseValues) },
             try Row.fetchAll(db, sql: expectedSQL).map { Array($0.databaseValues) })
        }
        #expect(stored == expected, "\(step)", sourceLocation: sourceLocation)
    }

    @Test func linksFollowImportsMergesCountriesAndRemovals() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let stranger = ActorRef(id: "local:jean-dupont", name: "Jean Dupont", kind: .person, country: nil)

        let a = TestArticle("a.txt", ["Macron a appelé Poutine au sujet d'Idlib.", "Erdoğan a rencontré Jean Dupont à Sotchi en mars."])
        _ = try store.importArticle(a.article, events: [
            a.event(.call, onDay("2020-03-05"), [macron, poutine, kremlin], location: paris, regions: [idlib], "Macron a appelé Poutine au sujet d'Idlib."),
            a.event(.meeting, .month(year: 2020, month: 3, basis: .explicit), [erdogan, stranger], location: sotchi,
                    "Erdoğan a rencontré Jean Dupont à Sotchi en mars."),
        ])
        try Self.check(store, "first import")
        #expect(try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event_links") ?? 0 } > 0)

        // The month meeting gets its day (the date of a stored event changes), a region, and the stranger's
        // country becomes known; then a summit the same day at the same place makes it a summit.
        let b = TestArticle("b.txt", ["Erdoğan et Dupont se sont rencontrés à Sotchi le 10 mars."])
        let dupontTR = ActorRef(id: stranger.id, name: stranger.name, kind: .person, country: "TR")
        let merged = try store.importArticle(b.article, events: [
            b.event(.meeting, onDay("2020-03-10"), [erdogan, dupontTR], location: sotchi, regions: [syrie],
                    "Erdoğan et Dupont se sont rencontrés à Sotchi le 10 mars."),
        ])
        #expect(merged.counts.eventsMerged == 1)
        try Self.check(store, "merge and country")
        let b2 = TestArticle("b2.txt", ["Le sommet Erdoğan-Dupont s'est tenu à Sotchi le 10 mars."])
        let summit = try store.importArticle(b2.article, events: [
            b2.event(.summit, onDay("2020-03-10"), [erdogan, dupontTR], location: sotchi,
                     "Le sommet Erdoğan-Dupont s'est tenu à Sotchi le 10 mars."),
        ])
        #expect(summit.counts.eventsMerged == 1)
        #expect(try store.pool.read { try String.fetchAll($0, sql: "SELECT DISTINCT type FROM event_links WHERE link = 'a:Q39723'") } == ["summit"])
        try Self.check(store, "meeting became a summit")

        // A new version of the first article removes its events that no other article reports.
        let a2 = TestArticle("a.txt", ["Macron a appelé Poutine au sujet d'Idlib, mardi."])
        _ = try store.importArticle(a2.article, events: [
            a2.event(.call, onDay("2020-03-03"), [macron, poutine], "Macron a appelé Poutine au sujet d'Idlib, mardi."),
        ])
        try Self.check(store, "replaced article")

        // The lookup finds the stored call through its links only.
        let c = TestArticle("c.txt", ["Poutine et Macron se sont parlé mardi."])
        let outcome = try store.importArticle(c.article, events: [
            c.event(.call, onDay("2020-03-03"), [poutine, macron], "Poutine et Macron se sont parlé mardi."),
        ])
        #expect(outcome.counts.eventsMerged == 1)
        try Self.check(store, "merged call")

        try store.deleteAllEvents()
        try Self.check(store, "all events deleted")
        #expect(try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event_links") } == 0)
    }

    @Test func bulkLoadedEventsHaveTheirLinks() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let a = TestArticle("bulk.txt", ["Macron a reçu Scholz à Paris.", "Lavrov a appelé Erdoğan."])
        try store.bulkLoad([(a.article, [
            a.event(.meeting, onDay("2021-05-02"), [macron, scholz], location: paris, regions: [bruxelles], "Macron a reçu Scholz à Paris."),
            a.event(.call, .year(2021, basis: .inferred), [lavrov, erdogan, turquie], "Lavrov a appelé Erdoğan."),
        ])])
        try Self.check(store, "bulk load")
    }

    /// A store made before 0003 gets the links of its events when it is opened.
    @Test func anExistingStoreIsBackfilled() throws {
        let dir = try TempDir()
        let path = dir.path("old.sqlite")
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            for name in ["0001_initial.sql", "0002_candidate_lookup.sql"] {
                try db.execute(sql: String(contentsOf: migrationsDir.appendingPathComponent(name), encoding: .utf8))
            }
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('0001_initial.sql'), ('0002_candidate_lookup.sql');
                INSERT INTO places (id, name, parent_id) VALUES ('RU', 'Russie', NULL), ('Q124', 'Sotchi', 'RU');
                INSERT INTO actors (id, name, kind, country) VALUES ('Q7747', 'Vladimir Poutine', 'person', 'RU'),
                                                                   ('Q39723', 'Recep Tayyip Erdoğan', 'person', 'TR');
                INSERT INTO events (id, type, mode, cameo, plover, date, date_precision, date_value, date_earliest, date_latest,
                                    date_basis, location_id, created_at) VALUES
                  ('ev_000000000002', 'meeting', 'host', '043', 'CONSULT', '2020-03', 'month', '2020-03-01', '2020-03-01', '2020-03-31',
                   'inferred', 'Q124', '2024-01-02T00:00:00Z');
                INSERT INTO event_participants VALUES ('ev_000000000002', 'Q39723'), ('ev_000000000002', 'Q7747');
                INSERT INTO event_regions VALUES ('ev_000000000002', 'RU');
                """)
        }
        try old.close()
        let store = try EventStore(path: path, migrationsDirectory: migrationsDir)
        try Self.check(store, "backfill")
        #expect(try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event_links") } == 6)
    }
}
