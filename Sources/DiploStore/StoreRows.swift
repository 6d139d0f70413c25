import DiploModel
import GRDB

/// Reading model values back from rows, batched by event ids.
///
/// Loading a page of events costs a fixed number of queries (events, participants, regions,
/// sources, places) rather than several per event, which matters for exports of a million events.
enum StoreRows {
    /// Ids per IN list: well below SQLite's bound-parameter limit, large enough to amortise queries.
    static let batchSize = 500

    static func eventDate(_ row: Row) -> EventDate? {
        eventDate(precision: row["date_precision"], basis: row["date_basis"], value: row["date_value"],
                  earliest: row["date_earliest"], latest: row["date_latest"])
    }

    static func eventDate(precision: String, basis: String, value: String, earliest: String, latest: String) -> EventDate? {
        guard let precision = DatePrecision(rawValue: precision),
              let basis = DateBasis(rawValue: basis),
              let value = CalendarDate(iso: value),
              let earliest = CalendarDate(iso: earliest),
              let latest = CalendarDate(iso: latest) else { return nil }
        return EventDate(value: value, precision: precision, earliest: earliest, latest: latest, basis: basis)
    }

    /// Runs `body` once per batch of ids.
    static func inBatches(_ ids: [String], _ body: ([String]) throws -> Void) rethrows {
        var i = 0
        while i < ids.count {
            let batch = Array(ids[i..<min(i + batchSize, ids.count)])
            try body(batch)
            i += batchSize
        }
    }

    /// Calls `body` with each row of `sql` run on each batch of ids (`{ids}` in `sql` stands for
    /// the IN list). Statements are cached (a full batch always has the same text) and rows are
    /// read by column position from a cursor, without copying them: exports read millions.
    static func forEachRow(_ sql: String, ids: [String], in db: Database, _ body: (Row) throws -> Void) throws {
        try inBatches(ids) { batch in
            let statement = try db.cachedStatement(sql: sql.replacingOccurrences(of: "{ids}", with: EventClustering.marks(batch.count)))
            let rows = try Row.fetchCursor(statement, arguments: StatementArguments(batch))
            while let row = try rows.next() { try body(row) }
        }
    }

    /// Participants of each event, sorted by name.
    static func participants(of ids: [String], in db: Database) throws -> [String: [ActorRef]] {
        var out: [String: [ActorRef]] = [:]
        try forEachRow("""
            SELECT ep.event_id, a.id, a.name, a.kind, a.country
            FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
            WHERE ep.event_id IN ({ids})
            """, ids: ids, in: db) { row in
            out[row[0], default: []].append(ActorRef(id: row[1], name: row[2], kind: ActorKind(rawValue: row[3]) ?? .person, country: row[4]))
        }
        for key in out.keys { out[key]!.sort() }
        return out
    }

    /// Region place ids of each event.
    static func regionIDs(of ids: [String], in db: Database) throws -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        try forEachRow("SELECT event_id, place_id FROM event_regions WHERE event_id IN ({ids})", ids: ids, in: db) { row in
            out[row[0], default: []].insert(row[1])
        }
        return out
    }

    /// Places by id with their ancestors (nearest first), and actors by id, memoised across the pages
    /// of a read (they are few, and shared by many events).
    struct RowCache {
        var places: [String: PlaceRef] = [:]
        var actors: [String: ActorRef] = [:]

        /// Reads the actors `ids` that are not cached yet.
        mutating func loadActors(_ ids: some Sequence<String>, in db: Database) throws {
            let missing = Array(Set(ids.filter { actors[$0] == nil }))
            guard !missing.isEmpty else { return }
            try StoreRows.forEachRow("SELECT id, name, kind, country FROM actors WHERE id IN ({ids})", ids: missing, in: db) { row in
                actors[row[0]] = ActorRef(id: row[0], name: row[1], kind: ActorKind(rawValue: row[2]) ?? .person, country: row[3])
            }
        }
        /// Rows read so far: id → (name, parent id).
        private var rows: [String: (name: String, parent: String?)] = [:]

        /// Reads the places `ids` and all their ancestors, a level of the hierarchy per query.
        mutating func load(_ ids: some Sequence<String>, in db: Database) throws {
            var missing = Array(Set(ids.filter { places[$0] == nil && rows[$0] == nil }))
            var depth = 0
            while !missing.isEmpty && depth <= 32 {
                var parents: [String] = []
                try StoreRows.forEachRow("SELECT id, name, parent_id FROM places WHERE id IN ({ids})", ids: missing, in: db) { row in
                    let parent: String? = row[2]
                    rows[row[0]] = (row[1], parent)
                    if let parent, rows[parent] == nil { parents.append(parent) }
                }
                missing = Array(Set(parents.filter { rows[$0] == nil }))
                depth += 1
            }
        }

        mutating func place(_ id: String, in db: Database) throws -> PlaceRef? {
            if let p = places[id] { return p }
            if rows[id] == nil { try load([id], in: db) }
            guard let row = rows[id] else { return nil }
            // Parents nearest first, stopping on a (corrupt) cycle or after 32 levels.
            var ancestors: [String] = []
            var next = row.parent
            while let a = next, ancestors.count < 32, a != id, !ancestors.contains(a), let r = rows[a] {
                ancestors.append(a)
                next = r.parent
            }
            let p = PlaceRef(id: id, name: row.name, ancestors: ancestors)
            places[id] = p
            return p
        }
    }

    /// Sources of each event: oldest publication first, then article name, then position.
    static func sources(of ids: [String], in db: Database) throws -> [String: [EventSource]] {
        var out: [String: [EventSource]] = [:]
        try forEachRow("""
            SELECT s.event_id, s.evidence, s.start, s."end", s.is_core, a.name, a.url, a.title, a.published
            FROM sources s JOIN articles a ON a.id = s.article_id
            WHERE s.event_id IN ({ids})
            ORDER BY a.published IS NULL, a.published, a.name, s.start
            """, ids: ids, in: db) { row in
            out[row[0], default: []].append(EventSource(
                article: row[5], url: row[6], title: row[7],
                published: (row[8] as String?).flatMap(CalendarDate.init(iso:)),
                evidence: row[1], start: row[2], end: row[3], isCore: row[4]))
        }
        return out
    }

    /// Full events for `ids`, in the order of `ids` (missing ids are skipped).
    static func timelineEvents(_ ids: [String], in db: Database, cache: inout RowCache) throws -> [TimelineEvent] {
        guard !ids.isEmpty else { return [] }
        struct EventRow {
            var type: EventType
            var mode: ConsultMode?
            var cameo: String
            var plover: String
            var date: EventDate
            var locationID: String?
        }
        var rowsByID: [String: EventRow] = [:]
        rowsByID.reserveCapacity(ids.count)
        try forEachRow("""
            SELECT id, type, mode, cameo, plover, date_precision, date_basis, date_value, date_earliest, date_latest, location_id
            FROM events WHERE id IN ({ids})
            """, ids: ids, in: db) { row in
            guard let type = EventType(rawValue: row[1]),
                  let date = eventDate(precision: row[5], basis: row[6], value: row[7], earliest: row[8], latest: row[9]) else { return }
            rowsByID[row[0]] = EventRow(type: type, mode: (row[2] as String?).flatMap(ConsultMode.init(rawValue:)), cameo: row[3],
                                        plover: row[4], date: date, locationID: row[10])
        }
        // Participants from the covering primary key; their names from the cache.
        var participantIDs: [String: [String]] = [:]
        try forEachRow("SELECT event_id, actor_id FROM event_participants WHERE event_id IN ({ids})", ids: ids, in: db) { row in
            participantIDs[row[0], default: []].append(row[1])
        }
        try cache.loadActors(participantIDs.values.joined(), in: db)
        let regionIDs = try self.regionIDs(of: ids, in: db)
        let sources = try self.sources(of: ids, in: db)
        // Every place of the page (and its ancestors) in a few queries.
        try cache.load(rowsByID.values.compactMap(\.locationID) + regionIDs.values.flatMap { $0 }, in: db)
        var out: [TimelineEvent] = []
        out.reserveCapacity(ids.count)
        for id in ids {
            guard let row = rowsByID[id] else { continue }
            let location: PlaceRef? = try row.locationID.flatMap { try cache.place($0, in: db) }
            let regions = try (regionIDs[id] ?? []).compactMap { try cache.place($0, in: db) }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            let participants = (participantIDs[id] ?? []).compactMap { cache.actors[$0] }.sorted()
            out.append(TimelineEvent(
                id: id, type: row.type, mode: row.mode, cameo: row.cameo, plover: row.plover, date: row.date,
                participants: participants, location: location, regions: regions, sources: sources[id] ?? []))
        }
        return out
    }
}
