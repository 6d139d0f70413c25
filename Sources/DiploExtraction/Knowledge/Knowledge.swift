import Foundation
import DiploModel

/// Everything diplo knows: states, people and their offices, institutions, places, and the
/// language packs. Immutable once loaded, so one instance is shared by every extraction thread.
public final class Knowledge: Sendable {
    public let countries: [String: CountryInfo]
    public let actors: [String: ActorInfo]
    public let institutions: [String: InstitutionInfo]
    public let places: [String: PlaceInfo]
    /// Offices by "role|country".
    let officesByKey: [String: [Office]]
    let officesByActor: [String: [Office]]
    /// The one office an organisation has in offices.tsv besides a spokesperson ("secretary_general" of the UN, NATO…): its leader, so that
    /// "le chef de l'ONU", "the NATO chief" resolve like "le dirigeant russe" does through countries.tsv.
    let organisationLeaderRole: [String: String]
    /// Offices that speak for a leader and never lead: an organisation's spokesperson ("le porte-parole de l'ONU")
    /// does not make "le chef de l'ONU" ambiguous.
    static let spokespersonRoles: Set<String> = ["spokesperson", "foreign_spokesperson"]
    /// Office holders by the folded last word of their name, for "President Clinton" (a title and a surname).
    let holdersBySurname: [String: Set<String>]
    /// Every name (actor, institution, country, place alias) → what it may refer to.
    public let names: PhraseTrie<NameEntry>
    /// Country adjectives ("russe", "Turkish") → country code.
    public let adjectives: PhraseTrie<String>
    public let languages: [String: LanguagePack]
    /// Capital place id → country code, for metonyms ("Moscou a annoncé").
    let capitalOf: [String: String]
    let children: [String: [String]]
    /// The folder the knowledge was read from.
    public let directory: URL?
    /// The hash of the files and the binary the knowledge was read through a cache with (`KnowledgeReader.stamp`),
    /// nil without a cache: what a `NameIndex` built from this knowledge is valid for.
    public let cacheStamp: UInt64?

    /// A name entry with the spelling it was given in, so that all-caps aliases ("US") only match
    /// all-caps text and capitalised names only match capitalised text.
    public struct NameEntry: Sendable, Hashable {
        public var entity: NamedEntity
        public var requiresAllCaps: Bool
        public var requiresCapital: Bool
        /// An alias opening in lower case with a capital further on ("les Vingt-Cinq", "l'UE") needs a capital in
        /// the text too: "pour les vingt-cinq prochaines années" names no union.
        public var requiresInnerCapital: Bool = false
    }

    /// The default `Knowledge/` folder (see `ResourceLocator`), through `cache` when given.
    public static func loadDefault(cache: KnowledgeCache? = nil) throws -> Knowledge {
        guard let dir = ResourceLocator.knowledge else { throw KnowledgeError.missingDirectory }
        return try load(from: dir, cache: cache)
    }

    /// Reads a knowledge folder. With a `cache`, the parsed files and folded phrase keys come from
    /// it when it holds them for these files and this binary (and are written to it otherwise); the
    /// result is the same either way.
    public static func load(from dir: URL, cache: KnowledgeCache? = nil) throws -> Knowledge {
        let reader = KnowledgeReader(directory: dir, cache: cache)
        let knowledge = try load(reader, cacheStamp: cache == nil ? nil : reader.stamp)
        reader.finish(cache: cache)
        return knowledge
    }

    static func load(_ reader: KnowledgeReader, cacheStamp: UInt64? = nil) throws -> Knowledge {
        let dir = reader.directory
        var countries: [String: CountryInfo] = [:]
        var actors: [String: ActorInfo] = [:]
        var institutions: [String: InstitutionInfo] = [:]
        var places: [String: PlaceInfo] = [:]
        var offices: [Office] = []
        var names = PhraseTrie<NameEntry>()
        var adjectives = PhraseTrie<String>()

        func addName(_ alias: String, _ e: NamedEntity) {
            // Counted in one pass (filtering into a new scalar view is slow, and there are thousands of names).
            var letterCount = 0, allUpper = true
            var capital = false, innerCapital = false
            for scalar in alias.unicodeScalars {
                // ASCII letters answer without a Unicode property lookup.
                let v = scalar.value
                if v < 0x80 ? !((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) : !scalar.properties.isAlphabetic { continue }
                let upper = v < 0x80 ? v <= 0x5A : scalar.properties.isUppercase
                if letterCount == 0 { capital = upper } else if upper { innerCapital = true }
                if !upper { allUpper = false }
                letterCount += 1
            }
            let allCaps = letterCount >= 2 && letterCount <= 5 && allUpper
            names.insert(reader.keyTokens(alias), value: NameEntry(entity: e, requiresAllCaps: allCaps, requiresCapital: capital,
                                                                    requiresInnerCapital: !capital && innerCapital))
        }

        for row in try reader.file("countries.tsv").rows where !row[0].isEmpty {
            guard let leader = CountryInfo.parseLeader(row[6]) else {
                throw KnowledgeError.badRow(dir.appendingPathComponent("countries.tsv").path, row.line, "bad leader '\(row[6])' (expected an office, or earlier offices with their last day: head_of_state..2018-04-09|head_of_government)")
            }
            let c = CountryInfo(code: row[0], qid: row[1], name: row[2], aliases: row.list(3), adjectives: row.list(4),
                                capital: row[5].isEmpty ? nil : row[5], leaderRole: leader.current, earlierLeaderRoles: leader.earlier)
            countries[c.code] = c
            for a in [c.name] + c.aliases { addName(a, .country(c.code)) }
            for a in c.adjectives { adjectives.insert(reader.keyTokens(a), value: c.code) }
        }
        for row in try reader.file("actors.tsv").rows where !row[0].isEmpty {
            let a = ActorInfo(id: row[0], kind: ActorKind(rawValue: row[1]) ?? .person, name: row[2],
                              country: row[3].isEmpty ? nil : row[3], aliases: row.list(4))
            actors[a.id] = a
            for n in Set([a.name] + a.aliases) { addName(n, .actor(a.id)) }
        }
        for row in try reader.file("offices.tsv").rows where !row[0].isEmpty {
            guard let from = Knowledge.parseLooseDate(row[3], end: false) else {
                throw KnowledgeError.badRow(dir.appendingPathComponent("offices.tsv").path, row.line, "bad start date '\(row[3])'")
            }
            let to = row[4].isEmpty ? nil : Knowledge.parseLooseDate(row[4], end: true)
            offices.append(Office(actorID: row[0], role: row[1], country: row[2], from: from, to: to))
        }
        for row in try reader.file("institutions.tsv").rows where !row[0].isEmpty {
            let i = InstitutionInfo(id: row[0], name: row[1], country: row[2], role: row[3], aliases: row.list(4),
                                    placeID: row[5].isEmpty ? nil : row[5])
            institutions[i.id] = i
            for n in Set([i.name] + i.aliases) { addName(n, .institution(i.id)) }
        }
        for row in try reader.file("places.tsv").rows where !row[0].isEmpty {
            let p = PlaceInfo(id: row[0], kind: row[1], name: row[2], parent: row[3].isEmpty ? nil : row[3], aliases: row.list(4))
            places[p.id] = p
            if p.kind != "country" { for n in Set([p.name] + p.aliases) { addName(n, .place(p.id)) } }
        }
        // User additions (`diplo kb add-alias`) live in `user-aliases.tsv`: alias, id.
        for row in try reader.file("user-aliases.tsv").rows where !row[0].isEmpty {
            let id = row[1]
            if actors[id] != nil { addName(row[0], .actor(id)) }
            else if institutions[id] != nil { addName(row[0], .institution(id)) }
            else if countries[id] != nil { addName(row[0], .country(id)) }
            else if places[id] != nil { addName(row[0], .place(id)) }
        }

        var languages: [String: LanguagePack] = [:]
        for code in reader.languageCodes {
            languages[code] = try LanguagePack.load(code: code, reader: reader)
        }

        return Knowledge(countries: countries, actors: actors, institutions: institutions, places: places,
                         offices: offices, names: names, adjectives: adjectives, languages: languages, directory: dir,
                         cacheStamp: cacheStamp)
    }

    init(countries: [String: CountryInfo], actors: [String: ActorInfo], institutions: [String: InstitutionInfo],
         places: [String: PlaceInfo], offices: [Office], names: PhraseTrie<NameEntry>, adjectives: PhraseTrie<String>,
         languages: [String: LanguagePack], directory: URL?, cacheStamp: UInt64? = nil) {
        self.directory = directory
        self.cacheStamp = cacheStamp
        self.countries = countries; self.actors = actors; self.institutions = institutions; self.places = places
        self.names = names; self.adjectives = adjectives; self.languages = languages
        self.officesByKey = Dictionary(grouping: offices, by: { "\($0.role)|\($0.country)" })
        self.officesByActor = Dictionary(grouping: offices, by: { $0.actorID })
        self.organisationLeaderRole = Dictionary(grouping: offices.filter { countries[$0.country] == nil && !Self.spokespersonRoles.contains($0.role) }, by: \.country)
            .compactMapValues { os in Set(os.map(\.role)).count == 1 ? os[0].role : nil }
        var surnames: [String: Set<String>] = [:]
        for id in Set(offices.map(\.actorID)) {
            guard let name = actors[id]?.name, let last = Tokenizer.tokenize(name).last(where: { $0.kind == .word }) else { continue }
            surnames[last.folded, default: []].insert(id)
        }
        self.holdersBySurname = surnames
        var capitals: [String: String] = [:]
        for c in countries.values { if let cap = c.capital { capitals[cap] = c.code } }
        self.capitalOf = capitals
        var kids: [String: [String]] = [:]
        for p in places.values { if let parent = p.parent { kids[parent, default: []].append(p.id) } }
        self.children = kids
    }

    /// "2012-05-07", "2012-05" or "2012" → a day (the first or the last of the span).
    static func parseLooseDate(_ s: String, end: Bool) -> CalendarDate? {
        guard let d = EventDate(isoString: s) else { return nil }
        return end ? d.latest : d.earliest
    }

    // MARK: - Offices

    /// Who held `role` for `country` on `date` (the latest to take office if terms overlap).
    public func holder(role: String, country: String, on date: CalendarDate) -> ActorInfo? {
        let role = role == "leader" ? leaderRole(of: country, on: date) : role
        guard let list = officesByKey["\(role)|\(country)"] else { return nil }
        return list.filter { $0.isHeld(on: date) }.max(by: { $0.from < $1.from }).flatMap { actors[$0.actorID] }
    }

    /// Who held the role at some point of a span; nil when it changed hands within the span.
    public func holder(role: String, country: String, between a: CalendarDate, and b: CalendarDate) -> ActorInfo? {
        if a == b { return holder(role: role, country: country, on: a) }
        let role = role == "leader" ? leaderRole(of: country, on: a) : role
        let ids = Set((officesByKey["\(role)|\(country)"] ?? []).filter { $0.overlaps(a, b) }.map(\.actorID))
        return ids.count == 1 ? actors[ids.first!] : nil
    }

    /// The office that speaks for a state (countries.tsv's leader column) or an organisation (its one office).
    public func leaderRole(of country: String, on date: CalendarDate? = nil) -> String {
        countries[country]?.leaderRole(on: date) ?? organisationLeaderRole[country] ?? "head_of_state"
    }

    /// The offices an actor held on a date.
    public func offices(of actorID: String, on date: CalendarDate) -> [Office] {
        (officesByActor[actorID] ?? []).filter { $0.isHeld(on: date) }
    }

    public func allOffices(of actorID: String) -> [Office] { officesByActor[actorID] ?? [] }

    /// Every term of one office of a country ("head_of_state", "FR"), oldest first.
    public func offices(role: String, country: String) -> [Office] {
        (officesByKey["\(role)|\(country)"] ?? []).sorted { ($0.from, $0.actorID) < ($1.from, $1.actorID) }
    }

    /// The one person with this surname who ever held `role` (in `country` when given): "President Clinton"
    /// is Bill Clinton, the only Clinton who was a head of state. Nil when none or several did.
    public func holder(surname: String, role: String, country: String?) -> ActorInfo? {
        let ids = (holdersBySurname[surname] ?? []).filter { id in
            allOffices(of: id).contains { $0.role == role && (country == nil || $0.country == country) }
        }
        guard ids.count == 1, let id = ids.first else { return nil }
        return actors[id]
    }

    // MARK: - References for the model

    public func actorRef(_ id: String) -> ActorRef? {
        guard let a = actors[id] else { return nil }
        return ActorRef(id: a.id, name: a.name, kind: a.kind, country: a.country)
    }

    public func institutionRef(_ id: String) -> ActorRef? {
        guard let i = institutions[id] else { return nil }
        return ActorRef(id: i.id, name: i.name, kind: .institution, country: i.country)
    }

    public func stateRef(_ code: String) -> ActorRef? {
        guard let c = countries[code] else { return nil }
        return ActorRef(id: c.qid.isEmpty ? "country:\(c.code)" : c.qid, name: c.name, kind: .state, country: c.code)
    }

    /// A place with its ancestors, nearest first.
    public func placeRef(_ id: String) -> PlaceRef? {
        if let p = places[id] {
            return PlaceRef(id: p.id, name: p.name, ancestors: ancestors(of: id))
        }
        if let c = countries[id] { return PlaceRef(id: c.code, name: c.name, ancestors: []) }
        return nil
    }

    public func ancestors(of id: String) -> [String] {
        var out: [String] = []
        var cur = places[id]?.parent
        var guardCount = 0
        while let c = cur, guardCount < 12 {
            out.append(c); cur = places[c]?.parent; guardCount += 1
        }
        return out
    }

    /// The country a place lies in (itself for a country).
    public func countryOf(place id: String) -> String? {
        if countries[id] != nil { return id }
        return ancestors(of: id).first { countries[$0] != nil }
    }

    /// The place and everything inside it.
    public func descendants(of id: String) -> Set<String> {
        var out: Set<String> = [id]
        var stack = [id]
        while let cur = stack.popLast() {
            for k in children[cur] ?? [] where !out.contains(k) { out.insert(k); stack.append(k) }
        }
        return out
    }

    /// The country whose capital this place is, if any.
    public func capitalCountry(_ placeID: String) -> String? { capitalOf[placeID] }

    // MARK: - Lookups by name (for queries and user input)

    /// Entities a free-text name may denote ("Poutine", "le Kremlin", "Idleb", "Turquie").
    public func lookup(_ name: String) -> [NamedEntity] {
        let tokens = Tokenizer.tokenize(name).filter { $0.kind != .punctuation }
        guard !tokens.isEmpty, let m = names.longestMatch(in: tokens, at: 0), m.end == tokens.count else { return [] }
        return Self.entities(m.values)
    }

    /// The entities of a name's entries, each once, in order.
    static func entities(_ entries: [NameEntry]) -> [NamedEntity] {
        var seen = Set<NamedEntity>()
        return entries.map(\.entity).filter { seen.insert($0).inserted }
    }

    /// Actors named by `name`: people and organisations, institutions, or states.
    public func resolveActors(_ name: String) -> [ActorRef] { actors(for: lookup(name)) }

    func actors(for entities: [NamedEntity]) -> [ActorRef] {
        entities.compactMap { e in
            switch e {
            case .actor(let id): return actorRef(id)
            case .institution(let id): return institutionRef(id)
            case .country(let code): return stateRef(code)
            case .place(let id): return capitalCountry(id).flatMap(stateRef)
            }
        }
    }

    /// The place named by `name` (a country counts as a place).
    public func resolvePlace(_ name: String) -> PlaceRef? { place(for: lookup(name)) }

    func place(for entities: [NamedEntity]) -> PlaceRef? {
        for e in entities {
            switch e {
            case .place(let id): return placeRef(id)
            case .country(let code): return placeRef(code)
            default: continue
            }
        }
        return nil
    }

    // MARK: - Names given by users (timeline filters)

    /// The actor id a user's name stands for, as far as the knowledge base knows: an actor or institution
    /// id as given, else the best entity the name denotes (people first, then organisations, institutions
    /// and states; ties by id). Nil when the knowledge base does not know the name.
    public func actorID(named raw: String) -> String? {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if actors[name] != nil || institutions[name] != nil { return name }
        return bestActorID(lookup(name))
    }

    func bestActorID(_ entities: [NamedEntity]) -> String? {
        func rank(_ k: ActorKind) -> Int {
            switch k { case .person: 0; case .organization: 1; case .institution: 2; case .state: 3 }
        }
        return actors(for: entities).min(by: { (rank($0.kind), $0.id) < (rank($1.kind), $1.id) })?.id
    }

    /// The place id a user's name stands for (a country counts), or nil when the knowledge base does not know it.
    public func placeID(named raw: String) -> String? {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if places[name] != nil || countries[name] != nil { return name }
        return resolvePlace(name)?.id
    }

    /// The ISO country code for a code ("RU"), a name or alias ("Russie"), or an adjective ("russe"); nil when unknown.
    public func countryCode(named raw: String) -> String? {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if countries[name.uppercased()] != nil { return name.uppercased() }
        if let code = firstCountry(lookup(name)) { return code }
        let tokens = Tokenizer.tokenize(name)
        if let m = adjectives.longestMatch(in: tokens, at: 0), m.end == tokens.count, let code = m.values.first { return code }
        return nil
    }

    func firstCountry(_ entities: [NamedEntity]) -> String? {
        for e in entities { if case .country(let code) = e { return code } }
        return nil
    }

    /// Every known display name, for "did you mean" suggestions.
    public var allActorNames: [String] { actors.values.map(\.name).sorted() }
    public var allPlaceNames: [String] { (places.values.map(\.name) + countries.values.map(\.name)).sorted() }
}
