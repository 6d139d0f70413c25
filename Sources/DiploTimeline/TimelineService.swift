import DiploExtraction
import DiploModel
import DiploStore
import Foundation

/// Problems with what a user asked for, worded for the terminal.
public enum TimelineError: Error, CustomStringConvertible, Equatable, Sendable {
    case unknownActor(String, suggestions: [String])
    case unknownRegion(String, suggestions: [String])
    case unknownCountry(String, suggestions: [String])
    case badDate(String)
    case badNumber(option: String, value: String)
    case eventNotFound(String)
    case unknownID(String)
    case badAlias(String)
    /// `--text` holding no word to search for (only quotes, `*`, `-`, brackets…).
    case unsearchableText(String)

    public var description: String {
        func hint(_ s: [String]) -> String { s.isEmpty ? "" : "; closest known names: " + s.joined(separator: ", ") }
        switch self {
        case let .unknownActor(n, s): return "unknown actor '\(n)'\(hint(s))"
        case let .unknownRegion(n, s): return "unknown region '\(n)'\(hint(s))"
        case let .unknownCountry(n, s): return "unknown country '\(n)'\(hint(s))"
        case let .badDate(v): return "invalid date '\(v)': expected YYYY, YYYY-MM or YYYY-MM-DD"
        case let .badNumber(o, v): return "invalid value '\(v)' for \(o): expected a positive whole number"
        case let .eventNotFound(id): return "no event with id '\(id)'"
        case let .unknownID(id): return "'\(id)' is not the id of a known actor, institution, country or place"
        case let .badAlias(a): return "invalid alias '\(a)': it must hold a letter and no TAB or line break"
        case let .unsearchableText(t):
            return "nothing to search for in --text '\(t)': full-text search looks for words (letters or digits); quotes, *, -, NEAR( and other operators are not supported"
        }
    }
}

/// Filters as users give them on the command line: names rather than ids, dates as text.
public struct FilterRequest: Sendable, Hashable {
    public var actors: [String] = []
    public var anyActors: [String] = []
    public var countries: [String] = []
    public var types: [EventType] = []
    public var regions: [String] = []
    public var from: String?
    public var to: String?
    public var text: String?
    public var minSources: Int?
    public var limit: Int?

    public init(actors: [String] = [], anyActors: [String] = [], countries: [String] = [], types: [EventType] = [],
                regions: [String] = [], from: String? = nil, to: String? = nil, text: String? = nil,
                minSources: Int? = nil, limit: Int? = nil) {
        self.actors = actors; self.anyActors = anyActors; self.countries = countries; self.types = types
        self.regions = regions; self.from = from; self.to = to; self.text = text
        self.minSources = minSources; self.limit = limit
    }
}

/// The timeline side of diplo as the CLI uses it: names → ids, then store queries and exports.
///
/// The knowledge base is loaded on first use: with a `NameIndex`, a timeline whose names the index
/// answers (and which shows no title) never builds it — most of a short `diplo timeline` process.
public final class TimelineService: Sendable {
    public let store: EventStore
    private let source: LazyKnowledge
    private let names: NameIndex?

    public init(store: EventStore, knowledge: Knowledge) {
        self.store = store; self.source = LazyKnowledge(knowledge); self.names = nil
    }

    /// A service that loads the knowledge base with `loadKnowledge` only when it needs it, answering
    /// names from `names` when the index knows them.
    public init(store: EventStore, names: NameIndex?, loadKnowledge: @escaping @Sendable () throws -> Knowledge) {
        self.store = store; self.source = LazyKnowledge(loadKnowledge); self.names = names
    }

    /// The knowledge base (loaded now if it was not yet).
    public var knowledge: Knowledge { get throws { try source.get() } }

    // MARK: Resolving names

    /// An actor id for a name, alias or id: the knowledge base first (people, institutions,
    /// states), then the actors already in the store (people the knowledge base does not know).
    public func resolveActor(_ raw: String) throws -> String {
        if let id = names?.actorID(named: raw) { return id }
        let knowledge = try self.knowledge
        if let id = knowledge.actorID(named: raw) { return id }
        let name = raw.trimmingCharacters(in: .whitespaces)
        let stored = (try? store.knownActorNames()) ?? []
        if let hit = stored.first(where: { $0.id == name }) { return hit.id }
        let key = Folding.fold(name)
        if let hit = stored.first(where: { Folding.fold($0.name) == key }) { return hit.id }
        throw TimelineError.unknownActor(name, suggestions: closest(to: name, among: actorCandidates(stored, knowledge)))
    }

    /// A place id for a name, alias or id (a country counts), from the knowledge base or the store.
    public func resolveRegion(_ raw: String) throws -> String {
        if let id = names?.placeID(named: raw) { return id }
        let knowledge = try self.knowledge
        if let id = knowledge.placeID(named: raw) { return id }
        let name = raw.trimmingCharacters(in: .whitespaces)
        let stored = (try? store.knownPlaceNames()) ?? []
        if let hit = stored.first(where: { $0.id == name }) { return hit.id }
        let key = Folding.fold(name)
        if let hit = stored.first(where: { Folding.fold($0.name) == key }) { return hit.id }
        var candidates: [(String, String)] = []
        for p in knowledge.places.values { for a in [p.name] + p.aliases { candidates.append((a, p.name)) } }
        for c in knowledge.countries.values { for a in [c.name] + c.aliases { candidates.append((a, c.name)) } }
        for s in stored { candidates.append((s.name, s.name)) }
        throw TimelineError.unknownRegion(name, suggestions: closest(to: name, among: candidates))
    }

    /// An ISO country code for a code ("RU"), a name or alias ("Russie"), or an adjective ("russe").
    public func resolveCountry(_ raw: String) throws -> String {
        if let code = names?.countryCode(named: raw) { return code }
        let knowledge = try self.knowledge
        if let code = knowledge.countryCode(named: raw) { return code }
        let name = raw.trimmingCharacters(in: .whitespaces)
        var candidates: [(String, String)] = []
        for c in knowledge.countries.values { for a in [c.name] + c.aliases { candidates.append((a, c.name)) } }
        throw TimelineError.unknownCountry(name, suggestions: closest(to: name, among: candidates))
    }

    /// (name to compare, name to show) pairs for actor suggestions: every alias of the knowledge
    /// base, shown by its canonical name, and the stored actors.
    private func actorCandidates(_ stored: [NamedID], _ knowledge: Knowledge) -> [(String, String)] {
        var out: [(String, String)] = []
        for a in knowledge.actors.values { for n in [a.name] + a.aliases { out.append((n, a.name)) } }
        for i in knowledge.institutions.values { for n in [i.name] + i.aliases { out.append((n, i.name)) } }
        for c in knowledge.countries.values { for n in [c.name] + c.aliases { out.append((n, c.name)) } }
        for s in stored { out.append((s.name, s.name)) }
        return out
    }

    /// The `count` display names whose compared name is closest to `query` by edit distance over
    /// folded names (ties by name, each display name once).
    public static func closestNames(to query: String, among candidates: [(compare: String, display: String)], count: Int = 3) -> [String] {
        let q = Array(Folding.fold(query).unicodeScalars)
        var best: [String: Int] = [:]
        for (compare, display) in candidates {
            let d = editDistance(q, Array(Folding.fold(compare).unicodeScalars))
            if let old = best[display], old <= d { continue }
            best[display] = d
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(count).map(\.key)
    }

    private func closest(to q: String, among c: [(String, String)]) -> [String] {
        TimelineService.closestNames(to: q, among: c.map { (compare: $0.0, display: $0.1) })
    }

    /// Levenshtein distance.
    public static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    // MARK: Filters

    /// Parses a `--from`/`--to` value: the first day (or, for `end`, the last day) of the span.
    public static func parseDate(_ s: String, end: Bool) throws -> CalendarDate {
        guard let d = EventDate(isoString: s.trimmingCharacters(in: .whitespaces)) else { throw TimelineError.badDate(s) }
        return end ? d.latest : d.earliest
    }

    /// Resolves every name of the request.
    public func filter(_ r: FilterRequest) throws -> TimelineFilter {
        var f = TimelineFilter()
        f.actors = try unique(r.actors.map(resolveActor))
        f.anyActors = try unique(r.anyActors.map(resolveActor))
        f.countries = try unique(r.countries.map(resolveCountry))
        f.regions = try unique(r.regions.map(resolveRegion))
        f.types = r.types
        f.from = try r.from.map { try Self.parseDate($0, end: false) }
        f.to = try r.to.map { try Self.parseDate($0, end: true) }
        if let t = r.text, !t.trimmingCharacters(in: .whitespaces).isEmpty {
            guard FullTextQuery.matchExpression(for: t) != nil else { throw TimelineError.unsearchableText(t) }
            f.text = t
        }
        if let n = r.minSources {
            guard n >= 0 else { throw TimelineError.badNumber(option: "--min-sources", value: String(n)) }
            f.minSources = n
        }
        if let n = r.limit {
            guard n >= 0 else { throw TimelineError.badNumber(option: "--limit", value: String(n)) }
            f.limit = n
        }
        return f
    }

    private func unique(_ a: [String]) -> [String] {
        var seen = Set<String>()
        return a.filter { seen.insert($0).inserted }
    }

    // MARK: Queries

    public func timeline(_ request: FilterRequest) throws -> [TimelineEvent] { try store.timeline(filter(request)) }

    public func timeline(_ filter: TimelineFilter) throws -> [TimelineEvent] { try store.timeline(filter) }

    /// Streams the matching events to `writer` (constant memory), then finishes it; returns the count.
    @discardableResult
    public func export(_ filter: TimelineFilter, to writer: EventStreamWriter) throws -> Int {
        var n = 0
        try store.forEachEvent(matching: filter) { e in try writer.write(e); n += 1 }
        try writer.finish()
        return n
    }

    public func event(id: String) throws -> TimelineEvent {
        guard let e = try store.event(id: id.trimmingCharacters(in: .whitespaces)) else { throw TimelineError.eventNotFound(id) }
        return e
    }

    /// Describes a filter in one line, with names rather than ids.
    public func describe(_ f: TimelineFilter) throws -> String {
        QueryParser(knowledge: try knowledge, vocabulary: QueryVocabulary()).describe(f)
    }

    /// A title for a page or calendar of the filter's events: the actors asked for
    /// ("Vladimir Putin – Recep Tayyip Erdoğan"), else the filter in words, else "All events".
    public func title(_ f: TimelineFilter) throws -> String {
        let parser = QueryParser(knowledge: try knowledge, vocabulary: QueryVocabulary())
        if !f.actors.isEmpty { return f.actors.map(parser.actorName).joined(separator: " – ") }
        if !f.anyActors.isEmpty { return f.anyActors.map(parser.actorName).joined(separator: " or ") }
        let d = parser.describe(f)
        return d == "all events" ? "All events" : d.prefix(1).uppercased() + d.dropFirst()
    }
}

/// A knowledge base given, or loaded once on first use (by whichever thread asks first).
final class LazyKnowledge: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Knowledge?
    private let load: (@Sendable () throws -> Knowledge)?

    init(_ knowledge: Knowledge) { value = knowledge; load = nil }
    init(_ load: @escaping @Sendable () throws -> Knowledge) { self.load = load }

    func get() throws -> Knowledge {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let k = try load!()
        value = k
        return k
    }
}
