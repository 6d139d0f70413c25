import Foundation

/// Errors the store reports to users. Every message names the database file (or the migrations
/// folder), because diplo users often juggle several stores and the bare SQLite message
/// ("no such table", "file is not a database") does not say which one is at fault.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The database was migrated by a newer diplo: it records migrations this binary does not have.
    /// The file is left untouched, since writing to it with an older schema could corrupt it.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The folder of `*.sql` migrations could not be found or read.
    case migrationsNotFound(path: String?)
    /// The migrations folder exists but holds no `*.sql` file.
    case noMigrations(path: String)
    /// The database file could not be opened, created or migrated.
    case cannotOpen(path: String, reason: String)
    /// A migration file failed to apply.
    case migrationFailed(path: String, migration: String, reason: String)
    /// A read or write on an open database failed.
    case database(path: String, operation: String, reason: String)
    /// An article that should be in the store is not.
    case articleNotFound(path: String, name: String)

    public var description: String {
        switch self {
        case let .newerSchema(path, unknown):
            return "The database \(path) was created or upgraded by a newer version of diplo "
                + "(it has applied migrations this version does not know: \(unknown.joined(separator: ", "))). "
                + "It was left untouched; use a newer diplo to open it."
        case let .migrationsNotFound(path):
            if let path {
                return "The migrations folder \(path) does not exist or cannot be read; "
                    + "set DIPLO_MIGRATIONS to the diplo Migrations folder."
            }
            return "The diplo Migrations folder could not be found; set DIPLO_MIGRATIONS to its path."
        case let .noMigrations(path):
            return "The migrations folder \(path) holds no .sql file."
        case let .cannotOpen(path, reason):
            return "Cannot open the database \(path): \(reason)"
        case let .migrationFailed(path, migration, reason):
            return "Cannot upgrade the database \(path): migration \(migration) failed: \(reason)"
        case let .database(path, operation, reason):
            return "Database \(path): \(operation) failed: \(reason)"
        case let .articleNotFound(path, name):
            return "The database \(path) has no article named \(name)."
        }
    }
}
