import Foundation

/// Import end to end, as users run it: the corpus is written to files, then a `diplo import`
/// process reads, extracts, clusters and stores them, one transaction per article. `wait4` gives
/// the process's CPU time and peak resident memory.
struct ImportBench {
    let generator: ArticleGenerator
    let diplo: String
    let workDir: URL

    struct Result {
        var articles: Int
        var bytes: Int
        var wall: Double
        var cpu: Double
        var peakRSS: Int
        var databaseBytes: Int
        var eventsCreated: Int
        var eventsMerged: Int
        var sources: Int
    }

    /// Writes the first `count` articles into `corpus-<count>/` (reusing the files of a larger corpus
    /// already written through hard links, so each article is generated once).
    func corpus(_ count: Int, from larger: (URL, Int)? = nil) throws -> (URL, Int) {
        let dir = workDir.appendingPathComponent("corpus-\(count)")
        try? FileManager.default.removeItem(at: dir)
        if let (big, bigCount) = larger, bigCount >= count {
            var bytes = 0
            let fm = FileManager.default
            for i in 0..<count {
                let sub = String(format: "%04d", i / 1000)
                if i % 1000 == 0 { try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true) }
                let name = try fm.contentsOfDirectory(atPath: big.appendingPathComponent(sub).path)
                    .first { $0.hasPrefix(String(format: "bench-%07d.", i)) }
                guard let name else { throw BenchError.failed("corpus file \(i) missing in \(big.path)") }
                let src = big.appendingPathComponent(sub).appendingPathComponent(name)
                try fm.linkItem(at: src, to: dir.appendingPathComponent(sub).appendingPathComponent(name))
                bytes += (try fm.attributesOfItem(atPath: src.path)[.size] as? Int) ?? 0
            }
            return (dir, bytes)
        }
        let stats = try CorpusWriter.write(generator, count: count, to: dir)
        return (dir, stats.bytes)
    }

    /// Imports `corpus` into `database` (created fresh unless `keep`) with a `diplo import` process.
    func importCorpus(_ corpus: URL, articles: Int, bytes: Int, into database: String, fresh: Bool = true) throws -> Result {
        if fresh { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let run = try Measure.run(diplo, ["import", "--db", database, "--progress-every", "1000000", corpus.path])
        guard run.status == 0 else {
            throw BenchError.failed("diplo import exited with \(run.status): \(run.stderr.suffix(2000))")
        }
        // The summary on stderr: "events: 12 created, 3 merged", "sources: 20 added".
        func number(after prefix: String, before word: String) -> Int {
            for line in run.stderr.split(separator: "\n") where line.hasPrefix(prefix) {
                let words = line.dropFirst(prefix.count).split(whereSeparator: { $0 == " " || $0 == "," })
                if let i = words.firstIndex(where: { $0 == word }), i > 0 { return Int(words[i - 1]) ?? 0 }
            }
            return 0
        }
        return Result(articles: articles, bytes: bytes, wall: run.wall, cpu: run.userCPU + run.systemCPU, peakRSS: run.peakRSS,
                      databaseBytes: Measure.databaseBytes(database),
                      eventsCreated: number(after: "events:", before: "created"), eventsMerged: number(after: "events:", before: "merged"),
                      sources: number(after: "sources:", before: "added"))
    }

    static func metrics(_ r: Result, label: String, key: String, targets: Bool) -> [Metric] {
        let section = "import \(label) (diplo import)"
        let note = "\(r.eventsCreated) events (\(r.eventsMerged) merges), \(r.sources) sources; CPU \(String(format: "%.1f", r.cpu)) s, wall \(String(format: "%.1f", r.wall)) s"
        return [
            Metric(key: "\(key).articles_per_s", section: section, label: "articles/s", value: Double(r.articles) / r.wall, unit: "",
                   better: .higher, target: targets ? 2_000 : nil, note: note),
            Metric(key: "\(key).articles_per_cpu_s", section: section, label: "articles per CPU second", value: Double(r.articles) / r.cpu,
                   unit: "", better: .higher),
            Metric(key: "\(key).mb_per_s", section: section, label: "MB/s", value: Double(r.bytes) / 1e6 / r.wall, unit: "MB/s", better: .higher),
            Metric(key: "\(key).ms_per_article", section: section, label: "ms per article (wall)", value: r.wall * 1000 / Double(r.articles),
                   unit: "ms", better: .lower),
            Metric(key: "\(key).peak_rss_mb", section: section, label: "peak memory (RSS)", value: Double(r.peakRSS) / 1_048_576, unit: "MB",
                   better: .lower, target: targets ? 150 : nil),
            Metric(key: "\(key).db_bytes_per_event", section: section, label: "database bytes per event",
                   value: Double(r.databaseBytes) / Double(max(r.eventsCreated, 1)), unit: "B", better: .lower,
                   note: "\(String(format: "%.1f", Double(r.databaseBytes) / 1e6)) MB for \(r.eventsCreated) events (article texts included)"),
        ]
    }
}
