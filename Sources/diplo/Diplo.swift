import ArgumentParser

@main
struct Diplo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diplo",
        abstract: "Build timelines of diplomatic events (calls, meetings, summits, statements, agreements) from news articles.",
        discussion: """
        Import French and English articles, then ask for the timeline of an actor, a pair, a region, a type of event or a period.

        Examples:
          diplo import articles/
          diplo timeline --actor Putin --actor Erdogan --type call
          diplo query "appels Poutine-Erdogan sur Idleb en 2020"
          diplo export --format jsonl --region Syria > syria.jsonl
          diplo show ev_7d7f4cda9d16

        The database is $DIPLO_DB, or diplo.sqlite in the current directory, unless --db is given.
        """,
        subcommands: [
            ImportCommand.self, TimelineCommand.self, QueryCommand.self, ExportCommand.self, ShowCommand.self,
            ActorsCommand.self, PlacesCommand.self, StatsCommand.self, ReextractCommand.self, KBCommand.self,
        ]
    )
}
