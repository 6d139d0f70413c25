import ArgumentParser
import DiploExtraction
import DiploModel
import DiploStore
import DiploTimeline
import Foundation

extension EventType: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension LaneGrouping: ExpressibleByArgument {}

/// Standard error, unbuffered.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}

nonisolated(unsafe) var standardError = StandardError()

func note(_ message: String) { print(message, to: &standardError) }

/// Writes text to standard output (through FileHandle, so it interleaves with streamed exports).
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

var stderrIsTerminal: Bool { isatty(2) == 1 }
var stdoutIsTerminal: Bool { isatty(1) == 1 }

/// Runs a command body, turning any error into one `diplo: message` line on stderr and exit code 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as ExitCode {
        throw e
    } catch {
        note("diplo: \(message(for: error))")
        throw ExitCode.failure
    }
}

func message(for error: Error) -> String {
    switch error {
    case let e as CocoaError: return e.localizedDescription
    case let e as LocalizedError where e.errorDescription != nil: return e.errorDescription!
    default: return String(describing: error)
    }
}

/// `--db PATH`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite database (default: $DIPLO_DB, or diplo.sqlite in the current directory).",
                                            valueName: "path"))
    var db: String?

    var path: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["DIPLO_DB"], !env.isEmpty { return env }
        return "diplo.sqlite"
    }

    /// Opens (creating if needed) the store.
    func openStore() throws -> EventStore { try EventStore(path: path) }

    /// Opens a store that must already exist (read commands do not create empty databases).
    func openExistingStore() throws -> EventStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationFailure("no database at \(path) (import articles first with `diplo import`, or pass --db)")
        }
        return try EventStore(path: path)
    }
}

struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// The timeline filters shared by `timeline` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An actor that must take part (name, alias or id); repeat for pairs.", valueName: "name"))
    var actor: [String] = []
    @Option(name: .customLong("any-actor"), help: ArgumentHelp("Keep events with at least one of these actors (repeatable).", valueName: "name"))
    var anyActor: [String] = []
    @Option(name: .long, help: ArgumentHelp("A country that must be represented (code, name or adjective; repeatable).", valueName: "country"))
    var country: [String] = []
    @Option(name: .long, help: ArgumentHelp("Event type: call, meeting, summit, statement, agreement (repeatable).", valueName: "type"))
    var type: [EventType] = []
    @Option(name: .long, help: ArgumentHelp("A place the event is in or about, places inside it included (repeatable).", valueName: "place"))
    var region: [String] = []
    @Option(name: .long, help: ArgumentHelp("Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?
    @Option(name: .long, help: ArgumentHelp("Events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var to: String?
    @Option(name: .long, help: ArgumentHelp("Words that the evidence sentences must contain.", valueName: "words"))
    var text: String?
    @Option(name: .customLong("min-sources"), help: ArgumentHelp("Events reported by at least this many articles.", valueName: "n"))
    var minSources: Int?
    @Option(name: .long, help: ArgumentHelp("At most this many events (the oldest).", valueName: "n"))
    var limit: Int?

    var request: FilterRequest {
        FilterRequest(actors: actor, anyActors: anyActor, countries: country, types: type, regions: region,
                      from: from, to: to, text: text, minSources: minSources, limit: limit)
    }

    func validate() throws {
        if let n = minSources, n < 0 { throw ValidationError("--min-sources must be 0 or more") }
        if let n = limit, n < 0 { throw ValidationError("--limit must be 0 or more") }
        for d in [from, to].compactMap({ $0 }) where EventDate(isoString: d) == nil {
            throw ValidationError("invalid date '\(d)': expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }
}

/// The knowledge base, loaded once and then kept until the process exits: freeing its tens of
/// thousands of names and trie nodes one by one at the end of a command would cost more time than
/// a whole `diplo timeline` query. It is read through the user's knowledge cache (`~/.cache/diplo`,
/// see `KnowledgeCache`), which spares parsing and tokenising the TSV files when they have not changed.
nonisolated(unsafe) private var processKnowledge: Knowledge?

func loadKnowledge() throws -> Knowledge {
    if let k = processKnowledge { return k }
    let k = try Knowledge.loadDefault(cache: KnowledgeCache.userDefault)
    processKnowledge = k
    return k
}

/// A timeline service over an existing store that builds the knowledge base only when it needs it: names
/// are answered from the name index of the knowledge cache (`NameIndex`, written by the first process
/// that builds the knowledge base), so a timeline of known names, ids, types, places or dates starts
/// without it. Without a cache (`DIPLO_CACHE_DIR=off`) the knowledge base is loaded first, as before.
func timelineService(_ options: StoreOptions) throws -> TimelineService {
    let store = try options.openExistingStore()
    guard let cache = KnowledgeCache.userDefault, let directory = ResourceLocator.knowledge else {
        return TimelineService(store: store, knowledge: try loadKnowledge())
    }
    let names = NameIndex.load(from: cache, directory: directory)
    return TimelineService(store: store, names: names) {
        let knowledge = try loadKnowledge()
        if names == nil, let stamp = knowledge.cacheStamp { NameIndex(knowledge, stamp: stamp).write(to: cache, directory: directory) }
        return knowledge
    }
}

/// Options of the presentation formats (HTML page, calendar, TimelineJS).
struct PresentationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("HTML lanes: one per actor, or one per event type.", valueName: "actor|type"))
    var lanes: LaneGrouping = .actor
    @Option(name: .long, help: ArgumentHelp("Title of the HTML page, calendar or TimelineJS title slide (default: from the filters).", valueName: "text"))
    var title: String?
}

/// Prints events in a format: tables fit the terminal; HTML pages are built whole; the other formats stream.
/// - Parameter understood: how the filter was understood (shown under the title of pages and calendars).
func printEvents(_ filter: TimelineFilter, service: TimelineService, format: ExportFormat,
                 presentation: PresentationOptions = PresentationOptions(), understood: String? = nil,
                 to handle: FileHandle = .standardOutput) throws -> Int {
    // Only pages, calendars and TimelineJS show a title (describing the filter reads names: not for tables).
    func title() throws -> String { try presentation.title ?? service.title(filter) }
    func subtitle() throws -> String { try understood ?? service.describe(filter) }
    switch format {
    case .table:
        let events = try service.timeline(filter)
        if events.isEmpty { note("no events match"); return 0 }
        let table = TableFormatter(maxWidth: handle === FileHandle.standardOutput ? Terminal.tableWidthForStandardOutput() : nil,
                                   bold: handle === FileHandle.standardOutput && stdoutIsTerminal)
        handle.write(Data(table.renderBytes(events)))
        return events.count
    case .html:
        let events = try service.timeline(filter)
        let page = HTMLTimelinePage(title: try title(), subtitle: try subtitle(), grouping: presentation.lanes,
                                    focus: filter.actors + filter.anyActors)
        handle.write(Data(page.render(events).utf8))
        if events.isEmpty { note("no events match") }
        return events.count
    case .csv, .json, .jsonl, .timelinejs, .ics:
        let titled = format == .ics || format == .timelinejs
        let writer = EventStreamWriter(format: format, pretty: true, title: titled ? try title() : nil, subtitle: titled ? try subtitle() : nil,
                                       fileHandle: handle)
        let n = try service.export(filter, to: writer)
        if n == 0 && stdoutIsTerminal { note("no events match") }
        return n
    }
}

/// Opens `path` for writing (created or truncated), or standard output when nil.
func outputHandle(_ path: String?) throws -> FileHandle {
    guard let path else { return .standardOutput }
    guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
        throw ValidationFailure("cannot write \(path)")
    }
    return h
}
