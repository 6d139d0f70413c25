import Foundation
import Testing
import DiploModel
import DiploExtraction

/// Shared knowledge and extractor for the extraction tests (loading the knowledge base is slow).
enum Fixture {
    struct LoadFailure: Error, Sendable, CustomStringConvertible { var description: String }

    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    static let loaded: Result<Extractor, LoadFailure> = {
        do {
            let k = try Knowledge.loadDefault()
            return .success(Extractor(knowledge: k, today: today))
        } catch {
            return .failure(LoadFailure(description: "cannot load Knowledge/: \(error)"))
        }
    }()

    static func extractor() throws -> Extractor { try loaded.get() }
    static func knowledge() throws -> Knowledge { try loaded.get().knowledge }

    static func extract(_ text: String, published: String?, language: String = "fr", title: String? = nil) throws -> ExtractionResult {
        let published = try published.map { try #require(CalendarDate(iso: $0)) }
        return try extractor().extract(Article(name: "t.txt", title: title, published: published, language: language, text: text))
    }

    /// Checks each sentence (text, language) on its own: `count` events of `type` — or, with `type` nil, nothing
    /// but statements (what did not happen or is still to come). Failures point at the caller's line.
    static func expect(_ cases: [(String, String)], published: String, type: EventType? = nil, count: Int = 0,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (text, language) in cases {
            let r = try extract(text, published: published, language: language)
            if let type {
                #expect(r.events(type).count == count, "\(text)\n\(r.dump)", sourceLocation: sourceLocation)
            } else {
                #expect(r.events.allSatisfy { $0.type == .statement }, "\(text)\n\(r.dump)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The id the knowledge base gives a person, looked up by canonical name (ids may move from local: to QIDs).
    static func actorID(named name: String) throws -> String {
        let k = try knowledge()
        let matches = k.actors.values.filter { $0.name == name }
        try #require(matches.count == 1, "expected exactly one actor named \(name) in Knowledge/actors.tsv")
        return matches[0].id
    }

    static let putin = "Q7747"
    static let erdogan = "Q39259"
    static let macron = "Q3052772"
}

extension ExtractedEvent {
    var participantIDs: Set<String> { Set(participants.map(\.id)) }

    func involves(_ ids: String...) -> Bool { Set(ids).isSubset(of: participantIDs) }

    var line: String {
        "\(type.rawValue) \(date.isoString)[\(date.precision.rawValue),\(date.basis.rawValue)] "
            + "\(participants.map { "\($0.name)(\($0.id))" }) loc=\(location?.name ?? "-") reg=\(regions.map(\.name)) "
            + "| \(evidence.first?.sentence ?? "")"
    }
}

extension ExtractionResult {
    func events(_ type: EventType) -> [ExtractedEvent] { events.filter { $0.type == type } }

    /// A readable account of the result for failure messages.
    var dump: String {
        var out = "ref=\(referenceDate?.iso ?? "-")\(referenceIsEstimated ? "(estimated)" : "") events=\(events.count)\n"
        for e in events { out += "  \(e.line)\n" }
        for m in nearMisses { out += "  miss: \(m.reason) | \(m.sentence)\n" }
        return out
    }
}
