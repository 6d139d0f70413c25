import DiploModel

/// A state, as `countries.tsv` describes it.
public struct CountryInfo: Sendable, Hashable {
    public var code: String
    public var qid: String
    public var name: String
    public var aliases: [String]
    public var adjectives: [String]
    public var capital: String?
    /// The office that speaks for the state as "its leader" today.
    public var leaderRole: String
    /// Earlier leader offices, oldest first, each with its last day: where a state changed its system
    /// (Armenia's president led it until 2018, its prime minister since), "son homologue arménien" of 2016
    /// is the president.
    public var earlierLeaderRoles: [(role: String, until: CalendarDate)] = []

    /// The office that spoke for the state on a day (today's when no day is given).
    public func leaderRole(on date: CalendarDate?) -> String {
        guard let date else { return leaderRole }
        return earlierLeaderRoles.first { date <= $0.until }?.role ?? leaderRole
    }

    // A state is its code (the tuples above are not `Hashable`): one row of countries.tsv per code.
    public static func == (a: CountryInfo, b: CountryInfo) -> Bool { a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(code) }

    /// Reads the `leader` column: "head_of_government", or earlier offices with their last day before it,
    /// "head_of_state..2018-04-09|head_of_government". Nil when the column is malformed.
    public static func parseLeader(_ column: String) -> (current: String, earlier: [(role: String, until: CalendarDate)])? {
        let items = column.split(separator: "|").map(String.init)
        guard let current = items.last, !current.isEmpty, !current.contains("..") else { return column.isEmpty ? ("head_of_state", []) : nil }
        var earlier: [(role: String, until: CalendarDate)] = []
        for item in items.dropLast() {
            let parts = item.components(separatedBy: "..")
            guard parts.count == 2, !parts[0].isEmpty, let until = CalendarDate(iso: parts[1]) else { return nil }
            earlier.append((parts[0], until))
        }
        return (current, earlier.sorted { $0.until < $1.until })
    }
}

/// A person or organisation, as `actors.tsv` describes it.
public struct ActorInfo: Sendable, Hashable {
    public var id: String
    public var kind: ActorKind
    public var name: String
    public var country: String?
    public var aliases: [String]
}

/// An office held over a period (`offices.tsv`).
public struct Office: Sendable, Hashable {
    public var actorID: String
    public var role: String
    public var country: String
    public var from: CalendarDate
    public var to: CalendarDate?

    public func isHeld(on d: CalendarDate) -> Bool { from <= d && (to.map { d <= $0 } ?? true) }
    /// Whether the term overlaps the span at all.
    public func overlaps(_ a: CalendarDate, _ b: CalendarDate) -> Bool { from <= b && (to.map { a <= $0 } ?? true) }
}

/// A body that speaks for a state (`institutions.tsv`).
public struct InstitutionInfo: Sendable, Hashable {
    public var id: String
    public var name: String
    public var country: String
    public var role: String
    public var aliases: [String]
    public var placeID: String?
}

/// A place with its parent (`places.tsv`).
public struct PlaceInfo: Sendable, Hashable {
    public var id: String
    public var kind: String
    public var name: String
    public var parent: String?
    public var aliases: [String]
}

/// What a name in the text can refer to.
public enum NamedEntity: Sendable, Hashable {
    case actor(String)
    case institution(String)
    case country(String)
    case place(String)
}
