import DiploIngest
import DiploModel
import Foundation
import Testing
@testable import DiploExtraction

/// Replays every input of `Tests/Fuzz/corpus` (found by `make fuzz`) through the same pipeline as the
/// fuzz target (Tests/Fuzz/Harness/FuzzPipeline.swift): bytes → ArticleReader → Extractor. An input
/// that once crashed stays here as a regression test.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus")

    /// The fuzz target's input convention: the first byte picks the format the rest is read as.
    static let names = ["fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.json", "fuzz.jsonl"]

    @Test func everyCorpusInputGoesThroughThePipeline() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files.count >= 5, "the corpus is missing")
        let extractor = try Fixture.extractor()
        var articles = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(file)))
            guard let first = bytes.first else { continue }
            let name = Self.names[Int(first) % Self.names.count]
            guard let results = try? ArticleReader.read(bytes: Array(bytes.dropFirst()), name: name) else { continue }
            for case .success(let article) in results {
                articles += 1
                for event in extractor.extract(article).events {
                    #expect(event.date.earliest <= event.date.latest, "\(file)")
                    for e in event.evidence { #expect(e.start <= e.end, "\(file)") }
                }
            }
        }
        #expect(articles > 0)
    }
}
