import DiploModel
import Foundation
import GRDB

/// What `event_digests` holds for an event (see `Migrations/0003_event_digests.sql`): the joined
/// part of a timeline event — participant and region ids, and its sources with their articles, in
/// timeline order — so that reading an event is one look-up instead of eight.
///
/// Actors and places are kept by id: their names and the place hierarchy are read from their tables
/// (few rows, cached per read), so renaming them never makes a digest stale. The event's own row
/// (type, date, location) is read from `events` with the page of the timeline.
struct EventDigest {
    var participantIDs: [String]
    var regionIDs: [String]
    var sources: [EventSource]

    /// Bumped when the layout changes; a digest of another version is ignored (the tables are read).
    static let version: UInt8 = 1

    init(participantIDs: [String], regionIDs: [String], sources: [EventSource]) {
        self.participantIDs = participantIDs; self.regionIDs = regionIDs; self.sources = sources
    }

    /// The digest of a full event.
    init(_ e: TimelineEvent) {
        self.init(participantIDs: e.participants.map(\.id), regionIDs: e.regions.map(\.id), sources: e.sources)
    }

    var encoded: [UInt8] {
        var w = ByteWriter(reserve: 256)
        w.u8(Self.version)
        w.strings(participantIDs)
        w.strings(regionIDs)
        w.u32(sources.count)
        for s in sources {
            w.string(s.article)
            w.optionalString(s.url)
            w.optionalString(s.title)
            w.optionalString(s.published?.iso)
            w.string(s.evidence)
            w.u64(UInt64(bitPattern: Int64(s.start)))
            w.u64(UInt64(bitPattern: Int64(s.end)))
            w.u8(s.isCore ? 1 : 0)
        }
        return w.bytes
    }

    /// Decodes a digest; nil for one of another version or damaged (the caller reads the tables).
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var r = ByteReader(bytes)
        guard r.u8() == Self.version, let participants = r.strings(), let regions = r.strings(), let count = r.u32(),
              Int(count) <= bytes.count else { return nil }
        var sources: [EventSource] = []
        sources.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let article = r.string(), let url = r.optionalString(), let title = r.optionalString(),
                  let published = r.optionalString(), let evidence = r.string(),
                  let start = r.u64(), let end = r.u64(), let core = r.u8() else { return nil }
            sources.append(EventSource(article: article, url: url, title: title, published: published.flatMap(CalendarDate.init(iso:)),
                                       evidence: evidence, start: Int(Int64(bitPattern: start)), end: Int(Int64(bitPattern: end)),
                                       isCore: core != 0))
        }
        guard r.atEnd else { return nil }
        self.init(participantIDs: participants, regionIDs: regions, sources: sources)
    }
}

extension EventStore {
    /// Digests every queued event (new or changed since its digest was written), so that timelines
    /// and exports read each in one look-up. Imports call it at the end; reads are correct without
    /// it (an event without a digest is read from the tables), only slower.
    public func refreshDigests() throws {
        try write("writing event digests") { db in try Self.refreshDigests(in: db) }
    }

    /// Events waiting for a digest.
    public func pendingDigests() throws -> Int {
        try read("counting event digests") { db in
            try Self.hasDigests(db) ? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM digest_queue") ?? 0 : 0
        }
    }

    /// Whether the database has event digests (a store opened with the migrations of an older
    /// diplo, as tests do, has none: events are then read from the tables).
    static func hasDigests(_ db: Database) throws -> Bool { try db.tableExists("event_digests") }

    /// Writes the digests of the events `ids`, read from the tables (never from digests: they are
    /// missing or stale), `StoreRows.batchSize` at a time. A row diplo cannot read (no event comes out
    /// of it) gets an empty digest, which readers ignore; ids that are no events are skipped.
    static func writeDigests(_ ids: [String], in db: Database, cache: inout StoreRows.RowCache) throws {
        let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO event_digests (event_id, digest) VALUES (?, ?)")
        var first = 0
        while first < ids.count {
            let batch = Array(ids[first..<min(first + StoreRows.batchSize, ids.count)])
            first += batch.count
            let events = try StoreRows.timelineEvents(batch, in: db, cache: &cache, digests: false)
            var written = Set<String>()
            for e in events {
                try insert.execute(arguments: [e.id, Data(EventDigest(e).encoded)])
                written.insert(e.id)
            }
            let unreadable = try StoreRows.existing(batch.filter { !written.contains($0) }, in: db)
            for id in unreadable { try insert.execute(arguments: [id, Data()]) }
        }
    }

    /// Digests queued events, `StoreRows.batchSize` at a time, inside the caller's transaction.
    static func refreshDigests(in db: Database) throws {
        guard try hasDigests(db) else { return }
        var cache = StoreRows.RowCache()
        while true {
            let ids = try String.fetchAll(db.cachedStatement(sql: "SELECT event_id FROM digest_queue LIMIT ?"),
                                          arguments: [StoreRows.batchSize])
            guard !ids.isEmpty else { return }
            try writeDigests(ids, in: db, cache: &cache)
            try StoreRows.inBatches(ids) { batch in
                try db.execute(sql: "DELETE FROM digest_queue WHERE event_id IN (\(EventClustering.marks(batch.count)))",
                               arguments: StatementArguments(batch))
            }
        }
    }
}
