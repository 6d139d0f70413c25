import ArgumentParser
import DiploExtraction
import DiploModel
import Foundation

@main
struct DiploBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diplo-bench",
        abstract: "Measure diplo: extraction, import, queries and exports on a generated corpus and store.",
        discussion: "Run through `make bench` (release build) and `make bench-compare`. See Bench/README.md.",
        subcommands: [RunCommand.self, CompareCommand.self, GenerateCommand.self, DumpCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// Where the benchmark's data lives: the knowledge base and the templates.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The Knowledge/ folder (default: found like diplo finds it).", valueName: "dir"))
    var knowledge: String?
    @Option(name: .long, help: ArgumentHelp("The sentence templates (default: Bench/templates.tsv beside Knowledge/).", valueName: "file"))
    var templates: String?
    @Option(name: .long, help: "Seed of the generated corpus and store.")
    var seed: UInt64 = 20_240_521

    var knowledgeURL: URL {
        get throws {
            if let knowledge { return URL(fileURLWithPath: knowledge) }
            guard let dir = ResourceLocator.knowledge else { throw BenchError.badData("cannot find Knowledge/ (pass --knowledge)") }
            return dir
        }
    }

    var templatesURL: URL {
        get throws {
            if let templates { return URL(fileURLWithPath: templates) }
            return try knowledgeURL.deletingLastPathComponent().appendingPathComponent("Bench/templates.tsv")
        }
    }

    func vocabulary() throws -> CorpusVocabulary {
        try CorpusVocabulary.load(knowledgeDirectory: knowledgeURL, templates: templatesURL)
    }
}

func note(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the synthetic corpus to a folder (to read it, or to profile `diplo import` on it).")

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "Number of articles.")
    var articles = 100
    @Option(name: .long, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String

    func run() throws {
        let generator = ArticleGenerator(vocabulary: try data.vocabulary(), seed: data.seed)
        let stats = try CorpusWriter.write(generator, count: articles, to: URL(fileURLWithPath: out))
        note("\(articles) articles, \(stats.bytes) bytes, \(stats.sentences) sentences written to \(out)")
    }
}

/// Writes generated articles to a folder, one file each, in subfolders of 1,000 (as archives are).
enum CorpusWriter {
    struct Stats { var bytes = 0; var sentences = 0 }

    static func write(_ generator: ArticleGenerator, count: Int, to dir: URL, from start: Int = 0) throws -> Stats {
        var stats = Stats()
        let fm = FileManager.default
        for i in start..<(start + count) {
            let a = generator.article(i)
            let sub = dir.appendingPathComponent(String(format: "%04d", i / 1000))
            if i % 1000 == 0 || i == start { try fm.createDirectory(at: sub, withIntermediateDirectories: true) }
            let data = Data(a.content.utf8)
            try data.write(to: sub.appendingPathComponent(a.fileName))
            stats.bytes += data.count
            stats.sentences += a.sentences
        }
        return stats
    }
}

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Compare two result files (figures matched by name).")

    @Argument(help: ArgumentHelp("The base result file (JSON written by `diplo-bench run`).", valueName: "base"))
    var base: String
    @Argument(help: ArgumentHelp("The new result file.", valueName: "new"))
    var new: String

    func run() throws {
        do {
            print(ReportTable.compare(try BenchResults.read(base), try BenchResults.read(new)), terminator: "")
        } catch let e as BenchError {
            note("diplo-bench: \(e)")
            throw ExitCode.failure
        }
    }
}

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Write the events extracted from the synthetic corpus, one line each (to check that an optimisation changes nothing).")

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "Number of articles.")
    var articles = 2_000
    @Option(name: .long, help: ArgumentHelp("Output file.", valueName: "file"))
    var out: String

    func run() throws {
        let vocabulary = try data.vocabulary()
        let bench = ExtractionBench(generator: ArticleGenerator(vocabulary: vocabulary, seed: data.seed),
                                    extractor: Extractor(knowledge: vocabulary.knowledge))
        try bench.dump(articles: articles, to: out)
    }
}
