import DiploModel

/// Finds actors and places in a sentence: known names, titles with their countries, group anaphors,
/// unknown people introduced by a title or an honorific.
struct EntityRecognizer: Sendable {
    let knowledge: Knowledge
    let pack: LanguagePack

    var honorifics: WordSet { pack.words.honorifics }
    var locatives: WordSet { pack.words.locatives }
    var genitives: WordSet { pack.words.genitives }
    var articles: WordSet { pack.words.articles }
    var nameParticles: WordSet { pack.words.nameParticles }
    var possessives: WordSet { pack.words.possessives }

    func recognize(_ t: [Token], cues: [CueMatch], inQuote: [Bool]) -> (actors: [ActorMention], places: [PlaceMention]) {
        var actors: [ActorMention] = []
        var places: [PlaceMention] = []
        var i = 0
        let groupStarts = Dictionary(cues.filter { $0.classes.contains("group") }.map { ($0.start, $0.end) }, uniquingKeysWith: max)
        // "le Conseil suprême de sécurité nationale iranien", "Haut Conseil de sécurité": phrases that hold a known
        // name ("Conseil de sécurité") but name something else.
        let notNames = Dictionary(cues.filter { $0.classes.contains("not-name") }.map { ($0.start, $0.end) }, uniquingKeysWith: max)

        let capitalNouns = t.indices.filter { pack.words.capitalNouns.contains(t[$0]) }
        while i < t.count {
            if let end = notNames[i] { i = end; continue }
            // "the leaders of Russia, Iran…" is a title with its countries, not "the leaders" just mentioned.
            if let end = groupStarts[i], !(end < t.count && genitives.contains(t[end].folded)) {
                // "MM. Poutine et Erdogan" names people: let the names speak instead of the anaphor.
                if t[i].folded == "mm" { i = end; continue }
                actors.append(ActorMention(reference: .group, start: i, end: end, inQuote: inQuote[i]))
                i = end; continue
            }
            // "la capitale turque", "the Turkish capital": that country's capital, a place (looked for only near
            // the word "capital": most sentences have none).
            if !capitalNouns.isEmpty, capitalNouns.contains(where: { $0 >= i && $0 <= i + 4 }), let (place, end) = capitalPhrase(t, at: i) {
                let prev = i > 0 ? t[i - 1].folded : "", prev2 = i > 1 ? t[i - 2].folded : ""
                let locative = locatives.contains(prev) || (articles.contains(prev) && locatives.contains(prev2))
                places.append(PlaceMention(placeID: place, start: i, end: end, isLocative: locative, usedAsActor: false))
                i = end; continue
            }
            let name = nameMatch(t, at: i)
            if let (role, countries) = roleMatch(t, at: i), role.length >= (name?.length ?? 0) {
                let (mention, next) = roleMention(t, match: role, countries: countries, inQuote: inQuote)
                let spokenOf = possessedThing(after: next, t, cues: cues)
                actors.append(contentsOf: mention.actors.map { var a = $0; a.isTopic = spokenOf; return a })
                places.append(contentsOf: mention.places)
                i = max(next, i + 1); continue
            }
            if let name {
                // "Rodrigo Londoño, alias « Timochenko »": a nickname names the person before it, not its namesake.
                // It stands for its known bearer only when the sentence is about that bearer's country
                // ("Mohamed Hamdan Daglo, dit « Hemedti »" next to the Sudanese army).
                let marker = (max(0, i - 2)..<i).contains { pack.words.nicknameMarkers.contains(t[$0]) }
                if marker {
                    let seen = Set(actors.compactMap { a -> String? in if case .named(let r) = a.reference { return r.country }; return nil })
                        .union(places.compactMap { knowledge.countryOf(place: $0.placeID) })
                    let bearers = name.values.compactMap { v -> String? in if case .actor(let id) = v.entity { return knowledge.actors[id]?.country }; return nil }
                    if !bearers.contains(where: { seen.contains($0) }) { i = name.end; continue }
                }
                // "Paris, France": a country after a city is where the city is; "Turkey, Russia and Iran" is a list.
                let cityEnd = places.last.flatMap { knowledge.countries[$0.placeID] == nil ? $0.end : nil } ?? -1
                // "in the Kazakh capital Astana", "la capitale kazakhe, Astana": a name right after a place names that
                // place again — where, as the place before it is, not a government acting.
                let placeBefore = places.last.flatMap { p in p.end == name.start || (p.end == name.start - 1 && t[p.end].folded == ",") ? p : nil }
                let afterTopic = listedAfterTopic(places, before: name.start, t)
                var (a, p) = entityMentions(t, match: name, inQuote: inQuote, lastPlaceEnd: cityEnd, appositionTo: placeBefore, listedAfterTopic: afterTopic)
                // "rejected Trump's proposal", "Egypt's plan", "Israel's right to defend itself": a person's or a
                // state's thing is spoken of — but "Xi's visit", "Putin's call" report the person's event, and
                // "Iran's nuclear chief Mohammad Eslami", "Russia's foreign minister" name the state's people.
                if !a.isEmpty, a.allSatisfy({ if case .named(let r) = $0.reference { return r.kind == .person || r.kind == .state }; return false }),
                   possessedThing(after: name.end, t, cues: cues),
                   a.allSatisfy({ if case .named(let r) = $0.reference, r.kind == .state { return !opensTheSentence(name.start, t) && !introducesItsPeople(after: name.end, t) }; return true }) {
                    for k in a.indices { a[k].isTopic = true }
                }
                actors.append(contentsOf: a); places.append(contentsOf: p)
                i = name.end; continue
            }
            if honorifics.contains(t[i]), t[i].isCapitalized {
                var k = i + 1
                if k < t.count, t[k].folded == "." { k += 1 }
                if let (ref, end) = personAfter(t, at: k, country: nil) {
                    actors.append(ActorMention(reference: .named(ref), start: i, end: end, inQuote: inQuote[i]))
                    i = end; continue
                }
            }
            i += 1
        }
        markConflictTopics(&actors, t)
        markFallenGovernments(&actors, t)
        markPrincipals(&actors, t)
        markSettings(&actors, t, cues: cues)
        markReportingSpeakers(&actors, tokens: t, cues: cues)
        return (actors, places)
    }

    /// "clashed over the Israel-Hamas war", "Russia's war", "la guerre Israël-Hamas": the sides named in a conflict's
    /// name are what is spoken of, not parties to the event. Names joined by hyphens count as one.
    private func markConflictTopics(_ actors: inout [ActorMention], _ t: [Token]) {
        let conflict = pack.words.conflictNouns
        guard t.contains(where: { conflict.contains($0) }) else { return }
        markConflictSides(&actors, t)
        let order = actors.indices.sorted { actors[$0].start < actors[$1].start }
        var k = 0
        while k < order.count {
            // The chain of names "A-B-C" starting at order[k].
            var chain = [order[k]]
            while let next = order.dropFirst(k + chain.count).first,
                  (actors[chain.last!].end == actors[next].start && t[actors[next].start].hyphenBefore)
                    || (actors[chain.last!].end + 1 == actors[next].start && ["-", "–"].contains(t[actors[chain.last!].end].folded)) { chain.append(next) }
            let start = actors[chain[0]].start, end = actors[chain.last!].end
            var after = end
            if after + 1 < t.count, t[after].folded == "s", t[after].apostropheBefore { after += 1 }  // "Russia's war"
            let before = start > 0 && conflict.contains(t[start - 1])
            if before || (after < t.count && conflict.contains(t[after])) {
                for c in chain where !actors[c].namesAPerson { actors[c].isTopic = true }
            }
            k += chain.count
        }
    }

    /// "se sont entretenus de la guerre entre Israël et l'Iran", "discussed the conflict between Armenia and
    /// Azerbaijan": the states listed after a conflict noun and "entre"/"between" are its sides, what the talk
    /// is about — not parties to it. The list runs over names, articles, commas and conjunctions.
    private func markConflictSides(_ actors: inout [ActorMention], _ t: [Token]) {
        let conflict = pack.words.conflictNouns, between = pack.words.betweenWords
        guard !between.isEmpty else { return }
        for c in t.indices.dropLast() where conflict.contains(t[c]) && between.contains(t[c + 1]) {
            for a in nameList(from: c + 2, actors, t).names where !actors[a].namesAPerson { actors[a].isTopic = true }
        }
    }

    /// The names of the list that starts at token `start` — names, with commas, articles and conjunctions between them —
    /// and whether a conjunction joins it. As a noun's complement (`asComplement`) the list also runs over genitives
    /// ("de X et d'Olaf Scholz") and stops at a name right after another, which is an apposition ("de l'ONU Ghassan
    /// Salamé").
    private func nameList(from start: Int, _ actors: [ActorMention], _ t: [Token], asComplement: Bool = false) -> (names: [Int], joined: Bool) {
        var names: [Int] = []
        var separated = true, joined = false
        var k = start
        while k < t.count {
            if let a = actors.firstIndex(where: { $0.start == k }) {
                if asComplement, !separated { break }
                names.append(a); separated = false; k = actors[a].end; continue
            }
            if pack.words.conjunctions.contains(t[k]) { joined = true }
            guard t[k].folded == "," || pack.words.articles.contains(t[k]) || pack.words.conjunctions.contains(t[k])
                    || (asComplement && genitives.contains(t[k].folded)) else { break }
            separated = true
            k += 1
        }
        return (names, joined)
    }

    /// "deux semaines après la chute de Bachar al-Assad", "after the collapse of the Assad regime", "le régime
    /// Assad": whoever a downfall or regime noun names — in its complement, or right before it — is spoken of, a
    /// government that fell or ruled, not a party to the sentence's event (even a person, unlike a conflict's sides).
    private func markFallenGovernments(_ actors: inout [ActorMention], _ t: [Token]) {
        let nouns = pack.words.downfallNouns
        guard !nouns.isEmpty, t.contains(where: { nouns.contains($0) }) else { return }
        for c in t.indices where nouns.contains(t[c]) {
            // "le régime Assad", "the Assad regime": the name next to the noun.
            for a in actors.indices where actors[a].end == c || actors[a].start == c + 1 { actors[a].isTopic = true }
            // "la chute de Bachar al-Assad", "the fall of the Assad regime": its complement, over articles.
            var k = c + 1
            guard k < t.count, genitives.contains(t[k].folded) else { continue }
            k += 1
            while k < t.count, pack.words.articles.contains(t[k]) { k += 1 }
            if let a = actors.firstIndex(where: { $0.start == k }) { actors[a].isTopic = true }
        }
    }

    /// "les conseillers diplomatiques de Vladimir Poutine, Volodymyr Zelensky et Emmanuel Macron", "aides to Zelensky",
    /// "Putin's envoy": those a proxy noun says someone acts for sent them; the leaders were not there themselves.
    /// (The proxies, when named — "Dmitri Kozak, l'émissaire du Kremlin" —, are actors of their own.)
    private func markPrincipals(_ actors: inout [ActorMention], _ t: [Token]) {
        let nouns = pack.words.proxyNouns
        guard !nouns.isEmpty, t.contains(where: { nouns.contains($0) }) else { return }
        for c in t.indices where nouns.contains(t[c]) {
            // "Putin's envoy": the possessive before the noun.
            if c >= 2, t[c - 1].folded == "s", t[c - 1].apostropheBefore,
               let a = actors.firstIndex(where: { $0.end == c - 1 }) { actors[a].isTopic = true }
            // "Kremlin aides", "Ukrainian negotiators": the institution or state right before it.
            if let a = actors.firstIndex(where: { $0.end == c && !$0.namesAPerson }) { actors[a].isTopic = true }
            // Past at most two describing words ("conseillers diplomatiques", "special envoy"), its complement.
            var k = c + 1
            while k < t.count, k - c <= 3, t[k].kind == .word, !t[k].isCapitalized,
                  !genitives.contains(t[k].folded), !pack.words.proxyPrepositions.contains(t[k]) { k += 1 }
            guard k < t.count, genitives.contains(t[k].folded) || pack.words.proxyPrepositions.contains(t[k]) else { continue }
            // …and every name of the list it opens ("de X, Y et d'Olaf Scholz") — a list that ends with a conjunction:
            // "l'émissaire de l'ONU, Stephanie Williams," and "l'émissaire de l'ONU Ghassan Salamé" name the proxy.
            let list = nameList(from: k + 1, actors, t, asComplement: true)
            for a in list.joined ? list.names : Array(list.names.prefix(1)) { actors[a].isTopic = true }
        }
    }

    /// "on the sidelines of the UN General Assembly", "en marge du G20": an organisation right after a setting cue
    /// is the gathering another event took place at, not a party to it — unless an event noun follows and makes
    /// it that gathering's owner ("on the sidelines of the NATO summit": NATO's own summit).
    private func markSettings(_ actors: inout [ActorMention], _ t: [Token], cues: [CueMatch]) {
        for setting in cues where setting.classes.contains("setting") {
            var k = setting.end
            if k < t.count, articles.contains(t[k].folded) { k += 1 }
            guard let a = actors.firstIndex(where: { $0.start == k }), case .named(let r) = actors[a].reference, r.kind == .organization,
                  !cues.contains(where: { $0.start == actors[a].end && !$0.classes.isDisjoint(with: Self.eventNouns) }) else { continue }
            actors[a].isTopic = true
        }
    }

    /// The cue classes of the nouns that name a gathering.
    private static let eventNouns: Set<String> = ["summit-noun", "meet-noun"]

    /// "Donald Trump's proposal": after a person's possessive, a thing that is no event — the person is
    /// spoken of ("Xi's visit", "Putin's call" are events of theirs).
    private func possessedThing(after end: Int, _ t: [Token], cues: [CueMatch]) -> Bool {
        guard end + 1 < t.count, t[end].folded == "s", t[end].apostropheBefore else { return false }
        let k = end + 1
        return !cues.contains { c in c.start >= k && c.start <= k + 2 && !c.classes.isDisjoint(with: MentionFinder.eventClasses) }
    }

    /// "Libya's two rival military forces have signed…": a state's possessive that opens the sentence is its subject's.
    private func opensTheSentence(_ start: Int, _ t: [Token]) -> Bool {
        t[..<start].allSatisfy { $0.kind == .punctuation || articles.contains($0) }
    }

    /// After a state's possessive ("Iran's", `end` at its "s"): a title or a name within the next words.
    private func introducesItsPeople(after end: Int, _ t: [Token]) -> Bool {
        let k = end + 1
        return (k..<min(t.count, k + 4)).contains { j in
            t[j].isCapitalized || pack.roles.longestMatch(in: t, at: j) != nil || nameMatch(t, at: j) != nil
        }
    }

    /// The longest known name at `i`, honouring the capitalisation the alias requires.
    func nameMatch(_ t: [Token], at i: Int) -> PhraseTrie<Knowledge.NameEntry>.Match? {
        guard t[i].kind != .punctuation else { return nil }
        for m in knowledge.names.matches(in: t, at: i).reversed() {
            let ok = m.values.filter { e in
                if e.requiresAllCaps { return (m.start..<m.end).allSatisfy { t[$0].kind == .punctuation || t[$0].isAllCaps } }
                if e.requiresCapital { return t[m.start].isCapitalized || t[m.start].kind == .number }
                if e.requiresInnerCapital { return (m.start..<m.end).contains { t[$0].isCapitalized } }
                return true
            }
            if !ok.isEmpty {
                var mm = m; mm.values = ok; return mm
            }
        }
        return nil
    }

    /// "capitale turque" (noun, adjective) or "Turkish capital" (adjective, noun) at `i`: the capital's place id
    /// and where the phrase ends.
    private func capitalPhrase(_ t: [Token], at i: Int) -> (String, Int)? {
        if pack.words.capitalNouns.contains(t[i]), i + 1 < t.count, let a = knowledge.adjectives.longestMatch(in: t, at: i + 1),
           let capital = knowledge.countries[a.values[0]]?.capital { return (capital, a.end) }
        if let a = knowledge.adjectives.longestMatch(in: t, at: i), a.end < t.count, pack.words.capitalNouns.contains(t[a.end]),
           let capital = knowledge.countries[a.values[0]]?.capital { return (capital, a.end + 1) }
        return nil
    }

    /// "spoke about Syria and North Korea", "talks on Iran, Iraq and Syria": a name listed right after a country that
    /// a topic preposition governs is spoken of too — the preposition is not repeated before it, as "de" is in French.
    private func listedAfterTopic(_ places: [PlaceMention], before start: Int, _ t: [Token]) -> Bool {
        var start = start
        // Back over the list — "on Syria, Libya and Iran" — to the preposition before its first name.
        for p in places.reversed() {
            guard !p.usedAsActor, !p.isLocative, knowledge.countries[p.placeID] != nil, p.start > 0, p.end < start else { return false }
            var k = p.end
            guard t[k].folded == "," || pack.words.conjunctions.contains(t[k]) else { return false }
            k += 1
            if k < start, articles.contains(t[k].folded) { k += 1 }
            guard k == start else { return false }
            let governing = governingWord(before: p.start, t)
            if pack.words.topics.contains(governing) || pack.words.countryTopics.contains(governing) { return true }
            start = p.start
        }
        return false
    }

    /// The word that governs a name starting at `start` — the one before it, or before its article ("sur la Syrie":
    /// "sur"), folded; empty at the sentence's start.
    private func governingWord(before start: Int, _ t: [Token]) -> String {
        let prev = start > 0 ? t[start - 1].folded : "", prev2 = start > 1 ? t[start - 2].folded : ""
        return articles.contains(prev) ? prev2 : prev
    }

    private func entityMentions(_ t: [Token], match m: PhraseTrie<Knowledge.NameEntry>.Match, inQuote: [Bool], lastPlaceEnd: Int = -1, appositionTo placeBefore: PlaceMention? = nil, listedAfterTopic: Bool = false) -> ([ActorMention], [PlaceMention]) {
        let entities = m.values.map(\.entity)
        let prev = m.start > 0 ? t[m.start - 1].folded : ""
        let prev2 = m.start > 1 ? t[m.start - 2].folded : ""
        var locative = locatives.contains(prev) || (articles.contains(prev) && locatives.contains(prev2))
        // "in the Russian city of Astrakhan", "dans la ville portuaire d'Aktau": where, too.
        if !locative, genitives.contains(prev), m.start >= 2,
           let noun = [m.start - 2, m.start - 3].first(where: { $0 >= 0 && pack.words.placeNouns.contains(t[$0].folded) }) {
            locative = (max(0, noun - 5)..<noun).contains { locatives.contains(t[$0].folded) }
        }
        let q = inQuote[m.start]
        // Preference: people and organisations, then institutions, then states, then places.
        let actorIDs = entities.compactMap { if case .actor(let id) = $0 { return id } else { return nil } }
        // "conditional on an IMF bailout", "sanctions against the Taliban": an organisation after a topic
        // preposition is what is spoken of, not a party.
        if let id = actorIDs.first, knowledge.actors[id]?.kind == .organization {
            // "contre l'organisation État islamique", "contre le groupe jihadiste EI": past up to two lower-case
            // nouns or adjectives that name what the organisation is, then an article.
            var k = m.start - 1, skipped = 0
            while k >= 0, skipped < 2, t[k].kind == .word, !t[k].isCapitalized, t[k].folded.count >= 4,
                  !articles.contains(t[k].folded), !pack.words.countryTopics.contains(t[k]) { k -= 1; skipped += 1 }
            if k >= 0, pack.words.isArticle(t[k]) { k -= 1 }
            if k >= 0, pack.words.countryTopics.contains(t[k]) { return ([], []) }
        }
        if let id = actorIDs.first, let ref = knowledge.actorRef(id) {
            return ([ActorMention(reference: .named(ref), start: m.start, end: m.end, inQuote: q,
                                  alternatives: Array(actorIDs.dropFirst()))], [])
        }
        if let id = entities.lazy.compactMap({ if case .institution(let id) = $0 { return id } else { return nil } }).first,
           let info = knowledge.institutions[id], let ref = knowledge.institutionRef(id) {
            if locative, let place = info.placeID {
                return ([], [PlaceMention(placeID: place, start: m.start, end: m.end, isLocative: true, usedAsActor: false)])
            }
            return ([ActorMention(reference: .named(ref), start: m.start, end: m.end, inQuote: q)], [])
        }
        if let code = entities.lazy.compactMap({ if case .country(let c) = $0 { return c } else { return nil } }).first {
            // "de la Syrie", "sur la Syrie", "Paris, France": the country is a place there, not an actor.
            let governing = governingWord(before: m.start, t)
            let apposition = prev == "," && lastPlaceEnd == m.start - 1
            let actsAsActor = !locative && !apposition && !listedAfterTopic && !genitives.contains(governing)
                && !pack.words.topics.contains(governing) && !pack.words.countryTopics.contains(governing)
            var actors: [ActorMention] = []
            if actsAsActor, let ref = knowledge.stateRef(code) {
                actors.append(ActorMention(reference: .named(ref), start: m.start, end: m.end, inQuote: q))
            }
            return (actors, [PlaceMention(placeID: code, start: m.start, end: m.end, isLocative: locative, usedAsActor: actsAsActor)])
        }
        if let id = entities.lazy.compactMap({ if case .place(let p) = $0 { return p } else { return nil } }).first {
            var actors: [ActorMention] = []
            var usedAsActor = false
            let governing = governingWord(before: m.start, t)
            // (Only the same place: "dans la capitale du Kazakhstan, Moscou, Ankara et Téhéran ont…" is a list of actors.)
            if let placeBefore, placeBefore.placeID == id {
                return ([], [PlaceMention(placeID: id, start: m.start, end: m.end, isLocative: locative || placeBefore.isLocative, usedAsActor: false)])
            }
            if let country = knowledge.capitalCountry(id), !locative, prev != "(",
               !genitives.contains(governing), !pack.words.topics.contains(governing),
               let ref = knowledge.stateRef(country) {
                actors.append(ActorMention(reference: .named(ref), start: m.start, end: m.end, inQuote: q, isMetonym: true))
                usedAsActor = true
            }
            return (actors, [PlaceMention(placeID: id, start: m.start, end: m.end, isLocative: locative, usedAsActor: usedAsActor)])
        }
        return ([], [])
    }

    /// The name after the preposition at `j`, past an article: "de la Russie", "of Turkey", "from Iran".
    private func name(afterPreposition j: Int, _ t: [Token]) -> PhraseTrie<Knowledge.NameEntry>.Match? {
        var k = j + 1
        if k < t.count, articles.contains(t[k]) { k += 1 }
        return k < t.count ? nameMatch(t, at: k) : nil
    }

    /// Whether a name matched is a country's ("République islamique d'Iran", "Côte d'Ivoire").
    private func namesACountry(_ n: PhraseTrie<Knowledge.NameEntry>.Match) -> Bool {
        n.values.contains { if case .country = $0.entity { return true }; return false }
    }

    /// A title at `i` — "ministre des Affaires étrangères", or one with its country adjectives inside ("ministre turc
    /// des Affaires étrangères", "ministres arménien et azerbaïdjanais des Affaires étrangères") — and those countries.
    private func roleMatch(_ t: [Token], at i: Int) -> (PhraseTrie<LanguagePack.RoleEntry>.Match, [String])? {
        var whole = pack.roles.longestMatch(in: t, at: i)
        // "le président de la République islamique d'Iran": a title whose last words begin a country's name
        // ("président de la République" alone is France's, in a French article) is the shorter title of that country.
        if let w = whole, w.end - i > 2,
           let p = ((i + 1)..<w.end).first(where: { p in
               nameMatch(t, at: p).map { n in n.end > w.end && namesACountry(n) } ?? false
           }) {
            whole = pack.roles.matches(in: t, at: i).filter { $0.end < p }.max { $0.end < $1.end }
        }
        if let head = pack.rolesAroundAdjectives.longestMatch(in: t, at: i) {
            var countries: [String] = []
            let j = readCountryAdjectives(t, from: head.end, into: &countries)
            if !countries.isEmpty {
                for tail in head.values where j + tail.words.count <= t.count && tail.words.indices.allSatisfy({ t[j + $0].folded == tail.words[$0] }) {
                    let end = j + tail.words.count
                    if end > whole?.end ?? 0 { return (.init(start: i, end: end, values: [tail.entry]), countries) }
                }
            }
        }
        return whole.map { ($0, []) }
    }

    /// The country a title's left side names in the words that end at `end` — an adjective ("Russian"), a
    /// country or a body ("Turkey", "European Council") — and where those words start.
    private func countryEnding(at end: Int, _ t: [Token]) -> (String, Int)? {
        for len in [4, 3, 2, 1] where end - len >= 0 {
            if let a = knowledge.adjectives.longestMatch(in: t, at: end - len), a.end == end {
                // "South American presidents": a region's leaders, not one state's.
                if end - len > 0, pack.words.regionPrefixes.contains(t[end - len - 1]) { return nil }
                return (a.values[0], end - len)
            } else if let n = nameMatch(t, at: end - len), n.end == end {
                for e in n.values.map(\.entity) {
                    if case .country(let c) = e { return (c, end - len) }
                    if case .actor(let id) = e, let c = bodyCode(of: id) { return (c, end - len) }
                }
            }
        }
        return nil
    }

    /// Country adjectives from `j` — "russe", "turc et russe", "russe, turc et iranien" — added to `countries`;
    /// returns where they end.
    private func readCountryAdjectives(_ t: [Token], from start: Int, into countries: inout [String]) -> Int {
        var j = start
        while let a = knowledge.adjectives.longestMatch(in: t, at: j) {
            if !countries.contains(a.values[0]) { countries.append(a.values[0]) }
            j = a.end
            guard j + 1 < t.count, t[j].folded == "," || pack.words.conjunctions.contains(t[j]),
                  knowledge.adjectives.longestMatch(in: t, at: j + 1) != nil else { break }
            j += 1
        }
        return j
    }

    /// A title: its countries (adjectives after it, "de la Russie", or an English adjective/possessive before it, or
    /// `inner` ones read inside it), and the name in apposition when there is one.
    private func roleMention(_ t: [Token], match m: PhraseTrie<LanguagePack.RoleEntry>.Match, countries inner: [String], inQuote: [Bool])
        -> (mention: (actors: [ActorMention], places: [PlaceMention]), next: Int) {
        let entry = m.values[0]
        var countries: [String] = entry.country.map { [$0] } ?? inner
        // "le président de la République de Côte d'Ivoire": a country named right after a state's own title is the
        // state meant — the title's country is only the one it stands for alone.
        if entry.country != nil, m.end < t.count, genitives.contains(t[m.end]), let n = name(afterPreposition: m.end, t), namesACountry(n) {
            countries = inner
        }
        var start = m.start
        // Left side: "Russian President", "Turkey President", "China's top diplomat", "European Council President".
        if countries.isEmpty, m.start > 0 {
            var k = m.start
            if k >= 2, t[k - 1].folded == "s", t[k - 1].apostropheBefore { k -= 1 }
            // "Ukrainian Infrastructure Minister", "Russian Energy Minister": a portfolio the roles do not list, in one or
            // two capitalised words between the country and a bare "Minister".
            if entry.role == GenericTitleResolver.genericMinister {
                for skip in [1, 2] where k - skip > 0 && (k - skip..<k).allSatisfy({ t[$0].kind == .word && t[$0].isCapitalized }) {
                    if let a = knowledge.adjectives.longestMatch(in: t, at: k - skip - 1), a.end == k - skip { k -= skip; break }
                }
            }
            if let (country, from) = countryEnding(at: k, t) {
                countries = [country]; start = from
                // "the Russian and Turkish presidents", "the US, French and German leaders": a plural title takes
                // every country coordinated before it.
                while entry.plural, start >= 2, t[start - 1].folded == "," || pack.words.conjunctions.contains(t[start - 1]),
                      let (other, otherStart) = countryEnding(at: start - 1, t), !countries.contains(other) {
                    countries.insert(other, at: 0); start = otherStart
                }
            }
        }
        // Right side: "russe", "turc et russe", "russe, turc et iranien", "des Affaires étrangères russe", "de la Russie".
        var j = m.end
        if countries.isEmpty || entry.plural {
            j = readCountryAdjectives(t, from: j, into: &countries)
            if countries.isEmpty, j < t.count, genitives.contains(t[j]) || pack.words.originPrepositions.contains(t[j]) {
                if let n = name(afterPreposition: j, t) {
                    for e in n.values.map(\.entity) {
                        if case .country(let c) = e { countries = [c]; j = n.end; break }
                        if case .actor(let id) = e, let c = bodyCode(of: id) {
                            countries = [c]; j = n.end; break
                        }
                    }
                }
                // "the leaders of Russia, Iran, Kazakhstan and Turkmenistan": a plural title takes the whole list.
                while entry.plural, !countries.isEmpty, j + 1 < t.count, t[j].folded == "," || pack.words.conjunctions.contains(t[j].folded) {
                    var k = j + 1
                    if k < t.count, pack.words.conjunctions.contains(t[k].folded) { k += 1 }
                    if k < t.count, genitives.contains(t[k].folded) { k += 1 }
                    if k < t.count, articles.contains(t[k].folded) { k += 1 }
                    guard k < t.count, let n = nameMatch(t, at: k),
                          let c = n.values.lazy.compactMap({ v -> String? in if case .country(let c) = v.entity { return c }; return nil }).first else { break }
                    if !countries.contains(c) { countries.append(c) }
                    j = n.end
                }
            }
        }
        let counterpart = entry.role == "counterpart"
        // Apposition: "le président russe Vladimir Poutine", "President Erdogan", "le Chinois Wang Yi".
        var k = j
        if k < t.count, t[k].folded == "," { k += 1 }
        if k < t.count, let n = nameMatch(t, at: k) {
            let (a, p) = entityMentions(t, match: n, inQuote: inQuote)
            if let first = a.first, case .named(let ref) = first.reference, ref.kind == .person {
                var mention = first
                mention.start = start
                return (([mention], p), n.end)
            }
        }
        // "President Clinton", "le chancelier Scholz": a surname after a title, of the one person who held that office.
        if !entry.plural, k < t.count, t[k].kind == .word, t[k].isCapitalized, !(k + 1 < t.count && t[k + 1].isCapitalized && t[k + 1].kind == .word),
           let info = knowledge.holder(surname: t[k].folded, role: entry.role, country: countries.first ?? entry.country),
           let ref = knowledge.actorRef(info.id) {
            return (([ActorMention(reference: .named(ref), start: start, end: k + 1, inQuote: inQuote[start])], []), k + 1)
        }
        if !entry.plural, let (ref, end) = personAfter(t, at: k, country: countries.first) {
            return (([ActorMention(reference: .named(ref), start: start, end: end, inQuote: inQuote[start])], []), end)
        }
        // "le président de la Chambre", "président du Conseil d'État": a title of another body, not the state's office.
        if countries.isEmpty, !counterpart, entry.role != "leader", j < t.count, genitives.contains(t[j]) {
            return (([], []), j)
        }
        var mention = ActorMention(reference: .role(role: entry.role, countries: countries, counterpart: counterpart),
                                   start: start, end: j, inQuote: inQuote[start])
        mention.isPlural = entry.plural
        return (([mention], []), j)
    }

    /// The code an organisation's titles resolve through ("le chef de l'ONU", "European Council President"): its own
    /// code when it is an international body. A movement of one state (Hamas, Hezbollah) has no office in
    /// Knowledge: "le chef du Hamas" is not the president of Palestine.
    private func bodyCode(of id: String) -> String? {
        guard let a = knowledge.actors[id], a.kind == .organization, let c = a.country, knowledge.countries[c] == nil else { return nil }
        return c
    }

    /// An unknown person introduced by a title or honorific: 1–4 capitalised words (with particles: al-, bin, de).
    func personAfter(_ t: [Token], at k: Int, country: String?) -> (ActorRef, Int)? {
        guard k < t.count, t[k].kind == .word, t[k].isCapitalized, t[k].original.count > 1 else { return nil }
        /// The first known actor a name match stands for (a person only, when asked).
        func actor(_ n: PhraseTrie<Knowledge.NameEntry>.Match, personOnly: Bool) -> ActorRef? {
            for e in n.values.map(\.entity) {
                if case .actor(let id) = e, let ref = knowledge.actorRef(id), !personOnly || ref.kind == .person { return ref }
            }
            return nil
        }
        if let n = nameMatch(t, at: k) {
            return actor(n, personOnly: false).map { ($0, n.end) }  // nil: a place or a state, not a person
        }
        if pack.weekdays[t[k]] != nil || pack.months[t[k]] != nil { return nil }
        // "Iranian Foreign Minister Seyed Abbas Araghchi", "Prince Faisal bin Farhan": a word of address before a
        // known full name (two words or more: not a surname another person shares) is that person.
        if k + 1 < t.count, t[k + 1].isCapitalized, let n = nameMatch(t, at: k + 1), n.end - (k + 1) >= 2, let ref = actor(n, personOnly: true) {
            return (ref, n.end)
        }
        var end = k
        var words: [String] = []
        while end < t.count, words.count < 4 {
            let tok = t[end]
            if tok.kind == .word, tok.isCapitalized || (nameParticles.contains(tok) && tok.hyphenBefore == false && end + 1 < t.count && t[end + 1].isCapitalized) || (tok.hyphenBefore && !words.isEmpty) {
                words.append(tok.original); end += 1
            } else { break }
        }
        guard !words.isEmpty else { return nil }
        // A single capitalised word after a title is a surname only when it is not a common sentence word.
        if words.count == 1, pack.stopwords.contains(t[k]) { return nil }
        var display = ""
        for idx in k..<end {
            if idx > k { display += t[idx].hyphenBefore ? "-" : " " }
            display += t[idx].original
        }
        let slug = Folding.fold(display).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
        return (ActorRef(id: "local:\(slug)", name: display, kind: .person, country: country), end)
    }

    /// "a indiqué le Kremlin", "selon la présidence turque", "according to X", ", Price said".
    private func markReportingSpeakers(_ actors: inout [ActorMention], tokens t: [Token], cues: [CueMatch]) {
        let reporting = cues.filter { $0.classes.contains("reporting") }
        for idx in actors.indices {
            let a = actors[idx]
            for r in reporting {
                let folded = t[r.start].folded
                let isSelon = pack.words.accordingTo.contains(folded) && r.end <= a.start && a.start - r.end <= 3
                let after = r.end <= a.start && a.start - r.end <= 3 && r.start > 0 && [",", "\"", "»", "”"].contains(t[r.start - 1].folded)
                var before = a.end <= r.start && r.start - a.end <= 1 && a.start > 0 && [",", "\"", "»", "”"].contains(t[a.start - 1].folded)
                    // "The U.N. envoy for Syria, Staffan de Mistura, said": a name between commas is an apposition to
                    // the subject, and so the subject itself.
                    && !(r.start - a.end == 1 && t[a.end].folded == "," && t[a.start - 1].folded == ",")
                // "…, the Foreign Office said.", "…, a U.S. official said.": closing the sentence, the speaker may have an
                // article before it and a lower-case noun after it.
                if !before, a.end <= r.start, r.start - a.end <= 2, t[r.end...].allSatisfy({ $0.kind == .punctuation }),
                   t[a.end..<r.start].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) {
                    var open = a.start
                    while open > 0, a.start - open < 2, pack.words.isArticle(t[open - 1]) { open -= 1 }
                    before = open > 0 && [",", "\"", "»", "”"].contains(t[open - 1].folded)
                }
                if isSelon || after || before { actors[idx].isReportingSpeaker = true }
            }
        }
    }
}
