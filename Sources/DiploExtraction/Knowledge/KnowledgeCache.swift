import DiploModel
import Foundation

/// A folder of precompiled knowledge (see `KnowledgeReader`): one file per `Knowledge/` folder,
/// holding its parsed rows and folded phrase keys, valid for one content of the files and one
/// diplo binary.
///
/// A cache file is written whole to a temporary name and renamed, so concurrent diplo processes
/// never read half a file; an unreadable, truncated or stale file is ignored (and rewritten). Failing
/// to write is not an error: the next process reads the TSV files again.
public struct KnowledgeCache: Sendable {
    public var folder: URL

    /// Bumped whenever the file layout or what is recorded changes.
    static let formatVersion: UInt64 = 2
    private static let magic: [UInt8] = Array("DIPLOKC2".utf8)

    public init(folder: URL) { self.folder = folder }

    /// The user's cache: `$DIPLO_CACHE_DIR`, else `$XDG_CACHE_HOME/diplo`, else `~/.cache/diplo`.
    /// `DIPLO_CACHE_DIR=off` disables it (nil).
    public static var userDefault: KnowledgeCache? {
        let env = ProcessInfo.processInfo.environment
        if let d = env["DIPLO_CACHE_DIR"], !d.isEmpty {
            return d == "off" ? nil : KnowledgeCache(folder: URL(fileURLWithPath: d))
        }
        if let x = env["XDG_CACHE_HOME"], !x.isEmpty { return KnowledgeCache(folder: URL(fileURLWithPath: x).appendingPathComponent("diplo")) }
        guard let home = env["HOME"], !home.isEmpty else { return nil }
        return KnowledgeCache(folder: URL(fileURLWithPath: home).appendingPathComponent(".cache/diplo"))
    }

    /// The cache file of a knowledge folder (one per folder path, so two checkouts do not evict each other).
    public func fileURL(for directory: URL) -> URL {
        var h = FNV1a()
        h.add(directory.standardizedFileURL.path)
        return folder.appendingPathComponent("knowledge-\(String(h.value, radix: 16)).cache")
    }

    // MARK: Reading

    /// What a cache file holds: parsed files by relative path, and folded keys by phrase.
    struct Entry {
        var files: [String: TSVFile]
        var keyTokens: [String: [String]]
        var foldKeys: [String: String]
    }

    func read(stamp: UInt64, directory: URL) -> Entry? {
        guard let data = try? Data(contentsOf: fileURL(for: directory)) else { return nil }
        return data.withUnsafeBytes { raw -> Entry? in
            var r = ByteReader(raw.bindMemory(to: UInt8.self))
            guard r.bytes(Self.magic.count).map(Array.init) == Self.magic, r.u64() == stamp else { return nil }
            var entry = Entry(files: [:], keyTokens: [:], foldKeys: [:])
            guard let fileCount = r.u32() else { return nil }
            for _ in 0..<fileCount {
                guard let relative = r.string(), let rowCount = r.u32() else { return nil }
                var rows: [TSVFile.Row] = []
                rows.reserveCapacity(Int(rowCount))
                for _ in 0..<rowCount {
                    guard let line = r.u32(), let fields = r.strings() else { return nil }
                    rows.append(TSVFile.Row(fields: fields, line: Int(line)))
                }
                entry.files[relative] = TSVFile(path: directory.appendingPathComponent(relative).path, rows: rows)
            }
            guard let keyCount = r.u32() else { return nil }
            entry.keyTokens.reserveCapacity(Int(keyCount))
            for _ in 0..<keyCount {
                guard let phrase = r.string(), let tokens = r.strings() else { return nil }
                entry.keyTokens[phrase] = tokens
            }
            guard let foldCount = r.u32() else { return nil }
            for _ in 0..<foldCount {
                guard let s = r.string(), let key = r.string() else { return nil }
                entry.foldKeys[s] = key
            }
            return r.atEnd ? entry : nil
        }
    }

    // MARK: Writing

    func write(stamp: UInt64, directory: URL, entry: Entry) {
        var w = ByteWriter()
        w.bytes.append(contentsOf: Self.magic)
        w.u64(stamp)
        w.u32(entry.files.count)
        for (relative, file) in entry.files.sorted(by: { $0.key < $1.key }) {
            w.string(relative)
            w.u32(file.rows.count)
            for row in file.rows { w.u32(row.line); w.strings(row.fields) }
        }
        w.u32(entry.keyTokens.count)
        // Sorted, so that the same files always give the same cache bytes.
        for (phrase, tokens) in entry.keyTokens.sorted(by: { $0.key < $1.key }) { w.string(phrase); w.strings(tokens) }
        w.u32(entry.foldKeys.count)
        for (s, key) in entry.foldKeys.sorted(by: { $0.key < $1.key }) { w.string(s); w.string(key) }
        writeWhole(w.bytes, to: fileURL(for: directory))
    }

    /// Writes `bytes` to a temporary name and renames it to `target` (readers never see half a file),
    /// then prunes the files of its kind. Failures are ignored: it is only a cache.
    func writeWhole(_ bytes: [UInt8], to target: URL) {
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
        prune(keeping: target)
    }

    /// The name index file of a knowledge folder (`NameIndex`), beside its cache file.
    public func nameIndexURL(for directory: URL) -> URL {
        var h = FNV1a()
        h.add(directory.standardizedFileURL.path)
        return folder.appendingPathComponent("names-\(String(h.value, radix: 16)).index")
    }

    /// At most `maxFiles` cache files of each kind are kept (the most recently written): every knowledge
    /// folder read, temporary ones included, leaves one.
    static let maxFiles = 8

    private func prune(keeping target: URL) {
        let fm = FileManager.default
        // Files of the target's kind: the same prefix (up to the folder hash) and extension.
        let kind = target.lastPathComponent.prefix { $0 != "-" }, suffix = "." + target.pathExtension
        let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(kind + "-") && $0.hasSuffix(suffix) }
        guard names.count > Self.maxFiles else { return }
        let dated = names.map { name -> (String, Date) in
            let date = (try? fm.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.modificationDate] as? Date) ?? .distantPast
            return (name, date)
        }
        for (name, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.maxFiles) where name != target.lastPathComponent {
            try? fm.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
