import DiploModel
import Foundation
import Testing
@testable import DiploExtraction

/// The name index answers a name exactly as the knowledge base does, or not at all.
@Suite struct NameIndexTests {
    static let knowledge: Knowledge = try! Knowledge.loadDefault()

    /// Every name of the real knowledge base, in the spellings users type.
    static var names: [String] {
        let k = knowledge
        var out: [String] = []
        for a in k.actors.values { out += [a.id, a.name] + a.aliases }
        for i in k.institutions.values { out += [i.id, i.name] + i.aliases }
        for c in k.countries.values { out += [c.code, c.code.lowercased(), c.name] + c.aliases + c.adjectives }
        for p in k.places.values { out += [p.id, p.name] + p.aliases }
        var variants: [String] = []
        for n in out {
            variants += [n, n.uppercased(), n.lowercased(), "  \(n) ", Folding.fold(n), n + " x", "x " + n, n.replacingOccurrences(of: "é", with: "?")]
        }
        return variants + ["", "   ", "-", "Nobody Atall", "Putin Erdogan", "Q7747", "local:vladimir", "Pou?ine"]
    }

    @Test func answersLikeTheKnowledgeBaseOrNotAtAll() throws {
        let k = Self.knowledge
        let index = NameIndex(k, stamp: 42)
        var answered = 0, total = 0
        for name in Self.names {
            total += 1
            if let id = index.actorID(named: name) {
                answered += 1
                #expect(id == k.actorID(named: name), "actor \(name)")
            }
            if let id = index.placeID(named: name) { #expect(id == k.placeID(named: name), "place \(name)") }
            if let code = index.countryCode(named: name) { #expect(code == k.countryCode(named: name), "country \(name)") }
        }
        // It answers most names as written (the point of it), not only ids.
        #expect(answered > total / 4)
        #expect(index.actorID(named: "Vladimir Putin") == k.actorID(named: "Vladimir Putin"))
        #expect(index.actorID(named: "Poutine") != nil)
        #expect(index.placeID(named: "Idleb") == k.placeID(named: "Idleb"))
        #expect(index.placeID(named: "Idleb") != nil)
        #expect(index.countryCode(named: "Russie") == "RU")
        // Unknown names, adjectives and lost characters are left to the knowledge base.
        #expect(index.actorID(named: "Nobody Atall") == nil)
        #expect(index.countryCode(named: "russe") == nil && k.countryCode(named: "russe") == "RU")
        #expect(index.actorID(named: "Pou?ine") == nil)
    }

    @Test func roundTripsThroughTheCacheFolderAndRefusesAnotherStamp() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-nindex-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = try #require(ResourceLocator.knowledge)
        let cache = KnowledgeCache(folder: root)
        #expect(NameIndex.load(from: cache, directory: directory) == nil)
        let stamp = KnowledgeReader.stamp(of: directory)
        NameIndex(Self.knowledge, stamp: stamp).write(to: cache, directory: directory)
        let loaded = try #require(NameIndex.load(from: cache, directory: directory))
        #expect(loaded.stamp == stamp)
        for name in ["Poutine", "Erdogan", "Idleb", "Syrie", "Turquie", "RU"] {
            #expect(loaded.actorID(named: name) == NameIndex(Self.knowledge, stamp: stamp).actorID(named: name))
            #expect(loaded.placeID(named: name) == Self.knowledge.placeID(named: name) || loaded.placeID(named: name) == nil)
        }
        // An index built for other files (another stamp) is not used.
        NameIndex(Self.knowledge, stamp: stamp &+ 1).write(to: cache, directory: directory)
        #expect(NameIndex.load(from: cache, directory: directory) == nil)
        // Nor is a damaged one.
        NameIndex(Self.knowledge, stamp: stamp).write(to: cache, directory: directory)
        #expect(NameIndex.load(from: cache, directory: directory) != nil)
        let url = cache.nameIndexURL(for: directory)
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count / 2).write(to: url)
        #expect(NameIndex.load(from: cache, directory: directory) == nil)
    }
}
