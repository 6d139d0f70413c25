import DiploModel
import Foundation
@testable import DiploStore

/// A temporary folder removed when the value is dropped, holding real SQLite files.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The repository's Migrations folder (tests do not rely on DIPLO_MIGRATIONS).
let migrationsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Migrations")

func openStore(_ dir: TempDir, _ name: String = "diplo.sqlite") throws -> EventStore {
    try EventStore(path: dir.path(name), migrationsDirectory: migrationsDir)
}

func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
func onDay(_ iso: String, _ basis: DateBasis = .explicit) -> EventDate { .day(day(iso), basis: basis) }

// Actors and places used across tests.
let macron = ActorRef(id: "Q3052772", name: "Emmanuel Macron", kind: .person, country: "FR")
let poutine = ActorRef(id: "Q7747", name: "Vladimir Poutine", kind: .person, country: "RU")
let lavrov = ActorRef(id: "Q150851", name: "Sergueï Lavrov", kind: .person, country: "RU")
let erdogan = ActorRef(id: "Q39723", name: "Recep Tayyip Erdoğan", kind: .person, country: "TR")
let scholz = ActorRef(id: "Q61053", name: "Olaf Scholz", kind: .person, country: "DE")
let kremlin = ActorRef(id: "Q83229", name: "Kremlin", kind: .institution, country: "RU")
let russie = ActorRef(id: "Q159", name: "Russie", kind: .state, country: "RU")
let turquie = ActorRef(id: "Q43", name: "Turquie", kind: .state, country: "TR")
let onu = ActorRef(id: "Q1065", name: "ONU", kind: .organization)

let syrie = PlaceRef(id: "SY", name: "Syrie")
let idlib = PlaceRef(id: "Q1111", name: "Idlib", ancestors: ["Q842", "SY"])  // Idlib → gouvernorat → Syrie
let sotchi = PlaceRef(id: "Q124", name: "Sotchi", ancestors: ["RU"])
let paris = PlaceRef(id: "Q90", name: "Paris", ancestors: ["FR"])
let bruxelles = PlaceRef(id: "Q239", name: "Bruxelles", ancestors: ["BE"])

/// An article made of sentences, with helpers to point evidence at them (UTF-8 byte offsets).
struct TestArticle {
    var article: Article

    init(_ name: String, published: String = "2020-03-06", title: String? = nil, _ sentences: [String]) {
        article = Article(name: name, title: title ?? name, url: "https://example.org/\(name)",
                          published: day(published), language: "fr", source: "test", text: sentences.joined(separator: " "))
    }

    func evidence(_ sentence: String, core: Bool = true) -> Evidence {
        let text = article.text
        guard let r = text.range(of: sentence) else { fatalError("sentence not in article: \(sentence)") }
        let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
        return Evidence(sentence: sentence, start: start, end: start + sentence.utf8.count, isCore: core)
    }

    func event(_ type: EventType, _ date: EventDate, _ participants: [ActorRef], location: PlaceRef? = nil,
               regions: [PlaceRef] = [], mode: ConsultMode? = nil, _ sentence: String) -> ExtractedEvent {
        ExtractedEvent(type: type, mode: mode, date: date, participants: participants, location: location,
                       regions: regions, evidence: [evidence(sentence)])
    }
}
