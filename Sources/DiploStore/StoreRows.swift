import DiploModel
import GRDB
import GRDBSQLite

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
    static func inBatches<ID>(_ ids: [ID], _ body: ([ID]) throws -> Void) rethrows {
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
        /// Articles of the sources read lately, by row id (trimmed: there may be millions).
        var articles: [Int64: ArticleRow] = [:]

        /// Reads the articles `ids` (not cached yet).
        mutating func loadArticles(_ ids: Set<Int64>, in db: Database) throws {
            guard !ids.isEmpty else { return }
            try StoreRows.forEachRawRow("SELECT id, name, url, title, published FROM articles WHERE id IN ({ids})",
                                        ids: Array(ids), in: db) { row in
                articles[row.int64(0)] = ArticleRow(name: row.text(1), url: row.optionalText(2), title: row.optionalText(3),
                                                    published: row.optionalText(4))
            }
        }

        /// Keeps the article cache bounded (events of one article are close in time, so recent ones suffice).
        mutating func trimArticles() {
            if articles.count > 20_000 { articles.removeAll(keepingCapacity: true) }
        }

        /// Sources with their articles: oldest publication first (undated last), then article name
        /// (compared as bytes, like SQLite), then position.
        func sources(_ rows: [SourceRow]) -> [EventSource] {
            var keyed: [(ArticleRow, SourceRow)] = rows.compactMap { r in articles[r.article].map { ($0, r) } }
            if keyed.count > 1 {
                keyed.sort { a, b in
                    switch (a.0.published, b.0.published) {
                    case let (x?, y?) where x != y: return x.utf8.lexicographicallyPrecedes(y.utf8)
                    case (nil, _?): return false
                    case (_?, nil): return true
                    default: break
                    }
                    if a.0.name != b.0.name { return a.0.name.utf8.lexicographicallyPrecedes(b.0.name.utf8) }
                    return a.1.start < b.1.start
                }
            }
            return keyed.map { a, r in
                EventSource(article: a.name, url: a.url, title: a.title, published: a.published.flatMap(CalendarDate.init(iso:)),
                            evidence: r.evidence, start: r.start, end: r.end, isCore: r.isCore)
            }
        }

        /// Reads the actors `ids` that are not cached yet.
        mutating func loadActors(_ ids: some Sequence<String>, in db: Database) throws {
            let missing = Array(Set(ids.filter { actors[$0] == nil }))
            guard !missing.isEmpty else { return }
            // Stepped through the C API: a large result meets thousands of actors, a batch at a time.
            try StoreRows.forEachRawRow("SELECT id, name, kind, country FROM actors WHERE id IN ({ids})", ids: missing, in: db) { row in
                let id = row.text(0)
                actors[id] = ActorRef(id: id, name: row.text(1), kind: ActorKind(rawValue: row.text(2)) ?? .person, country: row.optionalText(3))
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
                try StoreRows.forEachRawRow("SELECT id, name, parent_id FROM places WHERE id IN ({ids})", ids: missing, in: db) { row in
                    let parent = row.optionalText(2)
                    rows[row.text(0)] = (row.text(1), parent)
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

    // MARK: Timeline events

    /// The columns of `events` a timeline event is built from, in the order `EventHead.init` reads
    /// them (queries select them first, as `e.`): the digest last, or NULL for a store without.
    static func eventColumns(digests: Bool) -> String {
        "e.id, e.type, e.mode, e.cameo, e.plover, e.date_precision, e.date_basis, e.date_value, e.date_earliest, e.date_latest, "
            + "e.location_id, \(digests ? "d.digest" : "NULL")"
    }

    /// What a query selecting `eventColumns` joins to `events e` for the digests (one look-up per
    /// event that passes the filters).
    static func digestJoin(digests: Bool) -> String {
        digests ? " LEFT JOIN event_digests d ON d.event_id = e.id" : ""
    }

    /// The ids of `ids` that are stored events.
    static func existing(_ ids: [String], in db: Database) throws -> [String] {
        var out: [String] = []
        try forEachRawRow("SELECT id FROM events WHERE id IN ({ids})", ids: ids, in: db) { out.append($0.text(0)) }
        return out
    }

    /// An event's own row, with its digest when it has one.
    struct EventHead {
        var id: String
        var type: EventType
        var mode: ConsultMode?
        var cameo: String
        var plover: String
        var date: EventDate
        var locationID: String?
        var digest: EventDigest?

        /// Reads `eventColumns` from the current row; nil for a row diplo cannot read (unknown type or date).
        init?(_ row: RawRow) {
            // Dates are parsed from the column bytes (three per event: no text made for them).
            guard let type = EventType(rawValue: row.text(1)),
                  let precision = DatePrecision(rawValue: row.text(5)), let basis = DateBasis(rawValue: row.text(6)),
                  let value = CalendarDate(isoUTF8: row.utf8(7)), let earliest = CalendarDate(isoUTF8: row.utf8(8)),
                  let latest = CalendarDate(isoUTF8: row.utf8(9)) else { return nil }
            let date = EventDate(value: value, precision: precision, earliest: earliest, latest: latest, basis: basis)
            id = row.text(0)
            self.type = type
            mode = row.optionalText(2).flatMap(ConsultMode.init(rawValue:))
            cameo = row.text(3)
            plover = row.text(4)
            self.date = date
            locationID = row.optionalText(10)
            digest = row.isNull(11) ? nil : EventDigest(row.blob(11))
        }
    }

    /// Full events for `ids`, in the order of `ids` (missing ids are skipped).
    static func timelineEvents(_ ids: [String], in db: Database, cache: inout RowCache, digests: Bool = true) throws -> [TimelineEvent] {
        guard !ids.isEmpty else { return [] }
        var heads: [String: EventHead] = [:]
        heads.reserveCapacity(ids.count)
        try forEachRawRow("SELECT \(eventColumns(digests: digests)) FROM events e\(digestJoin(digests: digests)) WHERE e.id IN ({ids})",
                          ids: ids, in: db) { row in
            if let head = EventHead(row) { heads[head.id] = head }
        }
        return try timelineEvents(ids.compactMap { heads[$0] }, in: db, cache: &cache, digests: digests)
    }

    /// Attaches participants, location, regions and sources to event rows, keeping their order.
    ///
    /// An event with a digest (`EventDigest`, read with its row) needs no other read; for the others
    /// (all of them when `digests` is false), each batch costs a fixed number of statements stepped
    /// through SQLite's C API: participants, regions, sources. Actors, places and articles come from
    /// `cache`, read once per export.
    static func timelineEvents(_ heads: [EventHead], in db: Database, cache: inout RowCache, digests: Bool = true) throws -> [TimelineEvent] {
        guard !heads.isEmpty else { return [] }
        var out: [TimelineEvent] = []
        out.reserveCapacity(heads.count)
        var first = 0
        while first < heads.count {
            let batch = heads[first..<min(first + batchSize, heads.count)]
            first += batchSize
            let ids = batch.map(\.id)
            var participantIDs = [[String]](repeating: [], count: ids.count)
            var regionIDs = [[String]](repeating: [], count: ids.count)
            var sources = [[EventSource]](repeating: [], count: ids.count)
            var digested = [Bool](repeating: false, count: ids.count)
            if digests {
                for (i, head) in batch.enumerated() {
                    guard let d = head.digest else { continue }
                    participantIDs[i] = d.participantIDs
                    regionIDs[i] = d.regionIDs
                    sources[i] = d.sources
                    digested[i] = true
                }
            }
            let undigested = ids.indices.filter { !digested[$0] }.map { ids[$0] }
            if !undigested.isEmpty {
                var index: [String: Int] = [:]
                index.reserveCapacity(ids.count)
                for (i, id) in ids.enumerated() { index[id] = i }
                var sourceRows = [[SourceRow]](repeating: [], count: ids.count)
                var articleIDs = Set<Int64>()
                try forEachRawRow("SELECT event_id, actor_id FROM event_participants WHERE event_id IN ({ids})", ids: undigested, in: db) { row in
                    if let i = index[row.text(0)] { participantIDs[i].append(row.text(1)) }
                }
                try forEachRawRow("SELECT event_id, place_id FROM event_regions WHERE event_id IN ({ids})", ids: undigested, in: db) { row in
                    if let i = index[row.text(0)] { regionIDs[i].append(row.text(1)) }
                }
                try forEachRawRow("""
                    SELECT event_id, article_id, evidence, start, "end", is_core FROM sources WHERE event_id IN ({ids})
                    """, ids: undigested, in: db) { row in
                    guard let i = index[row.text(0)] else { return }
                    let article = row.int64(1)
                    sourceRows[i].append(SourceRow(article: article, evidence: row.text(2), start: Int(row.int64(3)),
                                                   end: Int(row.int64(4)), isCore: row.int64(5) != 0))
                    if cache.articles[article] == nil { articleIDs.insert(article) }
                }
                try cache.loadArticles(articleIDs, in: db)
                for i in ids.indices where !digested[i] { sources[i] = cache.sources(sourceRows[i]) }
                cache.trimArticles()
            }
            try cache.loadActors(participantIDs.joined(), in: db)
            try cache.load(batch.compactMap(\.locationID) + regionIDs.joined(), in: db)
            for (i, head) in batch.enumerated() {
                let location: PlaceRef? = try head.locationID.flatMap { try cache.place($0, in: db) }
                var regions: [PlaceRef] = []
                for id in regionIDs[i] { if let p = try cache.place(id, in: db) { regions.append(p) } }
                if regions.count > 1 { regions.sort { ($0.name, $0.id) < ($1.name, $1.id) } }
                var participants = participantIDs[i].compactMap { cache.actors[$0] }
                if participants.count > 1 { participants.sort() }
                out.append(TimelineEvent(
                    id: head.id, type: head.type, mode: head.mode, cameo: head.cameo, plover: head.plover, date: head.date,
                    participants: participants, location: location, regions: regions, sources: sources[i]))
            }
        }
        return out
    }

    /// A source row before its article is attached.
    struct SourceRow {
        var article: Int64
        var evidence: String
        var start: Int
        var end: Int
        var isCore: Bool
    }

    /// An article as sources show it, with the keys sources are ordered by.
    struct ArticleRow {
        var name: String
        var url: String?
        var title: String?
        var published: String?
    }

    /// Calls `body` with each row of `sql` run on each batch of ids (`{ids}` in `sql` stands for the
    /// IN list), stepping the statement through SQLite's C API: a row costs no `Row` and no
    /// dictionary, which matters when exports read millions.
    static func forEachRawRow(_ sql: String, ids: [some DatabaseValueConvertible], in db: Database, _ body: (RawRow) throws -> Void) throws {
        try inBatches(ids) { batch in
            let statement = try db.cachedStatement(sql: sql.replacingOccurrences(of: "{ids}", with: EventClustering.marks(batch.count)))
            try statement.setArguments(StatementArguments(batch))
            try RawRow.step(statement, body)
        }
    }
}

/// The current row of a statement stepped through SQLite's C API.
struct RawRow {
    let statement: OpaquePointer

    /// Steps `statement` (arguments already bound) to its end, calling `body` with each row.
    static func step(_ statement: Statement, _ body: (RawRow) throws -> Void) throws {
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s) }
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))),
                                    sql: statement.sql)
            }
            try body(RawRow(statement: s))
        }
    }

    @inline(__always) func isNull(_ i: Int32) -> Bool { sqlite3_column_type(statement, i) == SQLITE_NULL }

    /// The column as text ("" for NULL).
    @inline(__always) func text(_ i: Int32) -> String {
        guard let p = sqlite3_column_text(statement, i) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(statement, i))), as: UTF8.self)
    }

    @inline(__always) func optionalText(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }

    /// The column's text as UTF-8 bytes, valid until the next step (empty for NULL).
    @inline(__always) func utf8(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let p = sqlite3_column_text(statement, i) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(statement, i)))
    }

    @inline(__always) func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(statement, i) }

    /// The column's bytes, valid until the next step (empty for NULL).
    @inline(__always) func blob(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let p = sqlite3_column_blob(statement, i) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: Int(sqlite3_column_bytes(statement, i)))
    }
}
