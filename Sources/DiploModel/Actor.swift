/// What kind of thing takes part in an event.
public enum ActorKind: String, Codable, Sendable, CaseIterable {
    /// A named person: a head of state, a minister, a spokesperson.
    case person
    /// A body that speaks for a state or an organisation: the Kremlin, the White House, a ministry.
    case institution
    /// A state acting as a whole ("la Russie et la Turquie ont signé").
    case state
    /// An international organisation: the UN, NATO, the EU.
    case organization
}

/// A reference to an actor as it is stored and exported.
///
/// `id` is the Wikidata QID when known, otherwise a stable local id (`local:` + folded name) so that
/// people the knowledge base does not know can still be merged across articles.
public struct ActorRef: Hashable, Codable, Sendable, Comparable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// ISO 3166-1 alpha-2 code of the state the actor belongs to or speaks for, when known.
    public var country: String?

    public init(id: String, name: String, kind: ActorKind, country: String? = nil) {
        self.id = id; self.name = name; self.kind = kind; self.country = country
    }

    /// The Wikidata QID, or nil for local ids.
    public var wikidata: String? { id.hasPrefix("Q") ? id : nil }

    public static func < (a: ActorRef, b: ActorRef) -> Bool { a.name < b.name || (a.name == b.name && a.id < b.id) }
}

/// A reference to a place: where an event happened or what it was about.
public struct PlaceRef: Hashable, Codable, Sendable, Comparable {
    public var id: String
    public var name: String
    /// Containing places, nearest first (Idlib → [Syria]).
    public var ancestors: [String]

    public init(id: String, name: String, ancestors: [String] = []) {
        self.id = id; self.name = name; self.ancestors = ancestors
    }

    public static func < (a: PlaceRef, b: PlaceRef) -> Bool { a.name < b.name }
}
