import DiploModel
import Foundation
import GRDB
import Testing
@testable import DiploStore

@Suite struct MigrationTests {
    /// The migrations of this release, which the store's code relies on (later ones are simulated).
    let currentMigrations = ["0001_initial.sql", "0002_candidate_lookup.sql", "0003_event_digests.sql", "0004_event_links.sql", "0005_bulk_load_digests.sql"]

    @Test func migrationsAreAppliedAndRecorded() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        #expect(try store.appliedMigrations() == ["0001_initial.sql", "0002_candidate_lookup.sql", "0003_event_digests.sql", "0004_event_links.sql", "0005_bulk_load_digests.sql"])
        try store.close()

        let queue = try DatabaseQueue(path: dir.path("diplo.sqlite"))
        try queue.read { db in
            for table in ["articles", "events", "actors", "event_participants", "places", "event_regions", "sources", "sources_fts",
                          "event_digests", "digest_queue", "event_links"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
            for index in ["event_participants_actor", "event_regions_place", "events_type_date", "events_date", "events_type_precision_date"] {
                #expect(indexes.contains(index), "missing index \(index)")
            }
        }
    }

    @Test func reopeningDoesNotReapply() throws {
        let dir = try TempDir()
        try openStore(dir).close()
        let store = try openStore(dir)
        #expect(try store.appliedMigrations() == ["0001_initial.sql", "0002_candidate_lookup.sql", "0003_event_digests.sql", "0004_event_links.sql", "0005_bulk_load_digests.sql"])
    }

    @Test func createsParentFolders() throws {
        let dir = try TempDir()
        let store = try openStore(dir, "a/b/c/diplo.sqlite")
        #expect(try store.stats().articles == 0)
        #expect(FileManager.default.fileExists(atPath: dir.path("a/b/c/diplo.sqlite")))
    }

    @Test func missingMigrationsFolderIsAClearError() throws {
        let dir = try TempDir()
        let missing = dir.url.appendingPathComponent("NoSuchMigrations")
        #expect(throws: StoreError.migrationsNotFound(path: missing.path)) {
            try EventStore(path: dir.path("x.sqlite"), migrationsDirectory: missing)
        }
        let error = StoreError.migrationsNotFound(path: missing.path)
        #expect(error.description.contains("NoSuchMigrations"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("x.sqlite")))
    }

    @Test func databaseFromANewerDiploIsRefusedAndLeftUntouched() throws {
        let dir = try TempDir()
        let path = dir.path("diplo.sqlite")
        let store = try openStore(dir)
        let a = TestArticle("a.txt", ["Emmanuel Macron s'est entretenu avec Vladimir Poutine jeudi."])
        _ = try store.importArticle(a.article, events: [a.event(.call, onDay("2020-03-05"), [macron, poutine], a.article.text)])
        try store.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('0002_future.sql')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        do {
            _ = try openStore(dir)
            Issue.record("opening a newer database should fail")
        } catch let error as StoreError {
            #expect(error == .newerSchema(path: path, unknownMigrations: ["0002_future.sql"]))
            #expect(error.description.contains(path))
            #expect(error.description.contains("0002_future.sql"))
        }
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(before == after)
    }

    @Test func olderSchemaIsUpgradedAndKeepsItsRows() throws {
        let dir = try TempDir()
        let v1 = dir.url.appendingPathComponent("migrations-v1")
        let v2 = dir.url.appendingPathComponent("migrations-v2")
        // v1: this release's migrations; v2: one more.
        for folder in [v1, v2] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in currentMigrations {
                try FileManager.default.copyItem(at: migrationsDir.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
        }
        try "ALTER TABLE articles ADD COLUMN note TEXT;\nCREATE INDEX articles_published ON articles(published);\n"
            .write(to: v2.appendingPathComponent("0009_article_note.sql"), atomically: true, encoding: .utf8)

        let path = dir.path("diplo.sqlite")
        let a = TestArticle("a.txt", ["Emmanuel Macron a téléphoné à Vladimir Poutine jeudi."])
        do {
            let old = try EventStore(path: path, migrationsDirectory: v1)
            _ = try old.importArticle(a.article, events: [a.event(.call, onDay("2020-03-05"), [macron, poutine], a.article.text)])
            try old.close()
        }
        let store = try EventStore(path: path, migrationsDirectory: v2)
        #expect(try store.appliedMigrations() == currentMigrations + ["0009_article_note.sql"])
        let events = try store.allEvents()
        #expect(events.count == 1)
        #expect(events.first?.sources.count == 1)
        #expect(try store.article(named: "a.txt")?.text == a.article.text)
        #expect(try store.timeline(TimelineFilter(text: "telephone")).count == 1)
    }

    @Test func aFailingMigrationNamesItsFileAndIsRolledBack() throws {
        let dir = try TempDir()
        let folder = dir.url.appendingPathComponent("migrations")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: migrationsDir.appendingPathComponent("0001_initial.sql"),
                                         to: folder.appendingPathComponent("0001_initial.sql"))
        try "CREATE TABLE half (x);\nTHIS IS NOT SQL;\n"
            .write(to: folder.appendingPathComponent("0002_broken.sql"), atomically: true, encoding: .utf8)
        let path = dir.path("diplo.sqlite")
        #expect {
            try EventStore(path: path, migrationsDirectory: folder)
        } throws: { error in
            guard case let StoreError.migrationFailed(p, name, _) = error else { return false }
            return p == path && name == "0002_broken.sql"
        }
        let queue = try DatabaseQueue(path: path)
        let (half, applied) = try queue.read { db in
            (try db.tableExists("half"), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        #expect(!half)
        #expect(applied == ["0001_initial.sql"])
    }
    /// A file as the first diplo release wrote it, built with plain SQL (not through the store), is
    /// upgraded in place by a later migration that rebuilds a table and adds columns: every row of
    /// every table is still there, and the store works on it.
    @Test func anOldSchemaFileBuiltFromSQLIsUpgradedKeepingEveryRow() throws {
        let dir = try TempDir()
        let path = dir.path("old.sqlite")
        let v1SQL = try String(contentsOf: migrationsDir.appendingPathComponent("0001_initial.sql"), encoding: .utf8)
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: v1SQL)
            // What GRDB's migrator records, as the first release left it.
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('0001_initial.sql')")
            try db.execute(sql: """
                INSERT INTO articles (id, name, content_hash, title, url, published, language, source, text, imported_at) VALUES
                  (1, 'a.txt', 'h1', 'Appel', NULL, '2020-03-06', 'fr', 'lemonde.fr', 'Emmanuel Macron a téléphoné à Vladimir Poutine jeudi.', '2024-01-01T00:00:00Z'),
                  (2, 'b.jsonl#3', 'h2', NULL, 'https://x.example/b', NULL, NULL, NULL, 'Erdoğan a reçu Poutine à Sotchi.', '2024-01-02T00:00:00Z');
                INSERT INTO places (id, name, parent_id) VALUES ('RU', 'Russie', NULL), ('Q124', 'Sotchi', 'RU');
                INSERT INTO actors (id, name, kind, country) VALUES
                  ('Q3052772', 'Emmanuel Macron', 'person', 'FR'), ('Q7747', 'Vladimir Poutine', 'person', 'RU'),
                  ('Q39723', 'Recep Tayyip Erdoğan', 'person', 'TR');
                INSERT INTO events (id, type, mode, cameo, plover, date, date_precision, date_value, date_earliest, date_latest,
                                    date_basis, location_id, created_at) VALUES
                  ('ev_000000000001', 'call', 'phone', '040', 'CONSULT', '2020-03-05', 'day', '2020-03-05', '2020-03-05', '2020-03-05',
                   'relative', NULL, '2024-01-01T00:00:00Z'),
                  ('ev_000000000002', 'meeting', 'host', '043', 'CONSULT', '2020-03', 'month', '2020-03-01', '2020-03-01', '2020-03-31',
                   'inferred', 'Q124', '2024-01-02T00:00:00Z');
                INSERT INTO event_participants VALUES ('ev_000000000001', 'Q3052772'), ('ev_000000000001', 'Q7747'),
                                                      ('ev_000000000002', 'Q39723'), ('ev_000000000002', 'Q7747');
                INSERT INTO event_regions VALUES ('ev_000000000002', 'RU');
                INSERT INTO sources (id, event_id, article_id, evidence, start, "end", is_core) VALUES
                  (1, 'ev_000000000001', 1, 'Emmanuel Macron a téléphoné à Vladimir Poutine jeudi.', 0, 55, 1),
                  (2, 'ev_000000000002', 2, 'Erdoğan a reçu Poutine à Sotchi.', 0, 33, 1);
                INSERT INTO sources_fts (rowid, evidence) VALUES (1, 'emmanuel macron a telephone a vladimir poutine jeudi.'),
                                                                 (2, 'erdogan a recu poutine a sotchi.');
                """)
        }
        let tables = ["articles", "places", "actors", "events", "event_participants", "event_regions", "sources", "sources_fts"]
        func dump(_ db: Database, _ table: String, columns: [String]) throws -> [[DatabaseValue]] {
            let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            return try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table) ORDER BY \(list)").map { Array($0.databaseValues) }
        }
        let (columns, before) = try old.read { db -> ([String: [String]], [String: [[DatabaseValue]]]) in
            var columns: [String: [String]] = [:], rows: [String: [[DatabaseValue]]] = [:]
            for t in tables {
                columns[t] = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [t]).map { $0["name"] }
                rows[t] = try dump(db, t, columns: columns[t]!)
            }
            return (columns, rows)
        }
        try old.close()
        #expect(before.values.allSatisfy { !$0.isEmpty })

        // A later release: places rebuilt with a new NOT NULL column (SQLite's table-rebuild procedure),
        // a column added to events, a new index.
        let v2 = dir.url.appendingPathComponent("migrations-v2")
        try FileManager.default.createDirectory(at: v2, withIntermediateDirectories: true)
        for name in currentMigrations {
            try FileManager.default.copyItem(at: migrationsDir.appendingPathComponent(name), to: v2.appendingPathComponent(name))
        }
        try """
            CREATE TABLE places_new (
                id        TEXT PRIMARY KEY,
                name      TEXT NOT NULL,
                parent_id TEXT REFERENCES places(id),
                kind      TEXT NOT NULL DEFAULT 'place'
            );
            INSERT INTO places_new (id, name, parent_id) SELECT id, name, parent_id FROM places;
            DROP TABLE places;
            ALTER TABLE places_new RENAME TO places;
            CREATE INDEX places_parent ON places(parent_id);
            ALTER TABLE events ADD COLUMN summary TEXT;
            CREATE INDEX sources_event_core ON sources(event_id, is_core);
            """.write(to: v2.appendingPathComponent("0009_place_kinds.sql"), atomically: true, encoding: .utf8)

        let store = try EventStore(path: path, migrationsDirectory: v2)
        #expect(try store.appliedMigrations() == currentMigrations + ["0009_place_kinds.sql"])
        try store.close()
        let upgraded = try DatabaseQueue(path: path)
        let (after, kinds, integrity, foreignKeyViolations) = try upgraded.read { db throws in
            var rows: [String: [[DatabaseValue]]] = [:]
            for t in tables { rows[t] = try dump(db, t, columns: columns[t]!) }
            return (rows, try String.fetchAll(db, sql: "SELECT DISTINCT kind FROM places"),
                    try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        for t in tables { #expect(after[t] == before[t], "rows of \(t) changed") }
        #expect(kinds == ["place"])
        #expect(integrity == ["ok"])
        #expect(foreignKeyViolations == 0)
        try upgraded.close()
        // The upgraded file works: search, region filters and new imports.
        let reopened = try EventStore(path: path, migrationsDirectory: v2)
        #expect(try reopened.timeline(TimelineFilter(text: "telephone")).map(\.id) == ["ev_000000000001"])
        #expect(try reopened.timeline(TimelineFilter(regions: ["RU"])).map(\.id) == ["ev_000000000002"])
        let c = TestArticle("c.txt", ["Emmanuel Macron a appelé Vladimir Poutine le 10 mars 2020."])
        _ = try reopened.importArticle(c.article, events: [c.event(.call, onDay("2020-03-10"), [macron, poutine], c.article.text)])
        #expect(try reopened.stats().articles == 3)
    }
}
