import DiploModel
import Foundation

/// Where `Knowledge.load` gets its files and the folded keys of its phrases: parsed from the TSV
/// files, or replayed from a compact cache written by a previous load of the same files.
///
/// Reading `Knowledge/` is most of what a short command such as `diplo timeline` costs: parsing and
/// normalising ~350 KB of TSV and tokenising ~20,000 names and phrases into folded keys took ~80 % of
/// the process's instructions. Both are pure functions of the files' bytes and of this binary, so a
/// load from the files records them, and the next load replays them from `KnowledgeCache` when the
/// files and the binary are the same. Building the dictionaries and tries from the replayed values
/// is the same code either way, so a cached load cannot give a different `Knowledge`.
///
/// The cache is keyed by a hash of every `*.tsv` file's relative path and content (under the folder
/// and `lang/*/`) and of the running executable's size and modification time: editing, adding or
/// removing a file, or rebuilding diplo, makes the next load read the files again.
public final class KnowledgeReader {
    public let directory: URL
    /// Hash of the files and the binary: the cache's key.
    let stamp: UInt64
    private var files: [String: TSVFile] = [:]
    /// Folded keys by phrase, replayed from the cache or recorded for it.
    private var keyTokensMemo: [String: [String]] = [:]
    private var foldKeyMemo: [String: String] = [:]
    /// The files are parsed (not replayed) and a cache was given: what is computed is recorded for it.
    private var recording = false

    /// Reads the files of `directory`, or the cache `cache` holds for them.
    public init(directory: URL, cache: KnowledgeCache? = nil) {
        self.directory = directory
        languageCodes = ((try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("lang").path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        guard let cache else {
            stamp = 0
            return
        }
        stamp = Self.stamp(of: directory)
        if let entry = cache.read(stamp: stamp, directory: directory) {
            files = entry.files
            keyTokensMemo = entry.keyTokens
            foldKeyMemo = entry.foldKeys
        } else {
            recording = true
        }
    }

    /// The rows of a file given relative to the folder (`lang/fr/roles.tsv`); a missing file has none.
    public func file(_ relative: String) throws -> TSVFile {
        if let f = files[relative] { return f }
        let f = try TSVFile.load(directory.appendingPathComponent(relative))
        if recording { files[relative] = f }
        return f
    }

    /// The entries of `lang/` (one folder per language), sorted.
    public let languageCodes: [String]

    /// `PhraseTrie.keyTokens(phrase)`, replayed when cached.
    public func keyTokens(_ phrase: String) -> [String] {
        if let k = keyTokensMemo[phrase] { return k }
        let k = PhraseTrie<Int>.keyTokens(phrase)
        if recording { keyTokensMemo[phrase] = k }
        return k
    }

    /// `Folding.foldKey(s)`, replayed when cached.
    public func foldKey(_ s: String) -> String {
        if let k = foldKeyMemo[s] { return k }
        let k = Folding.foldKey(s)
        if recording { foldKeyMemo[s] = k }
        return k
    }

    /// Writes the cache after a load from the files (errors are ignored: it is only a cache).
    func finish(cache: KnowledgeCache?) {
        guard recording, let cache else { return }
        cache.write(stamp: stamp, directory: directory,
                    entry: KnowledgeCache.Entry(files: files, keyTokens: keyTokensMemo, foldKeys: foldKeyMemo))
    }

    /// The cache key of a knowledge folder: a hash of the cache format, this binary, and every TSV
    /// file's relative path and content.
    public static func stamp(of directory: URL) -> UInt64 {
        var hasher = FNV1a()
        hasher.add(KnowledgeCache.formatVersion)
        hasher.add(KnowledgeReader.executableIdentity)
        for relative in KnowledgeReader.tsvFiles(in: directory) {
            let data = (try? Data(contentsOf: directory.appendingPathComponent(relative))) ?? Data()
            hasher.add(relative)
            hasher.add(UInt64(data.count))
            data.withUnsafeBytes { hasher.add(bytes: $0) }
        }
        return hasher.value
    }

    /// Every `*.tsv` file of the folder and of `lang/*/`, relative paths, sorted.
    static func tsvFiles(in dir: URL) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        for name in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? [] where name.hasSuffix(".tsv") && !name.hasPrefix(".") {
            out.append(name)
        }
        let lang = dir.appendingPathComponent("lang")
        for code in (try? fm.contentsOfDirectory(atPath: lang.path)) ?? [] where !code.hasPrefix(".") {
            for name in (try? fm.contentsOfDirectory(atPath: lang.appendingPathComponent(code).path)) ?? []
            where name.hasSuffix(".tsv") && !name.hasPrefix(".") {
                out.append("lang/\(code)/\(name)")
            }
        }
        return out.sorted()
    }

    /// The running binary's size and modification time: a rebuilt diplo may tokenise differently.
    static let executableIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let a = try? FileManager.default.attributesOfItem(atPath: path) else { return path }
        let size = (a[.size] as? NSNumber)?.int64Value ?? -1
        let mtime = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)|\(size)|\(mtime)"
    }()
}

/// 64-bit FNV-1a: a fast, stable hash for cache keys (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(bytes: UnsafeRawBufferPointer) {
        var h = value
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        value = h
    }

    mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
        withUnsafeBytes(of: UInt8(0)) { add(bytes: $0) }
    }

    mutating func add(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { add(bytes: $0) }
    }
}
