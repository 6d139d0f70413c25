import DiploModel

/// A state, as `countries.tsv` describes it.
public struct CountryInfo: Sendable, Hashable {
    public var code: String
    public var qid: String
    public var name: String
    public var aliases: [String]
    public var adjectives: [String]
    public var capital: String?
    /// The office that speaks for the state as "its leader".
    public var leaderRole: String
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
