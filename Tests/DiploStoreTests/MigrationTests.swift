import DiploModel
import Foundation
import GRDB
import Testing
@testable import DiploStore

@Suite struct MigrationTests {
    @Test func migrationsAreAppliedAndRecorded() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        #expect(try store.appliedMigrations() == ["0001_initial.sql"])
        try store.close()

        let queue = try DatabaseQueue(path: dir.path("diplo.sqlite"))
        try queue.read { db in
            for table in ["articles", "events", "actors", "event_participants", "places", "event_regions", "sources", "sources_fts"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
            for index in ["event_participants_actor", "event_regions_place", "events_type_date", "events_date"] {
                #expect(indexes.contains(index), "missing index \(index)")
            }
        }
    }

    @Test func reopeningDoesNotReapply() throws {
        let dir = try TempDir()
        try openStore(dir).close()
        let store = try openStore(dir)
        #expect(try store.appliedMigrations() == ["0001_initial.sql"])
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
        for folder in [v1, v2] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: migrationsDir.appendingPathComponent("0001_initial.sql"),
                                             to: folder.appendingPathComponent("0001_initial.sql"))
        }
        try "ALTER TABLE articles ADD COLUMN note TEXT;\nCREATE INDEX articles_published ON articles(published);\n"
            .write(to: v2.appendingPathComponent("0002_article_note.sql"), atomically: true, encoding: .utf8)

        let path = dir.path("diplo.sqlite")
        let a = TestArticle("a.txt", ["Emmanuel Macron a téléphoné à Vladimir Poutine jeudi."])
        do {
            let old = try EventStore(path: path, migrationsDirectory: v1)
            _ = try old.importArticle(a.article, events: [a.event(.call, onDay("2020-03-05"), [macron, poutine], a.article.text)])
            try old.close()
        }
        let store = try EventStore(path: path, migrationsDirectory: v2)
        #expect(try store.appliedMigrations() == ["0001_initial.sql", "0002_article_note.sql"])
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
}
