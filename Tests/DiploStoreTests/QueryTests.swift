import DiploModel
import Foundation
import GRDB
import Testing
@testable import DiploStore

/// A small store: calls, a meeting in Paris, an agreement about Idlib, a summit in Brussels.
func sampleStore(_ dir: TempDir) throws -> EventStore {
    let store = try openStore(dir)
    let s1 = "Emmanuel Macron s'est entretenu au téléphone avec Vladimir Poutine de la situation à Idlib."
    let s2 = "Œuvrer à un cessez-le-feu durable : Vladimir Poutine et Recep Tayyip Erdoğan ont signé un accord à Sotchi."
    let s3 = "Emmanuel Macron a reçu Olaf Scholz à l'Élysée."
    let s4 = "Le sommet de Bruxelles a réuni Emmanuel Macron, Olaf Scholz et Recep Tayyip Erdoğan."
    let a = TestArticle("a.txt", published: "2020-03-06", [s1, s2])
    let b = TestArticle("b.txt", published: "2020-03-06", [s1 + " Les deux hommes ont parlé une heure."])
    let c = TestArticle("c.txt", published: "2020-04-11", [s3, s4])
    _ = try store.importArticle(a.article, events: [
        a.event(.call, onDay("2020-03-05"), [macron, poutine], regions: [idlib], mode: .phone, s1),
        a.event(.agreement, onDay("2020-03-05"), [poutine, erdogan], location: sotchi, regions: [idlib], s2),
    ])
    _ = try store.importArticle(b.article, events: [
        b.event(.call, onDay("2020-03-05"), [macron, poutine], mode: .phone, s1),
    ])
    _ = try store.importArticle(c.article, events: [
        c.event(.meeting, onDay("2020-04-10"), [macron, scholz], location: paris, mode: .host, s3),
        c.event(.summit, .month(year: 2020, month: 2, basis: .explicit), [macron, scholz, erdogan], location: bruxelles, s4),
    ])
    return store
}

@Suite struct QueryTests {
    @Test func timelineIsOrderedOldestFirst() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        let all = try store.timeline(TimelineFilter())
        #expect(all.map(\.type).first == .summit)
        #expect(Set(all.map(\.type)[1...2]) == [.agreement, .call])
        #expect(all.map(\.type).last == .meeting)
        // Same day: the call and the agreement are ordered by id.
        #expect(all[1].id < all[2].id)
        #expect(try store.allEvents() == all)
        var streamed: [TimelineEvent] = []
        try store.forEachEvent { streamed.append($0) }
        #expect(streamed == all)
        let call = try #require(all.first { $0.type == .call })
        #expect(call.cameo == "041")
        #expect(call.plover == "CONSULT/phone")
        #expect(call.mode == .phone)
        #expect(call.regions.map(\.id) == [idlib.id])
        #expect(call.regions.first?.ancestors == ["Q842", "SY"])
    }

    @Test func filtersByActorsPairsAndCountries() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        #expect(try store.timeline(TimelineFilter(actors: [macron.id])).map(\.type) == [.summit, .call, .meeting])
        #expect(try store.timeline(TimelineFilter(actors: [macron.id, poutine.id])).map(\.type) == [.call])
        #expect(try store.timeline(TimelineFilter(anyActors: [poutine.id, scholz.id])).count == 4)
        #expect(try store.timeline(TimelineFilter(countries: ["FR", "TR"])).map(\.type) == [.summit])
        #expect(Set(try store.timeline(TimelineFilter(countries: ["RU"])).map(\.type)) == [.agreement, .call])
        #expect(try store.timeline(TimelineFilter(types: [.call, .meeting])).map(\.type) == [.call, .meeting])
        #expect(try store.timeline(TimelineFilter(actors: ["Q0"])).isEmpty)
    }

    @Test func filtersByPeriodWithSpanOverlap() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        #expect(Set(try store.timeline(TimelineFilter(from: day("2020-03-01"), to: day("2020-03-31"))).map(\.type)) == [.agreement, .call])
        // The February summit (month precision) overlaps a period starting 29 February.
        #expect(try store.timeline(TimelineFilter(from: day("2020-02-29"), to: day("2020-03-01"))).map(\.type) == [.summit])
        #expect(try store.timeline(TimelineFilter(from: day("2020-04-10"))).map(\.type) == [.meeting])
        #expect(try store.timeline(TimelineFilter(to: day("2020-02-01"))).map(\.type) == [.summit])
        #expect(try store.timeline(TimelineFilter(to: day("2020-01-31"))).isEmpty)
    }

    @Test func aPeriodInsideAYearFindsEventsOfEveryPrecisionThatOverlapIt() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        // Different pairs, so that no report merges with another.
        let dates: [(String, EventDate, [ActorRef])] = [
            ("year", .year(2018, basis: .explicit), [macron, poutine]),
            ("month", .month(year: 2018, month: 6, basis: .explicit), [erdogan, scholz]),
            ("day", onDay("2018-06-15"), [lavrov, macron]),
            ("range", .range(earliest: day("2016-03-01"), latest: day("2026-11-21"), basis: .inferred), [scholz, poutine]),
            ("before", onDay("2017-12-31"), [erdogan, lavrov]),
            ("after", onDay("2018-07-01"), [macron, erdogan]),
        ]
        for (name, date, pair) in dates {
            let a = TestArticle("\(name).txt", ["Une rencontre (\(name))."])
            let regions = name == "day" || name == "range" || name == "before" ? [idlib] : []
            _ = try store.importArticle(a.article, events: [a.event(.meeting, date, pair, regions: regions, a.article.text)])
        }
        let june = try store.timeline(TimelineFilter(from: day("2018-06-01"), to: day("2018-06-30")))
        #expect(Set(june.map { $0.sources.first?.article ?? "" }) == ["year.txt", "month.txt", "day.txt", "range.txt"])
        let december = try store.timeline(TimelineFilter(types: [.meeting], from: day("2018-12-01"), to: day("2018-12-31")))
        #expect(Set(december.map { $0.sources.first?.article ?? "" }) == ["year.txt", "range.txt"])
        // Events found by actor, and by region (the region's arguments come before the period's in the query).
        let scholzJune = try store.timeline(TimelineFilter(actors: [scholz.id], from: day("2018-06-01"), to: day("2018-06-30")))
        #expect(Set(scholzJune.map { $0.sources.first?.article ?? "" }) == ["month.txt", "range.txt"])
        let syriaJune = try store.timeline(TimelineFilter(types: [.meeting], regions: ["SY"], from: day("2018-06-01"), to: day("2018-06-30")))
        #expect(Set(syriaJune.map { $0.sources.first?.article ?? "" }) == ["day.txt", "range.txt"])
        let syriaSince = try store.timeline(TimelineFilter(regions: ["SY"], from: day("2017-12-31")))
        #expect(Set(syriaSince.map { $0.sources.first?.article ?? "" }) == ["day.txt", "range.txt", "before.txt"])
        // Exports walk the same query a page at a time.
        var exported: [String] = []
        try store.forEachEvent(matching: TimelineFilter(from: day("2018-06-01"), to: day("2018-06-30"))) { exported.append($0.id) }
        #expect(exported == june.map(\.id))
    }

    @Test func aCountryRegionFindsEventsAboutPlacesInsideIt() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        #expect(Set(try store.timeline(TimelineFilter(regions: ["SY"])).map(\.type)) == [.agreement, .call])
        #expect(try store.timeline(TimelineFilter(regions: ["Q842"])).count == 2)  // the governorate
        #expect(try store.timeline(TimelineFilter(regions: ["RU"])).map(\.type) == [.agreement])  // Sochi
        #expect(try store.timeline(TimelineFilter(regions: ["FR", "BE"])).map(\.type) == [.summit, .meeting])
        #expect(try store.timeline(TimelineFilter(regions: ["ZZ"])).isEmpty)
        let places = try store.placeSummaries()
        #expect(places.first { $0.id == "Q842" }?.parent == "SY")
        #expect(places.first { $0.id == "SY" }?.name == "SY")  // named by id until a reference names it
        #expect(places.first { $0.id == idlib.id }?.eventCount == 2)
    }

    @Test func fullTextSearchIgnoresCaseDiacriticsAndLigatures() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        #expect(try store.timeline(TimelineFilter(text: "telephone")).map(\.type) == [.call])
        #expect(try store.timeline(TimelineFilter(text: "TÉLÉPHONE")).map(\.type) == [.call])
        #expect(try store.timeline(TimelineFilter(text: "oeuvrer")).map(\.type) == [.agreement])
        #expect(try store.timeline(TimelineFilter(text: "Œuvrer")).map(\.type) == [.agreement])
        #expect(try store.timeline(TimelineFilter(text: "elysee")).map(\.type) == [.meeting])
        #expect(try store.timeline(TimelineFilter(text: "cessez-le-feu")).map(\.type) == [.agreement])
        #expect(try store.timeline(TimelineFilter(text: "l'élysée")).map(\.type) == [.meeting])
        #expect(try store.timeline(TimelineFilter(text: "tele*")).map(\.type) == [.call])
        #expect(try store.timeline(TimelineFilter(text: "erdogan sommet")).map(\.type) == [.summit])
        #expect(try store.timeline(TimelineFilter(text: "erdogan")).count == 2)
        #expect(try store.timeline(TimelineFilter(text: "   ")).count == 4)  // blank: no filter
        #expect(try store.timeline(TimelineFilter(types: [.agreement], text: "erdogan")).count == 1)
    }

    @Test func hostileSearchStringsNeverCauseSQLErrors() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        let hostile = ["\"", "NEAR(", "*", "-x", "'); DROP TABLE events; --", "\"\"\"", "a OR b", "macron NOT poutine",
                       "col:macron", "^macron", "(((", "AND", "{macron}", "\u{0}", "télé\"phone", "**", "-", "+", "NEAR(a b, 2)",
                       "\\", "%", "_", "' OR 1=1 --", "a\" NEAR(b", "-poutine", "poutine*", "\" OR 1=1 --", "' OR ''='",
                       "NEAR(poutine erdogan, 2)", "poutine AND", "poutine OR", "\"poutine\"", "poutine:*", "*poutine", "x\u{1}y",
                       "poutine\nAND erdogan", "[poutine]", "poutine -erdogan", "rowid = 1", "sources_fts MATCH 'x'"]
        for text in hostile {
            #expect(throws: Never.self, "\(text)") { _ = try store.timeline(TimelineFilter(text: text)) }
        }
        #expect(try store.timeline(TimelineFilter(text: "*")).isEmpty)
        #expect(try store.timeline(TimelineFilter(text: "NEAR(")).isEmpty)
        #expect(try store.timeline(TimelineFilter(text: "'); DROP TABLE events; --")).isEmpty)
        #expect(try store.allEvents().count == 4)
        // Hostile ids and regions are plain values too.
        #expect(try store.timeline(TimelineFilter(actors: ["'); DROP TABLE events; --"], regions: ["' OR 1=1 --"])).isEmpty)
        #expect(try store.allEvents().count == 4)
    }

    @Test func minSourcesAndLimit() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        #expect(try store.timeline(TimelineFilter(minSources: 2)).map(\.type) == [.call])
        #expect(try store.timeline(TimelineFilter(minSources: 3)).isEmpty)
        #expect(try store.timeline(TimelineFilter(limit: 2)).map(\.id) == Array(try store.allEvents().prefix(2)).map(\.id))
        #expect(try store.timeline(TimelineFilter(limit: 0)).isEmpty)
        var n = 0
        try store.forEachEvent(matching: TimelineFilter(limit: 3)) { _ in n += 1 }
        #expect(n == 3)
    }

    @Test func summariesStatsAndListings() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        let stats = try store.stats()
        #expect(stats.articles == 3)
        #expect(stats.events == 4)
        #expect(stats.eventsByType == [.call: 1, .agreement: 1, .meeting: 1, .summit: 1])
        #expect(stats.sources == 5)
        #expect(stats.firstDate == day("2020-02-01"))
        #expect(stats.lastDate == day("2020-04-10"))

        let actors = try store.actorSummaries()
        let m = try #require(actors.first)
        #expect(m.id == macron.id)
        #expect(m.eventCount == 3)
        #expect(m.firstDate == day("2020-02-01"))
        #expect(m.lastDate == day("2020-04-10"))
        #expect(actors.first { $0.id == erdogan.id }?.country == "TR")

        #expect(try store.knownActorNames().map(\.name) == ["Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdoğan", "Vladimir Poutine"])
        #expect(try store.knownPlaceNames().contains(NamedID(id: idlib.id, name: "Idlib")))
        let articles = try store.articles()
        #expect(articles.map(\.name) == ["a.txt", "b.txt", "c.txt"])
        #expect(articles.map(\.eventCount) == [2, 1, 2])
        #expect(articles[0].contentHash.count == 64)
        #expect(try store.article(named: "c.txt")?.published == day("2020-04-11"))
        #expect(try store.article(named: "missing.txt") == nil)
        #expect(try store.event(id: "ev_000000000000") == nil)
    }

    @Test func pagingStreamsLargeTimelinesInOrder() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        var sentences: [String] = []
        var events: [ExtractedEvent] = []
        let start = day("2019-01-01")
        for i in 0..<1_234 {
            sentences.append("Appel numéro \(i) entre Emmanuel Macron et Vladimir Poutine.")
        }
        let a = TestArticle("long.txt", sentences)
        for (i, s) in sentences.enumerated() {
            // Several events per day, to exercise ordering by id within a day.
            events.append(a.event(.call, .day(start.adding(days: i / 3), basis: .explicit), [macron, poutine], s))
        }
        #expect(try store.importArticle(a.article, events: events).eventsCreated == 1_234)
        let all = try store.timeline(TimelineFilter())
        #expect(all.count == 1_234)
        var streamed: [String] = []
        try store.forEachEvent { streamed.append($0.id) }
        #expect(streamed == all.map(\.id))
        let keys = all.map { ($0.date.value, $0.id) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })
        #expect(try store.timeline(TimelineFilter(limit: 700)).map(\.id) == Array(all.prefix(700)).map(\.id))
    }

    @Test func fullTextIndexStaysInSyncWithSources() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        try store.deleteAllEvents()
        try store.close()
        let queue = try DatabaseQueue(path: dir.path("diplo.sqlite"))
        let (fts, sources) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources_fts"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources"))
        }
        #expect(fts == 0)
        #expect(sources == 0)
        try queue.close()
    }

    @Test func candidateLookupUsesIndexesNotAScan() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        let a = TestArticle("x.txt", ["Emmanuel Macron a appelé Vladimir Poutine."])
        let event = a.event(.call, onDay("2020-03-05"), [macron, poutine], location: paris, regions: [idlib], a.article.text)
        let (candidates, plan) = try store.pool.read { db in
            let candidates = try EventClustering.candidates(for: event, articleID: 999, in: db)
            let query = try #require(EventClustering.candidateQuery(for: event, articleID: 999))
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments)
                .map { $0["detail"] as String }
            return (candidates, plan)
        }
        #expect(candidates.count == 1)
        // Every access to events goes through an index (SQLite says "SCAN e" for a full scan).
        #expect(!plan.contains { $0.hasPrefix("SCAN e") || $0 == "SCAN events" }, "\(plan)")
    }

    @Test func timelineQueriesUseTheirIndexes() throws {
        let dir = try TempDir()
        let store = try sampleStore(dir)
        func plan(_ f: TimelineFilter) throws -> String {
            let q = EventStore.timelineQuery(f, after: EventStore.TimelinePosition(id: "ev_", dateValue: "2020-01-01", precisionRank: 0), count: 10)
            return try store.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + q.sql, arguments: q.arguments).map { $0["detail"] as String }
            }.joined(separator: "\n")
        }
        #expect(try plan(TimelineFilter(actors: [poutine.id, macron.id])).contains("event_participants_actor"))
        #expect(try plan(TimelineFilter(anyActors: [poutine.id])).contains("event_participants_actor"))
        #expect(try plan(TimelineFilter(regions: ["SY"])).contains("event_regions_place"))
        #expect(try plan(TimelineFilter(types: [.call], from: day("2020-01-01"), to: day("2020-02-01"))).contains("events_type_date"))
        #expect(try plan(TimelineFilter()).contains("events_date"))
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let dir = try TempDir()
        let path = dir.path("notes.sqlite")
        try "Ceci n'est pas une base de données, mais un texte assez long pour en avoir l'air.".data(using: .utf8)!
            .write(to: URL(fileURLWithPath: path))
        #expect {
            try EventStore(path: path, migrationsDirectory: migrationsDir)
        } throws: { error in
            guard case let StoreError.cannotOpen(p, _) = error else { return false }
            return p == path && "\(error)".contains(path)
        }
    }
}
