import Foundation
import DiploModel

/// A sentence that looked diplomatic but did not become an event, and why — so users can see
/// what the extractor missed (`diplo import --explain`).
public struct NearMiss: Sendable, Hashable {
    public var sentence: String
    public var start: Int
    public var end: Int
    public var reason: String
}

/// What the extractor found in one article.
public struct ExtractionResult: Sendable {
    public var events: [ExtractedEvent]
    public var nearMisses: [NearMiss]
    /// The language used (from metadata or detected).
    public var language: String
    /// The publication date used to resolve relative dates: given, or estimated from the text.
    public var referenceDate: CalendarDate?
}

/// Text → events: cleaning, sentences, entity and date recognition, event recognition, in-article merging.
public final class Extractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    public func extract(_ article: Article) -> ExtractionResult {
        ExtractionResult(events: [], nearMisses: [], language: article.language ?? "fr", referenceDate: article.published)
    }
}
