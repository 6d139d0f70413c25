import DiploModel
import Foundation
import GRDB

/// The SQLite store of articles and the diplomatic events extracted from them.
///
/// One `EventStore` wraps a GRDB `DatabasePool`: WAL journaling lets timelines be read while an
/// import writes, and a 30-second busy timeout makes concurrent `diplo` processes wait for each
/// other instead of failing with "database is locked". Writes use IMMEDIATE transactions (GRDB's
/// default for pools), so two importers never deadlock upgrading a read lock. Foreign keys are on,
/// so deleting an event or an article cascades to what hangs from it.
///
/// The class is immutable and `Sendable`: share one instance between tasks.
public final class EventStore: Sendable {
    /// The database file, as given (used in error messages).
    public let path: String
    let pool: DatabasePool

    /// Opens (creating it and its parent folders if needed) and migrates the database at `path`.
    ///
    /// - Parameter migrationsDirectory: the folder of `*.sql` migrations; default `ResourceLocator.migrations`.
    /// - Throws: `StoreError.newerSchema` when the file was upgraded by a newer diplo (the file is
    ///   not modified), `StoreError.migrationsNotFound` when there is no migrations folder, or
    ///   another `StoreError` naming the file.
    public init(path: String, migrationsDirectory: URL? = nil) throws {
        self.path = path
        let runner = try MigrationRunner(directory: migrationsDirectory)
        let url = URL(fileURLWithPath: path)
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "cannot create its folder: \(error.localizedDescription)")
        }
        // Migrations run under SQLite's write lock (`MigrationRunner.migrate`), but a process that checks a
        // file another process is creating at that very moment can still find it without its migrations
        // table ("no such table: grdb_migrations"): the file is being set up, so open it again shortly.
        var attempt = 0
        while true {
            do {
                pool = try Self.openAndMigrate(path: path, runner: runner)
                return
            } catch let error as StoreError where attempt < 50 && error.description.contains("no such table: grdb_migrations") {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
    }

    /// Opens the pool and applies missing migrations, after refusing a file made by a newer diplo.
    private static func openAndMigrate(path: String, runner: MigrationRunner) throws -> DatabasePool {
        if FileManager.default.fileExists(atPath: path) { try refuseNewerSchema(path: path, runner: runner) }
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.foreignKeysEnabled = true
        config.label = "diplo store"
        // An import batch (`beginImportBatch`) keeps a transaction open on the writer between calls.
        config.allowsUnsafeTransactions = true
        config.prepareDatabase { db in
            // In WAL mode, NORMAL syncs the log at checkpoints instead of at every commit: a crash or
            // power cut can lose the last imports, never corrupt the file or split an article (each
            // article is all or nothing). Re-running the import restores them.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Readers read pages through a memory map instead of one read() system call each:
            // timelines and exports of a large store jump between B-trees, and the copies into
            // SQLite's small page cache took a third of an export's time. (The kernel's page cache
            // holds the pages either way; pages changed in the WAL are still read from it.) Not the
            // writer: mapped pages count in a process's resident memory, which imports keep small.
            if db.configuration.readonly { try db.execute(sql: "PRAGMA mmap_size = \(Self.mmapSize)") }
            // 32 MB of page cache per connection (SQLite's default is 2 MB): an import touches the
            // indexes of the whole store, and with the default most page reads were system calls.
            // Memory is taken only as pages are used, and stays bounded however large the store.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            // Sorting a large timeline (tens of thousands of events with their digests) spills past
            // the page cache: into memory rather than temporary files. Statement and savepoint journals
            // too: on disk, every page a statement of a write transaction changed was first copied to a
            // temporary file (hundreds of writes per imported article).
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: reason(error))
        }
        do {
            try runner.migrate(pool, path: path)
        } catch let error as StoreError {
            try? pool.close()
            throw error
        } catch {
            try? pool.close()
            throw StoreError.cannotOpen(path: path, reason: reason(error))
        }
        return pool
    }

    /// Checks the migrations recorded in an existing file through a read-only connection, so that a
    /// database made by a newer diplo is refused before anything (not even the journal mode) changes.
    private static func refuseNewerSchema(path: String, runner: MigrationRunner) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        let unknown: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            unknown = try queue.read { try runner.unknownAppliedMigrations($0) }
            try queue.close()
        } catch {
            throw StoreError.cannotOpen(path: path, reason: reason(error))
        }
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
    }

    /// Bytes of the database file mapped into memory per connection (SQLite caps it at its
    /// compile-time maximum, 2 GB by default).
    static let mmapSize = 1 << 34

    /// Closes the database connections. The store must not be used afterwards; dropping the last
    /// reference closes it too.
    public func close() throws { try pool.close() }

    /// Migration names recorded in the database, in order.
    public func appliedMigrations() throws -> [String] {
        try read("list migrations") { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }

    // MARK: Access helpers

    /// Runs `body` in a write transaction (all or nothing), turning SQLite errors into `StoreError`.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path: path, operation: operation, reason: Self.reason(error))
        }
    }

    /// Runs `body` in a read transaction (a consistent snapshot), turning SQLite errors into `StoreError`.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path: path, operation: operation, reason: Self.reason(error))
        }
    }

    /// Runs `body` on a snapshot (see `forEachEvent`), turning SQLite errors into `StoreError`.
    func read<T>(_ operation: String, from snapshot: DatabaseSnapshot, _ body: (Database) throws -> T) throws -> T {
        do {
            return try snapshot.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path: path, operation: operation, reason: Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? e.description }
        return "\(error)"
    }

    /// Now, as an ISO 8601 UTC timestamp.
    /// (`YYYY-MM-DDTHH:MM:SSZ`, as `ISO8601DateFormatter` writes it, without building a formatter
    /// per imported article.)
    static func timestamp(_ date: Date = Date()) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86400).rounded(.down)))
        let s = seconds - day.dayNumber * 86400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.iso)T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }
}
