import DiploModel
import GRDB

extension EventStore {
    /// Actors that take part in at least one event, most active first, with their first and last
    /// event dates (by date value).
    public func actorSummaries() throws -> [ActorSummary] {
        try read("listing actors") { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.name, a.kind, a.country, COUNT(*) AS n, MIN(e.date_value) AS first, MAX(e.date_value) AS last
                FROM actors a
                JOIN event_participants ep ON ep.actor_id = a.id
                JOIN events e ON e.id = ep.event_id
                GROUP BY a.id
                ORDER BY n DESC, a.name, a.id
                """).map { row in
                ActorSummary(id: row["id"], name: row["name"], kind: ActorKind(rawValue: row["kind"]) ?? .person,
                             country: row["country"], eventCount: row["n"],
                             firstDate: (row["first"] as String?).flatMap(CalendarDate.init(iso:)),
                             lastDate: (row["last"] as String?).flatMap(CalendarDate.init(iso:)))
            }
        }
    }

    /// Every known place (including ancestors no event names directly, which region filters use),
    /// with the events located in it or about it directly, most cited first.
    public func placeSummaries() throws -> [PlaceSummary] {
        try read("listing places") { db in
            try Row.fetchAll(db, sql: """
                WITH links(place_id, event_id) AS (
                    SELECT location_id, id FROM events WHERE location_id IS NOT NULL
                    UNION
                    SELECT place_id, event_id FROM event_regions
                )
                SELECT p.id, p.name, p.parent_id, COUNT(e.id) AS n, MIN(e.date_value) AS first, MAX(e.date_value) AS last
                FROM places p
                LEFT JOIN links l ON l.place_id = p.id
                LEFT JOIN events e ON e.id = l.event_id
                GROUP BY p.id
                ORDER BY n DESC, p.name, p.id
                """).map { row in
                PlaceSummary(id: row["id"], name: row["name"], parent: row["parent_id"], eventCount: row["n"],
                             firstDate: (row["first"] as String?).flatMap(CalendarDate.init(iso:)),
                             lastDate: (row["last"] as String?).flatMap(CalendarDate.init(iso:)))
            }
        }
    }

    /// Totals: articles, events (by type), sources, actors, places, and the date range covered.
    public func stats() throws -> StoreStats {
        try read("computing statistics") { db in
            var byType: [EventType: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT type, COUNT(*) AS n FROM events GROUP BY type") {
                if let t = EventType(rawValue: row["type"]) { byType[t] = row["n"] }
            }
            let range = try Row.fetchOne(db, sql: "SELECT MIN(date_value) AS first, MAX(date_latest) AS last FROM events")
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return StoreStats(
                articles: try count("articles"), events: byType.values.reduce(0, +), eventsByType: byType,
                sources: try count("sources"), actors: try count("actors"), places: try count("places"),
                firstDate: (range?["first"] as String?).flatMap(CalendarDate.init(iso:)),
                lastDate: (range?["last"] as String?).flatMap(CalendarDate.init(iso:)))
        }
    }

    /// Every stored actor's id and name, sorted by name, for "did you mean" suggestions.
    public func knownActorNames() throws -> [NamedID] {
        try read("listing actor names") { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM actors ORDER BY name, id").map { NamedID(id: $0["id"], name: $0["name"]) }
        }
    }

    /// Every stored place's id and name, sorted by name, for "did you mean" suggestions.
    public func knownPlaceNames() throws -> [NamedID] {
        try read("listing place names") { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM places ORDER BY name, id").map { NamedID(id: $0["id"], name: $0["name"]) }
        }
    }

    /// Stored articles in import order (without their text).
    public func articles() throws -> [StoredArticle] {
        try read("listing articles") { db in
            try Row.fetchAll(db, sql: """
                SELECT a.name, a.content_hash, a.title, a.url, a.published, a.language, a.source, a.imported_at,
                       (SELECT COUNT(DISTINCT s.event_id) FROM sources s WHERE s.article_id = a.id) AS n
                FROM articles a ORDER BY a.id
                """).map { row in
                StoredArticle(name: row["name"], contentHash: row["content_hash"], title: row["title"], url: row["url"],
                              published: (row["published"] as String?).flatMap(CalendarDate.init(iso:)),
                              language: row["language"], source: row["source"], importedAt: row["imported_at"],
                              eventCount: row["n"])
            }
        }
    }

    /// The stored article named `name` with its text (for re-extraction), or nil.
    public func article(named name: String) throws -> Article? {
        try read("reading article \(name)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE name = ?", arguments: [name]).map { row in
                Article(name: row["name"], title: row["title"], url: row["url"],
                        published: (row["published"] as String?).flatMap(CalendarDate.init(iso:)),
                        language: row["language"], source: row["source"], text: row["text"])
            }
        }
    }
}
