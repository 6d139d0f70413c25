import DiploExtraction
import DiploModel
import DiploStore
import Foundation

/// Totals of an import (or a re-extraction), for the summary `diplo import` prints.
public struct ImportSummary: Sendable, Hashable {
    public var articlesImported = 0
    public var articlesReplaced = 0
    public var articlesUnchanged = 0
    public var filesFailed = 0
    public var recordsFailed = 0
    public var eventsCreated = 0
    public var eventsMerged = 0
    public var eventsRemoved = 0
    public var sourcesAdded = 0
    public var nearMisses = 0
    /// Files by what became of them (`diplo import`): imported = at least one article stored; skipped =
    /// every article already stored, or not an article format; failed = nothing could be read from it.
    public var filesImported = 0
    public var filesSkipped = 0
    public var filesWithoutArticle = 0

    public init() {}

    /// Several lines, e.g. "files: 5 imported, 0 skipped, 0 failed" then "articles: 5 imported, 0 unchanged, 0 failed".
    public var text: String {
        let files = "files: \(filesImported) imported, \(filesSkipped) skipped, \(filesFailed + filesWithoutArticle) failed"
        var articles = "articles: \(articlesImported) imported"
        if articlesReplaced > 0 { articles += ", \(articlesReplaced) replaced" }
        articles += ", \(articlesUnchanged) unchanged, \(filesFailed + recordsFailed) failed"
        var events = "events: \(eventsCreated) created, \(eventsMerged) merged"
        if eventsRemoved > 0 { events += ", \(eventsRemoved) removed" }
        return [files, articles, events, "sources: \(sourcesAdded) added", "near-misses: \(nearMisses)"].joined(separator: "\n")
    }
}

/// What happened to one article.
public struct ArticleImportResult: Sendable {
    public var article: String
    public var outcome: ImportOutcome
    public var nearMisses: [NearMiss]
    public var language: String
}

/// Extracts events from articles and stores them, keeping totals. Reading files is the caller's
/// job (the CLI uses `DiploIngest`), so this works on `Article` values.
public final class ImportSession {
    public let store: EventStore
    public let extractor: Extractor
    public private(set) var summary = ImportSummary()

    /// Commit groups (`EventStore.beginImportBatch`): at most this many articles per commit, and a group
    /// is committed once it has been open this long. nil: every article is committed on its own.
    public let batch: (articles: Int, seconds: Double)?
    private var batchArticles = 0
    private var batchStart: Date?

    public init(store: EventStore, extractor: Extractor, batch: (articles: Int, seconds: Double)? = nil) {
        self.store = store; self.extractor = extractor; self.batch = batch
    }

    /// Commits the articles of the open commit group, if any. Call it when an import ends, however it
    /// ends (each article is whole; the ones not committed would be lost).
    public func commit() throws {
        guard batchStart != nil else { return }
        batchStart = nil
        batchArticles = 0
        try store.commitImportBatch()
    }

    private func openBatchIfNeeded() throws {
        guard batch != nil, batchStart == nil else { return }
        try store.beginImportBatch()
        batchStart = Date()
    }

    private func articleDone() throws {
        guard let batch, let start = batchStart else { return }
        batchArticles += 1
        if batchArticles >= batch.articles || Date().timeIntervalSince(start) >= batch.seconds { try commit() }
    }

    /// Extracts the events of `article` and stores them. An article already stored unchanged is not
    /// extracted again unless `alwaysExtract` (for `--explain`), so re-running an interrupted import
    /// over a large folder quickly gets back to where it stopped.
    public func importArticle(_ article: Article, alwaysExtract: Bool = false) throws -> ArticleImportResult {
        try openBatchIfNeeded()
        // Hashed once, for the "already stored?" check and for storing.
        let hash = EventStore.contentHash(of: article)
        if !alwaysExtract, try store.isStored(contentHash: hash, name: article.name) {
            summary.articlesUnchanged += 1
            try articleDone()
            return ArticleImportResult(article: article.name, outcome: .unchanged, nearMisses: [], language: article.language ?? "")
        }
        let result = extractor.extract(article)
        let outcome = try store.importArticle(article, events: result.events, contentHash: hash)
        try articleDone()
        switch outcome {
        case .unchanged: summary.articlesUnchanged += 1
        case .imported: summary.articlesImported += 1
        case .replaced: summary.articlesReplaced += 1
        }
        if outcome != .unchanged { summary.nearMisses += result.nearMisses.count }
        add(outcome.counts)
        return ArticleImportResult(article: article.name, outcome: outcome, nearMisses: result.nearMisses, language: result.language)
    }

    /// Counts a file that could not be read.
    /// Ends an import: digests the events it created or changed (`EventStore.refreshDigests`), so
    /// that timelines and exports read each in one look-up.
    public func finish() throws {
        try commit()
        try store.refreshDigests()
    }

    public func fileFailed() { summary.filesFailed += 1 }
    /// Counts a record of a multi-record file that could not be read.
    public func recordFailed() { summary.recordsFailed += 1 }
    /// Counts a file that is not an article format, met while walking a folder.
    public func fileSkipped() { summary.filesSkipped += 1 }

    /// Counts a file once its articles went through `importArticle`: `stored` of them new or replaced,
    /// `unchanged` already stored (its unreadable records are counted by `recordFailed`).
    public func fileRead(stored: Int, unchanged: Int) {
        if stored > 0 { summary.filesImported += 1 }
        else if unchanged > 0 { summary.filesSkipped += 1 }
        else { summary.filesWithoutArticle += 1 }
    }

    private func add(_ c: ImportCounts) {
        summary.eventsCreated += c.eventsCreated
        summary.eventsMerged += c.eventsMerged
        summary.sourcesAdded += c.sourcesAdded
        summary.eventsRemoved += c.eventsRemoved
    }

    /// Re-runs the extractor over every stored article (after the extractor or the knowledge base
    /// changed): deletes all events, then re-imports each article's events in import order, so
    /// unchanged extractions keep their event ids. `progress` is called after each article.
    public func reextractAll(progress: (Int, Int) -> Void = { _, _ in }) throws {
        let articles = try store.articles()
        summary.eventsRemoved += try store.deleteAllEvents()
        for (i, stored) in articles.enumerated() {
            guard let article = try store.article(named: stored.name) else { continue }
            let result = extractor.extract(article)
            let c = try store.reimportEvents(forArticleNamed: stored.name, events: result.events)
            summary.articlesImported += 1
            summary.nearMisses += result.nearMisses.count
            add(c)
            progress(i + 1, articles.count)
        }
        try finish()
    }
}

/// Edits of the knowledge base from the command line (`diplo kb add-alias`).
public enum KnowledgeEditor {
    /// Appends `alias<TAB>id` to `user-aliases.tsv` in `directory`, after checking that `id` is a
    /// known actor, institution, country or place. Returns the canonical name of the entity.
    @discardableResult
    public static func addAlias(_ alias: String, id: String, knowledge: Knowledge, directory: URL) throws -> String {
        let alias = alias.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        guard !alias.isEmpty, alias.contains(where: { $0.isLetter }),
              !alias.contains(where: { $0 == "\t" || $0.isNewline }), !alias.hasPrefix("#") else {
            throw TimelineError.badAlias(alias)
        }
        let id = id.trimmingCharacters(in: .whitespaces)
        let name: String
        if let a = knowledge.actors[id] { name = a.name }
        else if let i = knowledge.institutions[id] { name = i.name }
        else if let c = knowledge.countries[id] { name = c.name }
        else if let p = knowledge.places[id] { name = p.name }
        else { throw TimelineError.unknownID(id) }

        let file = directory.appendingPathComponent("user-aliases.tsv")
        let fm = FileManager.default
        var prefix = ""
        if !fm.fileExists(atPath: file.path) {
            prefix = "# User aliases added with `diplo kb add-alias`: alias<TAB>id (an id of actors.tsv, institutions.tsv,\n# countries.tsv or places.tsv).\n"
            guard fm.createFile(atPath: file.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file.path])
            }
        }
        let handle = try FileHandle(forUpdating: file)
        defer { try? handle.close() }
        let end = try handle.seekToEnd()
        if end > 0 {
            try handle.seek(toOffset: end - 1)
            if let last = try handle.read(upToCount: 1), last != Data([0x0A]) { prefix = "\n" }
            try handle.seekToEnd()
        }
        try handle.write(contentsOf: Data((prefix + alias + "\t" + id + "\n").utf8))
        return name
    }
}
