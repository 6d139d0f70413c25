import DiploModel
import GRDB

extension EventStore {
    /// Imports an article and the events extracted from it, in ONE transaction: either everything
    /// is written or nothing is.
    ///
    /// - If an article with the same content hash (`contentHash(of:)`) is stored, under any name,
    ///   nothing is written and the result is `.unchanged`: re-importing is harmless.
    /// - If an article with the same name but another hash is stored, it is a new version: the old
    ///   article, its sources, and the events left with no source are deleted before the new version
    ///   is imported (`.replaced`). Events that other articles also report keep the old version's
    ///   contribution to their participants and date.
    /// - Each extracted event is merged into a stored event or stored as a new one following
    ///   `EventClustering`.
    public func importArticle(_ article: Article, events: [ExtractedEvent]) throws -> ImportOutcome {
        try importArticle(article, events: events, contentHash: Self.contentHash(of: article))
    }

    /// `importArticle(_:events:)` with the article's `contentHash(of:)` already computed (an import
    /// computes it once, for `isStored(contentHash:)` and for this).
    public func importArticle(_ article: Article, events: [ExtractedEvent], contentHash hash: String) throws -> ImportOutcome {
        try atomically("importing \(article.name)") { db in
            if try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE content_hash = ?"), arguments: [hash]) != nil {
                return .unchanged
            }
            var counts = ImportCounts()
            var replaced = false
            if let oldID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE name = ?"), arguments: [article.name]) {
                counts.eventsRemoved = try Self.removeSources(ofArticle: oldID, in: db)
                try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [oldID])
                replaced = true
            }
            let articleID = try Self.insertArticle(article, contentHash: hash, importedAt: Self.timestamp(), in: db)
            try Self.addEvents(events, articleID: articleID, contentHash: hash, in: db, counts: &counts)
            return replaced ? .replaced(counts) : .imported(counts)
        }
    }

    // MARK: Import batches

    /// Starts a batch: the articles imported until `commitImportBatch()` are committed together, each
    /// still all or nothing (a savepoint per article, rolled back alone if it fails).
    ///
    /// A commit writes every page the transaction changed (a few hundred for one article: the article,
    /// its events and their indexes, full-text segments) to the write-ahead log; the same index pages
    /// shared by consecutive articles are written once per batch instead of once per article. A crash
    /// loses the uncommitted batch whole — never part of an article — and importing again restores it.
    public func beginImportBatch() throws {
        do {
            try pool.writeWithoutTransaction { db in
                if !db.isInsideTransaction { try db.beginTransaction(.immediate) }
            }
        } catch {
            throw StoreError.database(path: path, operation: "starting an import batch", reason: Self.reason(error))
        }
    }

    /// Commits the articles imported since `beginImportBatch()` (nothing when no batch is open).
    public func commitImportBatch() throws {
        do {
            try pool.writeWithoutTransaction { db in
                if db.isInsideTransaction { try db.commit() }
            }
        } catch {
            throw StoreError.database(path: path, operation: "committing imported articles", reason: Self.reason(error))
        }
    }

    /// Runs `body` all or nothing: in its own transaction, or in a savepoint of an open import batch.
    func atomically<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inSavepoint {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path: path, operation: operation, reason: Self.reason(error))
        }
    }

    /// Whether this exact article (same content hash, under any name) is stored: `importArticle`
    /// would leave it `.unchanged`, so callers can skip extracting it.
    public func isStored(_ article: Article) throws -> Bool {
        try isStored(contentHash: Self.contentHash(of: article), name: article.name)
    }

    /// Whether an article with this `contentHash(of:)` is stored.
    ///
    /// Asked on the writer connection, one statement outside any transaction, with a cached statement:
    /// an import asks it before every article, and a read through the pool's readers cost a reader
    /// transaction and a schema check each time.
    public func isStored(contentHash hash: String, name: String? = nil) throws -> Bool {
        do {
            return try pool.writeWithoutTransaction { db in
                try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?)"),
                                  arguments: [hash]) ?? false
            }
        } catch {
            throw StoreError.database(path: path, operation: "looking up \(name ?? "an article")", reason: Self.reason(error))
        }
    }

    /// Replaces the events of an already stored article with `events` (for `diplo reextract`, after
    /// the extractor improved): its sources and the events left with no source are deleted, then
    /// the events are clustered as in `importArticle`. One transaction.
    ///
    /// Event ids derive from the first report, so re-extracting articles in import order
    /// (`articles()` order) after `deleteAllEvents()` gives the same ids as before when the
    /// extraction is unchanged.
    public func reimportEvents(forArticleNamed name: String, events: [ExtractedEvent]) throws -> ImportCounts {
        try write("re-importing events of \(name)") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, content_hash FROM articles WHERE name = ?", arguments: [name]) else {
                throw StoreError.articleNotFound(path: path, name: name)
            }
            let articleID: Int64 = row["id"]
            var counts = ImportCounts()
            counts.eventsRemoved = try Self.removeSources(ofArticle: articleID, in: db)
            try Self.addEvents(events, articleID: articleID, contentHash: row["content_hash"], in: db, counts: &counts)
            return counts
        }
    }

    /// Deletes every event, source, actor and place, keeping the articles, so that `diplo reextract`
    /// can rebuild the events from the stored texts. Returns the number of events deleted.
    @discardableResult
    public func deleteAllEvents() throws -> Int {
        try write("deleting all events") { db in
            let n = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0
            // Explicit order instead of per-row cascades and triggers: much faster on large stores.
            try db.execute(sql: """
                DELETE FROM sources_fts;
                DELETE FROM event_links;
                DELETE FROM sources;
                DELETE FROM event_participants;
                DELETE FROM event_regions;
                DELETE FROM events;
                DELETE FROM actors;
                UPDATE places SET parent_id = NULL;
                DELETE FROM places;
                """)
            return n
        }
    }

    // MARK: Writing

    /// Inserts an article row; returns its id.
    static func insertArticle(_ article: Article, contentHash: String, importedAt: String, in db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO articles (name, content_hash, title, url, published, language, source, text, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [article.name, contentHash, article.title, article.url, article.published?.iso,
                                     article.language, article.source, article.text, importedAt])
        return db.lastInsertedRowID
    }

    /// Deletes the sources of an article and the events that are left with no source; returns how
    /// many events were deleted.
    static func removeSources(ofArticle articleID: Int64, in db: Database) throws -> Int {
        let eventIDs = try String.fetchAll(db, sql: "SELECT DISTINCT event_id FROM sources WHERE article_id = ?", arguments: [articleID])
        try db.execute(sql: "DELETE FROM sources WHERE article_id = ?", arguments: [articleID])
        var removed = 0
        try StoreRows.inBatches(eventIDs) { batch in
            try db.execute(sql: """
                DELETE FROM events WHERE id IN (\(EventClustering.marks(batch.count)))
                AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_id = events.id)
                """, arguments: StatementArguments(batch))
            removed += db.changesCount
        }
        return removed
    }

    /// Clusters and writes the events of one article.
    static func addEvents(_ events: [ExtractedEvent], articleID: Int64, contentHash: String, in db: Database,
                         counts: inout ImportCounts) throws {
        var fullText = FullTextRows()
        let createdAt = timestamp()
        // Writing an actor or place again with the values just written changes nothing: skip it
        // (an article names the same people and places in most of its events).
        var actorsWritten: [String: ActorRef] = [:], placesWritten: [String: PlaceRef] = [:]
        for event in events {
            let participants = EventClustering.uniqueActors(event.participants)
            for actor in participants where actorsWritten[actor.id] != actor {
                try upsertActor(actor, in: db)
                actorsWritten[actor.id] = actor
            }
            for place in [event.location].compactMap({ $0 }) + event.regions where placesWritten[place.id] != place {
                try upsertPlace(place, in: db)
                placesWritten[place.id] = place
            }

            let candidates = try EventClustering.candidates(for: event, articleID: articleID, in: db)
            let eventID: String
            if let target = EventClustering.best(for: event, among: candidates) {
                eventID = target.id
                try merge(event, into: target, in: db)
                counts.eventsMerged += 1
            } else {
                eventID = try create(event, participants: participants, contentHash: contentHash, createdAt: createdAt, in: db)
                counts.eventsCreated += 1
            }
            counts.sourcesAdded += try link(event, participants: participants, to: eventID, articleID: articleID, in: db,
                                            fullText: &fullText)
        }
        try fullText.insert(in: db)
    }

    /// Full-text rows waiting to be inserted. They are inserted after every other write of the
    /// transaction: once an FTS5 table has pending rows, each later statement of the transaction
    /// makes it flush them to disk as a new segment, which multiplies the pages every commit writes.
    struct FullTextRows {
        var rows: [(rowID: Int64, folded: String)] = []

        mutating func insert(in db: Database) throws {
            guard !rows.isEmpty else { return }
            let statement = try db.cachedStatement(sql: "INSERT INTO sources_fts (rowid, evidence) VALUES (?, ?)")
            for row in rows { try statement.execute(arguments: [row.rowID, row.folded]) }
            rows.removeAll(keepingCapacity: true)
        }
    }

    /// Adds the participants, regions and sources (with their full-text rows) of an extracted event
    /// to the stored event `eventID`; returns the number of sources added.
    static func link(_ event: ExtractedEvent, participants: [ActorRef], to eventID: String, articleID: Int64, in db: Database,
                     fullText: inout FullTextRows) throws -> Int {
        // Cached statements: compiled once per connection, not once per row.
        let participant = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_participants (event_id, actor_id) VALUES (?, ?)")
        for actor in participants { try participant.execute(arguments: [eventID, actor.id]) }
        let region = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_regions (event_id, place_id) VALUES (?, ?)")
        for r in event.regions { try region.execute(arguments: [eventID, r.id]) }
        // An event always keeps a link to the article that reported it, even without a sentence.
        let evidence = event.evidence.isEmpty ? [Evidence(sentence: "", start: 0, end: 0, isCore: false)] : event.evidence
        let source = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO sources (event_id, article_id, evidence, start, "end", is_core)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        var added = 0
        for e in evidence {
            try source.execute(arguments: [eventID, articleID, e.sentence, e.start, e.end, e.isCore])
            guard db.changesCount > 0 else { continue }
            // The index holds the folded sentence (see 0001_initial.sql); rows leave it by trigger.
            fullText.rows.append((db.lastInsertedRowID, Folding.fold(e.sentence)))
            added += 1
        }
        return added
    }

    /// Stores a new event; returns its id. `createdAt` is the import's timestamp.
    static func create(_ event: ExtractedEvent, participants: [ActorRef], contentHash: String, createdAt: String,
                       in db: Database) throws -> String {
        let date = EventClustering.normalizedForStorage(event.date)
        let key = [event.type.rawValue, date.isoString, participants.map(\.id).sorted().joined(separator: ","),
                   contentHash, String(event.evidence.first?.start ?? 0)].joined(separator: "|")
        let exists = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?)")
        var id = ""
        for salt in 0... {
            id = "ev_" + SHA256.hex(salt == 0 ? key : key + "|\(salt)").prefix(12)
            if try !(Bool.fetchOne(exists, arguments: [id]) ?? false) { break }
        }
        try db.cachedStatement(sql: """
            INSERT INTO events (id, type, mode, cameo, plover, date, date_precision, date_value, date_earliest,
                                date_latest, date_basis, location_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, event.type.rawValue, event.mode?.rawValue, event.cameo, event.plover, date.isoString,
                                     date.precision.rawValue, date.value.iso, date.earliest.iso, date.latest.iso,
                                     date.basis.rawValue, event.location?.id, createdAt])
        return id
    }

    /// Updates a stored event with what a new report adds (see `EventClustering`).
    static func merge(_ event: ExtractedEvent, into target: EventClustering.Candidate, in db: Database) throws {
        let type = EventClustering.mergedType(stored: target.type, new: event.type)
        let date = EventClustering.mergedDate(stored: target.date, new: EventClustering.normalizedForStorage(event.date), type: type)
        let mode = target.mode ?? event.mode
        let location = target.locationID ?? event.location?.id
        let described = ExtractedEvent(type: type, mode: mode, date: date, participants: [], location: nil, regions: [], evidence: [])
        try db.cachedStatement(sql: """
            UPDATE events SET type = ?, mode = ?, cameo = ?, plover = ?, date = ?, date_precision = ?, date_value = ?,
                              date_earliest = ?, date_latest = ?, date_basis = ?, location_id = ?
            WHERE id = ?
            """).execute(arguments: [type.rawValue, mode?.rawValue, described.cameo, described.plover, date.isoString,
                             date.precision.rawValue, date.value.iso, date.earliest.iso, date.latest.iso,
                             date.basis.rawValue, location, target.id])
    }

    static func upsertActor(_ actor: ActorRef, in db: Database) throws {
        // The latest name and kind win (knowledge improves); a known country is never erased. Rows
        // that would not change are not rewritten (a rewrite dirties pages that every commit writes).
        try db.cachedStatement(sql: """
            INSERT INTO actors (id, name, kind, country) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                                           country = COALESCE(excluded.country, actors.country)
            WHERE actors.name IS NOT excluded.name OR actors.kind IS NOT excluded.kind
               OR (excluded.country IS NOT NULL AND actors.country IS NOT excluded.country)
            """).execute(arguments: [actor.id, actor.name, actor.kind.rawValue, actor.country])
    }

    /// Stores a place and its ancestors (`PlaceRef.ancestors`, nearest first): each place's parent is
    /// the next one in the list, and ancestors the store has never seen are named by their id until
    /// a reference gives their name.
    static func upsertPlace(_ place: PlaceRef, in db: Database) throws {
        let chain = place.ancestors.filter { $0 != place.id }
        for (i, ancestor) in chain.enumerated().reversed() {
            let parent = i + 1 < chain.count ? chain[i + 1] : nil
            try db.cachedStatement(sql: """
                INSERT INTO places (id, name, parent_id) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET parent_id = COALESCE(places.parent_id, excluded.parent_id)
                WHERE places.parent_id IS NULL AND excluded.parent_id IS NOT NULL
                """).execute(arguments: [ancestor, ancestor, parent == ancestor ? nil : parent])
        }
        let name = place.name.isEmpty ? place.id : place.name
        try db.cachedStatement(sql: """
            INSERT INTO places (id, name, parent_id) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = CASE WHEN places.name = places.id THEN excluded.name ELSE places.name END,
                parent_id = COALESCE(excluded.parent_id, places.parent_id)
            WHERE (places.name = places.id AND places.name IS NOT excluded.name)
               OR (excluded.parent_id IS NOT NULL AND places.parent_id IS NOT excluded.parent_id)
            """).execute(arguments: [place.id, name, chain.first])
    }
}
