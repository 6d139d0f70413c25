import Foundation
import GRDB
import Testing

/// A `diplo` process started in the background, its outputs going to files.
final class BackgroundDiplo {
    let process = Process()
    let stdoutURL: URL
    let stderrURL: URL

    init(_ args: [String]) throws {
        let binary = try #require(diploBinary, "the diplo binary was not found next to the test bundle")
        let tmp = FileManager.default.temporaryDirectory
        stdoutURL = tmp.appendingPathComponent("diplo-bg-out-\(UUID().uuidString)")
        stderrURL = tmp.appendingPathComponent("diplo-bg-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = binary
        process.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["DIPLO_DB"] = nil
        environment["COLUMNS"] = nil
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        try? FileManager.default.removeItem(at: stdoutURL)
        try? FileManager.default.removeItem(at: stderrURL)
    }

    var isRunning: Bool { process.isRunning }

    /// Sends SIGKILL (no chance to clean up) and waits for the process to end.
    func killNow() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the end; the exit status, stdout and stderr.
    func wait() -> Run {
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "")
    }
}

/// Runs `diplo` and reports its peak memory (resident set, KB) through `wait4`, which Foundation's
/// `Process` does not expose.
func diploMeasured(_ args: [String]) throws -> (run: Run, maxRSSKilobytes: Int) {
    let binary = try #require(diploBinary, "the diplo binary was not found next to the test bundle")
    let tmp = FileManager.default.temporaryDirectory
    let out = tmp.appendingPathComponent("diplo-m-out-\(UUID().uuidString)").path
    let err = tmp.appendingPathComponent("diplo-m-err-\(UUID().uuidString)").path
    defer { unlink(out); unlink(err) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([binary.path] + args).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
    try #require(rc == 0, "posix_spawn failed: \(rc)")
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let run = Run(status: exitStatus,
                  stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                  stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    return (run, Int(usage.ru_maxrss))
}

/// Writes `count` French articles reporting calls, meetings and summits between known leaders, each
/// with different content, named `prefix-0001.txt`…, into `folder`.
@discardableResult
func writeCorpus(_ count: Int, into folder: URL, prefix: String = "article", seed: Int = 0) throws -> [URL] {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let leaders = ["Emmanuel Macron", "Vladimir Poutine", "Recep Tayyip Erdoğan", "Olaf Scholz", "Joe Biden", "Xi Jinping", "Narendra Modi"]
    let places = ["Paris", "Moscou", "Berlin", "Ankara", "Pékin", "Washington", "New Delhi"]
    let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    var urls: [URL] = []
    for i in 1...count {
        // Deterministic variety from the article number: who, where and when change from one article to the next.
        let k = i * 7 + seed * 13
        let pair = (0..<leaders.count).map { leaders[(k + $0 * (1 + i % 6)) % leaders.count] }
        let month = k % 12 + 1, day = k % 28 + 1, year = 2019 + k % 5
        let published = String(format: "%04d-%02d-%02d", year, month, min(day + 1, 28))
        let text = """
        ---
        title: \(pair[0]) et \(pair[1]) (dépêche \(prefix) \(i))
        published: \(published)
        language: fr
        ---
        \(pair[0]) s'est entretenu par téléphone avec \(pair[1]) le \(day) \(months[month - 1]) \(year), a annoncé la présidence.

        Les deux dirigeants ont évoqué la situation régionale, selon la dépêche numéro \(i) de la série \(prefix).

        \(pair[2]) a rencontré \(pair[3]) à \(places[k % places.count]) le \((k / 3) % 28 + 1) \(months[(k / 5) % 12]) \(year).

        Un sommet réunira \(pair[4]), \(pair[5]) et \(pair[6]) à \(places[(k / 7) % places.count]) le \((k / 11) % 28 + 1) \(months[(k / 13) % 12]) \(year + 1).

        """
        let url = folder.appendingPathComponent(String(format: "%@-%04d.txt", prefix, i))
        try text.write(to: url, atomically: false, encoding: .utf8)
        urls.append(url)
    }
    return urls
}

/// What a store holds, read straight from the SQLite file, for comparing stores.
struct StoreContents: Equatable {
    var integrity: [String]
    var foreignKeyViolations: Int
    /// Article name → number of sources (event reports) it has.
    var sourcesByArticle: [String: Int]
    /// Event id → number of sources.
    var sourcesByEvent: [String: Int]
    var duplicateArticleNames: Int
    var duplicateArticleHashes: Int
    var duplicateSources: Int
    var eventsWithoutSource: Int
    /// Sources minus rows of the full-text index over them (0 when the index is in step).
    var unindexedSources: Int

    init(path: String) throws {
        // Read-write, as diplo opens it: after a crash, opening the file replays or drops its WAL.
        var config = Configuration()
        config.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        (integrity, foreignKeyViolations, sourcesByArticle, sourcesByEvent, duplicateArticleNames, duplicateArticleHashes,
         duplicateSources, eventsWithoutSource, unindexedSources) = try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            // Killed before its first migration committed: a file with no tables yet.
            guard try db.tableExists("articles") else { return (integrity, 0, [:], [:], 0, 0, 0, 0, 0) }
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            var byArticle: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.name, COUNT(s.article_id) AS n FROM articles a LEFT JOIN sources s ON s.article_id = a.id GROUP BY a.id
                """) { byArticle[row["name"]] = row["n"] }
            var byEvent: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT e.id, COUNT(s.event_id) AS n FROM events e LEFT JOIN sources s ON s.event_id = e.id GROUP BY e.id
                """) { byEvent[row["id"]] = row["n"] }
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return (integrity, fk, byArticle, byEvent,
                    try count("SELECT COUNT(*) FROM (SELECT name FROM articles GROUP BY name HAVING COUNT(*) > 1)"),
                    try count("SELECT COUNT(*) FROM (SELECT content_hash FROM articles GROUP BY content_hash HAVING COUNT(*) > 1)"),
                    try count("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM sources GROUP BY event_id, article_id, evidence, start HAVING COUNT(*) > 1)
                        """),
                    try count("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.id)"),
                    try count("SELECT (SELECT COUNT(*) FROM sources) - (SELECT COUNT(*) FROM sources_fts)"))
        }
    }

    var isSound: Bool {
        integrity == ["ok"] && foreignKeyViolations == 0 && duplicateArticleNames == 0 && duplicateArticleHashes == 0
            && duplicateSources == 0 && eventsWithoutSource == 0 && unindexedSources == 0
    }
}
