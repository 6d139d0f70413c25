import DiploModel

/// Someone or something named or described in a sentence that may take part in an event.
struct ActorMention: Sendable {
    enum Reference: Sendable {
        /// Resolved by name: a known person, organisation, institution or state.
        case named(ActorRef)
        /// An office described by its title: "le président russe", "ses homologues iranien et turc".
        case role(role: String, countries: [String], counterpart: Bool)
        /// "les deux dirigeants", "they": the participants of the event just mentioned.
        case group
    }
    var reference: Reference
    var start: Int
    var end: Int
    /// Speaks about the event without taking part ("a indiqué le Kremlin", "according to X").
    var isReportingSpeaker = false
    var inQuote = false
    /// A capital used for its state ("Moscou a annoncé").
    var isMetonym = false
    /// Spoken of, not taking part ("Donald Trump's proposal"); kept so that its words stay read as a name.
    var isTopic = false
    /// Other known people the same words name ("King Abdullah": of Saudi Arabia or of Jordan), by id;
    /// `AmbiguousNameResolver` picks one once the article's date is known.
    var alternatives: [String] = []
    /// A plural title ("les chefs d'État", "presidents"): several people, never one antecedent.
    var isPlural = false

    /// The titles that name a state's leader ("les deux chefs d'État", "NATO leaders"), as opposed to its ministers.
    static let leaderRoles: Set<String> = ["leader", "head_of_state", "head_of_government"]

    /// The states or organisation of a plural leaders' title ("les dirigeants du G20", "NATO leaders", "heads of
    /// state"); nil for anything else.
    var pluralLeadersOf: [String]? {
        guard isPlural, case .role(let role, let countries, false) = reference,
              Self.leaderRoles.contains(role) else { return nil }
        return countries
    }

    /// A group anaphor ("les deux dirigeants", "the two countries"), standing for people named elsewhere.
    var isGroup: Bool { if case .group = reference { return true }; return false }

    /// A person, named or described by an office ("Stoltenberg", "le président turc") — not a state's officials,
    /// a ministry or a group.
    var namesAPerson: Bool {
        switch reference {
        case .named(let r): return r.kind == .person
        case .role(let role, _, _): return role != "state" && role != "foreign_ministry"
        case .group: return false
        }
    }
}

/// A place named in a sentence.
struct PlaceMention: Sendable {
    var placeID: String
    var start: Int
    var end: Int
    /// Preceded by "à", "in", "at": where something happened.
    var isLocative: Bool
    /// Also read as an actor (a capital or a country acting).
    var usedAsActor: Bool
}

/// A cue or trigger phrase found in a sentence.
struct CueMatch: Sendable {
    var classes: Set<String>
    var start: Int
    var end: Int
    var inQuote: Bool
}

/// Everything recognised in one sentence.
struct AnalyzedSentence: Sendable {
    var text: String
    var start: Int
    var end: Int
    var tokens: [Token]
    var block: Int
    var blockKind: BlockKind
    var indexInArticle: Int
    var actors: [ActorMention]
    var places: [PlaceMention]
    var cues: [CueMatch]
    var dates: [DateMention]
    var inQuote: [Bool]

    /// The token after a date written at `k` ("a appelé lundi son homologue", "a déclaré mercredi X"), or `k`.
    func skippingDate(at k: Int) -> Int {
        dates.first { $0.start == k }?.end ?? k
    }
}
