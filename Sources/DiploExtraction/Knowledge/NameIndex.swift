import DiploModel
import Foundation

/// The answers `Knowledge.actorID(named:)`, `placeID(named:)` and `countryCode(named:)` give for every
/// name of the knowledge base, precomputed and kept in one file of the knowledge cache, so that a
/// `diplo timeline --actor Putin --actor Erdogan` resolves its names without building the knowledge base.
///
/// Building the knowledge base (name tries of ~20,000 names, language packs, offices) is ~220 million
/// instructions, three quarters of such a process; reading this file and searching it is a few. The
/// answers are computed by the knowledge base itself when the index is built (from the same entries a
/// look-up reaches, see `PhraseTrie.forEachExactPhrase`), and the file is keyed like the knowledge cache
/// (every TSV file's content and the binary, `KnowledgeReader.stamp`), so an answer from the index is
/// the one the knowledge base would give. The index only answers what it knows: a name it has no
/// answer for (unknown, misspelt, with a character lost to a bad encoding, or an adjective) returns
/// nil, and the caller asks the knowledge base, which gives the same answer or the error with its
/// suggestions.
///
/// Layout: magic, stamp, record count, one offset per record, then the records sorted by key bytes
/// (key, actor id, place id, country code). Keys: `n` + the name's folded word tokens, for names;
/// `i` + an actor or institution id; `P` + a place id or country code; `C` + a country code (the ids
/// that are answered as given).
public struct NameIndex: Sendable {
    private let bytes: [UInt8]
    private let count: Int
    /// The stamp the index was built for.
    public let stamp: UInt64

    private static let magic: [UInt8] = Array("DIPLONI1".utf8)
    private static let headerSize = 8 + 8 + 4
    private static let separator: Character = "\u{1F}"

    struct Record {
        var key: [UInt8]
        var actor: String?
        var place: String?
        var country: String?
    }

    /// Builds the index of a knowledge base (valid for `stamp`).
    public init(_ knowledge: Knowledge, stamp: UInt64) {
        var records: [Record] = []
        knowledge.names.forEachExactPhrase { tokens, values in
            let entities = Knowledge.entities(values)
            let actor = knowledge.bestActorID(entities), place = knowledge.place(for: entities)?.id
            let country = knowledge.firstCountry(entities)
            guard actor != nil || place != nil || country != nil else { return }
            records.append(Record(key: Self.nameKey(tokens), actor: actor, place: place, country: country))
        }
        for id in Set(knowledge.actors.keys).union(knowledge.institutions.keys) {
            records.append(Record(key: Self.key("i", id), actor: id))
        }
        for id in Set(knowledge.places.keys).union(knowledge.countries.keys) { records.append(Record(key: Self.key("P", id), place: id)) }
        for code in knowledge.countries.keys { records.append(Record(key: Self.key("C", code), country: code)) }
        records.sort { $0.key.lexicographicallyPrecedes($1.key) }

        var body = ByteWriter()
        var offsets: [Int] = []
        for r in records {
            offsets.append(body.bytes.count)
            body.u32(r.key.count)
            body.bytes.append(contentsOf: r.key)
            body.optionalString(r.actor)
            body.optionalString(r.place)
            body.optionalString(r.country)
        }
        var w = ByteWriter(reserve: Self.headerSize + 4 * records.count + body.bytes.count)
        w.bytes.append(contentsOf: Self.magic)
        w.u64(stamp)
        w.u32(records.count)
        let start = Self.headerSize + 4 * records.count
        for o in offsets { w.u32(start + o) }
        w.bytes.append(contentsOf: body.bytes)
        self.init(bytes: w.bytes, count: records.count, stamp: stamp)
    }

    private init(bytes: [UInt8], count: Int, stamp: UInt64) {
        self.bytes = bytes; self.count = count; self.stamp = stamp
    }

    /// The index `cache` holds for `directory`, when it was built for the files and binary of now.
    public static func load(from cache: KnowledgeCache, directory: URL) -> NameIndex? {
        guard let data = try? Data(contentsOf: cache.nameIndexURL(for: directory)) else { return nil }
        return NameIndex(bytes: [UInt8](data), expectedStamp: KnowledgeReader.stamp(of: directory))
    }

    /// Reads an index file's bytes; nil when they are not an index for `expectedStamp` or are damaged.
    init?(bytes: [UInt8], expectedStamp: UInt64) {
        let header: (stamp: UInt64, count: Int, valid: Bool)? = bytes.withUnsafeBufferPointer { buffer in
            var r = ByteReader(buffer)
            guard r.bytes(Self.magic.count).map(Array.init) == Self.magic, let stamp = r.u64(), let count = r.u32() else { return nil }
            // Every offset must point inside the file (a truncated file is refused here).
            let end = Self.headerSize + 4 * Int(count)
            guard end <= buffer.count else { return nil }
            for _ in 0..<count { guard let o = r.u32(), Int(o) >= end, Int(o) < buffer.count else { return nil } }
            return (stamp, Int(count), true)
        }
        guard let header, header.stamp == expectedStamp else { return nil }
        self.init(bytes: bytes, count: header.count, stamp: header.stamp)
    }

    /// Writes the index into `cache` for `directory` (failures ignored: the next process rebuilds it).
    public func write(to cache: KnowledgeCache, directory: URL) {
        cache.writeWhole(bytes, to: cache.nameIndexURL(for: directory))
    }

    // MARK: Answers

    /// `Knowledge.actorID(named:)`, or nil when the index does not know the answer.
    public func actorID(named raw: String) -> String? {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if find(Self.key("i", name)) != nil { return name }
        return nameRecord(name)?.actor
    }

    /// `Knowledge.placeID(named:)`, or nil when the index does not know the answer.
    public func placeID(named raw: String) -> String? {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if find(Self.key("P", name)) != nil { return name }
        return nameRecord(name)?.place
    }

    /// `Knowledge.countryCode(named:)`, or nil when the index does not know the answer (adjectives are not in it).
    public func countryCode(named raw: String) -> String? {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if find(Self.key("C", name.uppercased())) != nil { return name.uppercased() }
        return nameRecord(name)?.country
    }

    /// The record of a name, looked up by the folded word tokens `Knowledge.lookup` matches; nil for a
    /// name with a character lost to a bad encoding (the trie then also tries wildcard matches).
    private func nameRecord(_ name: String) -> Record? {
        let tokens = Tokenizer.tokenize(name).filter { $0.kind != .punctuation }
        guard !tokens.isEmpty, !tokens.contains(where: \.hasLostCharacter) else { return nil }
        return find(Self.nameKey(tokens.map(\.folded)))
    }

    private static func key(_ kind: Character, _ value: String) -> [UInt8] { Array((String(kind) + String(separator) + value).utf8) }

    private static func nameKey(_ tokens: [String]) -> [UInt8] { key("n", tokens.joined(separator: String(separator))) }

    /// Binary search over the sorted records.
    private func find(_ key: [UInt8]) -> Record? {
        bytes.withUnsafeBufferPointer { buffer -> Record? in
            func offset(_ i: Int) -> Int {
                let p = Self.headerSize + 4 * i
                return Int(buffer[p]) | Int(buffer[p + 1]) << 8 | Int(buffer[p + 2]) << 16 | Int(buffer[p + 3]) << 24
            }
            var lo = 0, hi = count
            while lo < hi {
                let mid = (lo + hi) / 2
                var r = ByteReader(UnsafeBufferPointer(rebasing: buffer[offset(mid)...]))
                guard let n = r.u32(), let k = r.bytes(Int(n)) else { return nil }
                if k.elementsEqual(key) {
                    guard let actor = r.optionalString(), let place = r.optionalString(), let country = r.optionalString() else { return nil }
                    return Record(key: key, actor: actor, place: place, country: country)
                }
                if k.lexicographicallyPrecedes(key) { lo = mid + 1 } else { hi = mid }
            }
            return nil
        }
    }
}
