import DiploModel
import Foundation
import GRDB

/// Decides when an event extracted from an article is the same real-world event as one already
/// stored, so that a story told by several articles becomes one event with several sources.
///
/// **The rule.** An extracted event joins a stored event when ALL of these hold:
///
/// 1. **Same type.** A meeting and a summit also match each other when both have the same location
///    and the same day (a "meeting" in one report is often the summit of another); the merged event
///    is then a summit.
/// 2. **Compatible dates.** When both dates are day-precise they must be the same day, except that
///    summits and agreements at the same location (or with no location on one side) may differ by
///    one day — multi-day summits, negotiations concluded overnight. Otherwise (a month or year on
///    either side) the spans [earliest, latest] must overlap: "en janvier" matches 19 January.
/// 3. **Compatible participants.** When both have participants they must share at least
///    min(2, size of the smaller set) actors — so a two-party event needs both parties. Two actors
///    are the same if they have the same id, or if one is a state or institution and the other
///    belongs to the same country (the Kremlin and Putin, France and Macron); each actor counts
///    once (a one-to-one matching, so Putin and Lavrov do not both count against "Russia").
///    For calls, two sides with two or more participants each must share two: two calls of the same
///    leader on the same day with different counterparts stay two calls. When one side (or both)
///    has no participants, the two must share a place (the location or a region of one is the
///    location or a region of the other).
/// 4. **Not from the same article.** A stored event that already has a source from the article
///    being imported is never a candidate: the extractor has already merged within the article, and
///    two events it kept apart stay apart.
///
/// When several stored events match, the one sharing most participants wins, then the closest date,
/// then the smallest id (so the choice is deterministic).
///
/// **Month or year vs day.** A month-precise report merges with a day-precise event inside that
/// month only when types and participants match as above, and the day date wins (see `mergedDate`).
///
/// **Merging** takes the union of participants and regions, keeps the stored location (or takes the
/// new one when the stored event has none), keeps the better date (`EventDate.isBetter`: finer
/// precision, then better basis; two day dates of a summit or agreement one day apart keep the
/// earlier day, when the event began), and appends the sources.
///
/// Candidates are looked up through `event_links` (Migrations/0004_event_links.sql): the stored events
/// that share a participant, a participant's country, the location or a region, of a matching type,
/// whose date may overlap — one tight range per link, type and date precision — never by scanning
/// every event of the window, nor every event of a country.
enum EventClustering {
    /// The longest date span the store keeps, in days. Date-window lookups rely on it to turn span
    /// overlap into a bounded range on the indexed `date_value`; no diplo date is vaguer than a year.
    static let maxSpanDays = 366

    /// A stored event as clustering sees it.
    struct Candidate: Sendable {
        var id: String
        var type: EventType
        var mode: ConsultMode?
        var date: EventDate
        var participants: [ActorRef]
        var locationID: String?
        var regionIDs: Set<String>
    }

    // MARK: The rule

    /// Whether two actors stand for the same party (see rule 3).
    static func sameActor(_ a: ActorRef, _ b: ActorRef) -> Bool {
        if a.id == b.id { return true }
        guard let ca = a.country, let cb = b.country, ca == cb else { return false }
        return speaksForState.contains(a.kind) || speaksForState.contains(b.kind)
    }

    /// Kinds of actors that count as the same party as anyone of their country (rule 3).
    static let speaksForState: Set<ActorKind> = [.state, .institution]

    /// The number of actors the two sets share, each actor counting at most once (maximum bipartite
    /// matching; the sets are small). Exact id matches are preferred by trying them first.
    static func sharedParticipants(_ a: [ActorRef], _ b: [ActorRef]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var matchOfB = [Int?](repeating: nil, count: b.count)
        func edges(_ i: Int) -> [Int] {
            let exact = b.indices.filter { b[$0].id == a[i].id }
            return exact + b.indices.filter { b[$0].id != a[i].id && sameActor(a[i], b[$0]) }
        }
        func augment(_ i: Int, _ seen: inout [Bool]) -> Bool {
            for j in edges(i) where !seen[j] {
                seen[j] = true
                if matchOfB[j] == nil || augment(matchOfB[j]!, &seen) { matchOfB[j] = i; return true }
            }
            return false
        }
        var count = 0
        for i in a.indices {
            var seen = [Bool](repeating: false, count: b.count)
            if augment(i, &seen) { count += 1 }
        }
        return count
    }

    /// How many participants the extracted event shares with the stored one when it may join it
    /// (rules 1–3; rule 4 is applied by the candidate lookup), nil when it may not.
    static func match(_ new: ExtractedEvent, _ stored: Candidate) -> Int? {
        let bothDays = new.date.precision == .day && stored.date.precision == .day
        let newLocation = new.location?.id
        // 1. Type.
        var crossType = false
        if new.type != stored.type {
            guard Set([new.type, stored.type]) == [.meeting, .summit], bothDays,
                  let loc = newLocation, loc == stored.locationID, new.date.value == stored.date.value else { return nil }
            crossType = true
        }
        // 2. Dates.
        if bothDays {
            let gap = abs(new.date.value.dayNumber - stored.date.value.dayNumber)
            if gap == 1 {
                let multiDay = !crossType && (new.type == .summit || new.type == .agreement)
                let locationsAgree = newLocation == nil || stored.locationID == nil || newLocation == stored.locationID
                guard multiDay && locationsAgree else { return nil }
            } else if gap != 0 {
                return nil
            }
        } else if !new.date.overlaps(stored.date) {
            return nil
        }
        // 3. Participants.
        let newParticipants = uniqueActors(new.participants)
        if !newParticipants.isEmpty && !stored.participants.isEmpty {
            let shared = sharedParticipants(newParticipants, stored.participants)
            var needed = min(2, min(newParticipants.count, stored.participants.count))
            if new.type == .call && newParticipants.count >= 2 && stored.participants.count >= 2 { needed = 2 }
            return shared >= needed ? shared : nil
        }
        let newPlaces = Set([newLocation].compactMap { $0 } + new.regions.map(\.id))
        let storedPlaces = stored.regionIDs.union([stored.locationID].compactMap { $0 })
        return newPlaces.isDisjoint(with: storedPlaces) ? nil : 0
    }

    /// The stored event the extracted one joins, if any (the most shared participants, then the
    /// closest date, then the smallest id).
    static func best(for new: ExtractedEvent, among candidates: [Candidate]) -> Candidate? {
        let day = new.date.value.dayNumber
        // A report known only within a window of more than a month (an undated article) stays its own
        // event: that pair may have called twice in the window, and one report cannot tell which call it
        // was. Within a month, it is the same event only as the one of its kind between those parties
        // there; a dated report prefers dated events.
        let vague = { (d: EventDate) in d.precision == .range && d.latest.dayNumber - d.earliest.dayNumber > 31 }
        if vague(new.date) { return nil }
        var matching = candidates.filter { !vague($0.date) }.compactMap { c in match(new, c).map { (c, $0) } }
        if new.date.precision == .range {
            if matching.count > 1 { return nil }
        } else if matching.contains(where: { $0.0.date.precision == .range }) {
            let dated = matching.filter { $0.0.date.precision != .range }
            if !dated.isEmpty { matching = dated } else if matching.count > 1 { return nil }
        }
        return matching
            .min { x, y in
                if x.1 != y.1 { return x.1 > y.1 }
                let dx = abs(x.0.date.value.dayNumber - day), dy = abs(y.0.date.value.dayNumber - day)
                if dx != dy { return dx < dy }
                return x.0.id < y.0.id
            }?.0
    }

    // MARK: Merging

    /// The date of the merged event.
    static func mergedDate(stored: EventDate, new: EventDate, type: EventType) -> EventDate {
        if (type == .summit || type == .agreement), stored.precision == .day, new.precision == .day,
           abs(stored.value.dayNumber - new.value.dayNumber) == 1 {
            return stored.value < new.value ? stored : new
        }
        return new.isBetter(than: stored) ? new : stored
    }

    /// The type of the merged event: a summit absorbs a meeting at the same place and day.
    static func mergedType(stored: EventType, new: EventType) -> EventType {
        stored == new ? stored : (stored == .summit || new == .summit ? .summit : stored)
    }

    /// Participants without repeated ids, in their original order.
    static func uniqueActors(_ actors: [ActorRef]) -> [ActorRef] {
        var seen = Set<String>()
        return actors.filter { seen.insert($0.id).inserted }
    }

    /// A date whose span is at most `maxSpanDays` and contains its value, as the store keeps it; a
    /// `range` keeps its whole window (undated articles, looked up by their own probe).
    static func normalizedForStorage(_ d: EventDate) -> EventDate {
        var out = d
        if out.earliest > out.value { out.earliest = out.value }
        if out.latest < out.value { out.latest = out.value }
        if out.precision != .range, out.latest.dayNumber - out.earliest.dayNumber > maxSpanDays {
            let half = maxSpanDays / 2
            out.earliest = max(out.earliest, out.value.adding(days: -half))
            out.latest = min(out.latest, out.value.adding(days: half))
        }
        return out
    }

    // MARK: Candidate lookup

    /// The SQL and arguments of the candidate lookup, nil when the event shares nothing to look up by.
    static func candidateQuery(for new: ExtractedEvent, articleID: Int64) -> (sql: String, arguments: StatementArguments)? {
        let date = normalizedForStorage(new.date)
        let from = date.earliest.adding(days: -1), to = date.latest.adding(days: 1)
        let participants = uniqueActors(new.participants)
        // What the stored event must share to possibly join (rule 3, `sameActor`): an actor; an actor of
        // a country whose state or institution it is (`s:` on the stored side) or of whose state or
        // institution the new event has (`c:`); or, when either side has no participants, a place.
        let speakers = participants.filter { speaksForState.contains($0.kind) }
        let parties = padded(participants.map { "a:" + $0.id }
            + Array(Set(participants.compactMap(\.country))).sorted().map { "s:" + $0 }
            + Array(Set(speakers.compactMap(\.country))).sorted().map { "c:" + $0 })
        let places = padded(Array(Set([new.location?.id].compactMap { $0 } + new.regions.map(\.id))).sorted().map { "p:" + $0 })

        var types: [EventType] = [new.type, new.type]
        if new.type == .meeting { types[1] = .summit }
        if new.type == .summit { types[1] = .meeting }

        guard !parties.isEmpty || !places.isEmpty else { return nil }

        // One probe per precision of the stored event, each a tight range of events(type, date_precision,
        // date_value) (0002_candidate_lookup.sql), from how `EventDate` builds dates: a day event's span
        // is its day; a month event's value is the first day of the month its span lies in; a year
        // event's value is 1 January and its span the year. (The span test that follows is exact.)
        // Each value is bound once and numbered (`?N`, see `candidateSQL`): binding the three probes'
        // copies cost more than running them.
        var args: [(any DatabaseValueConvertible)?] = types.map(\.rawValue)
        args += [from.iso, to.iso, CalendarDate(year: from.year, month: from.month, day: 1)!.iso,
                 CalendarDate(year: from.year, month: 1, day: 1)!.iso,
                 DatePrecision.day.rawValue, DatePrecision.month.rawValue, DatePrecision.year.rawValue, articleID,
                 participants.isEmpty]
        args += parties
        args += places
        let sql = candidateSQL(Shape(types: types.count, parties: parties.count, places: places.count))
        return (sql, StatementArguments(args))
    }

    /// What the text of the candidate query depends on: the lengths of its IN lists.
    struct Shape: Hashable {
        var types, parties, places: Int
    }

    /// Candidate query texts by shape, built once per process (building one cost more than running it;
    /// `padded` keeps the shapes to a few dozen).
    nonisolated(unsafe) private static var sqlByShape: [Shape: String] = [:]
    private static let sqlByShapeLock = NSLock()

    /// The candidate query for a shape; its arguments are bound as `candidateQuery` lists them.
    static func candidateSQL(_ shape: Shape) -> String {
        sqlByShapeLock.lock()
        defer { sqlByShapeLock.unlock() }
        if let sql = sqlByShape[shape] { return sql }
        // Parameters, numbered as `candidateQuery` binds them: the types, then from, to, the first
        // day of from's month and of its year, the three precisions, the article, whether the new event
        // has no participants, then the party links and the place links.
        var n = 0
        func numbered(_ count: Int) -> [String] { (0..<count).map { _ in n += 1; return "?\(n)" } }
        let types = numbered(shape.types).joined(separator: ", ")
        let (from, to, monthLow, yearLow) = (numbered(1)[0], numbered(1)[0], numbered(1)[0], numbered(1)[0])
        let precisions = numbered(3)
        let article = numbered(1)[0]
        let nobody = numbered(1)[0]
        let parties = numbered(shape.parties).joined(separator: ", ")
        let places = numbered(shape.places).joined(separator: ", ")
        // The events sharing a link (`event_links`, 0004_event_links.sql), one tight range per link, type
        // and precision, rather than every event of the type in the window tested link by link: the
        // lookup no longer grows with the number of stored events of the month or year. A place only
        // counts for an event without participants, or when the new one has none. (The link rows carry
        // the event's type and date, kept equal to the event's by the triggers; testing them again on
        // `e` would make SQLite walk the events of the window instead.)
        let probes = [(precisions[0], from), (precisions[1], monthLow), (precisions[2], yearLow)].map { precision, low in
            var linked: [String] = []
            if shape.parties > 0 {
                linked.append("""
                    SELECT l.event_id FROM event_links l
                    WHERE l.link IN (\(parties)) AND l.type IN (\(types)) AND l.date_precision = \(precision)
                      AND l.date_value BETWEEN \(low) AND \(to)
                    """)
            }
            if shape.places > 0 {
                linked.append("""
                    SELECT l.event_id FROM event_links l
                    WHERE l.link IN (\(places)) AND l.type IN (\(types)) AND l.date_precision = \(precision)
                      AND l.date_value BETWEEN \(low) AND \(to)
                      AND (\(nobody) OR NOT EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = l.event_id))
                    """)
            }
            return """
                SELECT e.id, e.type, e.mode, e.date_precision, e.date_value, e.date_earliest, e.date_latest,
                       e.date_basis, e.location_id
                FROM events e
                WHERE e.id IN (\(linked.joined(separator: "\nUNION ALL\n")))
                  AND e.date_earliest <= \(to) AND e.date_latest >= \(from)
                  AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.id AND s.article_id = \(article))
                """
        }
        let sql = probes.joined(separator: "\nUNION ALL\n")
        sqlByShape[shape] = sql
        return sql
    }

    /// Stored events that may be the same as `new` (same or compatible type, date window, sharing a
    /// participant, a participant's country, or a place), excluding events already reported by
    /// `articleID`. The rule itself is applied by `best(for:among:)`.
    static func candidates(for new: ExtractedEvent, articleID: Int64, in db: Database) throws -> [Candidate] {
        guard let query = candidateQuery(for: new, articleID: articleID) else { return [] }
        var found: [Candidate] = []
        // Cached: the SQL only varies with the number of ids in its IN lists.
        // Cached (compiling the three probes costs more than running them); the IN lists are padded so
        // that a few dozen statement texts cover every event, which bounds the cache's memory.
        for row in try Row.fetchAll(db.cachedStatement(sql: query.sql), arguments: query.arguments) {
            guard let type = EventType(rawValue: row["type"]), let date = StoreRows.eventDate(row) else { continue }
            found.append(Candidate(id: row["id"], type: type, mode: (row["mode"] as String?).flatMap(ConsultMode.init(rawValue:)),
                                   date: date, participants: [], locationID: row["location_id"], regionIDs: []))
        }
        guard !found.isEmpty else { return [] }
        // Padded like the candidate query's IN lists: a statement is cached per list length, and one
        // per number of candidates up to the batch size grew the cache with every new count.
        let ids = paddedForBatches(found.map(\.id))
        let actors = try StoreRows.participants(of: ids, in: db)
        let regions = try StoreRows.regionIDs(of: ids, in: db)
        for i in found.indices {
            found[i].participants = actors[found[i].id] ?? []
            found[i].regionIDs = regions[found[i].id] ?? []
        }
        return found
    }

    /// `values` with its last value repeated up to a power of two (at least 1 when not empty): the
    /// same IN list for SQL, and few distinct statement texts to cache.
    static func padded(_ values: [String]) -> [String] {
        guard let last = values.last else { return values }
        var size = 1
        while size < values.count { size *= 2 }
        return values + Array(repeating: last, count: size - values.count)
    }

    /// `padded` up to 256 values, then up to a whole number of `StoreRows.batchSize` batches: the IN
    /// lists of `StoreRows` then take a few lengths only.
    static func paddedForBatches(_ values: [String]) -> [String] {
        guard let last = values.last, values.count > 256 else { return padded(values) }
        let size = (values.count + StoreRows.batchSize - 1) / StoreRows.batchSize * StoreRows.batchSize
        return values + Array(repeating: last, count: size - values.count)
    }

    /// `?, ?, …` for an IN list of `n` bound values.
    static func marks(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }
}
