import Foundation
import Testing
import DiploModel
import DiploExtraction
import DiploIngest

/// The seed articles of SampleData/ (real French reports of Putin–Erdoğan exchanges).
@Suite struct SeedArticleTests {
    typealias F = Fixture

    static let sampleData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData")

    private func extractSeed(prefix: String) throws -> (Article, ExtractionResult) {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.sampleData.path).filter { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }
        try #require(files.count == 1, "one seed file starting with \(prefix)")
        let results = try ArticleReader.read(fileAt: Self.sampleData.appendingPathComponent(files[0]))
        try #require(results.count == 1)
        let article = try results[0].get()
        return (article, try F.extractor().extract(article))
    }

    @Test(arguments: [
        ("000", "2024-12-03"),
        ("001", "2024-12-03"),
        ("002", "2020-02-21"),
        ("003", "2020-02-21"),
    ])
    func putinErdoganCall(seed: String, day: String) throws {
        let (article, r) = try extractSeed(prefix: seed)
        #expect(article.published?.iso == day)
        #expect(article.language == "fr")
        let calls = r.events(.call).filter { $0.date.isoString == day && $0.involves(F.putin, F.erdogan) }
        #expect(calls.count == 1, "seed \(seed): \(r.dump)")
        if let c = calls.first {
            #expect(c.date.precision == .day)
            #expect(c.participants.contains { $0.name == "Vladimir Putin" })
            #expect(c.participants.contains { $0.name == "Recep Tayyip Erdoğan" })
        }
    }

    @Test func tehranSummit() throws {
        let (article, r) = try extractSeed(prefix: "004")
        #expect(article.published?.iso == "2018-09-07")
        let summits = r.events(.summit).filter { $0.date.isoString == "2018-09-07" && $0.involves(F.putin, F.erdogan) }
        #expect(summits.count == 1, "\(r.dump)")
        if let s = summits.first {
            #expect(s.location?.name == "Tehran", "\(r.dump)")
        }
    }

    @Test func seedEvidenceOffsetsSliceTheArticleText() throws {
        for seed in ["000", "001", "002", "003", "004"] {
            let (article, r) = try extractSeed(prefix: seed)
            let bytes = Array(article.text.utf8)
            for e in r.events {
                for ev in e.evidence where ev.end > 0 {
                    try #require(ev.start <= ev.end && ev.end <= bytes.count, "seed \(seed): bad offsets")
                    #expect(String(decoding: bytes[ev.start..<ev.end], as: UTF8.self) == ev.sentence, "seed \(seed)")
                }
            }
        }
    }
}
