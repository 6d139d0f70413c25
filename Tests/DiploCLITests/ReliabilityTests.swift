import Foundation
import GRDB
import Testing

/// Issue 5: hostile input, crashes and concurrent use lose nothing. Every test here runs the real
/// `diplo` binary on files generated at test time.
@Suite(.serialized) struct ReliabilityTests {
    // MARK: Bad input

    /// One file per class of bad input the issue lists, imported together: each gets a correct import
    /// or exactly one line naming it and the problem, the rest of the import goes on, the summary counts
    /// files, and the exit status is 1.
    @Test func everyBadInputIsImportedOrReportedOnOneLine() throws {
        let dir = try TempDir()
        let input = dir.url.appendingPathComponent("in")
        let files = try BadInputFolder(at: input)
        defer { files.unlock() }
        let db = dir.path("bad.sqlite")

        let (r, maxRSS) = try diploMeasured(["import", "--db", db, input.path])
        #expect(r.status == 1, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        for (name, problem) in files.expectedErrors {
            let path = input.appendingPathComponent(name).path
            let mine = lines.filter { $0.hasPrefix(path + ":") }
            #expect(mine.count == 1, "\(name): expected one line, got \(mine)")
            #expect(mine.first?.contains(problem) == true, "\(name): expected '\(problem)' in \(mine)")
        }
        for name in files.expectedImported where files.expectedErrors[name] == nil {
            let path = input.appendingPathComponent(name).path
            #expect(!lines.contains { $0.hasPrefix(path + ":") }, "\(name) should import silently: \(r.stderr)")
        }
        #expect(lines.contains("files: \(files.expectedImported.count) imported, \(files.expectedSkipped.count) skipped, \(files.expectedErrors.count - files.failedRecordsInImportedFiles) failed"),
                "\(r.stderr)")
        // The 200 MB files were never held in memory: an import of small files already takes ~50 MB.
        #expect(maxRSS < 250_000, "peak memory \(maxRSS) KB")
        print("bad input: \(files.expectedErrors.count + files.expectedImported.count + files.expectedSkipped.count) files, peak memory \(maxRSS / 1024) MB")

        // What was imported is right: decoding, BOM, line ends, front matter, HTML text.
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        try queue.read { db in
            func text(_ name: String) throws -> String { try String.fetchOne(db, sql: "SELECT text FROM articles WHERE name = ?", arguments: [name]) ?? "" }
            func column(_ c: String, _ name: String) throws -> String? {
                try String.fetchOne(db, sql: "SELECT \(c) FROM articles WHERE name = ?", arguments: [name])
            }
            #expect(try text("cp1252.txt").contains("s’est entretenu par téléphone"))
            #expect(try text("cp1252.txt").contains("10 €"))
            #expect(try text("latin1.txt").contains("Président français à Montréal"))
            #expect(try text("mixed.txt").contains("Recep Tayyip Erdoğan"))
            #expect(try text("mixed.txt").contains("Café"))
            #expect(try text("invalid-utf8.txt").contains("Emmanuel Macron"))
            #expect(try column("title", "bom.txt") == "Avec BOM")
            #expect(try column("published", "crlf.txt") == "2020-03-06")
            #expect(try column("published", "cr.txt") == "2020-03-06")
            #expect(try !text("cr.txt").contains("\r"))
            #expect(try text("page.html").contains("Narendra Modi a rencontré Xi Jinping"))
            #expect(try !text("page.html").contains("secret"))
            #expect(try !text("page.html").contains("color"))
            let names = try String.fetchAll(db, sql: "SELECT name FROM articles ORDER BY name")
            #expect(names.contains("feed.jsonl#1") && names.contains("feed.jsonl#4"), "\(names)")
            #expect(names.contains("big.jsonl#1") && names.contains("big.jsonl#3"), "\(names)")
            #expect(names.contains("records.json#1"))
        }

        // --strict stops at the first failure, after reporting it, with the summary so far.
        let strict = try diplo(["import", "--strict", "--db", dir.path("strict.sqlite"), input.path])
        #expect(strict.status == 1)
        let problems = strict.stderr.split(separator: "\n").filter { $0.hasPrefix(input.path) && !$0.contains(": skipped (") }
        #expect(problems.count == 1, "\(strict.stderr)")
        #expect(strict.stderr.contains("files: "))
    }

    // MARK: Crashes

    /// Kills `diplo import` with SIGKILL at random moments over a corpus, several times in a row on the
    /// same database; after each kill the file is sound and holds only whole articles, and a final run
    /// completes the import with exactly what an uninterrupted import stores.
    @Test func killedImportsLoseNothingAndResumeWithoutDuplicates() throws {
        let dir = try TempDir()
        let corpus = dir.url.appendingPathComponent("corpus")
        let articleCount = 150
        try writeCorpus(articleCount, into: corpus)

        let reference = dir.path("reference.sqlite")
        let start = Date()
        let clean = try diplo(["import", "--db", reference, corpus.path])
        let fullRun = Date().timeIntervalSince(start)
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try StoreContents(path: reference)
        #expect(expected.isSound)
        #expect(expected.sourcesByArticle.count == articleCount)
        #expect(expected.sourcesByArticle.values.allSatisfy { $0 > 0 }, "every generated article reports events")
        let sortedNames = expected.sourcesByArticle.keys.sorted()

        // Start-up alone (loading the knowledge base, opening the store): an import with nothing to read.
        let empty = dir.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let startupBegin = Date()
        _ = try diplo(["import", "--db", dir.path("startup.sqlite"), empty.path])
        let startup = Date().timeIntervalSince(startupBegin)

        let db = dir.path("killed.sqlite")
        var kills = 0
        var seenPartial = Set<Int>()
        var attempts = 0, stored = 0
        while kills < 7 && attempts < 25 {
            attempts += 1
            let importer = try BackgroundDiplo(["import", "--db", db, corpus.path])
            // Mostly while articles are being written (after start-up, within what is left to import:
            // stored articles are skipped quickly), every third time during start-up (migrations,
            // knowledge loading); a run that ends first is simply tried again.
            let left = Double(articleCount - stored) / Double(articleCount)
            let delay = attempts % 3 == 0 ? Double.random(in: 0.02...max(0.03, startup))
                : startup + Double.random(in: 0...max(0.2, (fullRun - startup) * left))
            Thread.sleep(forTimeInterval: delay)
            guard importer.isRunning else {
                _ = importer.wait()
                continue
            }
            importer.killNow()
            kills += 1
            guard FileManager.default.fileExists(atPath: db) else { continue }
            let state = try StoreContents(path: db)
            #expect(state.isSound, "after kill \(kills): \(state)")
            // Whole articles only, each with every event it reports, and always a prefix of the import order.
            for (name, n) in state.sourcesByArticle {
                #expect(n == expected.sourcesByArticle[name], "\(name) has \(n) sources, expected \(expected.sourcesByArticle[name] ?? -1)")
            }
            #expect(Array(sortedNames.prefix(state.sourcesByArticle.count)) == state.sourcesByArticle.keys.sorted())
            seenPartial.insert(state.sourcesByArticle.count)
            stored = state.sourcesByArticle.count
        }
        #expect(kills >= 5, "only \(kills) of \(attempts) imports were still running when killed")

        let resumed = try diplo(["import", "--db", db, corpus.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(!resumed.stderr.contains("locked"))
        let final = try StoreContents(path: db)
        #expect(final.isSound)
        #expect(final.sourcesByArticle == expected.sourcesByArticle)
        #expect(final.sourcesByEvent == expected.sourcesByEvent, "the resumed store has other events than an uninterrupted import")
        // Re-running once more changes nothing.
        let again = try diplo(["import", "--db", db, corpus.path])
        #expect(again.stderr.contains("articles: 0 imported, \(articleCount) unchanged, 0 failed"), "\(again.stderr)")
        print("kill test: \(kills) SIGKILLs survived over \(articleCount) articles; stored counts seen after kills: \(seenPartial.sorted())")
    }

    // MARK: Concurrency

    /// Two importers on overlapping folders and readers looping over `diplo timeline`, all on one new
    /// database file: nobody sees "database is locked", every article is stored once, and every read
    /// shows a consistent timeline that only grows.
    @Test func concurrentImportersAndReadersShareOneDatabase() throws {
        let dir = try TempDir()
        let a = dir.url.appendingPathComponent("a"), b = dir.url.appendingPathComponent("b"), c = dir.url.appendingPathComponent("c")
        try writeCorpus(80, into: a, prefix: "a", seed: 1)
        try writeCorpus(80, into: b, prefix: "b", seed: 2)
        try writeCorpus(80, into: c, prefix: "c", seed: 3)
        let reference = dir.path("reference.sqlite")
        #expect(try diplo(["import", "--db", reference, a.path, b.path, c.path]).status == 0)
        let expected = try StoreContents(path: reference)

        let db = dir.path("shared.sqlite")
        let first = try BackgroundDiplo(["import", "--db", db, a.path, b.path])
        let second = try BackgroundDiplo(["import", "--db", db, c.path, b.path])
        while !FileManager.default.fileExists(atPath: db) && (first.isRunning || second.isRunning) { Thread.sleep(forTimeInterval: 0.02) }

        var reads = 0, concurrentReads = 0
        var lastSources = 0
        var readerErrors: [String] = []
        while first.isRunning || second.isRunning {
            let during = first.isRunning || second.isRunning
            let readers = try [BackgroundDiplo(["timeline", "--db", db, "--format", "jsonl"]),
                               BackgroundDiplo(["timeline", "--db", db, "--actor", "Poutine"]),
                               BackgroundDiplo(["stats", "--db", db])]
            let runs = readers.map { $0.wait() }
            let jsonl = runs[0]
            reads += runs.count
            if during { concurrentReads += runs.count }
            for run in runs where run.status != 0 && !run.stderr.contains("unknown actor") {
                readerErrors.append(run.stderr)  // "unknown actor": Putin is not in the store yet
            }
            #expect(!runs.contains { $0.stderr.contains("locked") })
            // A consistent snapshot: whole events, each with its sources, oldest first, never fewer than before.
            var sources = 0
            var lastDate = ""
            for line in jsonl.stdout.split(separator: "\n") {
                guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let s = o["sources"] as? [Any], let date = o["date_earliest"] as? String else {
                    Issue.record("unreadable timeline line: \(line)"); continue
                }
                #expect(!s.isEmpty)
                #expect(date >= lastDate, "timeline out of order")
                lastDate = date
                sources += s.count
            }
            #expect(sources >= lastSources, "a later read saw fewer sources (\(sources) < \(lastSources))")
            lastSources = sources
        }
        let r1 = first.wait(), r2 = second.wait()
        #expect(r1.status == 0, "\(r1.stderr)")
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(!(r1.stderr + r2.stderr).contains("locked"))
        #expect(readerErrors.isEmpty, "\(readerErrors)")
        #expect(concurrentReads >= 2, "no read overlapped the imports")

        let state = try StoreContents(path: db)
        #expect(state.isSound, "\(state)")
        #expect(state.sourcesByArticle == expected.sourcesByArticle, "every article stored exactly once, with all its reports")
        // The overlapping folder was imported by one process and found unchanged by the other.
        let imported = [r1, r2].compactMap { r in
            r.stderr.split(separator: "\n").first { $0.hasPrefix("articles: ") }.flatMap { Int($0.split(separator: " ")[1]) }
        }
        #expect(imported.reduce(0, +) == 240, "\(r1.stderr)\n\(r2.stderr)")
        print("concurrency test: 2 writers, \(reads) reader processes (\(concurrentReads) during the imports)")
    }

    // MARK: Hostile text

    /// Quotes, SQL fragments and FTS5 syntax in every option that reaches the database: never an SQL
    /// error or a crash; text with nothing to search gets a clear message.
    @Test func hostileQueriesAndFiltersAreHarmless() throws {
        let dir = try TempDir()
        let db = try importedSampleDatabase(dir)
        let before = try StoreContents(path: db)
        // One of each kind (the store tests try many more strings without starting processes).
        let hostile = ["\"", "NEAR(", "*", "-poutine", "'); DROP TABLE events; --", "a\" NEAR(b", "col:poutine", "' OR ''='"]
        for h in hostile {
            // `--option=value` and `--` so that values starting with "-" reach diplo rather than the argument parser.
            let runs = [try diplo(["timeline", "--db", db, "--text=\(h)", "--format", "jsonl"]),
                        try diplo(["export", "--db", db, "--format", "csv", "--text=poutine \(h)", "--actor=\(h)", "--region=\(h)"]),
                        try diplo(["query", "--db", db, "--", h])]
            for r in runs {
                #expect(r.status == 0 || r.status == 1, "\(h): status \(r.status)")
                for word in ["SQL", "sqlite", "syntax error", "fts5", "malformed MATCH", "unrecognized token"] {
                    #expect(!r.stderr.localizedCaseInsensitiveContains(word), "\(h): \(r.stderr)")
                }
                #expect(r.stderr.split(separator: "\n").count <= 3, "\(h): \(r.stderr)")
            }
        }
        #expect(try diplo(["show", "--db", db, "--", "' OR 1=1 --"]).stderr.contains("no event with id"))
        let nothing = try diplo(["timeline", "--db", db, "--text", "\"*-\""])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("nothing to search for in --text"), "\(nothing.stderr)")
        let words = try diplo(["timeline", "--db", db, "--text", "\"téléphone\" NEAR(", "--format", "jsonl"])
        #expect(words.status == 0, "\(words.stderr)")
        #expect(try StoreContents(path: db) == before)
    }

    // MARK: Schema evolution

    @Test func aDatabaseFromANewerDiploIsRefusedByEveryCommand() throws {
        let dir = try TempDir()
        let db = try importedSampleDatabase(dir)
        let queue = try DatabaseQueue(path: db)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('0099_future.sql')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for args in [["timeline"], ["import", repositoryRoot.appendingPathComponent("SampleData").path], ["stats"], ["reextract"]] {
            let r = try diplo([args[0], "--db", db] + args.dropFirst())
            #expect(r.status == 1)
            #expect(r.stderr.contains("was created or upgraded by a newer version of diplo"), "\(r.stderr)")
            #expect(r.stderr.contains("0099_future.sql"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }
}

/// A folder holding one file per class of bad input, and what `diplo import` must say about each.
struct BadInputFolder {
    /// File name → the words its one error line must contain.
    var expectedErrors: [String: String] = [:]
    var expectedImported: [String] = []
    var expectedSkipped: [String] = []
    /// Error lines about records of files that still imported (they count as imported files).
    var failedRecordsInImportedFiles = 0

    init(at folder: URL) throws {
        self.folder = folder
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            let url = folder.appendingPathComponent(name)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }
        let call = "Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine le 5 mars 2020."

        // Empty and binary files.
        try write("empty.txt", [])
        try write("blank.md", "  \n\n\t\n")
        expectedErrors["empty.txt"] = "empty file"
        expectedErrors["blank.md"] = "empty file"
        try write("report.txt", Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        try write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        try write("store.json", Array("SQLite format 3".utf8) + [UInt8](repeating: 0, count: 100))
        try write("nul.md", Array("Emmanuel Macron".utf8) + [0, 1, 2, 0])
        expectedErrors["report.txt"] = "binary file (PDF document)"
        expectedErrors["photo.html"] = "binary file (PNG image)"
        expectedErrors["store.json"] = "binary file (SQLite database)"
        expectedErrors["nul.md"] = "binary file (contains NUL bytes)"
        try write("scan.pdf", Array("%PDF-1.4".utf8))
        expectedSkipped.append("scan.pdf")

        // Encodings and line ends.
        try write("cp1252.txt", Self.cp1252("Emmanuel Macron s’est entretenu par téléphone avec Vladimir Poutine le 5 mars 2020 – 10 €.\n"))
        try write("latin1.txt", Self.cp1252("Le Président français à Montréal : Emmanuel Macron a rencontré Justin Trudeau le 7 juin 2018.\n"))
        try write("mixed.txt", Array("Recep Tayyip Erdoğan a rencontré Vladimir Poutine à Moscou le 5 mars 2020.".utf8) + Array(" Caf".utf8) + [0xE9, 0x2E])
        try write("invalid-utf8.txt", Array("Emmanuel Macron a appel".utf8) + [0xC3, 0x20, 0xFF, 0xC0, 0xAF] + Array(" Poutine le 5 mars 2020.".utf8))
        try write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("---\ntitle: Avec BOM\npublished: 2020-03-06\n---\n\(call)\n".utf8))
        try write("crlf.txt", "---\r\ntitle: CRLF\r\npublished: 2020-03-06\r\n---\r\nOlaf Scholz a appelé Emmanuel Macron jeudi.\r\n")
        try write("cr.txt", "---\rtitle: CR\rpublished: 2020-03-06\r---\rOlaf Scholz a appelé Vladimir Poutine jeudi.\rIl a parlé.\r")
        try write("utf16.txt", [0xFF, 0xFE] + Array("Joe Biden a appelé Emmanuel Macron le 4 mai 2021.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        expectedImported += ["cp1252.txt", "latin1.txt", "mixed.txt", "invalid-utf8.txt", "bom.txt", "crlf.txt", "cr.txt", "utf16.txt"]

        // Size: 200 MB files and a 10 MB single line.
        try Self.writeLarge(folder.appendingPathComponent("big.txt"), head: "", filler: 200 << 20, tail: "")
        expectedErrors["big.txt"] = "file too large (200 MB; the limit is 32 MB)"
        try Self.writeLarge(folder.appendingPathComponent("big.jsonl"),
                       head: #"{"maintext": "Xi Jinping a appel\u00e9 Vladimir Poutine le 8 mai 2022."}"# + "\n" + #"{"maintext": ""#,
                       filler: 200 << 20,
                       tail: "\"}\n" + #"{"maintext": "Vladimir Poutine a appel\u00e9 Xi Jinping le 9 mai 2022."}"# + "\n")
        expectedErrors["big.jsonl"] = "big.jsonl:2: line too large (200.0 MB; the limit is 32 MB)"
        failedRecordsInImportedFiles += 1
        expectedImported.append("big.jsonl")
        let sentence = call + " "
        try write("one-line.txt", String(repeating: sentence, count: (10 << 20) / sentence.utf8.count + 1))
        expectedErrors["one-line.txt"] = "article text too large (10.0 MB; the limit is 2 MB)"

        // Front matter.
        try write("unclosed.txt", "---\ntitle: Jamais fermé\npublished: 2020-03-06\n")
        try write("no-colon.md", "---\ntitle: x\ncette ligne n'a pas de deux-points\n---\n\(call)\n")
        try write("quote.md", "---\ntitle: \"non terminé\n---\n\(call)\n")
        try write("impossible-date.txt", "---\npublished: 2020-02-30\n---\n\(call)\n")
        expectedErrors["unclosed.txt"] = "malformed front matter"
        expectedErrors["no-colon.md"] = "no-colon.md:3: malformed front matter"
        expectedErrors["quote.md"] = "quote.md:2: malformed front matter (unterminated quoted value)"
        expectedErrors["impossible-date.txt"] = "invalid publication date '2020-02-30'"

        // JSON and JSON Lines.
        try write("broken.json", #"[{"maintext": "Emmanuel Macron a appelé Vladimir Poutine."#)
        expectedErrors["broken.json"] = "invalid JSON"
        try write("records.json", #"[{"maintext": "Xi Jinping a rencontré Joe Biden à Bali le 14 novembre 2022."}, 42]"#)
        expectedErrors["records.json"] = "records.json:2: invalid record (not a JSON object)"
        failedRecordsInImportedFiles += 1
        try write("feed.jsonl", #"{"maintext": "Olaf Scholz a rencontré Emmanuel Macron à Paris le 3 mars 2021."}"# + "\r\n"
                  + #"{"maintext": "coupé"# + "\r\n\r\n" + #"{"text": "Joe Biden a appelé Olaf Scholz le 4 mars 2021."}"# + "\r\n")
        expectedErrors["feed.jsonl"] = "feed.jsonl:2: invalid JSON"
        failedRecordsInImportedFiles += 1
        expectedImported += ["records.json", "feed.jsonl"]

        // HTML with scripts, styles and deep nesting.
        let depth = 20_000
        try write("page.html", "<html><head><style>p { color: red }</style><script>var secret = '<p>Poutine</p>';</script></head><body>"
                  + String(repeating: "<div><span>", count: depth) + "<p>Narendra Modi a rencontré Xi Jinping à Pékin le 2 avril 2019.</p>"
                  + String(repeating: "</span></div>", count: depth) + "<!-- never closed")
        expectedImported.append("page.html")

        // Folders: a symbolic-link loop, a named pipe, unreadable entries.
        try write("loop/sub/deep.txt", "Joe Biden a rencontré Narendra Modi à Washington le 22 juin 2023.")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("loop/sub/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("loop/self").path, withDestinationPath: ".")
        expectedImported.append("loop/sub/deep.txt")
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        expectedErrors["pipe.txt"] = "not a regular file (a named pipe)"
        // A file whose reads fail even for root: /proc/self/mem cannot be read at offset 0.
        if fm.fileExists(atPath: "/proc/self/mem") {
            try fm.createSymbolicLink(atPath: folder.appendingPathComponent("io-error.txt").path, withDestinationPath: "/proc/self/mem")
            expectedErrors["io-error.txt"] = "cannot read (Input/output error)"
        }
        // chmod 000 blocks everyone but root, which reads anything: as root these import, correctly.
        try write("locked.txt", "Olaf Scholz a rencontré Joe Biden à Berlin le 18 octobre 2024.")
        try write("locked-dir/inside.txt", "Narendra Modi a appelé Joe Biden le 3 janvier 2024.")
        chmod(folder.appendingPathComponent("locked.txt").path, 0)
        chmod(folder.appendingPathComponent("locked-dir").path, 0)
        if getuid() == 0 {
            expectedImported += ["locked.txt", "locked-dir/inside.txt"]
        } else {
            expectedErrors["locked.txt"] = "cannot read (Permission denied)"
            expectedErrors["locked-dir"] = "cannot read (Permission denied)"
        }
    }

    private let folder: URL

    /// Restores permissions so the temporary folder can be deleted.
    func unlock() {
        chmod(folder.appendingPathComponent("locked.txt").path, 0o644)
        chmod(folder.appendingPathComponent("locked-dir").path, 0o755)
    }

    private static func cp1252(_ s: String) -> [UInt8] {
        let high: [Character: UInt8] = ["€": 0x80, "’": 0x92, "–": 0x96, "œ": 0x9C]
        return s.map { c in
            if let b = high[c] { return b }
            let v = c.unicodeScalars.first!.value
            precondition(v < 0x100, "not in Windows-1252: \(c)")
            return UInt8(v)
        }
    }

    /// Writes head + `filler` bytes of "a" + tail, a megabyte at a time.
    private static func writeLarge(_ url: URL, head: String, filler: Int, tail: String) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let h = try FileHandle(forWritingTo: url)
        defer { try? h.close() }
        try h.write(contentsOf: Data(head.utf8))
        let block = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<(filler >> 20) { try h.write(contentsOf: block) }
        try h.write(contentsOf: Data(tail.utf8))
    }
}
