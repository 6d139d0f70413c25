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
        guard let precision = DatePrecision(rawValue: row["date_precision"]),
              let basis = DateBasis(rawValue: row["date_basis"]),
              let value = CalendarDate(iso: row["date_value"]),
              let earliest = CalendarDate(iso: row["date_earliest"]),
              let latest = CalendarDate(iso: row["date_latest"]) else { return nil }
        return EventDate(value: value, precision: precision, earliest: earliest, latest: latest, basis: basis)
    }

    static func actor(_ row: Row) -> ActorRef {
        ActorRef(id: row["id"], name: row["name"], kind: ActorKind(rawValue: row["kind"]) ?? .person, country: row["country"])
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

    /// Participants of each event, sorted by name.
    static func participants(of ids: [String], in db: Database) throws -> [String: [ActorRef]] {
        var out: [String: [ActorRef]] = [:]
        try inBatches(ids) { batch in
            let rows = try Row.fetchAll(db, sql: """
                SELECT ep.event_id, a.id, a.name, a.kind, a.country
                FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                WHERE ep.event_id IN (\(EventClustering.marks(batch.count)))
                """, arguments: StatementArguments(batch))
            for row in rows { out[row["event_id"], default: []].append(actor(row)) }
        }
        for key in out.keys { out[key]!.sort() }
        return out
    }

    /// Region place ids of each event.
    static func regionIDs(of ids: [String], in db: Database) throws -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        try inBatches(ids) { batch in
            let rows = try Row.fetchAll(db, sql: """
                SELECT event_id, place_id FROM event_regions WHERE event_id IN (\(EventClustering.marks(batch.count)))
                """, arguments: StatementArguments(batch))
            for row in rows { out[row["event_id"], default: []].insert(row["place_id"]) }
        }
        return out
    }

    /// Places by id with their ancestors (nearest first), memoised across a page.
    struct PlaceCache {
        var places: [String: PlaceRef] = [:]

        mutating func place(_ id: String, in db: Database) throws -> PlaceRef? {
            if let p = places[id] { return p }
            // The place and its ancestors, nearest first; UNION stops on a (corrupt) cycle.
            let rows = try Row.fetchAll(db, sql: """
                WITH RECURSIVE chain(id, name, parent_id, depth) AS (
                    SELECT id, name, parent_id, 0 FROM places WHERE id = ?
                    UNION
                    SELECT p.id, p.name, p.parent_id, c.depth + 1 FROM places p JOIN chain c ON p.id = c.parent_id
                    WHERE c.depth < 32
                )
                SELECT id, name FROM chain ORDER BY depth
                """, arguments: [id])
            guard let first = rows.first else { return nil }
            var ancestors: [String] = []
            for row in rows.dropFirst() {
                let a: String = row["id"]
                if a == id || ancestors.contains(a) { break }
                ancestors.append(a)
            }
            let p = PlaceRef(id: first["id"], name: first["name"], ancestors: ancestors)
            places[id] = p
            return p
        }
    }

    /// Sources of each event: oldest publication first, then article name, then position.
    static func sources(of ids: [String], in db: Database) throws -> [String: [EventSource]] {
        var out: [String: [EventSource]] = [:]
        try inBatches(ids) { batch in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.event_id, s.evidence, s.start, s."end", s.is_core, a.name, a.url, a.title, a.published
                FROM sources s JOIN articles a ON a.id = s.article_id
                WHERE s.event_id IN (\(EventClustering.marks(batch.count)))
                ORDER BY a.published IS NULL, a.published, a.name, s.start
                """, arguments: StatementArguments(batch))
            for row in rows {
                out[row["event_id"], default: []].append(EventSource(
                    article: row["name"], url: row["url"], title: row["title"],
                    published: (row["published"] as String?).flatMap(CalendarDate.init(iso:)),
                    evidence: row["evidence"], start: row["start"], end: row["end"], isCore: row["is_core"]))
            }
        }
        return out
    }

    /// Full events for `ids`, in the order of `ids` (missing ids are skipped).
    static func timelineEvents(_ ids: [String], in db: Database, places: inout PlaceCache) throws -> [TimelineEvent] {
        guard !ids.isEmpty else { return [] }
        var rowsByID: [String: Row] = [:]
        try inBatches(ids) { batch in
            for row in try Row.fetchAll(db, sql: "SELECT * FROM events WHERE id IN (\(EventClustering.marks(batch.count)))",
                                        arguments: StatementArguments(batch)) {
                rowsByID[row["id"]] = row
            }
        }
        let participants = try self.participants(of: ids, in: db)
        let regionIDs = try self.regionIDs(of: ids, in: db)
        let sources = try self.sources(of: ids, in: db)
        var out: [TimelineEvent] = []
        out.reserveCapacity(ids.count)
        for id in ids {
            guard let row = rowsByID[id], let type = EventType(rawValue: row["type"]), let date = eventDate(row) else { continue }
            let location: PlaceRef? = try (row["location_id"] as String?).flatMap { try places.place($0, in: db) }
            let regions = try (regionIDs[id] ?? []).compactMap { try places.place($0, in: db) }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            out.append(TimelineEvent(
                id: id, type: type, mode: (row["mode"] as String?).flatMap(ConsultMode.init(rawValue:)),
                cameo: row["cameo"], plover: row["plover"], date: date,
                participants: participants[id] ?? [], location: location, regions: regions, sources: sources[id] ?? []))
        }
        return out
    }
}
