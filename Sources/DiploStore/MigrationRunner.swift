import DiploModel
import Foundation
import GRDB

/// Applies the schema migrations kept as plain `*.sql` files in `Migrations/`.
///
/// The schema lives in SQL files rather than in Swift so that people can read it, and so that a
/// schema change is a reviewed, numbered file. Each file is registered as one GRDB migration named
/// by its file name, in file-name order, and recorded in GRDB's `grdb_migrations` table; each file is
/// applied in its own transaction, so an interrupted upgrade never leaves a half-applied file.
///
/// A database that records a migration this binary does not know was made by a newer diplo. It is
/// refused with `StoreError.newerSchema` *before* anything is written: reading it with an older
/// understanding of the schema, or "catching up" migrations around the unknown ones, could corrupt it.
public struct MigrationRunner: Sendable {
    /// A migration file: its name (the migration identifier) and SQL.
    public struct Migration: Sendable, Hashable {
        public var name: String
        public var sql: String
    }

    public let directory: URL
    public let migrations: [Migration]

    /// Reads every `*.sql` file of `directory` (default: `ResourceLocator.migrations`), sorted by name.
    public init(directory: URL? = nil) throws {
        guard let dir = directory ?? ResourceLocator.migrations else { throw StoreError.migrationsNotFound(path: nil) }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue,
              let names = try? fm.contentsOfDirectory(atPath: dir.path) else {
            throw StoreError.migrationsNotFound(path: dir.path)
        }
        let files = names.filter { $0.hasSuffix(".sql") && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { throw StoreError.noMigrations(path: dir.path) }
        self.directory = dir
        self.migrations = try files.map { name in
            do {
                return Migration(name: name, sql: try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
            } catch {
                throw StoreError.migrationsNotFound(path: dir.appendingPathComponent(name).path)
            }
        }
    }

    /// The GRDB migrator with one migration per file.
    var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        for migration in migrations {
            let sql = migration.sql
            m.registerMigration(migration.name) { db in try db.execute(sql: sql) }
        }
        return m
    }

    /// Applied migrations this runner does not know, sorted; empty for a database of this version or older.
    public func unknownAppliedMigrations(_ db: Database) throws -> [String] {
        let known = Set(migrations.map(\.name))
        return try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
    }

    /// Checks that the database is not newer than this binary, then applies missing migrations.
    ///
    /// Each file is applied in its own IMMEDIATE transaction, which holds SQLite's write lock and
    /// re-reads what is applied: two diplo processes opening the same new file take turns, the second
    /// finds the file applied, and none applies it twice. As with GRDB's migrator, foreign keys are
    /// off while a file runs (so a migration may rebuild a table) and checked before it commits. The
    /// applied files are recorded in GRDB's `grdb_migrations` table; a failing file is named and
    /// rolled back, the files before it stay applied.
    func migrate(_ writer: some DatabaseWriter, path: String) throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            for migration in migrations {
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                    let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                    let unknown = applied.subtracting(migrations.map(\.name)).sorted()
                    guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
                    if applied.contains(migration.name) { return .commit }
                    do {
                        try db.execute(sql: migration.sql)
                        if let violation = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                            throw StoreError.migrationFailed(path: path, migration: migration.name,
                                                             reason: "foreign key violation in table \(violation[0] as String? ?? "?")")
                        }
                        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.name])
                    } catch let error as StoreError {
                        throw error
                    } catch {
                        let reason = (error as? DatabaseError).map { $0.message ?? $0.description } ?? "\(error)"
                        throw StoreError.migrationFailed(path: path, migration: migration.name, reason: reason)
                    }
                    return .commit
                }
            }
        }
    }

    /// Names of the migrations recorded in the database, in the order they were registered.
    public func appliedMigrations(_ db: Database) throws -> [String] {
        try migrator.appliedMigrations(db)
    }
}
