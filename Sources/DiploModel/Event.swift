/// The sentence of an article that reports an event, with where it stands in the article text.
public struct Evidence: Hashable, Codable, Sendable {
    public var sentence: String
    /// UTF-8 byte offsets of the sentence in `Article.text` (start inclusive, end exclusive).
    public var start: Int
    public var end: Int
    /// Whether the article reports the event as its news (core) rather than as background.
    public var isCore: Bool

    public init(sentence: String, start: Int, end: Int, isCore: Bool) {
        self.sentence = sentence; self.start = start; self.end = end; self.isCore = isCore
    }
}

/// One diplomatic event as extracted from a single article.
///
/// The store merges extracted events that describe the same real event into one stored event
/// with several sources.
public struct ExtractedEvent: Hashable, Sendable {
    public var type: EventType
    public var mode: ConsultMode?
    public var date: EventDate
    public var participants: [ActorRef]
    public var location: PlaceRef?
    public var regions: [PlaceRef]
    /// Every sentence of the article that reports the event, first the one that dates it best.
    public var evidence: [Evidence]

    public init(type: EventType, mode: ConsultMode? = nil, date: EventDate, participants: [ActorRef],
                location: PlaceRef?, regions: [PlaceRef], evidence: [Evidence]) {
        self.type = type; self.mode = mode; self.date = date; self.participants = participants
        self.location = location; self.regions = regions; self.evidence = evidence
    }

    /// CAMEO code: the mode's for consultations, else the type's.
    public var cameo: String {
        if let mode, type == .call || type == .meeting || type == .summit { return mode.cameo }
        return type.defaultCAMEO
    }

    /// PLOVER type and mode, e.g. `CONSULT/phone`.
    public var plover: String {
        if let mode, type == .call || type == .meeting || type == .summit { return "\(type.ploverType)/\(mode.ploverMode)" }
        return type.ploverType
    }
}

/// One source of a stored event: the article and the sentence that report it.
public struct EventSource: Hashable, Codable, Sendable {
    public var article: String
    public var url: String?
    public var title: String?
    public var published: CalendarDate?
    public var evidence: String
    public var start: Int
    public var end: Int
    public var isCore: Bool

    public init(article: String, url: String?, title: String?, published: CalendarDate?, evidence: String,
                start: Int, end: Int, isCore: Bool) {
        self.article = article; self.url = url; self.title = title; self.published = published
        self.evidence = evidence; self.start = start; self.end = end; self.isCore = isCore
    }
}

/// A stored event: one real-world event with every article that reports it.
public struct TimelineEvent: Hashable, Codable, Sendable {
    public var id: String
    public var type: EventType
    public var mode: ConsultMode?
    public var cameo: String
    public var plover: String
    public var date: EventDate
    public var participants: [ActorRef]
    public var location: PlaceRef?
    public var regions: [PlaceRef]
    public var sources: [EventSource]

    public init(id: String, type: EventType, mode: ConsultMode?, cameo: String, plover: String, date: EventDate,
                participants: [ActorRef], location: PlaceRef?, regions: [PlaceRef], sources: [EventSource]) {
        self.id = id; self.type = type; self.mode = mode; self.cameo = cameo; self.plover = plover; self.date = date
        self.participants = participants; self.location = location; self.regions = regions; self.sources = sources
    }
}
