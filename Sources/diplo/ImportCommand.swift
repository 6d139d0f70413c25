import ArgumentParser
import DiploExtraction
import DiploIngest
import DiploModel
import DiploStore
import DiploTimeline
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles (files or folders) and store the diplomatic events found in them.",
        discussion: """
        Reads .txt/.md (with optional front matter), .html, .json and .jsonl files; folders are walked recursively. Re-importing an unchanged article does nothing. A summary is printed on stderr; each file that fails is reported as `path: problem` and makes the exit code 1.

        Examples:
          diplo import SampleData/
          diplo import --published 2020-03-05 article.txt
          diplo import --explain --strict new/*.html
        """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("Article files and folders.", valueName: "articles"))
    var articles: [String]

    @Option(name: .long, help: ArgumentHelp("Publication date of articles that give none (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    @Flag(name: .long, help: "Print on stdout the sentences that looked diplomatic but gave no event, with why.")
    var explain = false

    @Flag(name: .long, help: "Stop at the first file that cannot be imported.")
    var strict = false

    @Option(name: .customLong("progress-every"), help: ArgumentHelp("Report progress every N files (on a terminal or long imports).", valueName: "n"))
    var progressEvery = 100

    func validate() throws {
        if let p = published, CalendarDate(iso: p) == nil {
            throw ValidationError("invalid --published date '\(p)': expected an existing day as YYYY-MM-DD")
        }
        if articles.isEmpty { throw ValidationError("give at least one article file or folder") }
        if progressEvery < 1 { throw ValidationError("--progress-every must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let defaultPublished = published.flatMap(CalendarDate.init(iso:))
            let knowledge = try loadKnowledge()
            let db = try store.openStore()
            // Articles are committed in groups (each article still all or nothing): see `ImportSession.batch`.
            let session = ImportSession(store: db, extractor: Extractor(knowledge: knowledge), batch: (articles: 500, seconds: 1))
            // Whatever stops the import, the articles already imported are kept.
            defer { try? session.commit() }

            let walk = ArticleWalker.walk(articles.map { URL(fileURLWithPath: $0) })
            let files = walk.files
            var failed = false
            for e in walk.errors {
                note(e.description)
                session.fileFailed()
                failed = true
                if strict { try finish(session, failed: true) }
            }
            for url in walk.skipped {
                note("\(url.relativePath): skipped (not an article format: \(ArticleReader.formatList))")
                session.fileSkipped()
            }
            // Progress on a terminal, or for long imports (many files, or slow ones) in logs.
            let start = Date()
            func showProgress() -> Bool { stderrIsTerminal || files.count >= 10 * progressEvery || Date().timeIntervalSince(start) > 10 }
            for (index, file) in files.enumerated() {
                do {
                    let results = try ArticleReader.read(fileAt: file, defaultPublished: defaultPublished)
                    var stored = 0, unchanged = 0
                    for r in results {
                        switch r {
                        case .success(let article):
                            let result = try session.importArticle(article, alwaysExtract: explain)
                            if result.outcome == .unchanged { unchanged += 1 } else { stored += 1 }
                            if explain { printNearMisses(result) }
                        case .failure(let e):
                            note(e.description)
                            session.recordFailed()
                            failed = true
                            if strict {
                                session.fileRead(stored: stored, unchanged: unchanged)
                                try finish(session, failed: true)
                            }
                        }
                    }
                    session.fileRead(stored: stored, unchanged: unchanged)
                } catch let e as IngestError {
                    note(e.description)
                    session.fileFailed()
                    failed = true
                    if strict { try finish(session, failed: true) }
                }
                if (index + 1) % progressEvery == 0 && showProgress() && index + 1 < files.count {
                    let s = session.summary
                    let rate = Double(index + 1) / max(Date().timeIntervalSince(start), 0.001)
                    note("… \(index + 1)/\(files.count) files, \(s.eventsCreated) events created, \(s.eventsMerged) merged (\(Int(rate)) files/s)")
                }
            }
            if files.isEmpty && walk.errors.isEmpty { note("no article files found") }
            try finish(session, failed: failed)
        }
    }

    private func printNearMisses(_ r: ArticleImportResult) {
        for m in r.nearMisses {
            let sentence = m.sentence.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            emit("\(r.article): \(m.reason): \(sentence)\n")
        }
    }

    /// Prints the summary; exit code 1 when something failed.
    private func finish(_ session: ImportSession, failed: Bool) throws {
        try session.finish()
        note(session.summary.text)
        if failed { throw ExitCode.failure }
    }
}

struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Re-run the extractor over every stored article (after the extractor or the knowledge base changed).",
        discussion: """
        Deletes every event and rebuilds them from the stored article texts, in import order, so that unchanged extractions keep their event ids.

        Examples:
          diplo kb add-alias "Tayyip" Q39259 && diplo reextract
          diplo reextract --db archive.sqlite
        """
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingErrors {
            let knowledge = try loadKnowledge()
            let db = try store.openExistingStore()
            let session = ImportSession(store: db, extractor: Extractor(knowledge: knowledge))
            try session.reextractAll { done, total in
                if stderrIsTerminal && done % 100 == 0 && done < total { note("… \(done)/\(total) articles") }
            }
            let s = session.summary
            note("articles: \(s.articlesImported) re-extracted\nevents: \(s.eventsCreated) created, \(s.eventsMerged) merged (\(s.eventsRemoved) before)\nsources: \(s.sourcesAdded)\nnear-misses: \(s.nearMisses)")
        }
    }
}
