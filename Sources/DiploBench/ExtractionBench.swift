import DiploExtraction
import DiploIngest
import DiploModel
import Foundation

/// Extraction alone, on one core: articles are generated and read (front matter, HTML) outside the
/// clock, then only `Extractor.extract` is timed. Articles are made one at a time, so memory stays flat.
struct ExtractionBench {
    let generator: ArticleGenerator
    let extractor: Extractor

    struct Result {
        var articles = 0
        var sentences = 0
        var bytes = 0
        var events = 0
        var wall = 0.0
        var cpu = 0.0
    }

    func run(articles count: Int, progress: (Int) -> Void = { _ in }) throws -> Result {
        var result = Result()
        for i in 0..<count {
            let generated = generator.article(i)
            let bytes = Array(generated.content.utf8)
            guard case .success(let article)? = try ArticleReader.read(bytes: bytes, name: generated.fileName).first else {
                throw BenchError.failed("generated article \(generated.fileName) could not be read")
            }
            let w0 = Measure.wall(), c0 = Measure.threadCPU()
            let extraction = extractor.extract(article)
            result.cpu += Measure.threadCPU() - c0
            result.wall += Measure.wall() - w0
            result.articles += 1
            result.sentences += generated.sentences
            result.bytes += bytes.count
            result.events += extraction.events.count
            if (i + 1) % 1000 == 0 { progress(i + 1) }
        }
        return result
    }

    func metrics(_ r: Result) -> [Metric] {
        let section = "extraction (1 core)"
        let note = "\(r.articles) articles, \(r.sentences) sentences, \(r.events) events; CPU \(String(format: "%.1f", r.cpu)) s, wall \(String(format: "%.1f", r.wall)) s"
        return [
            Metric(key: "extraction.sentences_per_s", section: section, label: "sentences/s", value: Double(r.sentences) / r.wall,
                   unit: "", better: .higher, target: 50_000, note: note),
            Metric(key: "extraction.sentences_per_cpu_s", section: section, label: "sentences per CPU second",
                   value: Double(r.sentences) / r.cpu, unit: "", better: .higher),
            Metric(key: "extraction.mb_per_s", section: section, label: "MB/s", value: Double(r.bytes) / 1e6 / r.wall, unit: "MB/s", better: .higher),
            Metric(key: "extraction.articles_per_s", section: section, label: "articles/s", value: Double(r.articles) / r.wall, unit: "", better: .higher),
            Metric(key: "extraction.events_per_article", section: section, label: "events per article",
                   value: Double(r.events) / Double(max(r.articles, 1)), unit: "", better: .higher),
        ]
    }
}

extension ExtractionBench {
    /// Writes every extracted event of the first `count` articles, one line each, so that two builds
    /// can be diffed: optimisations of the extractor must not change a single line.
    func dump(articles count: Int, to path: String) throws {
        var out = ""
        for i in 0..<count {
            let generated = generator.article(i)
            guard case .success(let article)? = try ArticleReader.read(bytes: Array(generated.content.utf8), name: generated.fileName).first else {
                throw BenchError.failed("generated article \(generated.fileName) could not be read")
            }
            let result = extractor.extract(article)
            out += "\(generated.fileName) \(result.language) ref=\(result.referenceDate?.iso ?? "-") near-misses=\(result.nearMisses.count)\n"
            for e in result.events {
                out += "  \(e.type.rawValue) \(e.mode?.rawValue ?? "-") \(e.date) [\(e.participants.map(\.id).joined(separator: ","))]"
                out += " @\(e.location?.id ?? "-") {\(e.regions.map(\.id).joined(separator: ","))}"
                out += " " + e.evidence.map { "\($0.start)-\($0.end)\($0.isCore ? "*" : "")" }.joined(separator: ",") + "\n"
            }
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
