import ArgumentParser
import DiploExtraction
import DiploModel
import DiploStore
import DiploTimeline
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the chronological timeline of the events matching the filters.",
        discussion: """
        Names may be any alias known to the knowledge base, in French or English, or an id. An unknown name is an error that lists the closest known names.

        Examples:
          diplo timeline --actor Putin --actor Erdogan
          diplo timeline --region Idlib --type call --type meeting --from 2019 --to 2020-03
          diplo timeline --country FR --min-sources 2 --format csv > france.csv
          diplo timeline --actor Putin --actor Erdogan --format html > putin-erdogan.html
          diplo timeline --region Syria --format html --lanes type -o syria.html
          diplo timeline --actor Macron --format ics > macron.ics
        """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "Output format: table, csv, json, jsonl, timelinejs, ics or html.")
    var format: ExportFormat = .table
    @OptionGroup var presentation: PresentationOptions
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        try writeFilteredEvents(store: store, filters: filters, format: format, presentation: presentation, output: output)
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export events (all of them, or those matching the filters) as CSV, JSON, JSON Lines, TimelineJS, iCalendar or HTML.",
        discussion: """
        Streams from the database, so exports of any size run in constant memory (except html, which lays out every event). CSV is RFC 4180 (CRLF, header row, UTF-8) with cells that could run as spreadsheet formulas prefixed by '. The same database always gives the same bytes.

        Examples:
          diplo export > events.csv
          diplo export --format jsonl --actor Macron -o macron.jsonl
          diplo export --format json --from 2020 --to 2020
          diplo export --format timelinejs --actor Putin > putin-timeline.json
          diplo export --format ics --region Syria -o syria.ics
        """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "Output format: csv, json, jsonl, timelinejs, ics or html.")
    var format: ExportFormat = .csv
    @OptionGroup var presentation: PresentationOptions
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .table { throw ValidationError("export formats are csv, json, jsonl, timelinejs, ics and html (use `diplo timeline` for tables)") }
    }

    func run() throws {
        try writeFilteredEvents(store: store, filters: filters, format: format, presentation: presentation, output: output)
    }
}

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask for a timeline in plain words, in English or French.",
        discussion: """
        Understands actors by any alias or title ("président turc"), pairs ("Putin–Erdogan", "Poutine et Erdogan", "entre Poutine et Erdogan"), event types ("calls", "sommets"), places ("on Idlib", "sur la Syrie") and periods ("in 2020", "en février 2020", "since 2019", "entre 2018 et 2020", "last year"). How the question was understood, and the words that were not, are printed on stderr.

        Examples:
          diplo query "Putin–Erdogan calls on Idlib"
          diplo query "appels Poutine-Erdogan sur Idleb depuis 2019"
          diplo query sommets Macron l\\'an dernier --format csv
          diplo query "Putin and Erdogan since 2018" --format html -o putin-erdogan.html
        """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The question.", valueName: "words"))
    var words: [String]

    @Option(name: .long, help: "Output format: table, csv, json, jsonl, timelinejs, ics or html.")
    var format: ExportFormat = .table
    @OptionGroup var presentation: PresentationOptions
    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?
    @Option(name: .long, help: ArgumentHelp("At most this many events (the oldest).", valueName: "n"))
    var limit: Int?
    @Option(name: .customLong("min-sources"), help: ArgumentHelp("Events reported by at least this many articles.", valueName: "n"))
    var minSources: Int?

    func validate() throws {
        if words.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give the question, e.g. \"Putin-Erdogan calls\"") }
        if let n = limit, n < 0 { throw ValidationError("--limit must be 0 or more") }
        if let n = minSources, n < 0 { throw ValidationError("--min-sources must be 0 or more") }
    }

    func run() throws {
        try reportingErrors {
            let knowledge = try loadKnowledge()
            let parser = QueryParser(knowledge: knowledge, vocabulary: try QueryVocabulary.loadDefault())
            let parsed = parser.parse(words.joined(separator: " "))
            note("understood: \(parsed.description)")
            var filter = parsed.filter
            filter.limit = limit
            filter.minSources = minSources
            if !parsed.unknownWords.isEmpty {
                let words = parsed.unknownWords.map { w in parser.suggestion(for: w).map { "\(w) (did you mean \($0)?)" } ?? w }
                note("not understood: \(words.joined(separator: ", "))")
                if parsed.understoodNothing {
                    throw ValidationFailure("nothing in the question was understood; try actor names, places, event types or years")
                }
            }
            let service = TimelineService(store: try store.openExistingStore(), knowledge: knowledge)
            let handle = try outputHandle(output)
            let n = try printEvents(filter, service: service, format: format, presentation: presentation,
                                    understood: parsed.description, to: handle)
            if let output { try handle.close(); note("\(n) events written to \(output)") }
        }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one event: its fields, every source and the evidence sentences.",
        discussion: """
        Event ids are printed by `diplo timeline --format jsonl` and `diplo export`.

        Examples:
          diplo show ev_7d7f4cda9d16
          diplo show ev_7d7f4cda9d16 --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The event id.", valueName: "event-id"))
    var eventID: String
    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        try reportingErrors {
            let service = try timelineService(store)
            let event = try service.event(id: eventID)
            emit(format == .json ? EventDetailFormatter.json(event) : EventDetailFormatter.text(event))
        }
    }
}

/// The body `timeline` and `export` share: the events matching the filters, in the chosen format, on
/// stdout or in a file (with a note on stderr saying how many were written).
private func writeFilteredEvents(store: StoreOptions, filters: FilterOptions, format: ExportFormat,
                                 presentation: PresentationOptions, output: String?) throws {
    try reportingErrors {
        let service = try timelineService(store)
        let filter = try service.filter(filters.request)
        let handle = try outputHandle(output)
        let n = try printEvents(filter, service: service, format: format, presentation: presentation, to: handle)
        if let output { try handle.close(); note("\(n) events written to \(output)") }
    }
}
