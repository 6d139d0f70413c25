import Foundation
import Testing
import DiploModel
import DiploIngest
@testable import DiploExtraction

/// Developer aid: with DIPLO_DUMP=DIR, extracts every article of DIR and prints the events as
/// JSON Lines to stdout-like file /tmp/diplo-dump.jsonl (no store, no cross-article merging).
@Test func devDump() throws {
    guard let dir = ProcessInfo.processInfo.environment["DIPLO_DUMP"] else { return }
    let k = try Knowledge.loadDefault()
    let x = Extractor(knowledge: k)
    var out = ""
    let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    for f in files {
        let results = try ArticleReader.read(fileAt: URL(fileURLWithPath: dir).appendingPathComponent(f))
        for case .success(let a) in results {
            let r = x.extract(a)
            out += "## \(f) ref=\(r.referenceDate?.iso ?? "-") lang=\(r.language)\n"
            for e in r.events {
                out += "  \(e.type.rawValue) \(e.date.isoString)[\(e.date.basis.rawValue)] \(e.participants.map(\.name)) loc=\(e.location?.name ?? "-") reg=\(e.regions.map(\.name)) | \(e.evidence.first!.sentence.prefix(110))\n"
            }
            if ProcessInfo.processInfo.environment["DIPLO_MISSES"] != nil {
                for m in r.nearMisses { out += "    miss: \(m.reason) | \(m.sentence.prefix(100))\n" }
            }
        }
    }
    try out.write(toFile: "/tmp/diplo-dump.txt", atomically: true, encoding: .utf8)
}
