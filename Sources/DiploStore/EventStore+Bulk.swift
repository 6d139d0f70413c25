import DiploModel
import GRDB

extension EventStore {
    /// Stores articles and their events in ONE transaction, WITHOUT clustering: every extracted event
    /// becomes a stored event of its own, with the same ids, rows and full-text entries an import
    /// would write for a new event.
    ///
    /// It also gives the writer connection a page cache of up to 1 GB for the rest of the store's life.
    ///
    /// This is the bulk path for data that is already one event per real-world event — the
    /// synthetic stores of `diplo-bench` (a million events in about a minute), or events exported
    /// from another diplo database. Articles must be new: a name or content already stored fails
    /// the whole batch (nothing is written). Pass a few thousand articles per call: the transaction
    /// amortises the commit, and memory holds only the batch.
    @discardableResult
    public func bulkLoad(_ batch: [(article: Article, events: [ExtractedEvent])]) throws -> ImportCounts {
        try write("bulk loading \(batch.count) articles") { db in
            // A large page cache for this connection: the indexes of a million events do not fit the
            // default 2 MB, and every insert would read pages back from the file (memory is only taken as pages are used).
            try db.execute(sql: "PRAGMA cache_size = -1048576")
            // The links of the new events (0004_event_links.sql) are added in one sorted pass at the end.
            let lastRowID = try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(rowid), 0) FROM events") ?? 0
            try db.execute(sql: "INSERT INTO event_links_deferred (flag) VALUES (1)")
            var counts = ImportCounts()
            let importedAt = Self.timestamp()
            // Actors and places are upserted once per batch rather than once per mention.
            var actorsSeen = Set<String>(), placesSeen = Set<String>()
            var fullText = FullTextRows()
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
            try db.execute(sql: """
                INSERT INTO event_links (link, type, date_precision, date_value, event_id)
                SELECT * FROM (
                    SELECT 'a:' || ep.actor_id, e.type, e.date_precision, e.date_value, e.id
                    FROM events e JOIN event_participants ep ON ep.event_id = e.id WHERE e.rowid > ?1
                    UNION
                    SELECT 'c:' || a.country, e.type, e.date_precision, e.date_value, e.id
                    FROM events e JOIN event_participants ep ON ep.event_id = e.id JOIN actors a ON a.id = ep.actor_id
                    WHERE e.rowid > ?1 AND a.country IS NOT NULL
                    UNION
                    SELECT 's:' || a.country, e.type, e.date_precision, e.date_value, e.id
                    FROM events e JOIN event_participants ep ON ep.event_id = e.id JOIN actors a ON a.id = ep.actor_id
                    WHERE e.rowid > ?1 AND a.country IS NOT NULL AND a.kind IN ('state', 'institution')
                    UNION
                    SELECT 'p:' || e.location_id, e.type, e.date_precision, e.date_value, e.id
                    FROM events e WHERE e.rowid > ?1 AND e.location_id IS NOT NULL
                    UNION
                    SELECT 'p:' || r.place_id, e.type, e.date_precision, e.date_value, e.id
                    FROM events e JOIN event_regions r ON r.event_id = e.id WHERE e.rowid > ?1
                    ORDER BY 1, 2, 3, 4, 5)
                WHERE true
                ON CONFLICT DO NOTHING
                """, arguments: [lastRowID])
            try db.execute(sql: "DELETE FROM event_links_deferred")
            try fullText.insert(in: db)
            try Self.refreshDigests(in: db)
            return counts
        }
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
