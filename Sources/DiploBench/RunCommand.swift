import ArgumentParser
import DiploExtraction
import DiploModel
import DiploStore
import DiploTimeline
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the benchmark, print one table and write the figures as JSON.")

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case extraction, `import`, store, export
    }

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "Articles of the synthetic corpus (extraction and import).")
    var articles = 20_000
    @Option(name: .customLong("store-events"), help: "Events of the largest store (queries are measured at 10k, 100k and this size).")
    var storeEvents = 1_000_000
    @Option(name: .long, help: ArgumentHelp("Where to write the figures.", valueName: "file"))
    var json = "out/bench.json"
    @Option(name: .customLong("work-dir"), help: ArgumentHelp("Scratch folder for the corpus and databases (default: a temporary folder, removed at the end).", valueName: "dir"))
    var workDir: String?
    @Option(name: .long, help: ArgumentHelp("The diplo binary measured as a process (default: beside diplo-bench).", valueName: "path"))
    var diplo: String?
    @Option(name: .long, parsing: .upToNextOption, help: "Stages to run (default: all).")
    var stages: [Stage] = Stage.allCases
    @Flag(name: .customLong("reuse-store"), help: "With --work-dir: measure queries and exports on the store a previous run left there (grown to --store-events) instead of building it again.")
    var reuseStore = false

    func run() throws {
        do { try runStages() } catch let e as BenchError {
            note("diplo-bench: \(e)")
            throw ExitCode.failure
        }
    }

    private func runStages() throws {
        let started = Measure.wall()
        var machine = BenchResults.machine()
        let vocabulary = try data.vocabulary()
        let generator = ArticleGenerator(vocabulary: vocabulary, seed: data.seed)
        var metrics: [Metric] = []
        let fm = FileManager.default
        let work = URL(fileURLWithPath: workDir ?? NSTemporaryDirectory() + "diplo-bench-\(getpid())")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if workDir == nil { try? fm.removeItem(at: work) } }
        let diploPath = diplo ?? (Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("diplo").path ?? "diplo")
        if stages.contains(.import) || stages.contains(.store), !fm.isExecutableFile(atPath: diploPath) {
            throw BenchError.failed("no diplo binary at \(diploPath) (build it, or pass --diplo)")
        }
        func stage(_ name: String) { note("[\(String(format: "%5.0f", Measure.wall() - started)) s] \(name)") }

        if stages.contains(.extraction) {
            stage("extraction: \(articles) articles, one core")
            let bench = ExtractionBench(generator: generator, extractor: Extractor(knowledge: vocabulary.knowledge))
            metrics += bench.metrics(try bench.run(articles: articles))
        }

        var smallCorpus: (URL, Int)?
        if stages.contains(.import) {
            let bench = ImportBench(generator: generator, diplo: diploPath, workDir: work)
            stage("import: writing \(articles) articles")
            let corpus = try bench.corpus(articles)
            let small = articles <= 1_000 ? corpus : try bench.corpus(1_000, from: (corpus.0, articles))
            smallCorpus = small
            let db = work.appendingPathComponent("import.sqlite").path
            stage("import: \(small.0.lastPathComponent)")
            let r1 = try bench.importCorpus(small.0, articles: min(1_000, articles), bytes: small.1, into: db)
            metrics += ImportBench.metrics(r1, label: "\(min(1_000, articles)) articles", key: "import.small", targets: true)
            if articles > 1_000 {
                stage("import: \(corpus.0.lastPathComponent)")
                let r2 = try bench.importCorpus(corpus.0, articles: articles, bytes: corpus.1, into: db)
                metrics += ImportBench.metrics(r2, label: "\(articles) articles", key: "import.large", targets: true)
            }
            try? fm.removeItem(atPath: db)
            if articles > 1_000 { try? fm.removeItem(at: corpus.0) }
        }

        if stages.contains(.store) || stages.contains(.export) {
            let path = work.appendingPathComponent("store.sqlite").path
            let reusing = reuseStore && workDir != nil && fm.fileExists(atPath: path)
            if !reusing { for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) } }
            let store = try EventStore(path: path)
            let service = TimelineService(store: store, knowledge: vocabulary.knowledge)
            let parser = QueryParser(knowledge: vocabulary.knowledge, vocabulary: try QueryVocabulary.load(knowledgeDirectory: data.knowledgeURL))
            let bench = StoreBench(generator: generator, knowledge: vocabulary.knowledge, diplo: diploPath, database: path)
            var build = StoreBench.Build()
            var sizes = [10_000, 100_000, storeEvents].filter { $0 <= storeEvents }
            if reusing {
                // Only the largest size (grown further if the previous run stopped short of it).
                let stats = try store.stats()
                build.events = stats.events
                build.articles = stats.articles
                sizes = [storeEvents]
                stage("store: reusing \(path) (\(stats.events) events)")
            }
            for (n, size) in Set(sizes).sorted().enumerated() {
                let label = size >= 1_000_000 && size % 1_000_000 == 0 ? "\(size / 1_000_000)M" : (size % 1_000 == 0 ? "\(size / 1_000)k" : "\(size)")
                stage("store: loading to \(size) events")
                let before = build
                try bench.grow(to: size, &build, store: store)
                let section = "store @ \(label) events"
                if build.events > before.events { metrics.append(Metric(key: "store.\(label).bulk_events_per_s", section: section, label: "bulk load events/s",
                                      value: Double(build.events - before.events) / (build.seconds - before.seconds), unit: "", better: .higher,
                                      note: "\(build.events) events in \(build.articles) articles, EventStore.bulkLoad; \(String(format: "%.0f", build.wall - before.wall)) s wall with generation")) }
                metrics.append(Metric(key: "store.\(label).db_bytes_per_event", section: section, label: "database bytes per event",
                                      value: Double(Measure.databaseBytes(path)) / Double(build.events), unit: "B", better: .lower,
                                      note: "\(String(format: "%.0f", Double(Measure.databaseBytes(path)) / 1e6)) MB"))
                guard stages.contains(.store) else { continue }
                let isLargest = size == sizes.max()
                stage("store: queries at \(label) in process")
                let queries = try bench.queries(count: bench.inProcessRuns, build: build, store: store, salt: UInt64(n))
                metrics += StoreBench.metrics(bench.inProcess(queries, service: service, parser: parser), size: label, how: "in process",
                                              pairTarget: isLargest ? 10 : nil)
                stage("store: queries at \(label) as processes")
                let processQueries = try bench.queries(count: bench.processRuns, build: build, store: store, salt: UInt64(n) + 100)
                metrics += StoreBench.metrics(try bench.asProcesses(processQueries), size: label, how: "process",
                                              pairTarget: isLargest ? 50 : nil)
            }
            if stages.contains(.export) {
                let label = storeEvents >= 1_000_000 ? "\(storeEvents / 1_000_000)M" : "\(storeEvents)"
                for format in [ExportFormat.csv, .jsonl] {
                    stage("export: \(format.rawValue)")
                    // The rate on the oldest 200,000 events (a whole-store export takes minutes at these rates).
                    let r = try bench.export(format, limit: min(build.events, 200_000), service: service)
                    metrics.append(Metric(key: "export.\(format.rawValue).events_per_s", section: "export @ \(label) events",
                                          label: "\(format.rawValue) events/s", value: Double(r.events) / r.seconds, unit: "",
                                          better: .higher, target: format == .csv ? 300_000 : nil,
                                          note: "\(r.events) events, \(String(format: "%.0f", Double(r.bytes) / 1e6)) MB in \(String(format: "%.1f", r.seconds)) s"))
                }
            }
            try store.close()
            if stages.contains(.store), let small = smallCorpus {
                // Import into the big store: clustering looks up candidates among a million events.
                stage("import: \(small.0.lastPathComponent) into the \(build.events)-event store")
                let ib = ImportBench(generator: generator, diplo: diploPath, workDir: work)
                let r = try ib.importCorpus(small.0, articles: min(1_000, articles), bytes: small.1, into: path, fresh: false)
                metrics.append(Metric(key: "import.into_store.articles_per_s", section: "import into the store of \(build.events) events",
                                      label: "articles/s", value: Double(r.articles) / r.wall, unit: "", better: .higher,
                                      note: "\(r.eventsCreated) created, \(r.eventsMerged) merged; CPU \(String(format: "%.1f", r.cpu)) s"))
                metrics.append(Metric(key: "import.into_store.peak_rss_mb", section: "import into the store of \(build.events) events",
                                      label: "peak memory (RSS)", value: Double(r.peakRSS) / 1_048_576, unit: "MB", better: .lower, target: 150))
            }
        }

        machine.loadAtEnd = Measure.loadAverage
        let results = BenchResults(machine: machine,
                                   config: .init(articles: articles, storeEvents: storeEvents, seed: data.seed,
                                                 date: ISO8601DateFormatter().string(from: Date()), gitCommit: Self.gitCommit()),
                                   metrics: metrics, totalSeconds: Measure.wall() - started)
        print(ReportTable.render(results), terminator: "")
        try results.write(to: json)
        note("figures written to \(json)")
    }

    /// The checked-out commit, when run inside a git checkout.
    static func gitCommit() -> String? {
        guard let head = try? String(contentsOfFile: ".git/HEAD", encoding: .utf8) else {
            // A worktree: .git is a file naming the real git directory.
            return nil
        }
        let ref = head.trimmingCharacters(in: .whitespacesAndNewlines)
        guard ref.hasPrefix("ref: ") else { return ref }
        return (try? String(contentsOfFile: ".git/" + ref.dropFirst(5), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
