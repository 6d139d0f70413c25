import DiploModel
import GRDB
import GRDBSQLite

extension EventStore {
    /// Events matching `filter`, oldest first (date value, then day < month < year, then id), read
    /// from one consistent snapshot.
    public func timeline(_ filter: TimelineFilter = TimelineFilter()) throws -> [TimelineEvent] {
        try read("reading the timeline") { db in
            // One query for the ordered event rows (LIMIT -1: no limit), then details a batch at a time.
            let page = try Self.timelinePage(filter, after: nil, count: filter.limit.map { max(0, $0) } ?? -1, in: db)
            var cache = StoreRows.RowCache()
            return try StoreRows.timelineEvents(page.heads, in: db, cache: &cache)
        }
    }

    /// Events per page of `forEachEvent`: large enough to amortise the page query and the batched
    /// detail queries, small enough to keep an export's memory flat.
    static let exportPageSize = 2_000

    /// Calls `body` with every event matching `filter`, oldest first, loading a page at a time so
    /// that exports of millions of events run in constant memory.
    ///
    /// Every page is read from one snapshot taken at the start (a read transaction on a connection
    /// of its own), so an import running meanwhile can neither make the export repeat or skip an
    /// event whose date it refines, nor mix two states of the store. `body` runs outside any database
    /// access (it may use the store).
    public func forEachEvent(matching filter: TimelineFilter = TimelineFilter(), _ body: (TimelineEvent) throws -> Void) throws {
        let snapshot: DatabaseSnapshot
        do { snapshot = try pool.makeSnapshot() } catch {
            throw StoreError.database(path: path, operation: "reading events", reason: Self.reason(error))
        }
        var after: TimelinePosition?
        var delivered = 0
        // Places, actors and recent articles are read once for the whole export (one snapshot: they cannot change).
        var cache = StoreRows.RowCache()
        while true {
            let count = filter.limit.map { min(Self.exportPageSize, $0 - delivered) } ?? Self.exportPageSize
            guard count > 0 else { return }
            let (page, events) = try read("reading events", from: snapshot) { db in
                let page = try Self.timelinePage(filter, after: after, count: count, in: db)
                return (page, try StoreRows.timelineEvents(page.heads, in: db, cache: &cache))
            }
            for event in events { try body(event) }
            delivered += page.rows
            guard page.rows == count, let last = page.last else { return }
            after = last
        }
    }

    /// Every event, oldest first. Prefer `forEachEvent` for large exports.
    public func allEvents() throws -> [TimelineEvent] { try timeline(TimelineFilter()) }

    /// One event with every source, or nil.
    public func event(id: String) throws -> TimelineEvent? {
        try read("reading event \(id)") { db in
            var cache = StoreRows.RowCache()
            return try StoreRows.timelineEvents([id], in: db, cache: &cache, digests: Self.hasDigests(db)).first
        }
    }

    // MARK: Query building

    /// Where an event stands in the timeline order.
    struct TimelinePosition: Sendable {
        var id: String
        var dateValue: String
        var precisionRank: Int
    }

    static let precisionRank = "(CASE e.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 END)"

    /// A page of the timeline: the readable event rows, how many rows the query returned, and
    /// where the last one stands (the next page starts after it).
    struct TimelinePage {
        var heads: [StoreRows.EventHead] = []
        var rows = 0
        var last: TimelinePosition?
    }

    /// The next `count` events after `after` in timeline order (-1: all of them).
    static func timelinePage(_ f: TimelineFilter, after: TimelinePosition?, count: Int, in db: Database,
                             digests: Bool? = nil) throws -> TimelinePage {
        let query = timelineQuery(f, after: after, count: count, digests: try digests ?? hasDigests(db))
        let statement = try db.cachedStatement(sql: query.sql)
        try statement.setArguments(query.arguments)
        var page = TimelinePage()
        var lastRow: (String, String, Int)?
        try RawRow.step(statement) { row in
            page.rows += 1
            if let head = StoreRows.EventHead(row) { page.heads.append(head) }
            lastRow = (row.text(0), row.text(7), Int(row.int64(12)))
        }
        page.last = lastRow.map { TimelinePosition(id: $0.0, dateValue: $0.1, precisionRank: $0.2) }
        return page
    }

    /// The SQL of a timeline page: fixed fragments only, every value from the filter is a bound argument.
    static func timelineQuery(_ f: TimelineFilter, after: TimelinePosition?, count: Int, digests: Bool = true) -> (sql: String, arguments: StatementArguments) {
        var with: [String] = []
        var conditions: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        let marks = EventClustering.marks

        if !f.regions.isEmpty {
            // The given places and every place inside them; UNION (not UNION ALL) ends on cycles.
            with.append("""
                region_scope(id) AS (
                    SELECT id FROM places WHERE id IN (\(marks(f.regions.count)))
                    UNION
                    SELECT p.id FROM places p JOIN region_scope r ON p.parent_id = r.id
                )
                """)
            args += f.regions
            // UNION ALL: the IN list keeps each id once anyway (UNION would sort them into a second temporary B-tree).
            conditions.append("""
                e.id IN (SELECT er.event_id FROM event_regions er WHERE er.place_id IN (SELECT id FROM region_scope)
                         UNION ALL
                         SELECT l.id FROM events l WHERE l.location_id IN (SELECT id FROM region_scope))
                """)
        }
        // Events of given actors are found from event_participants(actor_id, event_id): the
        // intersection of their event lists (a merge of sorted index ranges), then each event by id.
        // CROSS JOIN keeps that order: without statistics SQLite otherwise walks every event of a
        // type over the period and checks the actors (0.2 s for "calls of A and B since 2014" at 1M
        // events, ~1 ms this way). The FROM clause comes after WITH and before WHERE: so do its arguments.
        let sourceArgumentIndex = args.count
        var source = "events e"
        if !f.actors.isEmpty {
            source = "(" + f.actors.map { _ in "SELECT event_id FROM event_participants WHERE actor_id = ?" }.joined(separator: " INTERSECT ")
                + ") AS m CROSS JOIN events e ON e.id = m.event_id"
            args += f.actors
        }
        if !f.anyActors.isEmpty {
            conditions.append("e.id IN (SELECT ep.event_id FROM event_participants ep WHERE ep.actor_id IN (\(marks(f.anyActors.count))))")
            args += f.anyActors
        }
        for country in f.countries {
            conditions.append("""
                EXISTS (SELECT 1 FROM event_participants ep JOIN actors a ON a.id = ep.actor_id
                        WHERE ep.event_id = e.id AND a.country = ?)
                """)
            args.append(country)
        }
        if !f.types.isEmpty {
            conditions.append("e.type IN (\(marks(f.types.count)))")
            args += f.types.map(\.rawValue)
        }
        // Span overlap, plus bounds on the indexed date_value, which is the first day of an event's span:
        // a day, month or year span lies within one calendar year, so an event reaching `from` starts no
        // earlier than 1 January of that year (the rare `range` dates of undated articles excepted), and
        // one starting by `to` has its first day by then (a month's slack kept for safety).
        if let from = f.from {
            let firstDay = CalendarDate(year: from.year, month: 1, day: 1)!.iso
            if f.actors.isEmpty {
                // Walked by date, the bound must be a range of the index: an OR with the `range` dates
                // would make SQLite walk every event of the type from the oldest on (0.1–0.6 s at 1M
                // events). The two kinds are read as two ranges instead.
                source = """
                    (SELECT * FROM events WHERE date_value >= ?
                     UNION ALL SELECT * FROM events WHERE date_value < ? AND date_precision = 'range') AS e
                    """
                args.insert(contentsOf: [firstDay, firstDay] as [(any DatabaseValueConvertible)?], at: sourceArgumentIndex)
                conditions.append("e.date_latest >= ?")
                args.append(from.iso)
            } else {
                conditions.append("e.date_latest >= ? AND (e.date_value >= ? OR e.date_precision = 'range')")
                args += [from.iso, firstDay]
            }
        }
        if let to = f.to {
            conditions.append("e.date_earliest <= ? AND e.date_value <= ?")
            args += [to.iso, to.adding(days: 31).iso]
        }
        if let text = f.text, !text.allSatisfy(\.isWhitespace) {
            if let match = FullTextQuery.matchExpression(for: text) {
                conditions.append("""
                    e.id IN (SELECT s.event_id FROM sources s
                             WHERE s.id IN (SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?))
                    """)
                args.append(match)
            } else {
                conditions.append("0")
            }
        }
        if let minSources = f.minSources, minSources > 1 {
            conditions.append("(SELECT COUNT(DISTINCT s.article_id) FROM sources s WHERE s.event_id = e.id) >= ?")
            args.append(minSources)
        }
        if let after {
            conditions.append("e.date_value >= ? AND (e.date_value, \(precisionRank), e.id) > (?, ?, ?)")
            args += [after.dateValue, after.dateValue, after.precisionRank, after.id]
        }
        args.append(count)

        let sql = (with.isEmpty ? "" : "WITH RECURSIVE " + with.joined(separator: ", ") + "\n") + """
            SELECT \(StoreRows.eventColumns(digests: digests)), \(precisionRank) AS rank
            FROM \(source)\(StoreRows.digestJoin(digests: digests))
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: "\n  AND "))
            ORDER BY e.date_value, rank, e.id
            LIMIT ?
            """
        return (sql, StatementArguments(args))
    }
}
