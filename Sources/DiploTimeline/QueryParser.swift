import DiploExtraction
import DiploModel
import DiploStore
import Foundation

/// The words of `diplo query` questions, read from `Knowledge/lang/<code>/query.tsv`
/// (`class<TAB>phrase`; see the header of `Knowledge/lang/en/query.tsv` for the classes).
/// Every language is loaded into one dictionary, so a question may mix them.
public struct QueryVocabulary: Sendable {
    public var phrases = PhraseTrie<String>()
    public var languages: [String] = []

    public init() {}

    public static func load(knowledgeDirectory dir: URL) throws -> QueryVocabulary {
        var v = QueryVocabulary()
        let langDir = dir.appendingPathComponent("lang")
        for code in (try? FileManager.default.contentsOfDirectory(atPath: langDir.path))?.sorted() ?? [] where !code.hasPrefix(".") {
            let file = langDir.appendingPathComponent(code).appendingPathComponent("query.tsv")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            v.languages.append(code)
            for row in try TSVFile.load(file).rows where !row[0].isEmpty && !row[1].isEmpty {
                v.phrases.insert(phrase: row[1], value: row[0])
            }
        }
        return v
    }

    /// The default `Knowledge/` directory's vocabulary.
    public static func loadDefault() throws -> QueryVocabulary {
        guard let dir = ResourceLocator.knowledge else { throw KnowledgeError.missingDirectory }
        return try load(knowledgeDirectory: dir)
    }
}

/// A question understood: the filter, how it was understood, and what was not.
public struct ParsedQuery: Sendable, Hashable {
    public var filter: TimelineFilter
    /// One line: `actors: Vladimir Putin, Recep Tayyip Erdoğan · type: call · region: Idlib (Syria)`.
    public var description: String
    /// Words that were not understood (stop words excluded), as typed.
    public var unknownWords: [String]

    /// No actor, country, type, region or period was understood (the filter keeps everything).
    public var understoodNothing: Bool {
        filter.actors.isEmpty && filter.anyActors.isEmpty && filter.countries.isEmpty && filter.types.isEmpty
            && filter.regions.isEmpty && filter.from == nil && filter.to == nil
    }
}

/// Plain words → `TimelineFilter`, in English and French.
///
/// Reads actors by any alias (and offices: "président turc", "Russian foreign minister"), countries,
/// places, event types, and periods ("en février 2020", "since 2019", "entre 2018 et 2020",
/// "l'an dernier"). Pairs may be written "Putin–Erdogan", "Poutine-Erdogan", "Poutine et Erdogan",
/// "between Putin and Erdogan". A place, or a country after a preposition ("sur la Syrie"), is a
/// region; a country elsewhere ("Russie-Turquie") is a participant country. The function words are data
/// (`query.tsv`), names come from the knowledge base.
public struct QueryParser: Sendable {
    public let knowledge: Knowledge
    public let vocabulary: QueryVocabulary
    public let today: CalendarDate

    /// Capital place id → country code ("Q649" → "RU"), for capitals standing for their states.
    let capitals: [String: String]

    public init(knowledge: Knowledge, vocabulary: QueryVocabulary, today: CalendarDate = QueryParser.currentDate()) {
        self.knowledge = knowledge; self.vocabulary = vocabulary; self.today = today
        var capitals: [String: String] = [:]
        for c in knowledge.countries.values.sorted(by: { $0.code < $1.code }) {
            if let cap = c.capital, capitals[cap] == nil { capitals[cap] = c.code }
        }
        self.capitals = capitals
    }

    /// Today's date on the local calendar.
    public static func currentDate() -> CalendarDate {
        let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    // MARK: Items

    enum Item {
        case actor(String)
        case office(role: String, country: String)
        /// A plural title ("presidents", "ministres des Affaires étrangères") applying to the states
        /// named next to it: "the Russian and Turkish presidents", "les présidents russe et turc".
        case pluralRole(String)
        case country(String)
        case place(String)
        case type(EventType)
        case date(CalendarDate, CalendarDate)
        /// A preposition: its classes and the words as typed (reported when it governs nothing).
        case prep(Set<String>, String)
        case pairSep
        case anySep
        case between(String)
        case stop
        case unknown(String)
        case ignorable

        /// Something asked about (as opposed to a function word).
        var isContent: Bool {
            switch self {
            case .actor, .office, .country, .place, .type, .date: true
            default: false
            }
        }
    }

    // MARK: Parsing

    public func parse(_ text: String) -> ParsedQuery {
        let tokens = Tokenizer.tokenize(text.precomposedStringWithCanonicalMapping)
        let items = segment(tokens)
        return interpret(items)
    }

    /// Splits the tokens into items, longest match first at each position.
    func segment(_ tokens: [Token]) -> [Item] {
        var items: [Item] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation {
                switch t.folded {
                case "-", "/", "&", "+", ",": items.append(.pairSep)
                default: items.append(.ignorable)
                }
                i += 1
                continue
            }
            var best: (len: Int, item: Item)? = nil
            func consider(_ len: Int, _ item: Item) {
                if len > 0, len > (best?.len ?? 0) { best = (len, item) }
            }
            if let (len, a, b) = dateAt(tokens, i) { consider(len, .date(a, b)) }
            if let (len, role, country) = officeAt(tokens, i) { consider(len, .office(role: role, country: country)) }
            if let (len, role) = pluralRoleAt(tokens, i) { consider(len, .pluralRole(role)) }
            let vocab = vocabularyAt(tokens, i)
            if let (len, entity, needsCapital) = nameAt(tokens, i) {
                // A lower-case word that is also a query word ("sur") is the query word, unless the
                // name is longer.
                let lowerCollision = needsCapital && !t.isCapitalized && (vocab?.len ?? 0) >= len
                if !lowerCollision { consider(len, entityItem(entity)) }
            }
            if let (len, item) = vocab { consider(len, item) }
            if best == nil, let adj = adjectiveAt(tokens, i) { consider(adj.len, .country(adj.code)) }
            if let b = best {
                // "Moscow-Ankara": a hyphen joining two names joins them like "and".
                if t.hyphenBefore, let last = items.last, last.isContent { items.append(.pairSep) }
                items.append(b.item)
                i += b.len
            } else {
                items.append(.unknown(t.original))
                i += 1
            }
        }
        return items
    }

    /// An institution that speaks for an office holder ("le Kremlin", "the White House") stands for
    /// that holder, as the extractor reads it in articles; events list the holder, not the building.
    private func entityItem(_ e: NamedEntity) -> Item {
        switch e {
        case .institution(let id):
            if let inst = knowledge.institutions[id], !inst.role.isEmpty, !inst.country.isEmpty {
                return .office(role: inst.role, country: inst.country)
            }
            return .actor(id)
        case .actor(let id): return .actor(id)
        case .country(let code): return .country(code)
        case .place(let id): return .place(id)
        }
    }

    /// The longest knowledge-base name at `i`: actors are preferred to institutions, states and places.
    func nameAt(_ tokens: [Token], _ i: Int) -> (Int, NamedEntity, Bool)? {
        for m in knowledge.names.matches(in: tokens, at: i).reversed() {
            let span = tokens[m.start..<m.end]
            let ok = m.values.filter { !$0.requiresAllCaps || span.allSatisfy { $0.kind != .word || $0.isAllCaps } }
            guard !ok.isEmpty else { continue }
            func rank(_ e: NamedEntity) -> Int {
                switch e { case .actor: 0; case .institution: 1; case .country: 2; case .place: 3 }
            }
            func key(_ e: NamedEntity) -> String {
                switch e { case .actor(let s), .institution(let s), .country(let s), .place(let s): s }
            }
            let chosen = ok.min { (rank($0.entity), key($0.entity)) < (rank($1.entity), key($1.entity)) }!
            return (m.length, chosen.entity, ok.allSatisfy(\.requiresCapital))
        }
        return nil
    }

    func vocabularyAt(_ tokens: [Token], _ i: Int) -> (len: Int, item: Item)? {
        guard let m = vocabulary.phrases.longestMatch(in: tokens, at: i) else { return nil }
        let classes = Set(m.values)
        let typed = tokens[i..<(i + m.length)].map(\.original).joined(separator: " ")
        if let t = classes.first(where: { $0.hasPrefix("type:") }), let type = EventType(rawValue: String(t.dropFirst(5))) {
            return (m.length, .type(type))
        }
        if let p = classes.first(where: { $0.hasPrefix("period:") }) {
            let parts = p.split(separator: ":")
            if parts.count == 3, let offset = Int(parts[2]), let span = relativeSpan(unit: String(parts[1]), offset: offset) {
                return (m.length, .date(span.0, span.1))
            }
        }
        if classes.contains("between") { return (m.length, .between(typed)) }
        let preps = classes.filter { $0 == "region-prep" || $0.hasPrefix("period-") }
        if !preps.isEmpty { return (m.length, .prep(preps, typed)) }
        if classes.contains("pair-sep") { return (m.length, .pairSep) }
        if classes.contains("any-sep") { return (m.length, .anySep) }
        if classes.contains("stop") { return (m.length, .stop) }
        return nil
    }

    /// A span relative to today: `year:-1` is last year, `month:0` this month, `week:-1` last week (Monday–Sunday).
    func relativeSpan(unit: String, offset: Int) -> (CalendarDate, CalendarDate)? {
        switch unit {
        case "year":
            let y = today.year + offset
            guard let a = CalendarDate(year: y, month: 1, day: 1), let b = CalendarDate(year: y, month: 12, day: 31) else { return nil }
            return (a, b)
        case "month":
            var y = today.year, m = today.month + offset
            while m < 1 { m += 12; y -= 1 }
            while m > 12 { m -= 12; y += 1 }
            return CalendarDate.monthBounds(year: y, month: m)
        case "week":
            let monday = today.adding(days: 1 - today.weekday + 7 * offset)
            return (monday, monday.adding(days: 6))
        case "day":
            let d = today.adding(days: offset)
            return (d, d)
        default: return nil
        }
    }

    // MARK: Dates

    private func month(_ t: Token) -> Int? {
        guard t.kind == .word else { return nil }
        for pack in knowledge.languages.values { if let m = pack.months[t.folded] { return m } }
        return nil
    }

    private func year(_ t: Token) -> Int? {
        guard t.kind == .number, t.folded.count == 4, let y = Int(t.folded), (1800...2200).contains(y) else { return nil }
        return y
    }

    private func dayNumber(_ t: Token) -> Int? {
        if t.kind == .number, let d = Int(t.folded), (1...31).contains(d) { return d }
        for pack in knowledge.languages.values { if let d = pack.ordinalDays[t.folded] { return d } }
        return nil
    }

    /// A date at `i`: `2020`, `février 2020`, `19 février 2020`, `February 19, 2020`, `2020-02`, `2020-02-19`.
    func dateAt(_ tokens: [Token], _ i: Int) -> (Int, CalendarDate, CalendarDate)? {
        func tok(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }
        func skipComma(_ k: Int) -> Int { tok(k)?.folded == "," ? k + 1 : k }
        // ISO forms.
        if let y = tok(i).flatMap(year) {
            if let mt = tok(i + 1), mt.hyphenBefore, mt.kind == .number, let m = Int(mt.folded), (1...12).contains(m) {
                if let dt = tok(i + 2), dt.hyphenBefore, dt.kind == .number, let d = Int(dt.folded),
                   let day = CalendarDate(year: y, month: m, day: d) {
                    return (3, day, day)
                }
                let (a, b) = CalendarDate.monthBounds(year: y, month: m)
                return (2, a, b)
            }
            return (1, CalendarDate(year: y, month: 1, day: 1)!, CalendarDate(year: y, month: 12, day: 31)!)
        }
        // Day month year.
        if let t = tok(i), let d = dayNumber(t), let mt = tok(i + 1), let m = month(mt) {
            if let yt = tok(i + 2), let y = year(yt), let day = CalendarDate(year: y, month: m, day: d) { return (3, day, day) }
        }
        // Month [day[,]] year.
        if let t = tok(i), let m = month(t) {
            if let dt = tok(i + 1), let d = dayNumber(dt) {
                let k = skipComma(i + 2)
                if let yt = tok(k), let y = year(yt), let day = CalendarDate(year: y, month: m, day: d) { return (k + 1 - i, day, day) }
            }
            if let yt = tok(i + 1), let y = year(yt) {
                let (a, b) = CalendarDate.monthBounds(year: y, month: m)
                return (2, a, b)
            }
        }
        return nil
    }

    // MARK: Offices

    private func adjectiveAt(_ tokens: [Token], _ i: Int) -> (len: Int, code: String)? {
        guard i >= 0, i < tokens.count, let m = knowledge.adjectives.longestMatch(in: tokens, at: i),
              let code = m.values.first else { return nil }
        return (m.length, code)
    }

    /// A title with its country: "président turc", "Russian president", "chef de la diplomatie russe".
    func officeAt(_ tokens: [Token], _ i: Int) -> (Int, String, String)? {
        // Adjective first (English): "Russian foreign minister".
        if let adj = adjectiveAt(tokens, i) {
            for pack in knowledge.languages.values.sorted(by: { $0.code < $1.code }) {
                if let r = pack.roles.longestMatch(in: tokens, at: i + adj.len), !(r.values.first?.plural ?? true) {
                    return (adj.len + r.length, r.values[0].role, adj.code)
                }
            }
        }
        for pack in knowledge.languages.values.sorted(by: { $0.code < $1.code }) {
            guard let r = pack.roles.longestMatch(in: tokens, at: i), let entry = r.values.first, !entry.plural else { continue }
            if let c = entry.country { return (r.length, entry.role, c) }
            if let adj = adjectiveAt(tokens, r.end) { return (r.length + adj.len, entry.role, adj.code) }
        }
        return nil
    }

    /// A plural title at `i` ("foreign ministers", "présidents").
    func pluralRoleAt(_ tokens: [Token], _ i: Int) -> (Int, String)? {
        var best: (Int, String)? = nil
        for pack in knowledge.languages.values.sorted(by: { $0.code < $1.code }) {
            guard let r = pack.roles.longestMatch(in: tokens, at: i), let entry = r.values.first, entry.plural,
                  entry.country == nil, r.length > (best?.0 ?? 0) else { continue }
            best = (r.length, entry.role)
        }
        return best
    }

    // MARK: Interpretation

    /// Items whose place is a capital standing for its state: a member of a group of two or more
    /// joined by "and"/"-"/"," ("Moscow–Ankara talks") or after "between" ("between Moscow and
    /// Ankara"), unless a place preposition governs the group ("summits in Moscow and Ankara").
    func capitalsStandingForStates(_ items: [Item]) -> Set<Int> {
        var out = Set<Int>()
        var members: [Int] = []
        var governedByPlace = false, afterBetween = false, joined = false
        var prepBefore: Set<String> = []
        func flush() {
            if (members.count >= 2 || afterBetween) && !governedByPlace { out.formUnion(members) }
            members = []; joined = false
        }
        for (k, item) in items.enumerated() {
            switch item {
            case .actor, .office, .country, .place:
                if members.isEmpty || !joined {
                    flush()
                    governedByPlace = prepBefore.contains("region-prep")
                    afterBetween = false
                    if k > 0, case .between = items[k - 1] { afterBetween = true }
                }
                members.append(k); joined = false; prepBefore = []
            case .pairSep: joined = !members.isEmpty
            case .stop, .ignorable: break
            case .between: flush(); prepBefore = []
            case .prep(let classes, _): flush(); prepBefore = classes
            default: flush(); prepBefore = []
            }
        }
        flush()
        return Set(out.filter { if case .place(let id) = items[$0] { return capitals[id] != nil } else { return false } })
    }

    func interpret(_ items: [Item]) -> ParsedQuery {
        let capitalStates = capitalsStandingForStates(items)
        var actors: [String] = []
        var offices: [(String, String)] = []
        var countries: [String] = []
        var regions: [String] = []
        var types: [EventType] = []
        var from: CalendarDate? = nil
        var to: CalendarDate? = nil
        var unknown: [String] = []
        var anyMode = false

        var pending: Set<String> = []
        var pendingText = ""
        var pendingUsed = false
        var betweenOpen = false
        var betweenText = ""
        var betweenContent = 0
        var betweenDateStarted = false
        var betweenFirstEnd: CalendarDate? = nil
        var previousWasSep = false
        // Countries of the current group ("Russian and Turkish"), and a plural title waiting for its group.
        var groupCountries: [String] = []
        var pluralRole: String? = nil
        /// A period preposition left with nothing to govern ("since" at the end) was not understood.
        func closePending() {
            if !pendingUsed, !pending.isDisjoint(with: ["period-since", "period-until", "period-before"]) { unknown.append(pendingText) }
        }

        func append<T: Equatable>(_ v: T, to list: inout [T]) { if !list.contains(v) { list.append(v) } }

        for (k, item) in items.enumerated() {
            // A preposition governs the content right after it, and what is joined to it by "et"/",".
            let isContent = item.isContent
            if isContent && pendingUsed && !previousWasSep { pending = []; pendingUsed = false }

            switch item {
            case .actor(let id):
                append(id, to: &actors)
            case .office(let role, let country):
                offices.append((role, country))
            case .country(let code):
                if pending.contains("region-prep") {
                    append(code, to: &regions)
                } else if let role = pluralRole {
                    offices.append((role, code))
                } else {
                    append(code, to: &countries)
                    groupCountries = previousWasSep ? groupCountries + [code] : [code]
                }
            case .pluralRole(let role):
                // A group's own title (states, counterparts) adds nothing to the question.
                guard !["state", "counterpart"].contains(role) else { break }
                if groupCountries.isEmpty {
                    pluralRole = role
                } else {
                    countries.removeAll { groupCountries.contains($0) }
                    for code in groupCountries { offices.append((role, code)) }
                    groupCountries = []
                }
            case .place(let id):
                if capitalStates.contains(k), let code = capitals[id] { append(code, to: &countries) } else { append(id, to: &regions) }
            case .type(let t):
                append(t, to: &types)
            case .date(let a, let b):
                if betweenOpen && betweenDateStarted {
                    to = b; betweenOpen = false; betweenDateStarted = false
                } else if betweenOpen {
                    from = a; betweenDateStarted = true; betweenFirstEnd = b
                } else if pending.contains("period-since") {
                    from = a
                } else if pending.contains("period-until") {
                    to = b
                } else if pending.contains("period-before") {
                    to = a.adding(days: -1)
                } else {
                    from = a; to = b
                }
            case .prep(let classes, let text):
                closePending()
                pending = classes; pendingText = text; pendingUsed = false
            case .pairSep, .ignorable, .stop:
                break
            case .anySep:
                anyMode = true
            case .between(let text):
                if betweenOpen && betweenContent == 0 { unknown.append(betweenText) }
                betweenOpen = true; betweenDateStarted = false; betweenText = text; betweenContent = 0
            case .unknown(let w):
                unknown.append(w)
            }
            switch item {
            case .country: break
            case .pluralRole: groupCountries = []
            case .stop, .ignorable, .pairSep: break
            default: groupCountries = []; pluralRole = nil
            }
            if isContent {
                pendingUsed = true
                betweenContent += 1
                if case .date = item {} else if !betweenDateStarted { betweenOpen = false }
            }
            switch item {
            case .pairSep, .anySep, .ignorable: previousWasSep = true
            case .stop: break
            default: previousWasSep = false
            }
        }

        closePending()
        // "between 2018" with no second date is that period; "between" with nothing after it was not understood.
        if betweenOpen && betweenDateStarted, let end = betweenFirstEnd { to = end }
        if betweenOpen && betweenContent == 0 { unknown.append(betweenText) }

        // Offices are read on the period asked about (today when none).
        let reference = min(to ?? today, today)
        for (role, country) in offices {
            var holder: ActorInfo? = nil
            if let from { holder = knowledge.holder(role: role, country: country, between: min(from, reference), and: reference) }
            if holder == nil { holder = knowledge.holder(role: role, country: country, on: reference) }
            if let h = holder { append(h.id, to: &actors) } else { append(country, to: &countries) }
        }

        var filter = TimelineFilter()
        if anyMode && actors.count > 1 { filter.anyActors = actors } else { filter.actors = actors }
        filter.countries = countries
        filter.types = types
        filter.regions = regions
        filter.from = from
        filter.to = to
        return ParsedQuery(filter: filter, description: describe(filter), unknownWords: unknown)
    }

    // MARK: Suggestions

    /// A known actor, country or place name close to a word that was not understood ("Erdgan" →
    /// "Recep Tayyip Erdoğan"), or nil when nothing is close (at most one edit per four letters).
    public func suggestion(for word: String) -> String? {
        let w = Array(Folding.fold(word).unicodeScalars)
        guard w.count >= 4 else { return nil }
        let limit = max(1, w.count / 4)
        var best: (Int, String)? = nil
        func consider(_ alias: String, _ display: String) {
            let a = Array(Folding.fold(alias).unicodeScalars)
            guard abs(a.count - w.count) <= limit else { return }
            let d = TimelineService.editDistance(w, a)
            if d <= limit, best.map({ (d, display) < ($0.0, $0.1) }) ?? true { best = (d, display) }
        }
        for a in knowledge.actors.values { for n in [a.name] + a.aliases { consider(n, a.name) } }
        for c in knowledge.countries.values { for n in [c.name] + c.aliases { consider(n, c.name) } }
        for p in knowledge.places.values { for n in [p.name] + p.aliases { consider(n, p.name) } }
        return best?.1
    }

    // MARK: Description

    public func actorName(_ id: String) -> String {
        if let a = knowledge.actors[id] { return a.name }
        if let i = knowledge.institutions[id] { return i.name }
        if let c = knowledge.countries.values.first(where: { $0.qid == id }) { return c.name }
        return id
    }

    public func placeName(_ id: String) -> String {
        if let p = knowledge.places[id] { return p.name }
        if let c = knowledge.countries[id] { return c.name }
        return id
    }

    /// "Idlib (Syria)": a place with the nearest containing country or place.
    public func placeLabel(_ id: String) -> String {
        let name = placeName(id)
        guard knowledge.countries[id] == nil else { return name }
        let ancestors = knowledge.ancestors(of: id)
        if let c = ancestors.first(where: { knowledge.countries[$0] != nil }) ?? ancestors.first {
            return "\(name) (\(placeName(c)))"
        }
        return name
    }

    public func describe(_ f: TimelineFilter) -> String {
        var parts: [String] = []
        if !f.actors.isEmpty { parts.append("actors: " + f.actors.map(actorName).joined(separator: ", ")) }
        if !f.anyActors.isEmpty { parts.append("any of: " + f.anyActors.map(actorName).joined(separator: ", ")) }
        if !f.countries.isEmpty {
            parts.append((f.countries.count == 1 ? "country: " : "countries: ")
                + f.countries.map { knowledge.countries[$0]?.name ?? $0 }.joined(separator: ", "))
        }
        if !f.types.isEmpty { parts.append((f.types.count == 1 ? "type: " : "types: ") + f.types.map(\.rawValue).joined(separator: ", ")) }
        if !f.regions.isEmpty {
            parts.append((f.regions.count == 1 ? "region: " : "regions: ") + f.regions.map(placeLabel).joined(separator: ", "))
        }
        if let p = QueryParser.describePeriod(from: f.from, to: f.to) { parts.append(p) }
        if let t = f.text, !t.isEmpty { parts.append("text: \(t)") }
        return parts.isEmpty ? "all events" : parts.joined(separator: " · ")
    }

    /// "period: 2020", "period: 2020-02", "period: 2018-01-01 to 2020-12-31", "from 2019-01-01", "until 2020-12-31".
    public static func describePeriod(from: CalendarDate?, to: CalendarDate?) -> String? {
        switch (from, to) {
        case (nil, nil): return nil
        case (let a?, nil): return "from \(a.iso)"
        case (nil, let b?): return "until \(b.iso)"
        case (let a?, let b?):
            if a == b { return "period: \(a.iso)" }
            if a.month == 1, a.day == 1, b.month == 12, b.day == 31 {
                return a.year == b.year ? "period: \(a.year)" : "period: \(a.year)–\(b.year)"
            }
            if a.year == b.year, a.month == b.month, a.day == 1, b.day == CalendarDate.daysIn(month: b.month, year: b.year) {
                return "period: \(String(a.iso.prefix(7)))"
            }
            return "period: \(a.iso) to \(b.iso)"
        }
    }
}
