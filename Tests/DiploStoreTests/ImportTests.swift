import DiploModel
import Foundation
import GRDB
import Testing
@testable import DiploStore

@Suite struct ImportTests {
    let appel = "Emmanuel Macron s'est entretenu au téléphone jeudi avec Vladimir Poutine de la situation à Idlib."

    @Test func importingTheSameArticleTwiceChangesNothing() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let a = TestArticle("le-monde-1.txt", [appel, "Les deux présidents doivent se revoir."])
        let events = [a.event(.call, onDay("2020-03-05"), [macron, poutine], regions: [idlib], mode: .phone, appel)]
        let first = try store.importArticle(a.article, events: events)
        #expect(first == .imported(ImportCounts(eventsCreated: 1, eventsMerged: 0, sourcesAdded: 1)))
        let before = (try store.stats(), try store.allEvents(), try store.articles())
        let second = try store.importArticle(a.article, events: events)
        #expect(second == .unchanged)
        #expect(second.sourcesAdded == 0)
        // The same content under another file name is the same article.
        var copy = a.article
        copy.name = "copie.txt"
        #expect(try store.importArticle(copy, events: events) == .unchanged)
        let after = (try store.stats(), try store.allEvents(), try store.articles())
        #expect(before.0 == after.0)
        #expect(before.1 == after.1)
        #expect(before.2 == after.2)
    }

    @Test func twoArticlesReportingTheSameCallMakeOneEventWithTwoSources() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let a = TestArticle("a.txt", published: "2020-03-06", [appel])
        let b2 = "Vladimir Poutine et Emmanuel Macron se sont parlé par téléphone le 5 mars."
        let b = TestArticle("b.txt", published: "2020-03-07", [b2])
        _ = try store.importArticle(a.article, events: [a.event(.call, onDay("2020-03-05", .relativeToPublication), [macron, poutine], appel)])
        let outcome = try store.importArticle(b.article, events: [b.event(.call, onDay("2020-03-05"), [poutine, macron], b2)])
        #expect(outcome == .imported(ImportCounts(eventsCreated: 0, eventsMerged: 1, sourcesAdded: 1)))
        let events = try store.allEvents()
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.sources.map(\.article) == ["a.txt", "b.txt"])
        #expect(event.date.basis == .explicit)  // the better date wins
        #expect(event.participants == [macron, poutine].sorted())
        let stored = try #require(try store.event(id: event.id))
        #expect(stored == event)
        #expect(stored.sources[0].evidence == appel)
        #expect(stored.sources[0].url == "https://example.org/a.txt")
        #expect(stored.sources[0].published == day("2020-03-06"))
        #expect(stored.sources[0].isCore)
        let text = a.article.text.utf8
        let start = text.index(text.startIndex, offsetBy: stored.sources[0].start)
        let end = text.index(text.startIndex, offsetBy: stored.sources[0].end)
        #expect(String(a.article.text.utf8[start..<end]) == appel)
    }

    @Test func undatedReportsKeepTheirWindowAndMergeOnlyWhenTheyCannotBeAnotherEvent() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let window = EventDate.range(earliest: day("2019-10-01"), latest: day("2026-11-21"), basis: .inferred)
        let s1 = "Vladimir Poutine et Emmanuel Macron se sont entretenus vendredi par téléphone."
        let dated = TestArticle("dated.txt", [appel])
        let undated1 = TestArticle("undated-1.txt", [s1])
        let undated2 = TestArticle("undated-2.txt", ["Nouvel échange : " + s1])
        _ = try store.importArticle(dated.article, events: [dated.event(.call, onDay("2020-03-05"), [macron, poutine], appel)])
        // Years wide: the pair may have called many times in the window, so each report stays its own event.
        #expect(try store.importArticle(undated1.article, events: [undated1.event(.call, window, [poutine, macron], s1)]).eventsCreated == 1)
        #expect(try store.importArticle(undated2.article, events: [undated2.event(.call, window, [poutine, macron], s1)]).eventsCreated == 1)
        let events = try store.allEvents()
        #expect(events.count == 3)
        let vague = events.filter { $0.date.precision == .range }
        #expect(vague.count == 2)
        #expect(vague.allSatisfy { $0.date.isoString == "2019-10-01/2026-11-21" && $0.date.earliest == day("2019-10-01") })
        // A period query finds a window that overlaps it, however early it starts.
        let found = try store.timeline(TimelineFilter(from: day("2026-01-01"), to: day("2026-02-01")))
        #expect(Set(found.map(\.id)) == Set(vague.map(\.id)))

        // A window of a week holding one call of the pair is that call: the dated report gives its day.
        let week = EventDate.range(earliest: day("2020-03-02"), latest: day("2020-03-08"), basis: .inferred)
        let undated3 = TestArticle("undated-3.txt", ["Cette semaine-là : " + s1])
        let merged = try store.importArticle(undated3.article, events: [undated3.event(.call, week, [poutine, macron], s1)])
        #expect(merged.eventsMerged == 1)
        let call = try #require(try store.allEvents().first { $0.sources.map(\.article).contains("undated-3.txt") })
        #expect(call.date.isoString == "2020-03-05")
        #expect(Set(call.sources.map(\.article)) == ["dated.txt", "undated-3.txt"])
    }

    @Test func samePairOnDifferentDaysMakesTwoEvents() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let a = TestArticle("a.txt", [appel])
        let s = "Nouvel entretien téléphonique entre Emmanuel Macron et Vladimir Poutine samedi."
        let b = TestArticle("b.txt", published: "2020-03-08", [s])
        _ = try store.importArticle(a.article, events: [a.event(.call, onDay("2020-03-05"), [macron, poutine], appel)])
        _ = try store.importArticle(b.article, events: [b.event(.call, onDay("2020-03-07"), [macron, poutine], s)])
        #expect(try store.allEvents().map(\.date.isoString) == ["2020-03-05", "2020-03-07"])
    }

    @Test func callsOfOneLeaderWithDifferentCounterpartsStayApart() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let s1 = "Vladimir Poutine a téléphoné à Emmanuel Macron mercredi."
        let s2 = "Mercredi, Vladimir Poutine s'est aussi entretenu avec Recep Tayyip Erdoğan."
        let a = TestArticle("a.txt", [s1])
        let b = TestArticle("b.txt", [s2])
        _ = try store.importArticle(a.article, events: [a.event(.call, onDay("2020-03-04"), [poutine, macron], s1)])
        let outcome = try store.importArticle(b.article, events: [b.event(.call, onDay("2020-03-04"), [poutine, erdogan], s2)])
        #expect(outcome.eventsCreated == 1)
        #expect(try store.allEvents().count == 2)
    }

    @Test func eventsTheExtractorKeptApartInOneArticleStayApart() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let s1 = "Emmanuel Macron a appelé Vladimir Poutine jeudi matin."
        let s2 = "Les deux dirigeants se sont de nouveau parlé jeudi soir."
        let a = TestArticle("a.txt", [s1, s2])
        let outcome = try store.importArticle(a.article, events: [
            a.event(.call, onDay("2020-03-05"), [macron, poutine], s1),
            a.event(.call, onDay("2020-03-05"), [macron, poutine], s2),
        ])
        #expect(outcome.eventsCreated == 2)
        #expect(try store.allEvents().count == 2)
    }

    @Test func aMonthReportMergesWithADayEventInsideItAndTheDayWins() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let m = "En mars, Emmanuel Macron et Vladimir Poutine se sont entretenus au téléphone."
        let other = "En mars, Emmanuel Macron a aussi appelé Olaf Scholz."
        let a = TestArticle("mois.txt", published: "2020-04-02", [m, other])
        _ = try store.importArticle(a.article, events: [
            a.event(.call, .month(year: 2020, month: 3, basis: .explicit), [macron, poutine], m),
            a.event(.call, .month(year: 2020, month: 3, basis: .explicit), [macron, scholz], other),
        ])
        let b = TestArticle("jour.txt", [appel])
        let outcome = try store.importArticle(b.article, events: [b.event(.call, onDay("2020-03-05"), [macron, poutine], appel)])
        #expect(outcome.eventsMerged == 1)
        let events = try store.allEvents()
        #expect(events.count == 2)
        let merged = try #require(events.first { $0.participants.contains(poutine) })
        #expect(merged.date == onDay("2020-03-05"))
        #expect(merged.sources.count == 2)

        // The other way round: a month report joins the day event and the day date stays.
        let c = TestArticle("mois-2.txt", published: "2020-04-03", [m])
        #expect(try store.importArticle(c.article, events: [
            c.event(.call, .month(year: 2020, month: 3, basis: .explicit), [poutine, macron], m)
        ]).eventsMerged == 1)
        #expect(try store.event(id: merged.id)?.date == onDay("2020-03-05"))
        #expect(try store.event(id: merged.id)?.sources.count == 3)
        // A month report of another type does not merge.
        let d = TestArticle("mois-3.txt", published: "2020-04-03", [m + " Ils ont publié un communiqué."])
        #expect(try store.importArticle(d.article, events: [
            d.event(.statement, .month(year: 2020, month: 3, basis: .explicit), [poutine, macron], m)
        ]).eventsCreated == 1)
    }

    @Test func aTwoDaySummitAtOnePlaceIsOneEventDatedTheFirstDay() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let s2 = "Le sommet de Bruxelles s'est achevé vendredi par une déclaration commune."
        let s1 = "Les dirigeants se sont réunis jeudi à Bruxelles pour un sommet de deux jours."
        let leaders = [macron, scholz, erdogan]
        let b = TestArticle("fin.txt", published: "2020-03-07", [s2])
        let a = TestArticle("debut.txt", published: "2020-03-05", [s1])
        _ = try store.importArticle(b.article, events: [b.event(.summit, onDay("2020-03-06"), leaders, location: bruxelles, s2)])
        let outcome = try store.importArticle(a.article, events: [a.event(.summit, onDay("2020-03-05"), [macron, scholz], location: bruxelles, s1)])
        #expect(outcome.eventsMerged == 1)
        let events = try store.allEvents()
        #expect(events.count == 1)
        #expect(events.first?.date.value == day("2020-03-05"))
        #expect(events.first?.sources.count == 2)
        #expect(events.first?.location?.id == bruxelles.id)
        #expect(events.first?.location?.ancestors == ["BE"])

        // Two days apart is another summit; a one-day gap at another place too.
        let c = TestArticle("autre.txt", [s1 + " "])
        #expect(try store.importArticle(c.article, events: [
            c.event(.summit, onDay("2020-03-07"), leaders, location: bruxelles, s1)
        ]).eventsCreated == 1)
        let d = TestArticle("paris.txt", [s1 + "  "])
        #expect(try store.importArticle(d.article, events: [
            d.event(.summit, onDay("2020-03-06"), leaders, location: paris, s1)
        ]).eventsCreated == 1)
        // Calls never get the one-day tolerance.
        let e1 = TestArticle("call-1.txt", [appel])
        let e2 = TestArticle("call-2.txt", [appel + " "])
        _ = try store.importArticle(e1.article, events: [e1.event(.call, onDay("2020-05-05"), [macron, poutine], appel)])
        #expect(try store.importArticle(e2.article, events: [e2.event(.call, onDay("2020-05-06"), [macron, poutine], appel)]).eventsCreated == 1)
    }

    @Test func aMeetingAndASummitAtTheSamePlaceAndDayMerge() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let s1 = "Emmanuel Macron a rencontré Olaf Scholz jeudi à Bruxelles."
        let s2 = "Au sommet de Bruxelles jeudi, Emmanuel Macron et Olaf Scholz ont défendu le plan."
        let a = TestArticle("a.txt", [s1]), b = TestArticle("b.txt", [s2])
        _ = try store.importArticle(a.article, events: [a.event(.meeting, onDay("2020-03-05"), [macron, scholz], location: bruxelles, s1)])
        #expect(try store.importArticle(b.article, events: [
            b.event(.summit, onDay("2020-03-05"), [macron, scholz], location: bruxelles, s2)
        ]).eventsMerged == 1)
        #expect(try store.allEvents().map(\.type) == [.summit])
        // Without a shared location they stay apart.
        let c = TestArticle("c.txt", [s2 + " "])
        #expect(try store.importArticle(c.article, events: [
            c.event(.meeting, onDay("2020-03-05"), [macron, scholz], s2)
        ]).eventsCreated == 1)
    }

    @Test func statesAndInstitutionsStandForTheirCountry() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let s1 = "Vladimir Poutine et Recep Tayyip Erdoğan ont signé un accord sur Idlib à Sotchi."
        let s2 = "La Russie et la Turquie ont conclu un accord sur Idlib."
        let s3 = "Le Kremlin a annoncé un accord avec Ankara."
        let a = TestArticle("a.txt", [s1]), b = TestArticle("b.txt", [s2]), c = TestArticle("c.txt", [s3])
        _ = try store.importArticle(a.article, events: [a.event(.agreement, onDay("2020-03-05"), [poutine, erdogan], location: sotchi, regions: [idlib], s1)])
        #expect(try store.importArticle(b.article, events: [b.event(.agreement, onDay("2020-03-05"), [russie, turquie], regions: [idlib], s2)]).eventsMerged == 1)
        #expect(try store.importArticle(c.article, events: [c.event(.agreement, onDay("2020-03-05"), [kremlin], s3)]).eventsMerged == 1)
        let events = try store.allEvents()
        #expect(events.count == 1)
        #expect(Set(events[0].participants) == [poutine, erdogan, russie, turquie, kremlin])
        #expect(events[0].location?.id == sotchi.id)

        // Two Russians do not make "Russia and Turkey".
        let s4 = "Vladimir Poutine et Sergueï Lavrov ont approuvé un accord."
        let d = TestArticle("d.txt", [s4])
        let e = TestArticle("e.txt", [s2 + " "])
        _ = try store.importArticle(d.article, events: [d.event(.agreement, onDay("2020-06-01"), [poutine, lavrov], s4)])
        #expect(try store.importArticle(e.article, events: [e.event(.agreement, onDay("2020-06-01"), [russie, turquie], s2)]).eventsCreated == 1)
    }

    @Test func anEventWithoutParticipantsJoinsOnlyThroughASharedPlace() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let s1 = "Un accord de cessez-le-feu a été conclu jeudi pour Idlib."
        let s2 = "Vladimir Poutine et Recep Tayyip Erdoğan ont conclu jeudi un cessez-le-feu à Idlib."
        let s3 = "Un accord a été signé jeudi à Paris."
        let a = TestArticle("a.txt", [s1]), b = TestArticle("b.txt", [s2]), c = TestArticle("c.txt", [s3])
        _ = try store.importArticle(a.article, events: [a.event(.agreement, onDay("2020-03-05"), [], regions: [idlib], s1)])
        #expect(try store.importArticle(b.article, events: [b.event(.agreement, onDay("2020-03-05"), [poutine, erdogan], regions: [idlib], s2)]).eventsMerged == 1)
        #expect(try store.importArticle(c.article, events: [c.event(.agreement, onDay("2020-03-05"), [], location: paris, s3)]).eventsCreated == 1)
    }

    @Test func theCandidateSharingMostParticipantsWins() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let s1 = "Emmanuel Macron et Olaf Scholz se sont réunis jeudi."
        let s2 = "Emmanuel Macron, Olaf Scholz et Recep Tayyip Erdoğan se sont réunis jeudi."
        let s3 = "Emmanuel Macron, Olaf Scholz et Recep Tayyip Erdoğan ont tenu une réunion jeudi."
        let a = TestArticle("a.txt", [s1, s2])
        _ = try store.importArticle(a.article, events: [
            a.event(.meeting, onDay("2020-03-05"), [macron, scholz], s1),
            a.event(.meeting, onDay("2020-03-05"), [macron, scholz, erdogan], s2),
        ])
        let b = TestArticle("b.txt", [s3])
        _ = try store.importArticle(b.article, events: [b.event(.meeting, onDay("2020-03-05"), [macron, scholz, erdogan], s3)])
        let three = try #require(try store.allEvents().first { $0.participants.count == 3 })
        #expect(three.sources.count == 2)
    }

    @Test func aNewVersionOfAnArticleReplacesTheOldOne() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let s1 = "Emmanuel Macron a reçu Olaf Scholz à Paris mardi."
        let v1 = TestArticle("a.txt", [appel, s1])
        _ = try store.importArticle(v1.article, events: [
            v1.event(.call, onDay("2020-03-05"), [macron, poutine], appel),
            v1.event(.meeting, onDay("2020-03-03"), [macron, scholz], location: paris, s1),
        ])
        let other = TestArticle("b.txt", [appel + " "])
        _ = try store.importArticle(other.article, events: [other.event(.call, onDay("2020-03-05"), [macron, poutine], appel)])
        #expect(try store.allEvents().count == 2)

        let v2 = TestArticle("a.txt", [appel, "Correction : la rencontre avec Olaf Scholz a été reportée."])
        let outcome = try store.importArticle(v2.article, events: [v2.event(.call, onDay("2020-03-05"), [macron, poutine], appel)])
        #expect(outcome == .replaced(ImportCounts(eventsCreated: 0, eventsMerged: 1, sourcesAdded: 1, eventsRemoved: 1)))
        let events = try store.allEvents()
        #expect(events.count == 1)
        #expect(events[0].sources.count == 2)
        #expect(try store.articles().map(\.name) == ["b.txt", "a.txt"])
        #expect(try store.article(named: "a.txt")?.text == v2.article.text)
        #expect(try store.timeline(TimelineFilter(text: "reçu")).isEmpty)
        #expect(try store.stats().sources == 2)
    }

    @Test func aFailureMidwayLeavesNothingHalfWritten() throws {
        let dir = try TempDir()
        let store = try openStore(dir)
        let good = TestArticle("ok.txt", [appel])
        _ = try store.importArticle(good.article, events: [good.event(.call, onDay("2020-03-05"), [macron, poutine], appel)])
        let before = (try store.stats(), try store.allEvents(), try store.knownActorNames(), try store.knownPlaceNames())

        // Inject a failure on the second source written by the next import.
        let queue = try DatabaseQueue(path: dir.path("diplo.sqlite"))
        try queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER inject_failure BEFORE INSERT ON sources WHEN new.evidence LIKE '%PANNE%'
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END
                """)
        }
        let s1 = "Recep Tayyip Erdoğan a appelé Olaf Scholz à propos de Sotchi."
        let s2 = "PANNE : Emmanuel Macron a appelé Vladimir Poutine jeudi."
        let bad = TestArticle("bad.txt", [s1, s2])
        #expect(throws: StoreError.self) {
            try store.importArticle(bad.article, events: [
                bad.event(.call, onDay("2020-03-05"), [erdogan, scholz], location: sotchi, s1),
                bad.event(.call, onDay("2020-03-05"), [macron, poutine], s2),
            ])
        }
        #expect(try store.stats() == before.0)
        #expect(try store.allEvents() == before.1)
        #expect(try store.knownActorNames() == before.2)
        #expect(try store.knownPlaceNames() == before.3)
        #expect(try store.article(named: "bad.txt") == nil)
        try queue.write { db in try db.execute(sql: "DROP TRIGGER inject_failure") }
        try queue.close()
        #expect(try store.importArticle(bad.article, events: [
            bad.event(.call, onDay("2020-03-05"), [erdogan, scholz], location: sotchi, s1),
            bad.event(.call, onDay("2020-03-05"), [macron, poutine], s2),
        ]) == .imported(ImportCounts(eventsCreated: 1, eventsMerged: 1, sourcesAdded: 2)))
    }

    @Test func eventIdsAreDeterministicAndSurviveReextraction() throws {
        let dir = try TempDir()
        let a = TestArticle("a.txt", [appel])
        let s2 = "Emmanuel Macron a rencontré Olaf Scholz à Paris."
        let b = TestArticle("b.txt", [s2, appel])
        let eventsA = [a.event(.call, onDay("2020-03-05"), [macron, poutine], appel)]
        let eventsB = [b.event(.meeting, onDay("2020-03-04"), [macron, scholz], location: paris, s2),
                       b.event(.call, onDay("2020-03-05"), [macron, poutine], appel)]
        var ids: [[String]] = []
        for name in ["one.sqlite", "two.sqlite"] {
            let store = try openStore(dir, name)
            _ = try store.importArticle(a.article, events: eventsA)
            _ = try store.importArticle(b.article, events: eventsB)
            ids.append(try store.allEvents().map(\.id))
        }
        #expect(ids[0] == ids[1])
        #expect(ids[0].allSatisfy { $0.hasPrefix("ev_") && $0.count == 15 })

        let store = try openStore(dir, "one.sqlite")
        #expect(try store.deleteAllEvents() == 2)
        #expect(try store.allEvents().isEmpty)
        #expect(try store.stats().articles == 2)
        let extracted = ["a.txt": eventsA, "b.txt": eventsB]
        for article in try store.articles() {
            let stored = try #require(try store.article(named: article.name))
            _ = try store.reimportEvents(forArticleNamed: stored.name, events: extracted[stored.name]!)
        }
        #expect(try store.allEvents().map(\.id) == ids[0])
        #expect(try store.timeline(TimelineFilter(text: "telephone")).count == 1)
        #expect(throws: StoreError.self) { try store.reimportEvents(forArticleNamed: "nope.txt", events: []) }
    }

    @Test func concurrentImportersNeverSeeALockedDatabase() async throws {
        let dir = try TempDir()
        let path = dir.path("diplo.sqlite")
        _ = try openStore(dir)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<3 {
                group.addTask {
                    let store = try EventStore(path: path, migrationsDirectory: migrationsDir)
                    for i in 0..<15 {
                        let s = "Emmanuel Macron a appelé Vladimir Poutine (dépêche \(worker)-\(i))."
                        let a = TestArticle("w\(worker)-\(i).txt", [s])
                        _ = try store.importArticle(a.article, events: [a.event(.call, onDay("2020-03-05"), [macron, poutine], s)])
                        _ = try store.timeline(TimelineFilter(actors: [macron.id]))
                    }
                }
            }
            try await group.waitForAll()
        }
        let store = try openStore(dir)
        #expect(try store.stats().articles == 45)
        // Every report of that call joined the same event.
        #expect(try store.allEvents().count == 1)
        #expect(try store.allEvents().first?.sources.count == 45)
    }
}
