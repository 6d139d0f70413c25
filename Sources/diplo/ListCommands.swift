import ArgumentParser
import DiploExtraction
import DiploModel
import DiploStore
import DiploTimeline
import Foundation

/// Output of the listing commands.
enum ListFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors of the stored events, with their number of events and date range.",
        discussion: """
        Examples:
          diplo actors
          diplo actors --format json | jq '.[] | select(.events > 10)'
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Output format: table or json.")
    var format: ListFormat = .table

    func run() throws {
        try reportingErrors {
            let list = try store.openExistingStore().actorSummaries()
            switch format {
            case .table:
                let rows = list.map { a in
                    [a.id, a.name, a.kind.rawValue, a.country ?? "", String(a.eventCount), a.firstDate?.iso ?? "", a.lastDate?.iso ?? ""]
                }
                emit(TextTable.render(headers: ["ID", "NAME", "KIND", "COUNTRY", "EVENTS", "FIRST", "LAST"], rows: rows,
                                      rightAligned: [4], bold: stdoutIsTerminal))
            case .json:
                var w = JSONWriter(pretty: true)
                w.beginArray()
                for a in list {
                    w.beginObject()
                    w.key("id"); w.string(a.id)
                    w.key("name"); w.string(a.name)
                    w.key("kind"); w.string(a.kind.rawValue)
                    w.key("country"); w.string(a.country)
                    w.key("events"); w.int(a.eventCount)
                    w.key("first"); w.string(a.firstDate?.iso)
                    w.key("last"); w.string(a.lastDate?.iso)
                    w.endObject()
                }
                w.endArray()
                emit(String(decoding: w.bytes, as: UTF8.self) + "\n")
            }
        }
    }
}

struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "List the places of the stored events, with their number of events and date range.",
        discussion: """
        Counts are of events located in or about the place itself (not the places inside it).

        Examples:
          diplo places
          diplo places --format json
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Output format: table or json.")
    var format: ListFormat = .table

    func run() throws {
        try reportingErrors {
            let list = try store.openExistingStore().placeSummaries()
            switch format {
            case .table:
                let rows = list.map { p in
                    [p.id, p.name, p.parent ?? "", String(p.eventCount), p.firstDate?.iso ?? "", p.lastDate?.iso ?? ""]
                }
                emit(TextTable.render(headers: ["ID", "NAME", "IN", "EVENTS", "FIRST", "LAST"], rows: rows,
                                      rightAligned: [3], bold: stdoutIsTerminal))
            case .json:
                var w = JSONWriter(pretty: true)
                w.beginArray()
                for p in list {
                    w.beginObject()
                    w.key("id"); w.string(p.id)
                    w.key("name"); w.string(p.name)
                    w.key("parent"); w.string(p.parent)
                    w.key("events"); w.int(p.eventCount)
                    w.key("first"); w.string(p.firstDate?.iso)
                    w.key("last"); w.string(p.lastDate?.iso)
                    w.endObject()
                }
                w.endArray()
                emit(String(decoding: w.bytes, as: UTF8.self) + "\n")
            }
        }
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the database holds: articles, events by type, sources, actors, places, dates.",
        discussion: """
        Examples:
          diplo stats
          diplo stats --format json --db archive.sqlite
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Output format: table or json.")
    var format: ListFormat = .table

    func run() throws {
        try reportingErrors {
            let s = try store.openExistingStore().stats()
            switch format {
            case .table:
                var rows: [[String]] = [["articles", String(s.articles)], ["events", String(s.events)]]
                for t in EventType.allCases { rows.append(["  \(t.rawValue)", String(s.eventsByType[t] ?? 0)]) }
                rows += [["sources", String(s.sources)], ["actors", String(s.actors)], ["places", String(s.places)],
                         ["first date", s.firstDate?.iso ?? "-"], ["last date", s.lastDate?.iso ?? "-"]]
                emit(TextTable.render(headers: ["", ""], rows: rows, rightAligned: [1]).split(separator: "\n", omittingEmptySubsequences: false)
                    .dropFirst().joined(separator: "\n"))
            case .json:
                var w = JSONWriter(pretty: true)
                w.beginObject()
                w.key("articles"); w.int(s.articles)
                w.key("events"); w.int(s.events)
                w.key("events_by_type"); w.beginObject()
                for t in EventType.allCases {
                    switch t {
                    case .call: w.key("call")
                    case .meeting: w.key("meeting")
                    case .summit: w.key("summit")
                    case .statement: w.key("statement")
                    case .agreement: w.key("agreement")
                    }
                    w.int(s.eventsByType[t] ?? 0)
                }
                w.endObject()
                w.key("sources"); w.int(s.sources)
                w.key("actors"); w.int(s.actors)
                w.key("places"); w.int(s.places)
                w.key("first_date"); w.string(s.firstDate?.iso)
                w.key("last_date"); w.string(s.lastDate?.iso)
                w.endObject()
                emit(String(decoding: w.bytes, as: UTF8.self) + "\n")
            }
        }
    }
}

struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Edit the knowledge base.",
        discussion: """
        Examples:
          diplo kb add-alias "Tayyip" Q39259
        """,
        subcommands: [AddAlias.self]
    )

    struct AddAlias: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-alias",
            abstract: "Add a name for a known actor, institution, country or place (Knowledge/user-aliases.tsv).",
            discussion: """
            The id must be one of the knowledge base (actors.tsv, institutions.tsv, countries.tsv, places.tsv). New imports use the alias; run `diplo reextract` to apply it to stored articles.

            Examples:
              diplo kb add-alias "Tayyip" Q39259
              diplo kb add-alias "Idlib governorate" local:sy-idlib-gov
            """
        )

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The new name.", valueName: "alias"))
        var alias: String
        @Argument(help: ArgumentHelp("The id it stands for.", valueName: "id"))
        var id: String

        func run() throws {
            try reportingErrors {
                guard let dir = ResourceLocator.knowledge else { throw KnowledgeError.missingDirectory }
                let knowledge = try Knowledge.load(from: dir)
                let name = try KnowledgeEditor.addAlias(alias, id: id, knowledge: knowledge, directory: dir)
                note("added '\(alias)' for \(name) (\(id)) to \(dir.appendingPathComponent("user-aliases.tsv").path)")
            }
        }
    }
}
