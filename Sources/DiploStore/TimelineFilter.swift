import DiploModel

/// Which stored events a timeline shows. Every field narrows the result; the default filter keeps
/// every event. All values reach SQL as bound parameters, never as SQL text.
public struct TimelineFilter: Sendable, Hashable {
    /// Actor ids that must ALL take part (a pair timeline is two ids here).
    public var actors: [String]
    /// Actor ids of which at least one must take part.
    public var anyActors: [String]
    /// ISO 3166-1 alpha-2 codes; EACH must be represented by a participant of that country.
    public var countries: [String]
    /// Event types to keep (empty: all).
    public var types: [EventType]
    /// Place ids: keeps events located in, or about, one of these places or a place inside it
    /// (following the places hierarchy, so a country finds events about its cities).
    public var regions: [String]
    /// Keeps events whose date span [earliest, latest] overlaps [from, to].
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Full-text search over evidence sentences, folded like the index (case, diacritics and
    /// ligatures do not matter). Words are ANDed; a trailing `*` makes a word a prefix. Other
    /// operators are not interpreted, so any user input is safe. A text with no searchable word
    /// (only punctuation) matches nothing; nil or blank disables the filter.
    public var text: String?
    /// Keeps events reported by at least this many distinct articles.
    public var minSources: Int?
    /// At most this many events (the oldest ones).
    public var limit: Int?

    public init(actors: [String] = [], anyActors: [String] = [], countries: [String] = [], types: [EventType] = [],
                regions: [String] = [], from: CalendarDate? = nil, to: CalendarDate? = nil, text: String? = nil,
                minSources: Int? = nil, limit: Int? = nil) {
        self.actors = actors; self.anyActors = anyActors; self.countries = countries; self.types = types
        self.regions = regions; self.from = from; self.to = to; self.text = text
        self.minSources = minSources; self.limit = limit
    }
}
