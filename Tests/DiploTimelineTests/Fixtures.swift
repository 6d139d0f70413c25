import DiploExtraction
import DiploModel
import Foundation

/// A temporary directory removed at deinit.
final class TempDirectory {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("diplo-timeline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws {
        let u = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: u)
    }
}

/// The repository checkout these tests were compiled from.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func day(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

let putin = ActorRef(id: "Q7747", name: "Vladimir Putin", kind: .person, country: "RU")
let erdogan = ActorRef(id: "Q39259", name: "Recep Tayyip Erdoğan", kind: .person, country: "TR")
let localEnvoy = ActorRef(id: "local:jean-dupont", name: "Jean Dupont", kind: .person, country: nil)
let idlib = PlaceRef(id: "local:sy-idlib-gov", name: "Idlib", ancestors: ["SY"])
let syria = PlaceRef(id: "SY", name: "Syria", ancestors: [])
let sochi = PlaceRef(id: "Q828", name: "Sochi", ancestors: ["RU"])

func source(_ article: String, _ evidence: String, url: String? = nil, title: String? = nil, published: String? = nil) -> EventSource {
    EventSource(article: article, url: url, title: title, published: published.map(day), evidence: evidence,
                start: 0, end: evidence.utf8.count, isCore: true)
}

/// A call of day precision, and a month-precision meeting with awkward strings.
let callEvent = TimelineEvent(
    id: "e1", type: .call, mode: .phone, cameo: "041", plover: "CONSULT/phone",
    date: .day(day("2020-02-21"), basis: .explicit),
    participants: [putin, erdogan], location: nil, regions: [idlib],
    sources: [source("a.txt", "Vladimir Poutine s'est entretenu avec Recep Tayyip Erdogan.", url: "https://example.org/a",
                     title: "Appel", published: "2020-02-22")])

let trickyEvent = TimelineEvent(
    id: "e2", type: .meeting, mode: nil, cameo: "044", plover: "CONSULT",
    date: .month(year: 2019, month: 10, basis: .relativeToPublication),
    participants: [erdogan, localEnvoy], location: sochi, regions: [syria, idlib],
    sources: [
        source("b.txt", "He said \"stop\", then, after a pause,\nleft.\tTab\u{2028}end \\ back", title: "=HYPERLINK(\"x\")"),
        source("c.txt", "=1+1", url: "https://example.org/c?a=1,b=2"),
    ])

/// Writes a small knowledge base (the formats of Knowledge/README.md) with the query vocabulary
/// of the repository, and loads it.
func makeKnowledge(_ dir: TempDirectory) throws -> (Knowledge, QueryVocabularyFiles) {
    try dir.write("countries.tsv", """
        # code\tqid\tname\taliases\tadjectives\tcapital\tleader
        RU\tQ159\tRussia\tRussie|Fédération de Russie\trusse|russes|russian\tQ649\thead_of_state
        TR\tQ43\tTurkey\tTurquie|Türkiye\tturc|turque|turkish\tQ3640\thead_of_state
        SY\tQ858\tSyria\tSyrie\tsyrien|syrienne|syrian\tQ3766\thead_of_state
        FR\tQ142\tFrance\t\tfrançais|française|french\tQ90\thead_of_state
        IR\tQ794\tIran\t\tiranien|iranienne|iranian\tQ3616\thead_of_state

        """)
    try dir.write("actors.tsv", """
        Q7747\tperson\tVladimir Putin\tRU\tVladimir Poutine|Poutine|Putin
        Q39259\tperson\tRecep Tayyip Erdoğan\tTR\tRecep Tayyip Erdogan|Erdogan|Erdoğan
        Q3052772\tperson\tEmmanuel Macron\tFR\tMacron
        Q483689\tperson\tMevlüt Çavuşoğlu\tTR\tCavusoglu|Çavuşoğlu
        Q48760\tperson\tSergey Lavrov\tRU\tLavrov|Sergueï Lavrov
        Q11606\tperson\tHassan Rouhani\tIR\tRouhani|Hassan Rohani

        """)
    try dir.write("offices.tsv", """
        Q7747\thead_of_state\tRU\t2012-05-07\t
        Q39259\thead_of_state\tTR\t2014-08-28\t
        Q3052772\thead_of_state\tFR\t2017-05-14\t
        Q483689\tforeign_minister\tTR\t2015-11-24\t2023-06-03
        Q48760\tforeign_minister\tRU\t2004-03-09\t
        Q11606\thead_of_state\tIR\t2013-08-03\t2021-08-03

        """)
    try dir.write("institutions.tsv", """
        Q1479\tKremlin\tRU\thead_of_state\tle Kremlin\tQ649

        """)
    try dir.write("places.tsv", """
        RU\tcountry\tRussia\t\t
        TR\tcountry\tTurkey\t\t
        SY\tcountry\tSyria\t\t
        FR\tcountry\tFrance\t\t
        IR\tcountry\tIran\t\t
        Q3616\tcity\tTehran\tIR\tTéhéran
        Q649\tcity\tMoscow\tRU\tMoscou
        Q3640\tcity\tAnkara\tTR\t
        Q828\tcity\tSochi\tRU\tSotchi
        local:sy-idlib-gov\tregion\tIdlib\tSY\tIdleb|province d'Idleb
        local:sy-saraqeb\tcity\tSaraqib\tlocal:sy-idlib-gov\tSaraqeb

        """)
    try dir.write("lang/fr/calendar.tsv", "month\tjanvier\t1\nmonth\tfévrier\t2\nmonth\tmars\t3\nmonth\toctobre\t10\n")
    try dir.write("lang/en/calendar.tsv", "month\tjanuary\t1\nmonth\tfebruary\t2\nmonth\tmarch\t3\nmonth\toctober\t10\n")
    try dir.write("lang/fr/roles.tsv", """
        président\thead_of_state
        présidents\thead_of_state\t\tplural
        chef de la diplomatie\tforeign_minister
        ministres des Affaires étrangères\tforeign_minister\t\tplural
        homologues\tcounterpart\t\tplural

        """)
    try dir.write("lang/en/roles.tsv", """
        president\thead_of_state
        presidents\thead_of_state\t\tplural
        foreign minister\tforeign_minister
        foreign ministers\tforeign_minister\t\tplural

        """)
    for code in ["en", "fr"] {
        let query = try String(contentsOf: repositoryRoot.appendingPathComponent("Knowledge/lang/\(code)/query.tsv"), encoding: .utf8)
        try dir.write("lang/\(code)/query.tsv", query)
    }
    return (try Knowledge.load(from: dir.url), QueryVocabularyFiles(directory: dir.url))
}

struct QueryVocabularyFiles { var directory: URL }
