import Foundation
import Testing

/// The sample articles imported once for the tests of this file (read-only afterwards).
let sharedSampleDatabase: String = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-cli-sample-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let db = dir.appendingPathComponent("sample.sqlite").path
    _ = try? diplo(["import", "--db", db, repositoryRoot.appendingPathComponent("SampleData").path])
    return db
}()

/// The dates of the events of a JSON Lines output, in order.
func dates(_ jsonl: String) throws -> [String] {
    try jsonl.split(separator: "\n").map { line in
        let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return try #require(o["date"] as? String)
    }
}

@Suite struct PresentationCLITests {
    static let lastYear = String(Calendar(identifier: .gregorian).component(.year, from: Date()) - 1)

    /// Each example question of the issue gives the events of the equivalent `timeline` filters.
    @Test(arguments: [
        ("Putin–Erdogan", ["--actor", "Putin", "--actor", "Erdogan"]),
        ("Poutine et Erdogan", ["--actor", "Putin", "--actor", "Erdogan"]),
        ("the Turkish president", ["--actor", "Erdogan"]),
        ("between Russia and Turkey", ["--country", "RU", "--country", "TR"]),
        ("phone calls", ["--type", "call"]),
        ("entretiens téléphoniques", ["--type", "call"]),
        ("summits", ["--type", "summit"]),
        ("rencontres", ["--type", "meeting"]),
        ("déclarations", ["--type", "statement"]),
        ("accords", ["--type", "agreement"]),
        ("on Idlib", ["--region", "Idlib"]),
        ("sur Idleb", ["--region", "Idlib"]),
        ("about Syria", ["--region", "Syria"]),
        ("in Tehran", ["--region", "Tehran"]),
        ("in 2020", ["--from", "2020", "--to", "2020"]),
        ("en février 2020", ["--from", "2020-02", "--to", "2020-02"]),
        ("since 2019", ["--from", "2019"]),
        ("between 2018 and 2020", ["--from", "2018", "--to", "2020"]),
        ("last year", ["--from", lastYear, "--to", lastYear]),
    ] as [(String, [String])])
    func questionsMatchTheirFilters(_ question: String, _ filters: [String]) throws {
        let db = sharedSampleDatabase
        let asked = try diplo(["query", "--db", db, "--format", "jsonl", question])
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(asked.stderr.hasPrefix("understood: "), "\(asked.stderr)")
        #expect(!asked.stderr.contains("not understood"), "\(question): \(asked.stderr)")
        let filtered = try diplo(["timeline", "--db", db, "--format", "jsonl"] + filters)
        #expect(filtered.status == 0, "\(filtered.stderr)")
        #expect(asked.stdout == filtered.stdout, "\(question)")
    }

    @Test func theSampleAnswersTheHeadlineQuestions() throws {
        let db = sharedSampleDatabase
        for question in ["Putin–Erdogan calls on Idlib", "appels Poutine-Erdogan sur Idleb"] {
            let r = try diplo(["query", "--db", db, "--format", "jsonl", question])
            #expect(try dates(r.stdout) == ["2020-02-21", "2024-12-03"], "\(question)")
            #expect(r.stderr.contains("understood: actors: Vladimir Putin, Recep Tayyip Erdoğan · type: call · region: Idlib (Syria)"))
        }
        let tehran = try diplo(["query", "--db", db, "--format", "jsonl", "Putin Erdogan summit in Tehran"])
        #expect(try dates(tehran.stdout) == ["2018-09-07"])
        let unknown = try diplo(["query", "--db", db, "Putin calls Erdgan since"])
        #expect(unknown.status == 0)
        #expect(unknown.stderr.contains("not understood: Erdgan (did you mean Recep Tayyip Erdoğan?), since"), "\(unknown.stderr)")
    }

    @Test func tablesShowPrecisionAndArePrintedInFullWhenPiped() throws {
        let r = try diplo(["timeline", "--db", sharedSampleDatabase, "--actor", "Putin", "--actor", "Erdogan"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("DATE ") == true)
        #expect(lines.contains { $0.hasPrefix("2019-10 (month)  meeting") }, "\(r.stdout)")
        #expect(lines.contains { $0.hasPrefix("2018 (year) ") })
        #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("…"))
        // Aligned: every column starts at the header's position on every line.
        let header = lines[0]
        for column in ["TYPE", "PARTICIPANTS", "SRC", "EVIDENCE"] {
            let at = header.range(of: column)!.lowerBound.utf16Offset(in: header)
            for line in lines.dropFirst() {
                let before = Array(line)[0..<min(at, line.count)]
                #expect(before.last == " " || column == "SRC", "column \(column) misaligned in: \(line)")
            }
        }
    }

    @Test(arguments: ["html", "ics", "timelinejs", "csv", "json", "jsonl"])
    func everyFormatIsDeterministicAndWritesToAFile(_ format: String) throws {
        let db = sharedSampleDatabase
        let dir = try TempDir()
        let a = try diplo(["timeline", "--db", db, "--actor", "Putin", "--format", format])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(!a.stdout.isEmpty)
        let b = try diplo(["export", "--db", db, "--actor", "Putin", "--format", format, "-o", dir.path("out")])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(b.stderr.contains("events written to"))
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("out")) == Data(a.stdout.utf8), "byte-identical")
    }

    @Test func htmlFromAQuestionShowsHowItWasUnderstood() throws {
        let r = try diplo(["query", "--db", sharedSampleDatabase, "--format", "html", "--lanes", "type", "Putin–Erdogan"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("<h1>Vladimir Putin – Recep Tayyip Erdoğan</h1>"))
        #expect(r.stdout.contains("<p class=\"query\">actors: Vladimir Putin, Recep Tayyip Erdoğan</p>"))
        #expect(r.stdout.contains("class=\"lane-name\""))
        let titled = try diplo(["timeline", "--db", sharedSampleDatabase, "--format", "ics", "--title", "Mes appels"])
        #expect(titled.stdout.contains("X-WR-CALNAME:Mes appels\r\n"))
        let badLanes = try diplo(["timeline", "--db", sharedSampleDatabase, "--format", "html", "--lanes", "colour"])
        #expect(badLanes.status != 0)
        let table = try diplo(["export", "--db", sharedSampleDatabase, "--format", "table"])
        #expect(table.status != 0)
    }
}
