import DiploModel
import Foundation
import Testing
@testable import DiploExtraction

/// The precompiled knowledge cache: a cached load gives the same knowledge as reading the files, is
/// really used, and is never used once a file changed.
@Suite struct KnowledgeCacheTests {
    /// A copy of the real `Knowledge/` folder and an empty cache folder, removed at the end.
    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-kcache-\(UUID().uuidString)")
        var knowledge: URL { root.appendingPathComponent("Knowledge") }
        var cache: KnowledgeCache { KnowledgeCache(folder: root.appendingPathComponent("cache")) }
        var cacheFile: URL { cache.fileURL(for: knowledge) }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: try #require(ResourceLocator.knowledge), to: knowledge)
        }
        deinit { try? FileManager.default.removeItem(at: root) }

        /// Replaces `old` by `new` in a knowledge file, keeping its size and modification time when
        /// both have the same length (the edit a size-and-date check would miss).
        func edit(_ relative: String, _ old: String, _ new: String) throws {
            let url = knowledge.appendingPathComponent(relative)
            let date = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
            if let date { try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path) }
        }
    }

    /// What the rest of diplo sees of a knowledge base, in comparable form.
    static func fingerprint(_ k: Knowledge) -> [String] {
        var out: [String] = []
        out += k.countries.values.map { "\($0)" }.sorted()
        out += k.actors.values.map { "\($0)" }.sorted()
        out += k.institutions.values.map { "\($0)" }.sorted()
        out += k.places.values.map { "\($0)" }.sorted()
        out.append("names \(k.names.count) adjectives \(k.adjectives.count)")
        var names: [String] = []
        for a in k.actors.values { names += [a.name] + a.aliases }
        for c in k.countries.values { names += [c.name] + c.aliases + c.adjectives }
        for p in k.places.values { names += [p.name] + p.aliases }
        for n in Set(names).sorted() {
            let tokens = Tokenizer.tokenize(n)
            out.append("\(n) → \(k.lookup(n)) \(k.adjectives.longestMatch(in: tokens, at: 0)?.values ?? [])")
        }
        for (code, pack) in k.languages.sorted(by: { $0.key < $1.key }) {
            out.append("\(code) \(pack.months.sorted { $0.key < $1.key }) \(pack.weekdays.sorted { $0.key < $1.key })")
            out.append("\(code) \(pack.ordinalDays.sorted { $0.key < $1.key }) \(pack.monthParts.sorted { $0.key < $1.key })")
            out.append("\(code) \(pack.stopwords.sorted()) \(pack.futureSuffixes) \(pack.words.articles.sorted()) \(pack.words.abbreviations.sorted())")
            out.append("\(code) roles \(pack.roles.count) triggers \(pack.triggers.count) relative \(pack.relativeDays.count)")
            for phrase in ["président", "president", "chef de la diplomatie", "s'est entretenu", "met with", "hier", "yesterday"] {
                out.append("\(code) \(phrase): \(pack.roles.longestMatch(in: Tokenizer.tokenize(phrase), at: 0)?.values ?? []) "
                           + "\(pack.triggers.longestMatch(in: Tokenizer.tokenize(phrase), at: 0)?.values ?? [])")
            }
        }
        return out
    }

    @Test func aCachedLoadIsTheLoadFromTheFiles() throws {
        let s = try Scratch()
        let fromFiles = try Knowledge.load(from: s.knowledge)
        #expect(!FileManager.default.fileExists(atPath: s.cacheFile.path))
        let writing = try Knowledge.load(from: s.knowledge, cache: s.cache)
        #expect(FileManager.default.fileExists(atPath: s.cacheFile.path))
        let cached = try Knowledge.load(from: s.knowledge, cache: s.cache)
        let expected = Self.fingerprint(fromFiles)
        #expect(Self.fingerprint(writing) == expected)
        #expect(Self.fingerprint(cached) == expected)
    }

    @Test func theCacheIsReallyRead() throws {
        let s = try Scratch()
        _ = try Knowledge.load(from: s.knowledge, cache: s.cache)
        // Tamper with a name inside the cache file (same length): a load that uses the cache shows it.
        var bytes = [UInt8](try Data(contentsOf: s.cacheFile))
        let old = Array("Recep Tayyip Erdoğan".utf8), new = Array("Recep Tayyip Erdoğax".utf8)
        var replaced = 0
        var i = 0
        while i + old.count <= bytes.count {
            if Array(bytes[i..<i + old.count]) == old { bytes.replaceSubrange(i..<i + old.count, with: new); replaced += 1 }
            i += 1
        }
        #expect(replaced > 0)
        try Data(bytes).write(to: s.cacheFile)
        let k = try Knowledge.load(from: s.knowledge, cache: s.cache)
        #expect(k.actors.values.contains { $0.name == "Recep Tayyip Erdoğax" })
    }

    @Test func editingAFileInvalidatesTheCache() throws {
        let s = try Scratch()
        let before = try Knowledge.load(from: s.knowledge, cache: s.cache)
        #expect(before.resolveActors("Erdogan").contains { $0.name == "Recep Tayyip Erdoğan" })
        // A linguist renames an alias, keeping the file's size and date.
        try s.edit("actors.tsv", "Erdogan", "Erdoqan")
        let after = try Knowledge.load(from: s.knowledge, cache: s.cache)
        #expect(Self.fingerprint(after) == Self.fingerprint(try Knowledge.load(from: s.knowledge)))
        #expect(after.resolveActors("Erdoqan").contains { $0.name == "Recep Tayyip Erdoğan" })
        // A language file too (a new trigger phrase).
        let triggers = s.knowledge.appendingPathComponent("lang/en/triggers.tsv")
        try (try String(contentsOf: triggers, encoding: .utf8) + "call-noun\tzzyzx qqq\n").write(to: triggers, atomically: true, encoding: .utf8)
        let again = try Knowledge.load(from: s.knowledge, cache: s.cache)
        #expect(again.languages["en"]?.triggers.longestMatch(in: Tokenizer.tokenize("zzyzx qqq"), at: 0)?.values == ["call-noun"])
        // A new file (user aliases).
        try "Sultan of Ankara\tQ39259\n".write(to: s.knowledge.appendingPathComponent("user-aliases.tsv"), atomically: true, encoding: .utf8)
        let withAliases = try Knowledge.load(from: s.knowledge, cache: s.cache)
        #expect(withAliases.resolveActors("Sultan of Ankara").map(\.id) == ["Q39259"])
    }

    @Test func aDamagedCacheIsIgnoredAndRewritten() throws {
        let s = try Scratch()
        let expected = Self.fingerprint(try Knowledge.load(from: s.knowledge, cache: s.cache))
        let full = try Data(contentsOf: s.cacheFile)
        for damaged in [full.prefix(full.count / 2), Data("garbage".utf8), Data()] {
            try damaged.write(to: s.cacheFile)
            #expect(Self.fingerprint(try Knowledge.load(from: s.knowledge, cache: s.cache)) == expected)
            #expect(try Data(contentsOf: s.cacheFile) == full)
        }
    }
}
