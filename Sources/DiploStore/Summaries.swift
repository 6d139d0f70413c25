import DiploModel

/// An actor with how much the store knows about it, for `diplo actors` listings.
public struct ActorSummary: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var country: String?
    public var eventCount: Int
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?

    public init(id: String, name: String, kind: ActorKind, country: String?, eventCount: Int,
                firstDate: CalendarDate?, lastDate: CalendarDate?) {
        self.id = id; self.name = name; self.kind = kind; self.country = country
        self.eventCount = eventCount; self.firstDate = firstDate; self.lastDate = lastDate
    }
}

/// A place with the number of events located in it or about it (directly, not counting places inside it).
public struct PlaceSummary: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var parent: String?
    public var eventCount: Int
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?

    public init(id: String, name: String, parent: String?, eventCount: Int, firstDate: CalendarDate?, lastDate: CalendarDate?) {
        self.id = id; self.name = name; self.parent = parent
        self.eventCount = eventCount; self.firstDate = firstDate; self.lastDate = lastDate
    }
}

/// Totals for `diplo stats`.
public struct StoreStats: Hashable, Sendable, Codable {
    public var articles: Int
    public var events: Int
    public var eventsByType: [EventType: Int]
    public var sources: Int
    public var actors: Int
    public var places: Int
    /// Earliest `date_value` and latest `date_latest` of all events.
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?

    public init(articles: Int, events: Int, eventsByType: [EventType: Int], sources: Int, actors: Int, places: Int,
                firstDate: CalendarDate?, lastDate: CalendarDate?) {
        self.articles = articles; self.events = events; self.eventsByType = eventsByType; self.sources = sources
        self.actors = actors; self.places = places; self.firstDate = firstDate; self.lastDate = lastDate
    }
}

/// An id with its display name, for "did you mean" suggestions.
public struct NamedID: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public init(id: String, name: String) { self.id = id; self.name = name }
}

/// An article as listed by `diplo articles` (without its text).
public struct StoredArticle: Hashable, Sendable {
    public var name: String
    public var contentHash: String
    public var title: String?
    public var url: String?
    public var published: CalendarDate?
    public var language: String?
    public var source: String?
    /// ISO 8601 timestamp (UTC) of the import.
    public var importedAt: String
    /// Events this article is a source of.
    public var eventCount: Int

    public init(name: String, contentHash: String, title: String?, url: String?, published: CalendarDate?,
                language: String?, source: String?, importedAt: String, eventCount: Int) {
        self.name = name; self.contentHash = contentHash; self.title = title; self.url = url; self.published = published
        self.language = language; self.source = source; self.importedAt = importedAt; self.eventCount = eventCount
    }
}
