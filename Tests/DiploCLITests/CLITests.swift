import Foundation
import Testing

/// The repository checkout these tests were compiled from.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The built `diplo` executable: next to the test bundle in the build products directory.
let diploBinary: URL? = {
    let fm = FileManager.default
    var candidates: [URL] = []
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("diplo"))
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("diplo"))
    for b in Bundle.allBundles where b.bundleURL.pathExtension == "xctest" {
        candidates.append(b.bundleURL.deletingLastPathComponent().appendingPathComponent("diplo"))
    }
    let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("diplo"))
        dir = dir.deletingLastPathComponent()
    }
    for scratch in [".build-cli", ".build"] {
        candidates.append(repositoryRoot.appendingPathComponent("\(scratch)/debug/diplo"))
    }
    return candidates.first { fm.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
}()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `diplo` with arguments and environment additions, capturing both outputs through files
/// (pipes could fill up and block).
func diplo(_ args: [String], env: [String: String] = [:], cwd: URL? = nil) throws -> Run {
    let binary = try #require(diploBinary, "the diplo binary was not found next to the test bundle")
    let tmp = FileManager.default.temporaryDirectory
    let out = tmp.appendingPathComponent("diplo-cli-out-\(UUID().uuidString)")
    let err = tmp.appendingPathComponent("diplo-cli-err-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    var environment = ProcessInfo.processInfo.environment
    environment["DIPLO_DB"] = nil
    environment["COLUMNS"] = nil
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    if let cwd { p.currentDirectoryURL = cwd }
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    p.standardOutput = outHandle
    p.standardError = errHandle
    p.standardInput = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    try outHandle.close(); try errHandle.close()
    return Run(status: p.terminationStatus,
               stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
               stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
}

final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// A database with the seed articles of SampleData/ imported.
func importedSampleDatabase(_ dir: TempDir) throws -> String {
    let db = dir.path("diplo.sqlite")
    let r = try diplo(["import", "--db", db, repositoryRoot.appendingPathComponent("SampleData").path])
    #expect(r.status == 0, "import failed: \(r.stderr)")
    return db
}

let jsonlKeys = ["id", "type", "cameo", "plover", "date", "date_precision", "date_earliest", "date_latest", "date_basis",
                 "participants", "location", "regions", "sources", "mode", "countries", "n_sources"]

@Suite(.serialized) struct CLITests {
    @Test func importPrintsASummaryAndIsIdempotent() throws {
        let dir = try TempDir()
        let db = dir.path("diplo.sqlite")
        let sample = repositoryRoot.appendingPathComponent("SampleData").path
        let first = try diplo(["import", "--db", db, sample])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("articles: 5 imported, 0 unchanged, 0 failed"), "\(first.stderr)")
        #expect(first.stderr.contains("events: "))
        #expect(first.stderr.contains("near-misses: "))
        #expect(first.stdout.isEmpty)
        let second = try diplo(["import", "--db", db, sample])
        #expect(second.status == 0)
        #expect(second.stderr.contains("articles: 0 imported, 5 unchanged, 0 failed"), "\(second.stderr)")
        #expect(second.stderr.contains("events: 0 created, 0 merged"))
    }

    @Test func failedFilesAreListedAndExitOne() throws {
        let dir = try TempDir()
        let db = dir.path("diplo.sqlite")
        try Data("%PDF-1.4 \u{0}\u{1}".utf8).write(to: dir.url.appendingPathComponent("bad.txt"))
        let sample = repositoryRoot.appendingPathComponent("SampleData/000_6de5e9cd064b1448.txt").path
        let r = try diplo(["import", "--db", db, dir.path("missing.txt"), dir.path("bad.txt"), sample])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(dir.path("missing.txt") + ": ") }, "\(r.stderr)")
        #expect(lines.contains { $0.hasPrefix(dir.path("bad.txt") + ": ") }, "\(r.stderr)")
        #expect(r.stderr.contains("articles: 1 imported, 0 unchanged, 2 failed"), "\(r.stderr)")
        // --strict stops at the first failure.
        let strict = try diplo(["import", "--strict", "--db", dir.path("strict.sqlite"), dir.path("missing.txt"), sample])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("articles: 0 imported"), "\(strict.stderr)")
        let badDate = try diplo(["import", "--published", "2020-02-30", "--db", db, sample])
        #expect(badDate.status != 0)
    }

    @Test func timelineJSONLinesAndExportCSV() throws {
        let dir = try TempDir()
        let db = try importedSampleDatabase(dir)

        let jsonl = try diplo(["timeline", "--db", db, "--format", "jsonl"])
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        let lines = jsonl.stdout.split(separator: "\n")
        for line in lines {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(o.keys) == Set(jsonlKeys))
            var last = line.startIndex
            for k in jsonlKeys {
                let r = try #require(line.range(of: "\"\(k)\":", range: last..<line.endIndex))
                last = r.upperBound
            }
        }
        // Deterministic: the same store gives the same bytes.
        #expect(try diplo(["timeline", "--db", db, "--format", "jsonl"]).stdout == jsonl.stdout)

        let csv = try diplo(["export", "--db", db, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("id,date,date_precision,date_earliest,date_latest,date_basis,type,cameo,plover,participants,participant_qids,countries,location,regions,evidence,sources,source_urls,n_sources\r\n"))
        let json = try diplo(["export", "--db", db, "--format", "json"])
        #expect(json.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == lines.count)
        let out = dir.path("out.jsonl")
        let toFile = try diplo(["export", "--db", db, "--format", "jsonl", "-o", out])
        #expect(toFile.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == jsonl.stdout)

        let table = try diplo(["timeline", "--db", db])
        #expect(table.status == 0)
        #expect(!table.stdout.contains("\u{1B}"))  // no colours when piped

        // EVENT CONTENT (needs the extractor): the seed articles report Putin–Erdoğan calls.
        if !lines.isEmpty {
            let pair = try diplo(["timeline", "--db", db, "--actor", "Poutine", "--actor", "Erdogan", "--format", "jsonl"])
            #expect(pair.status == 0, "\(pair.stderr)")
            #expect(!pair.stdout.isEmpty)
        }
    }

    @Test func showPrintsOneEventOrFails() throws {
        let dir = try TempDir()
        let db = try importedSampleDatabase(dir)
        let missing = try diplo(["show", "--db", db, "no-such-event"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no event with id 'no-such-event'"), "\(missing.stderr)")
        #expect(missing.stdout.isEmpty)

        // EVENT CONTENT (needs the extractor): show the first event of the timeline.
        let jsonl = try diplo(["timeline", "--db", db, "--format", "jsonl", "--limit", "1"])
        if let line = jsonl.stdout.split(separator: "\n").first {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(o["id"] as? String)
            let shown = try diplo(["show", "--db", db, id])
            #expect(shown.status == 0, "\(shown.stderr)")
            #expect(shown.stdout.contains(id))
            #expect(shown.stdout.contains("evidence:"))
            let asJSON = try diplo(["show", "--db", db, id, "--format", "json"])
            let shownObject = try #require(try JSONSerialization.jsonObject(with: Data(asJSON.stdout.utf8)) as? [String: Any])
            #expect(shownObject["id"] as? String == id)
        }
    }

    @Test func unknownActorFailsWithClosestNames() throws {
        let dir = try TempDir()
        let db = try importedSampleDatabase(dir)
        let r = try diplo(["timeline", "--db", db, "--actor", "Vladimir Poutin"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("unknown actor 'Vladimir Poutin'; closest known names: Vladimir Putin"), "\(r.stderr)")
        let region = try diplo(["export", "--db", db, "--region", "Idlibb"])
        #expect(region.status == 1)
        #expect(region.stderr.contains("unknown region 'Idlibb'"), "\(region.stderr)")
        let date = try diplo(["timeline", "--db", db, "--from", "2020-13"])
        #expect(date.status != 0)
        let noDB = try diplo(["timeline", "--db", dir.path("none.sqlite")])
        #expect(noDB.status == 1)
        #expect(noDB.stderr.contains("no database at"))
    }

    /// The first timeline process with a cache writes the name index; later ones answer names from it
    /// (without building the knowledge base) and print the same bytes, as does a process without a cache.
    @Test func timelinesResolveNamesThroughTheNameIndexWithTheSameOutput() throws {
        let dir = try TempDir()
        let db = try importedSampleDatabase(dir)
        let cache = dir.path("cache")
        let cached = ["DIPLO_CACHE_DIR": cache]
        let requests: [[String]] = [
            ["--actor", "Poutine", "--actor", "Erdogan"], ["--actor", "Q7747"], ["--region", "Idleb", "--format", "csv"],
            ["--country", "Turquie", "--format", "jsonl"], ["--country", "russe"], ["--region", "SY", "--format", "ics"],
            ["--actor", "Vladimir Poutin"], ["--actor", "président turc"],
        ]
        for args in requests {
            let plain = try diplo(["timeline", "--db", db] + args, env: ["DIPLO_CACHE_DIR": "off"])
            let first = try diplo(["timeline", "--db", db] + args, env: cached)
            let files = try FileManager.default.contentsOfDirectory(atPath: cache)
            #expect(files.contains { $0.hasPrefix("names-") && $0.hasSuffix(".index") }, "\(files)")
            let second = try diplo(["timeline", "--db", db] + args, env: cached)
            for run in [first, second] {
                #expect(run.status == plain.status && run.stdout == plain.stdout && run.stderr == plain.stderr, "\(args)")
            }
        }
    }

    @Test func queryExplainsItsUnderstanding() throws {
        let dir = try TempDir()
        let db = try importedSampleDatabase(dir)
        let r = try diplo(["query", "--db", db, "--format", "jsonl", "Putin–Erdogan calls on Idlib"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("understood: actors: Vladimir Putin, Recep Tayyip Erdoğan · type: call · region: Idlib (Syria)"), "\(r.stderr)")
        let fr = try diplo(["query", "--db", db, "appels", "Poutine-Erdogan", "sur", "Idleb", "zorglub"])
        #expect(fr.status == 0, "\(fr.stderr)")
        #expect(fr.stderr.contains("not understood: zorglub"), "\(fr.stderr)")
        let nothing = try diplo(["query", "--db", db, "zorglub"])
        #expect(nothing.status == 1)
    }

    @Test func listingsAndStats() throws {
        let dir = try TempDir()
        let db = try importedSampleDatabase(dir)
        let stats = try diplo(["stats", "--db", db])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("articles"))
        let statsJSON = try diplo(["stats", "--db", db, "--format", "json"])
        let o = try #require(try JSONSerialization.jsonObject(with: Data(statsJSON.stdout.utf8)) as? [String: Any])
        #expect(o["articles"] as? Int == 5)
        #expect(try diplo(["actors", "--db", db]).status == 0)
        #expect(try diplo(["places", "--db", db, "--format", "json"]).status == 0)
        let re = try diplo(["reextract", "--db", db])
        #expect(re.status == 0, "\(re.stderr)")
        #expect(re.stderr.contains("articles: 5 re-extracted"), "\(re.stderr)")
    }

    @Test func defaultDatabaseComesFromTheEnvironmentOrTheCurrentDirectory() throws {
        let dir = try TempDir()
        let sample = repositoryRoot.appendingPathComponent("SampleData/001_836adc4d9bc2fcc6.txt").path
        let env = try diplo(["import", sample], env: ["DIPLO_DB": dir.path("env.sqlite")])
        #expect(env.status == 0, "\(env.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("env.sqlite")))
        let cwd = try diplo(["import", sample], cwd: dir.url)
        #expect(cwd.status == 0, "\(cwd.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("diplo.sqlite")))
    }

    @Test func kbAddAliasValidatesTheID() throws {
        let dir = try TempDir()
        // A private copy of the knowledge base, so the checkout's files stay untouched.
        let kb = dir.url.appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Knowledge"), to: kb)
        try? FileManager.default.removeItem(at: kb.appendingPathComponent("user-aliases.tsv"))
        let env = ["DIPLO_KNOWLEDGE": kb.path]
        let ok = try diplo(["kb", "add-alias", "Vova", "Q7747"], env: env)
        #expect(ok.status == 0, "\(ok.stderr)")
        let text = try String(contentsOf: kb.appendingPathComponent("user-aliases.tsv"), encoding: .utf8)
        #expect(text.hasSuffix("Vova\tQ7747\n"))
        let bad = try diplo(["kb", "add-alias", "Nobody", "Q0000000"], env: env)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("'Q0000000' is not the id"), "\(bad.stderr)")
        // The alias now resolves.
        let db = dir.path("kb.sqlite")
        _ = try diplo(["import", "--db", db, repositoryRoot.appendingPathComponent("SampleData/001_836adc4d9bc2fcc6.txt").path], env: env)
        let r = try diplo(["timeline", "--db", db, "--actor", "Vova"], env: env)
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test(arguments: ["import", "timeline", "query", "export", "show", "actors", "places", "stats", "reextract", "kb add-alias"])
    func everyCommandHasHelpWithExamplesAndDB(_ command: String) throws {
        let r = try diplo(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("OVERVIEW: "))
        #expect(r.stdout.contains("Examples:"), "\(command)")
        #expect(r.stdout.contains("--db <path>"), "\(command)")
    }
}
