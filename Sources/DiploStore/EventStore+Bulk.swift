import DiploModel
import GRDB

extension EventStore {
    /// A batch of a bulk load: new articles, each with its events.
    public typealias BulkBatch = [(article: Article, events: [ExtractedEvent])]

    /// Stores articles and their events in ONE transaction, WITHOUT clustering: every extracted event
    /// becomes a stored event of its own, with the same ids, rows, full-text entries, links and digests
    /// an import would write for a new event.
    ///
    /// It also gives the writer connection a page cache of up to 1 GB for the rest of the store's life.
    ///
    /// This is the bulk path for data that is already one event per real-world event — the
    /// synthetic stores of `diplo-bench`, or events exported from another diplo database. Articles
    /// must be new: a name or content already stored fails the whole batch (nothing is written).
    @discardableResult
    public func bulkLoad(_ batch: BulkBatch) throws -> ImportCounts {
        var given: BulkBatch? = batch
        return try bulkLoad(rebuildingIndexes: false) { defer { given = nil }; return given }
    }

    /// Stores the batches `next` returns (until it returns nil) in ONE transaction, like
    /// `bulkLoad(_:)`: all of them or nothing. Memory holds one batch at a time.
    ///
    /// With `rebuildingIndexes`, the secondary indexes of the event tables (those of the migrations
    /// that are not keys) are dropped first and created again from their own SQL at the end: sorting a
    /// million entries once is much cheaper than inserting them one by one in random order, and the
    /// tables being written stay small enough for the page cache. Worth it when the load is large
    /// beside the store (growing a store tenfold); the store is the same either way.
    ///
    /// What hangs off the new events is written after all rows, each in one pass in key order: their
    /// `event_links` (0004) and their digests (0003; the per-row insert triggers of both stand aside
    /// meanwhile, 0005). Full-text rows are added batch by batch.
    @discardableResult
    public func bulkLoad(rebuildingIndexes: Bool, _ next: () throws -> BulkBatch?) throws -> ImportCounts {
        try write("bulk loading articles") { db in
            // A large page cache for this connection: the indexes of a million events do not fit the
            // default 2 MB, and every insert would read pages back from the file (memory is only taken as pages are used).
            try db.execute(sql: "PRAGMA cache_size = -1048576")
            let lastRowID = try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(rowid), 0) FROM events") ?? 0
            try db.execute(sql: "INSERT INTO event_links_deferred (flag) VALUES (1)")
            let indexes = rebuildingIndexes ? try Self.dropSecondaryIndexes(in: db) : []
            var counts = ImportCounts()
            let importedAt = Self.timestamp()
            // Actors and places are upserted once per load rather than once per mention.
            var actorsSeen = Set<String>(), placesSeen = Set<String>()
            var fullText = FullTextRows()
            while let batch = try next() {
                for (article, events) in batch {
                    let hash = Self.contentHash(of: article)
                    let articleID = try Self.insertArticle(article, contentHash: hash, importedAt: importedAt, in: db)
                    for event in events {
                        let participants = EventClustering.uniqueActors(event.participants)
                        for actor in participants where actorsSeen.insert(actor.id).inserted { try Self.upsertActor(actor, in: db) }
                        for place in [event.location].compactMap({ $0 }) + event.regions where placesSeen.insert(place.id).inserted {
                            try Self.upsertPlace(place, in: db)
                        }
                        let id = try Self.create(event, participants: participants, contentHash: hash, createdAt: importedAt, in: db)
                        counts.eventsCreated += 1
                        counts.sourcesAdded += try Self.link(event, participants: participants, to: id, articleID: articleID, in: db,
                                                             fullText: &fullText)
                    }
                }
                try fullText.insert(in: db)
            }
            try Self.addLinks(ofEventsAfter: lastRowID, in: db)
            try Self.writeDigests(ofEventsAfter: lastRowID, in: db)
            try db.execute(sql: "DELETE FROM event_links_deferred")
            // Events other writes left queued, if any (as after an import).
            try Self.refreshDigests(in: db)
            for sql in indexes { try db.execute(sql: sql) }
            return counts
        }
    }

    /// Drops the indexes the migrations created on the tables a bulk load writes (not the keys, which
    /// the load itself looks rows up by); returns their SQL, to create them again.
    static func dropSecondaryIndexes(in db: Database) throws -> [String] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL
              AND tbl_name IN ('events', 'event_participants', 'event_regions', 'sources')
            ORDER BY name
            """)
        for row in rows { try db.execute(sql: "DROP INDEX \(String(row["name"]).quotedDatabaseIdentifier)") }
        return rows.map { $0["sql"] }
    }

    /// The `event_links` rows of the events stored after `rowID`, added in one pass sorted by key
    /// (a link two participants give is a conflict, and skipped).
    static func addLinks(ofEventsAfter rowID: Int64, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO event_links (link, type, date_precision, date_value, event_id)
            SELECT * FROM (
                SELECT 'a:' || ep.actor_id, e.type, e.date_precision, e.date_value, e.id
                FROM events e JOIN event_participants ep ON ep.event_id = e.id WHERE e.rowid > ?1
                UNION ALL
                SELECT 'c:' || a.country, e.type, e.date_precision, e.date_value, e.id
                FROM events e JOIN event_participants ep ON ep.event_id = e.id JOIN actors a ON a.id = ep.actor_id
                WHERE e.rowid > ?1 AND a.country IS NOT NULL
                UNION ALL
                SELECT 's:' || a.country, e.type, e.date_precision, e.date_value, e.id
                FROM events e JOIN event_participants ep ON ep.event_id = e.id JOIN actors a ON a.id = ep.actor_id
                WHERE e.rowid > ?1 AND a.country IS NOT NULL AND a.kind IN ('state', 'institution')
                UNION ALL
                SELECT 'p:' || e.location_id, e.type, e.date_precision, e.date_value, e.id
                FROM events e WHERE e.rowid > ?1 AND e.location_id IS NOT NULL
                UNION ALL
                SELECT 'p:' || r.place_id, e.type, e.date_precision, e.date_value, e.id
                FROM events e JOIN event_regions r ON r.event_id = e.id WHERE e.rowid > ?1
                ORDER BY 1, 2, 3, 4, 5)
            WHERE true
            ON CONFLICT DO NOTHING
            """, arguments: [rowID])
    }

    /// Digests the events stored after `rowID` (read from the tables, as `refreshDigests` does) in
    /// id order, so that `event_digests` is written in key order.
    static func writeDigests(ofEventsAfter rowID: Int64, in db: Database) throws {
        guard try hasDigests(db) else { return }
        // The ids first (a few MB for a million events), then the events a batch at a time.
        var ids: [String] = []
        let select = try db.cachedStatement(sql: "SELECT id FROM events WHERE rowid > ?")
        try select.setArguments([rowID])
        try RawRow.step(select) { ids.append($0.text(0)) }
        ids.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var cache = StoreRows.RowCache()
        try writeDigests(ids, in: db, cache: &cache)
    }
}

extension EventStore {
    /// Copies the write-ahead log into the database file and empties it, so that processes opening
    /// the store next do not have to read a large log (after a bulk load, for example).
    public func checkpoint() throws {
        do {
            _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        } catch {
            throw StoreError.database(path: path, operation: "checkpointing", reason: Self.reason(error))
        }
    }
}
