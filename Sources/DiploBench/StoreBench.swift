import DiploExtraction
import DiploModel
import DiploStore
import DiploTimeline
import Foundation

/// Grows a store to each size (10k, 100k, 1M events) through `EventStore.bulkLoad`, and at each
/// size measures the timeline queries, in process and as whole `diplo` processes; on the largest,
/// measures the exports and an import into the big store.
struct StoreBench {
    let generator: ArticleGenerator
    let knowledge: Knowledge
    let diplo: String
    let database: String
    /// Queries of each kind per size, in process and as processes.
    var inProcessRuns = 60
    var processRuns = 12

    /// The query kinds of the table, in order.
    enum Kind: String, CaseIterable {
        case actor, pair, region, typePeriod = "type+period", text = "full text", query
    }

    /// One query: what the CLI is given.
    struct Query {
        var kind: Kind
        var request: FilterRequest
        /// `diplo query` words for `.query`.
        var words: String?

        var arguments: [String] {
            if let words { return ["query"] + [words] }
            var a = ["timeline"]
            for x in request.actors { a += ["--actor", x] }
            for x in request.regions { a += ["--region", x] }
            for t in request.types { a += ["--type", t.rawValue] }
            if let f = request.from { a += ["--from", f] }
            if let t = request.to { a += ["--to", t] }
            if let t = request.text { a += ["--text", t] }
            return a
        }
    }

    // MARK: Building

    struct Build {
        var events = 0
        var articles = 0
        /// Wall seconds spent in `bulkLoad` (generation runs beside it on the other core).
        var seconds = 0.0
        var wall = 0.0
    }

    /// Loads store articles from `build.articles` on until the store holds `size` events. Batches are
    /// generated on a second thread while the previous one is loaded, so the figure is the store's.
    func grow(to size: Int, _ build: inout Build, store: EventStore) throws {
        let stores = StoreGenerator(generator: generator)
        let start = Measure.wall()
        typealias Batch = [(article: Article, events: [ExtractedEvent])]
        /// Batches of ~20,000 events from article `first` on: large transactions, bounded memory.
        func makeBatch(from first: Int, events: Int) -> (Batch, Int) {
            var batch: Batch = []
            var n = 0, i = first
            while n < 20_000 && events + n < size {
                let a = stores.article(i)
                i += 1
                n += a.events.count
                batch.append(a)
            }
            return (batch, n)
        }
        // The generator is only read; the bench hands it to one helper thread at a time.
        nonisolated(unsafe) let make = makeBatch
        // One transaction for the whole growth, indexes rebuilt at the end (`EventStore.bulkLoad`); the
        // next batch is generated on a second thread while the store takes the current one.
        nonisolated(unsafe) var next = makeBatch(from: build.articles, events: build.events)
        var pending: DispatchGroup?
        let loadStart = Measure.wall()
        try store.bulkLoad(rebuildingIndexes: true) {
            // The batch generated while the store took the previous one.
            if let group = pending { group.wait(); pending = nil }
            let (batch, n) = next
            guard !batch.isEmpty else { return nil }
            build.articles += batch.count
            let following = build.articles, eventsAfter = build.events + n
            build.events = eventsAfter
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { next = make(following, eventsAfter) }
            pending = group
            return batch
        }
        build.seconds += Measure.wall() - loadStart
        let t0 = Measure.wall()
        try store.checkpoint()
        build.seconds += Measure.wall() - t0
        build.wall += Measure.wall() - start
    }

    // MARK: Queries

    /// `count` queries of each kind, drawn from what the store holds.
    func queries(count: Int, build: Build, store: EventStore, salt: UInt64) throws -> [Query] {
        var r = SeededRandom(seed: generator.seed ^ 0x0E21 ^ salt)
        let vocabulary = generator.vocabulary
        let stores = StoreGenerator(generator: generator)
        let actors = try store.knownActorNames().map(\.name)
        let regions = vocabulary.places.filter(\.hasChildren).map(\.ref.name) + vocabulary.countries.map { $0.names[0] }
        let templates = vocabulary.languages.values.sorted { $0.code < $1.code }
        /// A pair that took part in a stored event together (pairs that deal with each other).
        func pair() -> (ActorRef, ActorRef, EventType, Int) {
            while true {
                let (_, events) = stores.article(r.int(build.articles))
                if let e = events.first(where: { $0.participants.count >= 2 }) {
                    return (e.participants[0], e.participants[1], e.type, e.date.value.year)
                }
            }
        }
        var out: [Query] = []
        for _ in 0..<count {
            out.append(Query(kind: .actor, request: FilterRequest(actors: [r.pick(actors)])))
            let (a, b, _, _) = pair()
            out.append(Query(kind: .pair, request: FilterRequest(actors: [a.name, b.name])))
            out.append(Query(kind: .region, request: FilterRequest(regions: [r.pick(regions)])))
            let month = String(format: "%04d-%02d", r.int(2000, 2025), r.int(1, 12))
            out.append(Query(kind: .typePeriod, request: FilterRequest(types: [r.pick(EventType.allCases)], from: month, to: month)))
            out.append(Query(kind: .text, request: FilterRequest(text: r.pick(vocabulary.places).ref.name)))
            // A question in plain words about a pair, a type and a year.
            let (qa, qb, type, year) = pair()
            let lang = r.pick(templates)
            let scene = ArticleGenerator.Scene(type: type, who: [], place: 0, place2: 0, date: CalendarDate(year: year, month: 6, day: 1)!,
                                               published: CalendarDate(year: year, month: 6, day: 1)!)
            var words = ""
            for piece in r.pick(lang.templates("query")) {
                switch piece {
                case .text(let t): words += t
                case .slot("NA", _, _): words += qa.name
                case .slot("NB", _, _): words += qb.name
                case .slot("Y", _, _): words += String(year)
                case .slot("QTYPE", _, _): words += r.pick(lang.queryTypes[scene.type] ?? ["meetings"])
                default: break
                }
            }
            out.append(Query(kind: .query, request: FilterRequest(), words: words))
        }
        return out
    }

    struct Timing {
        var wall: [Double] = []
        var results: [Int] = []
        var failures = 0
        /// The slowest query (its `diplo` arguments) and its time, to look at what the p99 is made of.
        var slowest: (arguments: String, seconds: Double)?

        mutating func add(_ seconds: Double, _ q: Query) {
            wall.append(seconds)
            if seconds > slowest?.seconds ?? -1 { slowest = (q.arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " "), seconds) }
        }
    }

    /// Runs each query through `TimelineService` (names resolved, events loaded with their
    /// participants, places and sources), as `diplo timeline` does before printing.
    func inProcess(_ queries: [Query], service: TimelineService, parser: QueryParser) -> [Kind: Timing] {
        var out: [Kind: Timing] = [:]
        for q in queries {
            let start = Measure.wall()
            do {
                let events: [TimelineEvent]
                if let words = q.words {
                    events = try service.timeline(parser.parse(words).filter)
                } else {
                    events = try service.timeline(q.request)
                }
                out[q.kind, default: Timing()].add(Measure.wall() - start, q)
                out[q.kind, default: Timing()].results.append(events.count)
            } catch {
                out[q.kind, default: Timing()].failures += 1
            }
        }
        return out
    }

    /// Runs each query as a `diplo` process (start, knowledge, database, query, table on stdout).
    func asProcesses(_ queries: [Query]) throws -> [Kind: Timing] {
        var out: [Kind: Timing] = [:]
        for q in queries {
            let run = try Measure.run(diplo, q.arguments + ["--db", database])
            if run.status == 0 || run.stderr.contains("no events match") {
                out[q.kind, default: Timing()].add(run.wall, q)
            } else {
                out[q.kind, default: Timing()].failures += 1
            }
        }
        return out
    }

    static func metrics(_ timings: [Kind: Timing], size: String, how: String, pairTarget: Double?) -> [Metric] {
        var out: [Metric] = []
        let section = "queries @ \(size) events (\(how))"
        for kind in Kind.allCases {
            guard let t = timings[kind], !t.wall.isEmpty else { continue }
            let key = "queries.\(size).\(how).\(kind.rawValue.replacingOccurrences(of: " ", with: "_"))"
            var note = "\(t.wall.count) queries"
            if !t.results.isEmpty {
                note += ", results median \(Int(Measure.quantile(t.results.map(Double.init), 0.5))), max \(t.results.max() ?? 0)"
            }
            if t.failures > 0 { note += ", \(t.failures) failed" }
            out.append(Metric(key: key + ".p50", section: section, label: "\(kind.rawValue) p50", value: Measure.quantile(t.wall, 0.5) * 1000,
                              unit: "ms", better: .lower, target: kind == .pair ? pairTarget : nil, note: note))
            out.append(Metric(key: key + ".p99", section: section, label: "\(kind.rawValue) p99", value: Measure.quantile(t.wall, 0.99) * 1000,
                              unit: "ms", better: .lower, target: 100,
                              note: t.slowest.map { "slowest \(String(format: "%.0f", $0.seconds * 1000)) ms: \($0.arguments)" }))
        }
        return out
    }

    // MARK: Exports

    /// Exports up to `limit` events (oldest first) in `format` to /dev/null through the streaming writer.
    func export(_ format: ExportFormat, limit: Int, service: TimelineService) throws -> (events: Int, seconds: Double, bytes: Int) {
        guard let devNull = FileHandle(forWritingAtPath: "/dev/null") else { throw BenchError.failed("cannot open /dev/null") }
        let counter = CountingHandle(devNull)
        let writer = EventStreamWriter(format: format, pretty: false, chunkSize: 1 << 16) { try counter.write($0) }
        let start = Measure.wall()
        let n = try service.export(TimelineFilter(limit: limit), to: writer)
        return (n, Measure.wall() - start, counter.bytes)
    }
}

/// Counts the bytes written through it.
final class CountingHandle {
    let handle: FileHandle
    var bytes = 0
    init(_ h: FileHandle) { handle = h }
    func write(_ data: [UInt8]) throws {
        bytes += data.count
        try handle.write(contentsOf: Data(data))
    }
}
