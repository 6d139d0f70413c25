import DiploExtraction
import DiploModel
import Foundation

/// Everything the synthetic corpus is made of, read from the knowledge base (`Knowledge/*.tsv`:
/// actors, offices, institutions, countries, places, and per language the calendar, titles, trigger
/// phrases, cleaning phrases and query words) and from `Bench/templates.tsv` (the connective words of
/// sentences). Nothing about names, dates or triggers is written in Swift, so the corpus follows the
/// knowledge base as it grows.
struct CorpusVocabulary {
    /// A participant the generator can write about.
    struct Participant {
        var ref: ActorRef
        /// Ways to write the name (the canonical name first).
        var names: [String]
        /// Offices ever held (roles of offices.tsv), for titles.
        var roles: [String]
    }

    struct Country {
        var code: String
        var names: [String]
        var adjectiveFR: String
        var adjectiveEN: String
    }

    struct Place {
        var ref: PlaceRef
        var names: [String]
        /// Whether other places lie inside it (a region filter on it uses the hierarchy).
        var hasChildren: Bool
    }

    /// One piece of a template: literal text or a slot (`{A}`, `{T:class:prefixes}`).
    enum Piece {
        case text(String)
        case slot(name: String, argument: String?, prefixes: [String])
    }

    /// The words of one language.
    struct Language {
        var code: String
        var months: [String] = Array(repeating: "", count: 12)
        var weekdays: [String] = Array(repeating: "", count: 7)
        /// Relative day phrases with their offset ("hier" → -1).
        var relativeDays: [(phrase: String, days: Int)] = []
        var pastModifiers: [String] = []
        var monthParts: [String] = []
        /// Trigger and cue phrases by class, as written in triggers.tsv / cues.tsv.
        var phrases: [String: [String]] = [:]
        /// Singular titles by role (roles.tsv rows without a fixed country).
        var titles: [String: [String]] = [:]
        /// Cleaning phrases by class (cleaning.tsv).
        var cleaning: [String: [String]] = [:]
        /// Query words by event type (query.tsv `type:<type>`).
        var queryTypes: [EventType: [String]] = [:]
        var templates: [String: [[Piece]]] = [:]

        func templates(_ kind: String) -> [[Piece]] { templates[kind] ?? [] }
    }

    let knowledge: Knowledge
    let persons: [Participant]
    let institutions: [Participant]
    let states: [Participant]
    let countries: [Country]
    let countriesByCode: [String: Country]
    let places: [Place]
    let languages: [String: Language]
    /// Institutions by country code.
    let institutionsByCountry: [String: [Int]]

    static func load(knowledgeDirectory: URL, templates: URL) throws -> CorpusVocabulary {
        let knowledge = try Knowledge.load(from: knowledgeDirectory)
        return try CorpusVocabulary(knowledge: knowledge, knowledgeDirectory: knowledgeDirectory, templates: templates)
    }

    init(knowledge: Knowledge, knowledgeDirectory: URL, templates: URL) throws {
        self.knowledge = knowledge
        // Sorted by id so that the corpus does not depend on dictionary order.
        persons = knowledge.actors.values.filter { $0.kind == .person && $0.country != nil }.sorted { $0.id < $1.id }.map { a in
            Participant(ref: ActorRef(id: a.id, name: a.name, kind: a.kind, country: a.country),
                        names: [a.name] + a.aliases.filter { $0 != a.name },
                        roles: Array(Set(knowledge.allOffices(of: a.id).map(\.role))).sorted())
        }
        institutions = knowledge.institutions.values.sorted { $0.id < $1.id }.map { i in
            Participant(ref: ActorRef(id: i.id, name: i.name, kind: .institution, country: i.country),
                        names: [i.name] + i.aliases.filter { $0 != i.name }, roles: [])
        }
        var byCountry: [String: [Int]] = [:]
        for (n, i) in institutions.enumerated() { byCountry[i.ref.country ?? "", default: []].append(n) }
        institutionsByCountry = byCountry
        countries = knowledge.countries.values.sorted { $0.code < $1.code }.map { c in
            let ascii = c.adjectives.filter { a in a.unicodeScalars.allSatisfy { $0.isASCII } && !a.hasSuffix("s") && !a.hasSuffix("o") }
            let en = ascii.last ?? c.adjectives.last ?? c.name
            return Country(code: c.code, names: [c.name] + c.aliases.filter { $0 != c.name },
                           adjectiveFR: c.adjectives.first ?? c.name, adjectiveEN: en.prefix(1).uppercased() + en.dropFirst())
        }
        countriesByCode = Dictionary(uniqueKeysWithValues: countries.map { ($0.code, $0) })
        states = knowledge.countries.values.sorted { $0.code < $1.code }.compactMap { c in
            knowledge.stateRef(c.code).map { Participant(ref: $0, names: [c.name] + c.aliases.filter { $0 != c.name }, roles: []) }
        }
        let parents = Set(knowledge.places.values.compactMap(\.parent))
        places = knowledge.places.values.filter { $0.kind != "country" && $0.kind != "continent" }.sorted { $0.id < $1.id }.compactMap { p in
            knowledge.placeRef(p.id).map { Place(ref: $0, names: [p.name] + p.aliases.filter { $0 != p.name }, hasChildren: parents.contains(p.id)) }
        }

        var languages: [String: Language] = [:]
        let langDir = knowledgeDirectory.appendingPathComponent("lang")
        for code in ["fr", "en"] {
            languages[code] = try Self.loadLanguage(code: code, directory: langDir.appendingPathComponent(code))
        }
        for row in try TSVFile.load(templates, optional: false).rows where row.fields.count >= 3 {
            languages[row[0]]?.templates[row[1], default: []].append(Self.parse(template: row[2]))
        }
        for (code, l) in languages {
            for kind in ["call", "meeting", "summit", "statement", "agreement", "filler", "clause", "mention-title"] where l.templates(kind).isEmpty {
                throw BenchError.badData("\(templates.path): no \(kind) template for \(code)")
            }
        }
        self.languages = languages
        guard persons.count >= 100, places.count >= 100 else {
            throw BenchError.badData("the knowledge base has too few people (\(persons.count)) or places (\(places.count)) for a realistic corpus")
        }
    }

    private static func loadLanguage(code: String, directory: URL) throws -> Language {
        var l = Language(code: code)
        for row in try TSVFile.load(directory.appendingPathComponent("calendar.tsv")).rows {
            let word = row[1], value = Int(row[2])
            switch row[0] {
            case "month":
                // The first spelling of each month is its full name; abbreviations come after.
                if let v = value, (1...12).contains(v), l.months[v - 1].isEmpty, !word.hasSuffix(".") { l.months[v - 1] = word }
            case "weekday":
                if let v = value, (1...7).contains(v), l.weekdays[v - 1].isEmpty { l.weekdays[v - 1] = word }
            case "relative": if let v = value, v <= 0 { l.relativeDays.append((word, v)) }
            case "modifier": if row[2] == "past" { l.pastModifiers.append(word) }
            case "month-part": l.monthParts.append(word)
            default: break
            }
        }
        for file in ["triggers.tsv", "cues.tsv"] {
            for row in try TSVFile.load(directory.appendingPathComponent(file)).rows where !row[1].isEmpty {
                l.phrases[row[0], default: []].append(row[1])
            }
        }
        for row in try TSVFile.load(directory.appendingPathComponent("roles.tsv")).rows where !row[0].isEmpty && row[2].isEmpty && row[3] != "plural" {
            l.titles[row[1], default: []].append(row[0])
        }
        for row in try TSVFile.load(directory.appendingPathComponent("cleaning.tsv")).rows where !row[1].isEmpty {
            l.cleaning[row[0], default: []].append(row[1])
        }
        for row in try TSVFile.load(directory.appendingPathComponent("query.tsv")).rows where row[0].hasPrefix("type:") {
            if let t = EventType(rawValue: String(row[0].dropFirst(5))) { l.queryTypes[t, default: []].append(row[1]) }
        }
        if l.months.contains("") || l.weekdays.contains("") {
            throw BenchError.badData("\(directory.path)/calendar.tsv: a month or weekday name is missing")
        }
        return l
    }

    /// Splits a template into literal text and `{slot}`, `{T:class}`, `{T:class:p1|p2}` slots.
    static func parse(template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            let parts = rest[rest.index(after: open)..<close].split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            let prefixes = parts.count > 2 ? parts[2].split(separator: "|").map(String.init) : []
            pieces.append(.slot(name: parts[0], argument: parts.count > 1 ? parts[1] : nil, prefixes: prefixes))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }
}

/// Problems that stop the benchmark, worded for the terminal.
enum BenchError: Error, CustomStringConvertible {
    case badData(String)
    case failed(String)
    case badResults(String)

    var description: String {
        switch self {
        case .badData(let s): "bench data: \(s)"
        case .failed(let s): s
        case .badResults(let s): "results: \(s)"
        }
    }
}
