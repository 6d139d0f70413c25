/// What importing one article did, so that `diplo import` can report progress and so that
/// re-running an import can be seen to be harmless.
public enum ImportOutcome: Hashable, Sendable {
    /// An article with the same content hash is already stored (possibly under another name):
    /// nothing was written.
    case unchanged
    /// A new article.
    case imported(ImportCounts)
    /// A new version of an article already stored under the same name: the old version, its
    /// sources and the events only it reported were removed first.
    case replaced(ImportCounts)

    /// The counts, zero for `.unchanged`.
    public var counts: ImportCounts {
        switch self {
        case .unchanged: ImportCounts()
        case let .imported(c), let .replaced(c): c
        }
    }

    public var eventsCreated: Int { counts.eventsCreated }
    public var eventsMerged: Int { counts.eventsMerged }
    public var sourcesAdded: Int { counts.sourcesAdded }
}

/// Counts of what an import wrote.
public struct ImportCounts: Hashable, Sendable, Codable {
    /// Extracted events stored as new events.
    public var eventsCreated: Int
    /// Extracted events merged into an event another article had already reported.
    public var eventsMerged: Int
    /// Source rows (article sentences) added.
    public var sourcesAdded: Int
    /// Events deleted because the previous version of the article was their only source.
    public var eventsRemoved: Int

    public init(eventsCreated: Int = 0, eventsMerged: Int = 0, sourcesAdded: Int = 0, eventsRemoved: Int = 0) {
        self.eventsCreated = eventsCreated; self.eventsMerged = eventsMerged
        self.sourcesAdded = sourcesAdded; self.eventsRemoved = eventsRemoved
    }
}
