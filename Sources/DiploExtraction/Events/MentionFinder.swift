import DiploModel

/// Finds event mentions in one analysed sentence: groups trigger words into mentions, gives each its
/// participants, date, place and qualifiers (negated, future, plural...), and decides its type.
struct MentionFinder: Sendable {
    let knowledge: Knowledge
    let pack: LanguagePack

    static let eventClasses: Set<String> = ["occurred", "call-noun", "call-verb", "talk-verb", "talk-noun", "meet-verb", "host-verb", "visit-verb", "meet-noun",
                                            "summit-noun", "agreement-noun", "agreement-verb", "statement-verb"]
    /// `talk-noun` ("entretien", "échange"): talks by phone or in person, whichever the article says.
    static let nounClasses: Set<String> = ["call-noun", "meet-noun", "talk-noun", "summit-noun", "agreement-noun"]
    /// Nouns naming an event or a statement, for choosing between two nouns that start on the same word.
    static let allNounClasses: Set<String> = nounClasses.union(["statement-noun"])
    static let verbClasses: Set<String> = ["call-verb", "talk-verb", "meet-verb", "host-verb", "visit-verb", "agreement-verb", "statement-verb"]

    /// A group of cues made only of verbs of saying or reporting ("a déclaré", "selon"): it says, it reports no event.
    static func onlySays(_ group: [CueMatch]) -> Bool {
        group.allSatisfy { $0.classes.isSubset(of: ["statement-verb", "reporting"]) }
    }
    /// A group of cues made only of event or statement nouns ("le sommet", "the talks"): no verb tells what was done.
    static func onlyNouns(_ group: some Collection<CueMatch>) -> Bool {
        group.allSatisfy { $0.classes.isSubset(of: allNounClasses) }
    }
    /// Words of an exchange or an agreement — every event word but the verbs of saying.
    static let eventWordClasses: Set<String> = eventClasses.subtracting(["statement-verb"])
    /// Verbs of an exchange or an agreement — every event verb but those of saying.
    static let exchangeVerbClasses: Set<String> = verbClasses.subtracting(["statement-verb"])

    func mentions(in s: AnalyzedSentence, index: Int) -> [EventMention] {
        let t = s.tokens
        // Of two nouns starting on the same word, the longer names the thing: "conférence de presse" is
        // not a "conférence de" (a summit), "press conference" not a "conference".
        // "a signé samedi avec son homologue une « déclaration d'Alger »": an agreement object is an agreement
        // noun after a verb of concluding, and nothing alone ("dans une déclaration", "le document de 1991").
        let concluding = s.cues.filter { $0.classes.contains("agreement-verb") && !$0.classes.contains("agreement-object") }
        let passives = s.cues.filter { $0.classes.contains("agreement-passive") }
        let participles = s.cues.filter { $0.classes.contains("agreement-participle") }
        // No other agreement noun, relative clause or boundary between a verb of concluding and its object.
        func clear(_ from: Int, _ to: Int) -> Bool {
            !s.cues.contains { o in o.start >= from && o.end <= to && !o.classes.isDisjoint(with: ["agreement-noun", "relative-clause", "boundary"]) }
        }
        // "Poutine a présenté jeudi au téléphone ses condoléances à son homologue turc", "Biden told Zelensky by phone
        // that…": "by phone" between two people, in a sentence with no other word of exchange, is their call.
        let exchangeWord = s.cues.contains { !$0.classes.isDisjoint(with: Self.eventWordClasses) }
        let cues = s.cues.map { c -> CueMatch in
            if c.classes.contains("phone"), !exchangeWord, !c.inQuote,
               case let people = s.actors.filter({ $0.namesAPerson && !$0.isReportingSpeaker && !$0.inQuote }),
               people.count >= 2, people.contains(where: { $0.end <= c.start }) {
                var c = c
                c.classes.insert("call-noun")
                return c
            }
            guard c.classes.contains("agreement-object") else { return c }
            var c = c
            c.classes.remove("agreement-object")
            // …its own object: no other agreement noun nor a relative clause in between ("ont signé le nouveau
            // traité, qui remplace le document de 1991").
            // The verb has someone before it who signs ("Le texte signé à Singapour reprend la déclaration de…"
            // signs nothing).
            let object = concluding.contains { v in
                let signer = s.actors.contains { $0.end <= v.start } || (0..<v.start).contains { pack.words.subjectPronouns.contains(t[$0]) }
                return signer && v.end <= c.start && c.start - v.end <= 20 && clear(v.end, c.start)
            }
            // "plusieurs documents de coopération ont été signés": the subject of a passive verb of concluding.
            let subject = passives.contains { v in c.end <= v.start && v.start - c.end <= 8 && clear(c.end, v.start) }
            // "dans leur déclaration finale, adoptée samedi", "the declaration adopted on Wednesday", "la « déclaration de
            // Manama » adoptée": a bare participle right after the text or its name (not "a statement that Russia had
            // adopted a doctrine").
            let described = participles.contains { v in
                guard c.end <= v.start, clear(c.end, v.start) else { return false }
                let between = c.end..<v.start
                return between.count <= 2 || (between.count <= 5 && between.allSatisfy { k in
                    t[k].kind == .punctuation || t[k].isCapitalized || pack.words.genitives.contains(t[k]) || pack.words.articles.contains(t[k])
                })
            }
            if object || subject || described { c.classes.insert("agreement-noun") }
            return c
        }
        let nounCues = cues.filter { $0.classes.isSubset(of: Self.allNounClasses) }
        // "un échange de prisonniers", "called for restraint": trigger words inside these report no exchange.
        let notEvents = s.cues.filter { $0.classes.contains("not-event") }
        let triggers = cues.filter { c in
            guard !c.classes.isDisjoint(with: Self.eventClasses) else { return false }
            if notEvents.contains(where: { $0.start <= c.start && c.start < $0.end }) { return false }
            // "Fayez al-Sarraj, head of Libya's Government of National Accord (GNA), in Istanbul on Sunday": an agreement
            // word inside a name names no agreement — unless concluded there ("signed the Abraham Accords", "the Paris
            // Agreement, signed in 2015"); left in, it would take the day from the sentence's event.
            if c.classes == ["agreement-noun"], c.start > 0, t[c.start].isCapitalized, t[c.start - 1].kind == .word, t[c.start - 1].isCapitalized,
               !concluding.contains(where: { $0.end <= c.start && c.start - $0.end <= 6 }),
               !(passives + participles).contains(where: { $0.start >= c.end && $0.start - c.end <= 4 }) { return false }
            // "a 10-year bilateral security agreement": a meeting word qualifying the agreement noun just after it.
            if c.classes == ["meet-noun"], let a = nounCues.first(where: { $0.classes.contains("agreement-noun") && $0.start >= c.end && $0.start <= c.end + 2 }),
               !s.tokens[c.end..<a.start].contains(where: { $0.kind != .word }) { return false }
            if c.classes.isSubset(of: Self.allNounClasses),
               nounCues.contains(where: { $0.start == c.start && $0.end > c.end && $0.classes.isDisjoint(with: c.classes) }) { return false }
            guard c.inQuote else { return true }
            // A named, dated event quoted in speech ("la conférence de Berlin du 19 janvier") is still that event.
            guard !c.classes.isDisjoint(with: Self.nounClasses) else { return false }
            return s.dates.contains { $0.start >= c.end && $0.start <= c.end + 5 }
                || s.places.contains { $0.start >= c.end && $0.start <= c.end + 2 && c.end < s.tokens.count && pack.words.genitives.contains(s.tokens[c.end]) }
        }
            .sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
            .reduce(into: [CueMatch]()) { acc, c in
                // Overlapping trigger phrases ("conversation téléphonique" inside a longer match) count once.
                if let last = acc.last, c.start < last.end { acc[acc.count - 1].classes.formUnion(c.classes); acc[acc.count - 1].end = max(last.end, c.end) } else { acc.append(c) }
            }
        guard !triggers.isEmpty else { return [] }

        // 1. Group trigger words into mentions: words of one event are adjacent, or linked by "lors de",
        //    "during", "pour un sommet"; a verb of saying joins the event it reports.
        var groups: [[CueMatch]] = []
        for trig in triggers {
            guard let prev = groups.last?.last else { groups.append([trig]); continue }
            if linked(prev, trig, in: s) { groups[groups.count - 1].append(trig); continue }
            // "L'accord sur les céréales, conclu en juillet à Istanbul, a été prolongé jeudi": a passive verb of concluding
            // whose subject is the agreement before the apposition: the verb concludes that agreement, on its own day (not
            // the apposition's, which tells of its first conclusion).
            if trig.classes.contains("agreement-passive"), groups.contains(where: { g in g.last.map { passiveSubject($0, of: trig, in: s) } == true }) {
                var concluded = trig
                concluded.classes.insert("agreement-noun")
                groups.append([concluded]); continue
            }
            groups.append([trig])
        }

        // "En visite d'État en Égypte, Emmanuel Macron s'est entretenu…", "During a visit to Ankara, Putin met…": an
        // event noun fronted before its comma leaves the sentence's subject after that comma, before the verb.
        // "Meeting in Geneva for the first time since Russia quit the deal in July, Fidan sat down with Lavrov": so does a
        // participle opening the sentence, whatever event words its clause holds before the comma.
        let frontedClause: (comma: Int, verbGroup: Int)? = {
            guard groups.count > 1 else { return nil }
            let opensWithNoun = groups[0][0].start <= 3 && pack.words.frontingPrepositions.contains(t[0])
                && groups[0].allSatisfy({ !$0.classes.isDisjoint(with: Self.nounClasses) })
            let opensWithParticiple = groups[0][0].start == 0 && t[0].kind == .word && isParticiple(t[0].folded, past: false)
            guard opensWithNoun || opensWithParticiple,
                  // …before a verb of meeting or concluding: what is said during a visit is its readout.
                  let k = groups.indices.dropFirst().first(where: { groups[$0].contains { !$0.classes.isDisjoint(with: Self.exchangeVerbClasses) } }),
                  let comma = (groups[k - 1].last!.end..<groups[k][0].start).first(where: { t[$0].folded == "," }),
                  s.actors.contains(where: { $0.start > comma && $0.end <= groups[k][0].start && !$0.isReportingSpeaker }) else { return nil }
            return (comma, k)
        }()
        let frontedNounComma = frontedClause?.comma
        let subjectEnd = frontedClause.map { groups[$0.verbGroup][0].start } ?? groups[0][0].start
        // "After four hours of talks…, X met…", "Ahead of the summit, Erdoğan held…": a clause fronted by a link or
        // a sequence word; a sequence that is no setting ("en marge de") also gives a noun its own subject.
        let fronted = s.cues.contains { c in c.start == 0 && !c.classes.isDisjoint(with: ["sequence", "link"]) }
        let frontedSequence = s.cues.contains { c in c.start == 0 && c.classes.contains("sequence") && !c.classes.contains("setting") }
        var out: [EventMention] = []
        // Dates are taken in reading order: "talks in Geneva on Jan. 10, followed by a meeting in Brussels on
        // Jan. 12" — the second mention cannot take back the date the first one took.
        var claimedEnd = 0
        let asides = Self.relativeAsides(in: s, words: pack.words)
        let appositions = Self.personAppositions(in: s)
        for (g, group) in groups.enumerated() {
            let first = group[0].start, last = group.last!.end
            let nextStart = g + 1 < groups.count ? groups[g + 1][0].start : t.count
            let spanEnd = clauseEnd(after: last, limit: nextStart, in: s)
            var classes = Set<String>()
            for c in group { classes.formUnion(c.classes) }
            var m = EventMention(sentence: index, classes: classes, firstTrigger: first, lastTrigger: last,
                                 spanStart: g == 0 ? 0 : first, spanEnd: spanEnd, type: nil, mode: nil, actors: [],
                                 hasGroupAnaphor: false, date: nil, locationID: nil, regionIDs: [], rejection: nil,
                                 isAnaphoric: false)
            // 2. Participants: the subject of the sentence and the mention's own objects.
            let absentClauses = s.cues.filter { $0.classes.contains("absent") }.map { clauseRange(around: $0.start, t) }
            // "…à l'échelle du continent, Russie exclue": the name right before it is left out.
            let excludedEnds = Set(s.cues.filter { $0.classes.contains("excluded") }.map(\.start))
            let datelineEnd = Self.datelineEnd(s)
            let usable = s.actors.filter { a in
                // "Ukraine : après un nouvel appel…": a headline's label names the topic, not a party;
                // "Vienne (AFP) -", "WASHINGTON –": a dateline's city says where the story was filed.
                !(a.start == 0 && a.end < t.count && t[a.end].folded == ":") &&
                !(a.start == 0 && a.isMetonym && a.end < t.count && ["(", "-", "–", "—", ","].contains(t[a.end].folded)) &&
                a.end > datelineEnd &&
                // "rejoindre Bruxelles, où se tient un sommet": the capital is where the event is, not a party.
                !(a.isMetonym && a.end + 1 < t.count && t[a.end].folded == "," && pack.words.placeRelatives.contains(t[a.end + 1])) &&
                !a.isReportingSpeaker && !a.isTopic && !a.inQuote && !inParentheses(a.start, t) && !absentClauses.contains { $0.contains(a.start) } &&
                !excludedEnds.contains(a.end) &&
                // "avait dîné avec Sergio Mattarella, artisan de l'apaisement entre les deux pays, au Quirinal": a
                // group inside an apposition about a person describes that person; it brings nobody to the event.
                // (Not after several people: "Les chefs de la diplomatie qatari…, ainsi que leurs homologues" adds.)
                !(a.isGroup && appositions.contains { r in r.contains(a.start) && s.actors.contains { $0.end == r.lowerBound && !$0.isPlural } }) &&
                // "the Brussels talks", "the Geneva summit": a city just before the event's noun says where it was.
                !(a.isMetonym && group.contains { $0.start == a.end && $0.classes.isSubset(of: Self.allNounClasses) }) &&
                // "Avant Paris, le dirigeant iranien s'était rendu en Italie": a city before or after which something
                // happened is a stage of a trip, not a party.
                !(a.isMetonym && a.start > 0 && pack.words.anchorPrepositions.contains(t[a.start - 1]))
            }
            let relativeCue = s.cues.first { $0.classes.contains("relative-clause") && $0.end <= first && first - $0.end <= 2 }
            let betweenCue = s.cues.first { $0.classes.contains("between") && $0.start >= first && $0.start <= last + 2 && $0.start < spanEnd }
            // A later mention introduced by "à la suite de", "after", "en marge de" is another event, without the subject.
            // …up to three words before the trigger, or six when none of them names anyone ("après plus de trois
            // heures d'entretiens").
            let sequenceCue = g > 0 ? s.cues.last(where: { c in
                guard c.classes.contains("sequence"), c.end <= first, c.start >= groups[g - 1].last!.end else { return false }
                return first - c.end <= 3 || (first - c.end <= 6 && !s.actors.contains { $0.start >= c.end && $0.end <= first })
            }) : nil
            let sequenced = sequenceCue != nil
            m.isSequenced = sequenced
            if let rel = relativeCue, g > 0 {
                m.isRelativeClause = true
                let lower = groups[g - 1].last!.end
                m.actors = usable.filter { $0.start >= lower && $0.end <= rel.start }
            } else if let b = betweenCue, group[0].classes.isDisjoint(with: ["meet-verb", "visit-verb", "host-verb"])
                        || !s.actors.contains(where: { $0.end <= first && $0.start >= subjectStart(subjectEnd, s) && !$0.isGroup }) {
                // (A verb of gathering keeps its named subject: "X, Y et Z se sont retrouvés à Bruxelles pour le sommet
                // entre l'UE et la Chine".)
                m.actors = usable.filter { $0.start >= b.end && $0.start < spanEnd }
            } else {
                // After "since"/"après", the clause has its own subject ("since Putin met Trump in Helsinki").
                // "On the sidelines of the summit, Putin held talks…": after a setting, a verb has its own subject.
                let ownSubject: [ActorMention]? = {
                    guard g > 0 else { return nil }
                    let previous = groups[g - 1][0].start
                    // …and after a fronted "After four hours of talks just before a NATO summit in Madrid, X, Y and Z met…",
                    // "Ahead of the summit, Erdoğan held separate bilateral meetings with…" (a noun too).
                    guard !group[0].classes.isDisjoint(with: Self.verbClasses) || frontedSequence else { return nil }
                    guard fronted || s.cues.contains(where: { $0.classes.contains("setting") && $0.end <= previous && previous - $0.end <= 3 }) else { return nil }
                    return actorsOfOwnClause(after: [","], in: groups[g - 1].last!.end..<first, usable, t)
                }()
                // "Biden joined a Group of Seven meeting and then a summit of the EU": a body named right before the
                // first event noun qualifies that event; it is no subject of the later ones.
                let firstNounQualifier = g > 0 && Self.onlyNouns(groups[0])
                    ? usable.first { a in
                        guard a.end == groups[0][0].start, case .named(let r) = a.reference else { return false }
                        return r.kind != .person
                    }?.start : nil
                let mainSubject = usable.filter { $0.end <= subjectEnd && $0.start >= max(subjectStart(subjectEnd, s), (frontedNounComma ?? -1) + 1)
                    && $0.start != firstNounQualifier }
                // "…: in July 2000 Putin held talks in Pyongyang": after a colon or a semicolon a clause has its own subject.
                let clauseSubject = g > 0 ? actorsOfOwnClause(after: [":", ";"], in: groups[g - 1].last!.end..<first, usable, t) : nil
                // "Peskov a indiqué mercredi que Poutine avait rencontré mardi…": what was said has its own subject.
                let reportedSubject: [ActorMention]? = g > 0 ? {
                    let previous = groups[g - 1]
                    guard !group[0].classes.isDisjoint(with: Self.verbClasses), Self.onlySays(previous),
                          previous.contains(where: { $0.classes.contains("statement-verb") }),
                          let k = (previous.last!.end..<first).last(where: { pack.words.speechComplementizers.contains(t[$0]) }) else { return nil }
                    let own = usable.filter { $0.start > k && $0.end <= first }
                    return own.isEmpty ? nil : own
                }() : nil
                // "…at the Mellon Auditorium, where the founding treaty was signed in 1949": an agreement in a clause
                // about the place has no signer from the sentence before it, unless a pronoun takes the subject up
                // ("Erdogan went to Sochi, where he signed…").
                let placeClauseSubject: [ActorMention]? = g > 0 && group.contains(where: { $0.classes.contains("agreement-noun") || $0.classes.contains("agreement-verb") }) ? {
                    guard let k = (groups[g - 1].last!.end..<first).last(where: { pack.words.placeRelatives.contains(t[$0]) }),
                          !(k..<first).contains(where: { pack.words.subjectPronouns.contains(t[$0]) }) else { return nil }
                    return usable.filter { $0.start > k && $0.end <= first }
                }() : nil
                let subject = placeClauseSubject ?? clauseSubject ?? reportedSubject ?? sequenceCue.map { c -> [ActorMention] in
                    let own = usable.filter { $0.start >= c.end && $0.end <= first }
                    // "…, shortly after meeting Egyptian President Morsi", "X and Y announced it after a telephone
                    // conversation": an event after the cue without a subject of its own has the sentence's.
                    // Not the gathering after "en marge de": it is the setting, not the subject's event.
                    guard own.isEmpty, !c.classes.contains("setting") else { return own }
                    // "…», a déclaré M. Sarkozy lors d'une conférence de presse, après trois heures d'entretiens":
                    // the speaker of the clause before took part.
                    if mainSubject.isEmpty {
                        let lower = groups[g - 1][0].start
                        return s.actors.filter { (a: ActorMention) -> Bool in
                            guard a.start >= lower, a.end <= c.start, !a.inQuote, a.isReportingSpeaker,
                                  case .named(let r) = a.reference else { return false }
                            return r.kind == .person
                        }
                    }
                    return mainSubject
                } ?? ownSubject ?? speakerJustBefore(group, index: g, groups: groups, usable, t) ?? groupJustBefore(group, index: g, groups: groups, usable) ?? mainSubject
                var objectsEnd = objectListEnd(after: last, spanEnd: spanEnd, actors: usable, in: s)
                // "Ahead of the summit, Erdoğan held…": a fronted clause ends at its comma; who follows is the next clause's subject.
                // "Following the closed-door meeting at the palace, A and B signed the agreement": so does a clause fronted
                // by the meeting just reported — the definite noun takes no one after its comma (it has no "with" of its own).
                if g == 0, g + 1 < groups.count, frontedSequence,
                   Self.onlyNouns(groups[g + 1])
                    || (Self.onlyNouns(group) && isDefinite(group, s)
                        && !s.cues.contains(where: { $0.classes.contains("with") && $0.start >= last && $0.start < objectsEnd })),
                   let comma = (last..<objectsEnd).first(where: { t[$0].folded == "," }) {
                    objectsEnd = comma
                }
                if let fronted = frontedClause, g < fronted.verbGroup { objectsEnd = min(objectsEnd, fronted.comma) }
                m.actors = subject + usable.filter { a in a.start >= first && a.start < objectsEnd && !subject.contains { $0.start == a.start } }
            }
            // "rencontrés en marge du G20", "met on the sidelines of the NATO summit": the gathering after the
            // cue is the setting, not a party.
            let settings = s.cues.filter { $0.classes.contains("sequence") && $0.start >= last && $0.start < spanEnd }
            m.actors.removeAll { a in settings.contains { a.start >= $0.end && a.start <= $0.end + 2 } }
            // "met on Tuesday on the sidelines of the NATO summit in Vilnius with Rishi Sunak", "s'est entretenu en marge
            // du sommet avec le Premier ministre britannique": who is named with "with" after the setting gathering is
            // the verb's partner, not the gathering's.
            if let partners = partnersAfterSetting(of: g, groups, in: s) { m.actors.removeAll { partners.contains($0.start) } }
            if g + 1 < groups.count, let partners = partnersAfterSetting(of: g + 1, groups, in: s) {
                m.actors += usable.filter { a in partners.contains(a.start) && !m.actors.contains { $0.start == a.start } }
            }
            // "…par téléphone avec Vladimir Poutine, à la demande du président ukrainien": who asked for it is no party.
            let requests = s.cues.filter { $0.classes.contains("request") }
            m.actors.removeAll { a in requests.contains { a.start >= $0.end && a.start <= $0.end + 1 } }
            // "Lors d'un entretien téléphonique mercredi, le maître du Kremlin a exhorté Erdogan à…", "During the call,
            // Putin urged Erdogan to…": what was said during a fronted call or meeting was said to its other party.
            // (Not "Dans un entretien diffusé jeudi par RIA Novosti, Assad a affirmé…": an interview.)
            let duringFronted = s.cues.contains { $0.start == 0 && $0.classes.contains("after") && !$0.classes.contains("setting") }
            if g == 0, duringFronted, groups.count > 1, group.allSatisfy({ !$0.classes.isDisjoint(with: ["call-noun", "talk-noun", "meet-noun"]) && $0.classes.isSubset(of: Self.allNounClasses) }),
               Self.onlySays(groups[1]),
               let comma = (last..<groups[1][0].start).first(where: { t[$0].folded == "," }) {
                let said = groups[1].last!.end
                let end = clauseEnd(after: said, limit: g + 2 < groups.count ? groups[g + 2][0].start : t.count, in: s)
                // …the person right after the verb ("told reporters the UK was ready" addresses nobody named).
                let addressees = usable.filter { a in
                    guard a.start >= said, a.start <= said + 1, a.start < end, !m.actors.contains(where: { $0.start == a.start }) else { return false }
                    if case .role = a.reference { return true }
                    return a.namesAPerson
                }
                // (Only for a noun without people of its own before the comma; "leur" takes them up from the clause.)
                if !addressees.isEmpty, m.actors.allSatisfy({ $0.isGroup || $0.start > comma }) { m.actors += addressees.prefix(1) }
            }
            let compound = compoundStates(after: group, in: s)
            m.actors += compound
            // "le sommet franco-britannique", "the Sino-Russian summit": two states' summit is their leaders' meeting.
            m.twoStateSummit = group.contains { $0.classes.contains("summit-noun") } && Set(compound.compactMap { a -> String? in
                if case .named(let r) = a.reference { return r.id }; return nil
            }).count == 2
            m.hasGroupAnaphor = m.actors.contains(where: \.isGroup)
            // 3. Date: the nearest in the mention's reach; a date introduced by "du"/"de" belongs to the noun before it.
            let anaphoric = isAnaphoric(first, s)
            // "The call came a day after Witkoff met Putin on Tuesday", "Cette visite intervient au lendemain du
            // discours de Poutine, mardi": such a phrase dates the event after it, and what follows it is that
            // event's, not the one before.
            let anchorAfter = s.dates.first { $0.attachesToFollowing && $0.start >= last }?.start ?? Int.max
            let candidates = s.dates.filter { d in
                // "On Wednesday evening, at their bilateral meeting…": a date opening the sentence dates even a
                // mention that points back.
                let opening = g == 0 && d.start <= 1 && d.end < first
                // "a ouvert samedi matin à Rome le sommet du G20", "a présidé lundi la réunion": a verb that opens or
                // chairs the gathering named after it gives it the day written between them.
                let presided = s.cues.contains { c in
                    c.classes.contains("presiding") && c.end <= d.start && d.end <= first && first - c.end <= 8
                        && !t[c.end..<first].contains { $0.kind == .punctuation }
                }
                let lower = g == 0 ? (anaphoric && !opening && !presided ? first : 0) : max(groups[g - 1].last!.end, claimedEnd)
                // "au lendemain du sommet", "the day after the summit": the date word just before the noun dates it.
                if d.attachesToFollowing, d.end <= first, first - d.end <= 1 { return true }
                if d.start >= anchorAfter { return false }
                // "« …et lundi je dois aller travailler », a expliqué Poutine, ajoutant qu'il avait tout accompli au
                // sommet": a day inside a quotation belongs to what the speaker says, not to an event outside it —
                // except the speaker's own "today" ("« Aujourd'hui, nous nous rencontrons… », a déclaré X").
                if s.inQuote[d.start], !s.inQuote[first], d.expression != .relativeDays(0) { return false }
                // "Trump, who is due in Saudi Arabia on Tuesday, has said…": a day inside an aside dates what the aside says —
                // the mention's own when one of its triggers is the aside's verb ("les négociations entre X et Y, qui se
                // sont tenues mardi", where the relative pronoun takes up the talks, not Y).
                if asides.contains(where: { a in a.contains(d.start) && !group.contains { a.contains($0.start) } }) { return false }
                // "for the first time since Russia quit the deal on July 17, Fidan met Lavrov": a day inside a clause
                // saying since when (up to its comma) is that clause's event's, unless the mention's trigger is in it.
                if s.cues.contains(where: { c in
                    c.classes.contains("since-clause") && c.end <= d.start
                        && !t[c.end..<d.start].contains { $0.kind == .punctuation }
                        && !group.contains { $0.start >= c.start && $0.start < d.start }
                }) { return false }
                guard !d.isDuration, !d.isFuture, d.start >= lower, d.start < max(spanEnd, last) || (d.start < nextStart && d.start - last <= 3) else { return false }
                // (Opening the sentence, "Dès mercredi" — folded like the genitive "des" — is no complement of a noun.)
                if d.start > 0, pack.words.genitives.contains(t[d.start - 1]), !(d.start == 1 && t[0].isCapitalized), d.start - last > 4 || d.start < first { return false }
                // "committed to organizing elections in December", "d'organiser des élections en décembre":
                // a date after an infinitive clause dates what is intended, not the event.
                if d.start > last, intentionClause(in: s, from: last, to: d.start) { return false }
                // "un cessez-le-feu, qui doit entrer en vigueur dimanche": a date in a clause about the future.
                if futureClause(before: d.start, notBefore: d.start >= last ? last : lower, in: s),
                   !s.cues.contains(where: { $0.classes.contains("future") && $0.start >= first && $0.start < last }) { return false }
                // The subject's date ("Jeudi, X et Y se sont entretenus") dates the first mention at any distance.
                // "It is his first visit in 24 years: in July 2000 Putin held talks…": a colon or a semicolon
                // between the date and the trigger gives the date to the other clause.
                let lo = min(d.start, first), hi = max(d.end, last)
                if lo < hi, t[lo..<hi].contains(where: { [":", ";"].contains($0.folded) }) { return false }
                // "met Fayez al-Sarraj, head of Libya's Government of National Accord (GNA), in Istanbul on Sunday": an
                // apposition about a person adds no distance.
                let skipped = appositions.filter { d.start >= last ? ($0.lowerBound >= last && $0.upperBound <= d.start) : ($0.lowerBound >= d.end && $0.upperBound <= first) }
                    .reduce(0) { $0 + $1.count }
                // "met Ukrainian President Volodymyr Zelenskiy on the sidelines of the U.N. General Assembly on
                // Wednesday": a name is one word however many tokens spell it.
                let nameTokens = d.start >= last
                    ? s.actors.filter { a in
                        guard a.start >= last, a.end <= d.start, case .named = a.reference else { return false }
                        return true
                    }.reduce(0) { $0 + $1.end - $1.start - 1 } : 0
                return distance(d, first, last) - skipped - nameTokens <= 14 || (g == 0 && d.end <= subjectEnd)
            }
            // "…a day after Witkoff met Putin for several hours in Moscow on Tuesday": the mention's own day after it
            // beats the relative phrase before it.
            let ownAfter = candidates.contains { $0.start >= last && !$0.expression.isEventRelative }
            // "PARIS, Feb 21 (Reuters) - Macron spoke … on Sunday": the dateline's day is when the story was filed;
            // it dates the event only when the sentence gives no other day.
            let datedAfterDateline = candidates.contains { $0.start > datelineEnd }
            // "had arrived on Monday and held talks with Scholz in Berlin on Tuesday": a day before "and" is the first
            // verb's when the mention has its own day after it.
            let anyAfter = candidates.contains { $0.start >= last }
            func ofAnotherVerb(_ d: DateMention) -> Bool {
                anyAfter && d.end <= first && t[d.end..<first].contains { pack.words.conjunctions.contains($0) }
            }
            // "s'est rendu ce mercredi à Téhéran…, une visite centrée sur le référendum organisé le 25 septembre", "the
            // referendum held on Sept. 25": a day after a noun and its participle dates that noun.
            let ofAnotherNoun = Set(candidates.filter { participleOfAnotherNoun(before: $0, after: last, in: s, cues: cues) }.map(\.start))
            // "The Kremlin said on Wednesday that Putin had met Guterres on Tuesday": the day inside what was said is
            // the event's; the one before "that" is the saying's.
            let reported = reportedClauseStart(group, in: s)
            let ownInReported = reported.map { r in candidates.contains { $0.start >= r } } ?? false
            m.date = candidates.filter { !(ownAfter && $0.attachesToFollowing && $0.end <= first) && !(datedAfterDateline && $0.end <= datelineEnd) && !ofAnotherVerb($0)
                    && !(ownInReported && $0.end <= reported!) && !ofAnotherNoun.contains($0.start) }
                .min(by: { distance($0, first, last) < distance($1, first, last) })
            // 4. Place.
            m.locationID = location(for: m, in: s, subjectEnd: subjectEnd)
            m.regionIDs = s.places.filter { !$0.usedAsActor && $0.placeID != m.locationID }.map(\.placeID)
            // 5. Qualifiers and type.
            m.isAnaphoric = isAnaphoric(first, s)
            m.isDefinite = isDefinite(group, s)
            m.rejection = qualifiers(m, group: group, after: g > 0 ? groups[g - 1].last!.end : 0, in: s)
            // "n'exclut pas une rencontre … en marge du sommet du G20, fin juin": the gathering named as the setting
            // of an event still to come is to come as well.
            if m.rejection == nil, let previous = out.last, let r = previous.rejection, r == .future || r == .hypothetical,
               Self.onlyNouns(group) {
                let near = first > previous.lastTrigger && first - previous.lastTrigger <= 6
                    && !s.cues.contains { $0.start >= previous.lastTrigger && $0.start < first && !$0.classes.isDisjoint(with: ["boundary", "relative-clause", "contrast"]) }
                let setting = s.cues.contains(where: { $0.classes.contains("setting") && $0.start >= previous.lastTrigger && $0.end <= first && first - $0.end <= 3 })
                // "pourraient se voir en juin, au sommet du G7": so is the gathering right after it, where it would be.
                let whereItWouldBe = near && group.contains(where: { $0.classes.contains("summit-noun") })
                    && (max(previous.lastTrigger, first - 3)..<first).contains(where: { pack.words.locatives.contains(t[$0]) })
                    && !t[previous.lastTrigger..<first].contains { [";", ":", "–", "—", "."].contains($0.folded) }
                // "s'est dit prêt à accueillir à Istanbul une réunion entre la Russie et l'Ukraine", "would host talks
                // between them in Istanbul": so is the event noun a verb still to come governs.
                let objectOfVerbToCome = near && !previous.classes.isDisjoint(with: Self.exchangeVerbClasses)
                    && !t[previous.lastTrigger..<first].contains(where: { $0.kind == .punctuation })
                if setting || whereItWouldBe || objectOfVerbToCome { m.rejection = r }
            }
            // "No deal on the drones was announced": a verb of saying whose subject is an event word said not to have
            // happened announced nothing either.
            if m.rejection == nil, let previous = out.last, previous.rejection == .negated,
               Self.onlySays(group), first > previous.lastTrigger,
               !t[previous.lastTrigger..<first].contains(where: { $0.kind == .punctuation }),
               !s.actors.contains(where: { $0.start >= previous.lastTrigger && $0.end <= first }) {
                m.rejection = .negated
            }
            m.type = decideType(&m, in: s)
            // "Peskov a indiqué que Vladimir Poutine avait rencontré jeudi le chef de l'ONU": who said it is no party
            // when what was said names the parties itself. ("Erdogan said he had spoken with Putin" names one: the
            // speaker is the "he".)
            if let r = reported, let type = m.type, type != .statement {
                func key(_ a: ActorMention) -> String {
                    switch a.reference {
                    case .named(let ref): return ref.id
                    case .role(let role, let countries, let counterpart): return "\(role)|\(countries)|\(counterpart)"
                    case .group: return "group"
                    }
                }
                // Two people of its own, and no pronoun that could be the speaker ("said that he had spoken with…").
                let inSaid = m.actors.filter { $0.start >= r }
                let said = Set(inSaid.filter(\.namesAPerson).map(key))
                if said.count >= 2, !inSaid.contains(where: { pack.words.subjectPronouns.contains(t[$0.start]) }) { m.actors.removeAll { $0.end <= first && !said.contains(key($0)) } }
            }
            // A rejected mention ("des pourparlers ont régulièrement lieu depuis 1994, date à laquelle le
            // cessez-le-feu a été conclu") leaves its date to the next one.
            if m.rejection == nil, let d = m.date { claimedEnd = max(claimedEnd, d.end) }
            out.append(m)
        }
        // An agreement announced "à l'issue d'une réunion" shares the meeting's date.
        // …and its place ("se sont mis d'accord à Minsk…, au terme de seize heures de négociations").
        for k in out.indices.dropFirst() where out[k].date == nil || out[k - 1].date == nil || out[k].locationID == nil {
            let between = s.cues.filter { $0.start >= out[k - 1].lastTrigger && $0.end <= out[k].firstTrigger }
            guard between.contains(where: { $0.classes.contains("link") || $0.classes.contains("after") }) else { continue }
            // "Meeting for the first time since Russia quit the deal on July 17": since then is not then.
            if between.contains(where: { $0.classes.contains("since-clause") }) { continue }
            // "The call came a day after Witkoff met Putin on Tuesday": a day apart, not the same day.
            if s.dates.contains(where: { $0.attachesToFollowing && $0.start >= out[k - 1].lastTrigger && $0.end <= out[k].firstTrigger }) { continue }
            // "s'étaient vus à Moscou le 23 janvier, puis à Sotchi le mois suivant, lors du sommet": another time and place.
            if between.contains(where: { !$0.classes.isDisjoint(with: ["distinct", "separately"]) }) {
                if out[k].locationID == nil, let p = s.places.last(where: { $0.start >= out[k - 1].lastTrigger && $0.end <= out[k].firstTrigger && $0.isLocative }) {
                    out[k].locationID = p.placeID
                }
                continue
            }
            if out[k].locationID == nil { out[k].locationID = out[k - 1].locationID }
            if out[k].date == nil { out[k].date = out[k - 1].date } else if out[k - 1].date == nil { out[k - 1].date = out[k].date }
        }
        return splitCoordinatedDates(out, in: s)
    }

    /// Where what was said begins when a group opens with a verb of saying whose complement reports the event
    /// ("a indiqué que Poutine avait rencontré", "said that Putin had met", "said Putin met"): the token after the
    /// complementizer, or the first named party right after the verb.
    private func reportedClauseStart(_ group: [CueMatch], in s: AnalyzedSentence) -> Int? {
        let saying: Set<String> = ["statement-verb", "reporting"]
        guard group.count >= 2, group[0].classes.contains("statement-verb"), group[0].classes.isSubset(of: saying),
              let event = group.dropFirst().first(where: { !$0.classes.isSubset(of: saying) }) else { return nil }
        let t = s.tokens
        if let k = (group[0].end..<event.start).first(where: { pack.words.speechComplementizers.contains(t[$0]) }) { return k + 1 }
        return s.actors.contains { $0.start == group[0].end && $0.end <= event.start } ? group[0].end : nil
    }

    /// "L'accord sur les céréales, conclu en juillet à Istanbul sous l'égide de l'ONU, a été prolongé jeudi": an agreement
    /// noun, its complement, an apposition between commas, then a passive verb of concluding whose subject it is.
    private func passiveSubject(_ noun: CueMatch, of verb: CueMatch, in s: AnalyzedSentence) -> Bool {
        let t = s.tokens
        guard noun.classes.contains("agreement-noun"), verb.classes.contains("agreement-passive"), noun.end < verb.start,
              verb.start - noun.end <= 40, t[verb.start - 1].folded == ",",
              let comma = (noun.end..<verb.start - 1).first(where: { t[$0].folded == "," }), comma - noun.end <= 12 else { return false }
        // Nothing else between that ends the clause, and no verb of an event in the noun's complement.
        return !t[noun.end..<verb.start].contains { [";", "–", "—", ":", "."].contains($0.folded) }
            && !s.cues.contains { $0.start >= noun.end && $0.start < comma && !$0.classes.isDisjoint(with: Self.verbClasses) }
    }

    /// Whether a relative clause set off by commas is all that stands between an event noun (`a`, with its
    /// complement) and the verb `b` right after the closing comma: ", qui a duré trois heures, s'est tenue".
    private func isRelativeAside(between a: CueMatch, and b: CueMatch, in s: AnalyzedSentence) -> Bool {
        let t = s.tokens
        guard a.end < b.start, b.start - a.end <= 30, t[b.start - 1].folded == ",",
              let r = s.cues.first(where: { $0.classes.contains("relative-clause") && $0.start > a.end && $0.end < b.start - 1 }),
              t[r.start - 1].folded == ",", r.start - a.end <= 12 else { return false }
        // The complement and the aside hold no other clause: no second comma pair, no hard boundary, no other event.
        let commas = (a.end..<b.start).filter { t[$0].folded == "," }
        return commas.count == 2
            && !t[a.end..<b.start].contains { [";", "–", "—", ":", ".", "(", ")"].contains($0.folded) }
            && !s.cues.contains { $0.start >= a.end && $0.end <= b.start && !$0.classes.isDisjoint(with: Self.eventClasses.subtracting(["occurred"])) }
    }

    /// Whether a call noun only says how something was held: it stands inside a `video-link` phrase ("par
    /// visioconférence", "by video conference") rather than naming a call of its own ("in a phone call").
    private func isOnlyTheMeans(_ callNoun: CueMatch, in s: AnalyzedSentence) -> Bool {
        s.cues.contains { $0.classes.contains("video-link") && $0.start < callNoun.start && $0.end >= callNoun.end }
    }

    /// Whether trigger `b` reports the same event as trigger `a` just before it.
    private func linked(_ a: CueMatch, _ b: CueMatch, in s: AnalyzedSentence) -> Bool {
        let t = s.tokens
        let gap = b.start - a.end
        if gap <= 0 { return true }
        let between = s.cues.filter { $0.start >= a.end && $0.end <= b.start }
        if between.contains(where: { $0.classes.contains("distinct") || $0.classes.contains("sequence") }) || b.classes.contains("distinct") { return false }
        // "did not take part in the talks but spoke to Erdogan by phone": "but" opens another clause.
        if between.contains(where: { $0.classes.contains("contrast") }) { return false }
        // "des négociations, qui se tenaient jeudi": a relative clause saying the event took place is the event.
        if b.classes.contains("occurred"), let r = between.first(where: { $0.classes.contains("relative-clause") }), b.start - r.end <= 1 { return true }
        // "La rencontre entre X et Y, qui a duré trois heures, s'est tenue lundi": an aside between commas, then
        // the verb saying the event took place, whose subject is the noun.
        if b.classes.contains("occurred"), isRelativeAside(between: a, and: b, in: s) { return true }
        if between.contains(where: { $0.classes.contains("relative-clause") }) { return false }
        let hardBoundary = t[a.end..<b.start].contains { [";", "–", "—", ":"].contains($0.folded) }
        if hardBoundary { return false }
        // "met on Wednesday, trying to lay the groundwork for a possible summit": a present participle after a comma
        // opens another clause, about another event.
        if (a.end..<(b.start - 1)).contains(where: { k in
            commaOpensParticipleClause(at: k, t) && !s.cues.contains { $0.start == k + 1 && !$0.classes.isDisjoint(with: Self.eventClasses) }
        }) { return false }
        // "a call in which they agreed to meet next month": an intention or a future verb after the event
        // is another (planned) event, rejected on its own without taking the reported one with it.
        if !b.classes.isDisjoint(with: Self.verbClasses), b.start > 0, pack.words.infinitiveMarkers.contains(t[b.start - 1]) { return false }
        if s.cues.contains(where: { $0.classes.contains("future") && $0.start >= a.end && $0.start < b.end && $0.end >= b.start }) { return false }
        // A noun with its own date ("son entretien téléphonique de jeudi dernier") after a dated verb is another event.
        let aDate = s.dates.first { !$0.isDuration && $0.start >= a.end && $0.end <= b.start }
        let bDate = s.dates.first { !$0.isDuration && $0.start >= b.end && $0.start <= b.end + 2 }
        if aDate != nil, bDate != nil { return false }
        // "proposed the summit in a phone call": a call is not the gathering it was about.
        // ("un sommet par visioconférence", "a summit by video conference": the video link is how the summit met.)
        if b.classes.contains("call-noun"), !a.classes.isDisjoint(with: ["summit-noun", "meet-noun"]), !a.classes.contains("call-noun"),
           !(a.classes.contains("summit-noun") && gap <= 2 && isOnlyTheMeans(b, in: s)) { return false }
        // "On the sidelines of the summit, Putin held talks with Rouhani": after the setting and a comma, a verb
        // with its own subject reports another event ("après des négociations, X et Y sont convenus" does not).
        if !b.classes.isDisjoint(with: Self.verbClasses), s.cues.contains(where: { $0.classes.contains("setting") && $0.end <= a.start && a.start - $0.end <= 3 }),
           s.actors.contains(where: { $0.start >= a.end && $0.end <= b.start && !t[$0.start..<$0.end].contains { $0.folded == "," } })
            || (a.end..<b.start).contains(where: { pack.words.subjectPronouns.contains(t[$0]) }),  // "…, il s'est entretenu"
           t[a.end..<b.start].first?.folded == "," { return false }
        // "After the two powers agreed to restore ties in a China-brokered deal, Raisi called King Salman": after a
        // comma, a verb with a subject of its own (not a verb of saying) opens another clause.
        if !b.classes.isDisjoint(with: Self.exchangeVerbClasses), !b.classes.contains("statement-verb"),
           t[a.end].folded == ",", a.end + 1 < b.start,
           (a.end + 1..<b.start).allSatisfy({ k in
               // (Not "ils", "les deux dirigeants": a pronoun or a group takes up the clause before.)
               s.actors.contains { $0.start <= k && k < $0.end && !$0.isGroup } || pack.words.conjunctions.contains(t[k])
           }) { return false }
        if gap <= 2 { return true }
        // "l'accord de Sotchi, parrainé en 2018": the noun and its verb around the agreement's name.
        if a.classes.contains("agreement-noun"), b.classes.contains("agreement-verb"), gap <= 5 { return true }
        // "ont conclu mardi à Vienne un accord historique", "signed on Friday a landmark deal": the verb and its object.
        if a.classes.contains("agreement-verb"), b.classes.contains("agreement-noun"), gap <= 5,
           !t[a.end..<b.start].contains(where: { $0.kind == .punctuation }) { return true }
        // "ont signé ce mercredi à Pretoria, en Afrique du Sud, un accord": only when and where stand between.
        // "ont signé mercredi à Shanghaï, en présence des présidents Poutine et Xi, un contrat": and who witnessed it.
        let presence = s.cues.filter { $0.classes.contains("presence") && $0.start >= a.end && $0.start < b.start }.map { c in
            c.start..<((c.end..<b.start).first { t[$0].folded == "," } ?? b.start)
        }
        // "…, a 30-year gas contract": words between the object's article and its noun describe it.
        let articleBefore = (max(a.end, b.start - 4)..<b.start).last { k in
            pack.words.isArticle(t[k])
        }
        if a.classes.contains("agreement-verb"), b.classes.contains("agreement-noun"), gap <= 20,
           (a.end..<b.start).allSatisfy({ k in
               let f = t[k].folded
               return f == "," || presence.contains { $0.contains(k) } || (articleBefore.map { k > $0 } ?? false)
                   || (pack.stopwords.contains(t[k]) && s.dates.contains { $0.start == k + 1 })  // "on" Wednesday
                   // "a signé samedi avec son homologue algérien, X, une « déclaration »": and with whom.
                   || s.actors.contains { $0.start <= k && k < $0.end }
                   || (pack.stopwords.contains(t[k]) && s.actors.contains { $0.start == k + 1 || $0.start == k + 2 })
                   || (t[k].kind == .punctuation && k == b.start - 1)
                   || s.dates.contains { $0.start <= k && k < $0.end } || s.places.contains { $0.start <= k && k < $0.end }
                   || pack.words.locatives.contains(f) || pack.words.articles.contains(f) || pack.words.genitives.contains(f)
                   || pack.words.anaphoricDeterminers.contains(f) || pack.words.indefiniteArticles.contains(f)
           }) { return true }
        // "signing of the grain deal", "la signature de l'accord de paix": the verbal noun and its object.
        if a.classes.contains("agreement-verb"), b.classes.contains("agreement-noun"), gap <= 4,
           pack.words.genitives.contains(t[a.end]) { return true }
        let aClasses = a.classes
        let verbOfSaying = aClasses.contains("statement-verb")
        // ("pour le 17e sommet": a purpose link right before the noun, not "pour les informer de ces entretiens".)
        let linkCue = between.contains { $0.classes.contains("link") || ($0.classes.contains("purpose-link") && b.start - $0.end <= 2) }
        if between.contains(where: { $0.classes.contains("link-relative") }) || b.classes.contains("occurred") { return true }
        if verbOfSaying && gap <= 8 { return true }
        if linkCue && !aClasses.isDisjoint(with: ["statement-verb", "talk-verb", "meet-verb", "host-verb", "visit-verb", "agreement-verb"]) {
            return !(aClasses.contains("agreement-noun") && !b.classes.isDisjoint(with: ["meet-noun", "talk-noun", "summit-noun"]))
        }
        return false
    }

    /// The words after "with" that follow a gathering named as the setting of the verb just before it ("met … on the
    /// sidelines of the summit in Vilnius with X"): a gathering does not take a partner, the verb does. Nil when group `g`
    /// is no such setting or names nobody with "with".
    private func partnersAfterSetting(of g: Int, _ groups: [[CueMatch]], in s: AnalyzedSentence) -> Range<Int>? {
        guard g > 0, groups[g - 1].contains(where: { !$0.classes.isDisjoint(with: Self.exchangeVerbClasses) }),
              Self.onlyNouns(groups[g]) else { return nil }
        let verbEnd = groups[g - 1].last!.end, first = groups[g][0].start, last = groups[g].last!.end
        guard s.cues.contains(where: { $0.classes.contains("setting") && $0.start >= verbEnd && $0.end <= first && first - $0.end <= 3 }) else { return nil }
        let end = clauseEnd(after: last, limit: g + 1 < groups.count ? groups[g + 1][0].start : s.tokens.count, in: s)
        guard let with = s.cues.first(where: { $0.classes.contains("with") && $0.start >= last && $0.start < end }) else { return nil }
        return with.end..<end
    }

    /// Where a mention's objects stop: the next mention, or a clause boundary (", où", "; ", " – ", "including").
    private func clauseEnd(after last: Int, limit: Int, in s: AnalyzedSentence) -> Int {
        let t = s.tokens
        var k = last
        while k < limit {
            let f = t[k].folded
            if [";", "–", "—"].contains(f) { return k }
            if s.cues.contains(where: { $0.start == k && $0.classes.contains("boundary") }) && k > last { return k }
            // "…pour sa première visite en Europe depuis la chute de Bachar al-Assad": a span of time from some
            // other happening; whoever it names takes no part.
            if k > last, k + 1 < t.count, pack.words.durations.contains(t[k]),
               pack.words.articles.contains(t[k + 1]) || pack.words.possessives.contains(t[k + 1]) { return k }
            // ", prompting Beijing to…", ", provoquant…": a participle after a comma starts another clause.
            if k > last, commaOpensParticipleClause(at: k, t) { return k }
            if f == ",", k + 1 < t.count, s.cues.contains(where: { $0.start == k + 1 && ($0.classes.contains("boundary") || $0.classes.contains("relative-clause")) }) {
                // "des négociations, qui se tenaient jeudi au Bélarus": a relative clause saying when and where
                // the event took place belongs to it.
                let relative = s.cues.first { $0.start == k + 1 && $0.classes.contains("relative-clause") }
                if let r = relative, s.cues.contains(where: { $0.classes.contains("occurred") && $0.start >= r.end && $0.start <= r.end + 1 }) {
                    k += 1; continue
                }
                return k
            }
            k += 1
        }
        return limit
    }

    /// Where the people a trigger governs stop: at a comma after its first object that opens an aside
    /// (a comma, then a participle). "a reçu jeudi le Premier ministre japonais, venu en médiateur entre
    /// Téhéran et Washington" receives one guest; "met Erdogan, Rouhani and Assad" meets three, and
    /// "s'est entretenu à Tokyo, avec X, avec Y" talks with both.
    private func objectListEnd(after last: Int, spanEnd: Int, actors: [ActorMention], in s: AnalyzedSentence) -> Int {
        let t = s.tokens
        guard let firstObject = actors.first(where: { $0.start >= last && $0.start < spanEnd }) else { return spanEnd }
        var k = firstObject.end
        while k < spanEnd {
            // ", venu en médiateur entre…", ", focusing on…": a comma then a participle opens an aside
            // about the guest; ", avec son homologue", ", en Macédoine", ", mardi" go on with the event.
            if t[k].folded == ",", k + 1 < spanEnd {
                let next = t[k + 1]
                let f = next.folded
                let participle = isParticiple(f, past: true)
                // ", coprésidé par Vladimir Poutine et…": a passive with its agent still names those who held it.
                let agent = k + 2 < spanEnd && pack.words.agentPrepositions.contains(t[k + 2])
                let aside = next.kind == .word && !next.isCapitalized && f.count > 3 && participle && !agent && !pack.stopwords.contains(next)
                    && !actors.contains { $0.start == k + 1 } && !s.places.contains { $0.start == k + 1 }
                    && !s.dates.contains { $0.start == k + 1 }
                    // ", puis avec X": the next person met, not an aside ("puis" is no participle).
                    && !s.cues.contains { $0.start == k + 1 && !$0.classes.isDisjoint(with: ["distinct", "separately"]) }
                if aside { return k }
            }
            k += 1
        }
        return spanEnd
    }

    /// "le référendum organisé le 25 septembre", "the referendum held on Sept. 25": the date `d`, after the mention's
    /// last trigger, follows (past one short preposition) a past participle whose noun is no event word and no
    /// auxiliary — a reduced relative clause that dates something else. Not when an event word ends shortly before the
    /// participle: "a meeting of foreign ministers held on May 5" dates the meeting.
    private func participleOfAnotherNoun(before d: DateMention, after last: Int, in s: AnalyzedSentence, cues: [CueMatch]) -> Bool {
        let t = s.tokens
        var p = d.start - 1
        if p > last, t[p].kind == .word, !t[p].isCapitalized, t[p].folded.count <= 3 { p -= 1 }
        guard p - 1 > last, t[p].kind == .word, !t[p].isCapitalized, t[p].folded.count >= 4,
              pack.words.pastParticipleEndings.contains(where: { t[p].folded.hasSuffix($0) }) && !isParticiple(t[p].folded, past: false)
                || pack.words.irregularParticiples.contains(t[p]) else { return false }
        let noun = t[p - 1]
        guard noun.kind == .word, !noun.isCapitalized, noun.folded.count >= 3, !pack.words.auxiliaries.contains(noun),
              !pack.words.articles.contains(noun), !pack.words.conjunctions.contains(noun) else { return false }
        return !cues.contains { $0.start < p && $0.end > p - 5 && !$0.classes.isDisjoint(with: Self.eventClasses) }
    }

    /// ", prompting…", ", provoquant…": a comma then a lower-case present participle, which opens another clause.
    private func commaOpensParticipleClause(at k: Int, _ t: [Token]) -> Bool {
        t[k].folded == "," && k + 1 < t.count && t[k + 1].kind == .word && !t[k + 1].isCapitalized && t[k + 1].folded.count > 5
            && isParticiple(t[k + 1].folded, past: false)
    }

    /// A word with a present participle's ending ("provoquant", "prompting"), or also a past one's ("venu", "tasked").
    private func isParticiple(_ folded: String, past: Bool) -> Bool {
        pack.words.participleEndings.contains { folded.hasSuffix($0) } || (past && pack.words.pastParticipleEndings.contains { folded.hasSuffix($0) })
    }

    /// The people between the last of `separators` in `range` and the range's end — a clause's own subject
    /// ("…: in July 2000 Putin held talks", "…, X, Y and Z met") — or nil when there is no separator or nobody.
    private func actorsOfOwnClause(after separators: Set<String>, in range: Range<Int>, _ usable: [ActorMention], _ t: [Token]) -> [ActorMention]? {
        guard !range.isEmpty, let cut = range.last(where: { separators.contains(t[$0].folded) }) else { return nil }
        let own = usable.filter { $0.start > cut && $0.end <= range.upperBound }
        return own.isEmpty ? nil : own
    }

    /// "Si Kiev avait affirmé…, le chef de la diplomatie russe, Sergueï Lavrov, a estimé dimanche…": a later verb of
    /// saying with names right before it (commas of apposition aside) has them as its own subject, not the
    /// sentence's first one.
    private func speakerJustBefore(_ group: [CueMatch], index g: Int, groups: [[CueMatch]], _ usable: [ActorMention], _ t: [Token]) -> [ActorMention]? {
        guard g > 0, group.contains(where: { $0.classes.contains("statement-verb") }),
              group.allSatisfy({ $0.classes.isDisjoint(with: Self.exchangeVerbClasses) }) else { return nil }
        let lower = groups[g - 1].last!.end
        var k = group[0].start
        var out: [ActorMention] = []
        while true {
            while k > lower, t[k - 1].folded == "," { k -= 1 }
            guard let a = usable.last(where: { $0.end == k && $0.start >= lower }) else { break }
            out.insert(a, at: 0)
            k = a.start
        }
        return out.isEmpty ? nil : out
    }

    /// "…with Modi when the two leaders spoke by phone on Jan. 27": a later verb right after a group anaphor has
    /// the group as its subject (the people the sentence named before it), not the sentence's first subject.
    private func groupJustBefore(_ group: [CueMatch], index g: Int, groups: [[CueMatch]], _ usable: [ActorMention]) -> [ActorMention]? {
        guard g > 0, !group[0].classes.isDisjoint(with: Self.verbClasses) else { return nil }
        let lower = groups[g - 1].last!.end
        guard let a = usable.last(where: { $0.end == group[0].start && $0.start >= lower }), case .group = a.reference else { return nil }
        return [a]
    }

    /// The subject starts after the last clause boundary before the first trigger.
    private func subjectStart(_ subjectEnd: Int, _ s: AnalyzedSentence) -> Int {
        var k = subjectEnd - 1
        while k >= 0 {
            if [";", "–", "—"].contains(s.tokens[k].folded) { return k + 1 }
            k -= 1
        }
        return 0
    }

    /// "l'accord russo-turc", "le sommet sino-russe", "the Russian-Turkish deal": the states an event noun names.
    private func compoundStates(after group: [CueMatch], in s: AnalyzedSentence) -> [ActorMention] {
        let t = s.tokens
        var out: [ActorMention] = []
        for c in group where !c.classes.isDisjoint(with: Self.nounClasses) {
            var k = c.end
            // "le sommet annuel indo-russe": one plain adjective may stand before the hyphenated pair.
            if k + 1 < t.count, t[k].kind == .word, !t[k].isCapitalized, knowledge.adjectives.longestMatch(in: t, at: k) == nil,
               let a = knowledge.adjectives.longestMatch(in: t, at: k + 1), a.end < t.count, t[a.end].hyphenBefore { k += 1 }
            var codes: [String] = []
            while k < t.count, let a = knowledge.adjectives.longestMatch(in: t, at: k), codes.isEmpty || t[k].hyphenBefore {
                codes.append(a.values[0]); k = a.end
            }
            if codes.count < 2 {  // English order: adjectives before the noun
                codes = []
                var j = c.start - 1
                while j >= 0, let a = knowledge.adjectives.longestMatch(in: t, at: j), a.end == j + 1, codes.isEmpty || t[j + 1].hyphenBefore {
                    codes.insert(a.values[0], at: 0); j -= 1
                }
            }
            if codes.count < 2 {  // "the China-North Korea summit", "US-China talks": states' names joined by a hyphen
                codes = []
                var end = c.start
                while let a = s.actors.last(where: { $0.end == end }), case .named(let r) = a.reference, r.kind == .state, let code = r.country,
                      codes.isEmpty || (end < t.count && t[end].hyphenBefore) {
                    codes.insert(code, at: 0); end = a.start
                }
            }
            guard codes.count >= 2 else { continue }
            for code in Set(codes) {
                if let ref = knowledge.stateRef(code) { out.append(ActorMention(reference: .named(ref), start: c.end, end: c.end)) }
            }
        }
        return out
    }

    /// The comma-delimited clause around a token.
    private func clauseRange(around i: Int, _ t: [Token]) -> Range<Int> {
        var a = i, b = i
        while a > 0, ![",", ";", "–", "—"].contains(t[a - 1].folded) { a -= 1 }
        while b < t.count, ![",", ";", "–", "—", "."].contains(t[b].folded) { b += 1 }
        return a..<b
    }

    /// Inside "( … )": an apposition ("Munich (Allemagne)", "(12h00 à Paris)").
    private func inParentheses(_ i: Int, _ t: [Token]) -> Bool {
        var k = i - 1
        while k >= 0 {
            if t[k].folded == ")" { return false }
            if t[k].folded == "(" { return true }
            k -= 1
        }
        return false
    }

    private func distance(_ d: DateMention, _ a: Int, _ b: Int) -> Int {
        if d.end <= a { return a - d.end }
        if d.start >= b { return d.start - b }
        return 0
    }

    /// "avec X", "with X" right after the trigger.
    private func hasWithObject(after trig: CueMatch, in s: AnalyzedSentence) -> Bool {
        guard let w = s.cues.first(where: { $0.classes.contains("with") && $0.start >= trig.start && $0.start <= trig.end + 1 }) else {
            return false
        }
        return s.actors.contains { $0.start >= w.end && $0.start <= w.end + 3 }
    }

    /// "cet appel", "la rencontre", "sa visite", "Xi's visit": a mention that points back to a known event.
    private func isAnaphoric(_ first: Int, _ s: AnalyzedSentence) -> Bool {
        guard first > 0 else { return false }
        let prev = s.tokens[first - 1]
        if pack.words.anaphoricDeterminers.contains(prev) { return true }
        if prev.folded == "s", prev.apostropheBefore { return true }  // "Xi's visit"
        return s.cues.contains { $0.classes.contains("anaphor") && $0.end == first }
    }

    /// "the grain deal", "l'accord de cessez-le-feu": an event noun after a definite article, with at most two words between.
    private func isDefinite(_ group: [CueMatch], _ s: AnalyzedSentence) -> Bool {
        guard let noun = group.first(where: { !$0.classes.isDisjoint(with: Self.nounClasses) }) else { return false }
        var k = noun.start - 1
        while k >= 0, noun.start - k <= 3 {
            let t = s.tokens[k]
            if pack.words.articles.contains(t) || pack.words.definiteContractions.contains(t) { return true }
            if t.kind != .word || s.actors.contains(where: { $0.start <= k && k < $0.end }) { return false }
            k -= 1
        }
        return false
    }

    private func location(for m: EventMention, in s: AnalyzedSentence, subjectEnd: Int) -> String? {
        let t = s.tokens
        func isCity(_ id: String) -> Bool { knowledge.countries[id] == nil && knowledge.places[id]?.kind != "area" && knowledge.places[id]?.kind != "region" }
        let usable = s.places.filter { !$0.usedAsActor && !inParentheses($0.start, t) }
        let inSpan = usable.filter { $0.start >= m.firstTrigger - 1 && $0.start < max(m.spanEnd, m.lastTrigger) }
        let inSubject = usable.filter { $0.end <= subjectEnd }
        // "sommet de Téhéran", "accord de Sotchi", "conférence de Berlin": a city named right after the noun.
        for p in inSpan where p.start > m.firstTrigger && p.start <= m.lastTrigger + 3 {
            if pack.words.genitives.contains(t[p.start - 1]), isCity(p.placeID) { return p.placeID }
        }
        // "Bruxelles, où se tient un sommet", "in Geneva, where they met": the city before ", où".
        for p in s.places where isCity(p.placeID) && p.end + 1 < t.count && p.end + 6 >= m.firstTrigger && p.end < m.firstTrigger
            && t[p.end].folded == "," && pack.words.placeRelatives.contains(t[p.end + 1]) { return p.placeID }
        // "Cairo summit", "Paris summit": a city just before the noun.
        for p in usable where p.end <= m.firstTrigger && m.firstTrigger - p.end <= 3 && isCity(p.placeID)
            && !t[p.end..<m.firstTrigger].contains(where: { $0.kind == .punctuation && $0.folded != "\"" }) { return p.placeID }
        for group in [inSpan, inSubject] {
            if let city = group.first(where: { $0.isLocative && isCity($0.placeID) }) { return city.placeID }
        }
        // A country is a location only for visits ("s'est rendu en Turquie").
        if m.classes.contains("visit-verb"), let c = (inSpan + inSubject).first(where: { $0.isLocative }) { return c.placeID }
        return nil
    }

    /// - Parameter previousEnd: where the sentence's previous mention ends; its qualifiers are its own
    ///   ("Biden proposed the summit in a phone call on April 13": the proposal is future, the call is not).
    private func qualifiers(_ m: EventMention, group: [CueMatch], after previousEnd: Int, in s: AnalyzedSentence) -> Rejection? {
        let t = s.tokens
        let first = m.firstTrigger
        // The mention is made of event nouns only ("la rencontre", "a summit"), no verb: several rules below read its clause.
        let nounsOnly = Self.onlyNouns(group)
        // The clause around the trigger: cues beyond a comma or a boundary qualify something else.
        var lo = first
        while lo > max(0, previousEnd), first - lo < 7, ![",", ";", ":", "–", "—"].contains(t[lo - 1].folded) { lo -= 1 }
        var hi = m.lastTrigger
        while hi < t.count, hi - m.lastTrigger < 4, ![",", ";", ":", "–", "—", "."].contains(t[hi].folded) { hi += 1 }
        // Words inside a past or relative date ("the next day", "le lendemain") qualify the date, not the event.
        func inDate(_ k: Int) -> Bool { s.dates.contains { !$0.isFuture && $0.start <= k && k < $0.end } }
        func isFutureVerb(_ j: Int) -> Bool { t[j].kind == .word && !t[j].isCapitalized && hasFutureEnding(t[j].folded, stem: 4) }
        // "n'exclut pas une rencontre", "did not rule out a meeting": a negation inside a phrase of possibility negates nothing.
        let possibility = s.cues.filter { $0.classes.contains("hypothetical") }
        func cue(_ cls: String, from a: Int, to b: Int) -> Bool {
            s.cues.contains { c in
                c.classes.contains(cls) && c.start >= a && c.start < b && !inDate(c.start)
                    && !(cls == "negation" && possibility.contains { $0.start <= c.start && c.end <= $0.end })
            }
        }
        // "did not take part in the talks but spoke to Erdogan by phone": a negation before "but" is another clause's.
        // "no plans yet for a meeting": right after a negation, "yet" belongs to it and contrasts nothing.
        let afterBut = s.cues.filter { c in
            c.classes.contains("contrast") && c.end <= first && c.start >= max(lo, first - 6)
                && !s.cues.contains { $0.classes.contains("negation") && $0.end == c.start }
        }.map(\.end).max()
        // "Erdogan said Sweden had not done enough": after a verb of saying, a negation is in what was said.
        let saying = m.classes.contains("statement-verb") && m.classes.isDisjoint(with: Self.eventWordClasses)
        let negationEnd = saying ? m.lastTrigger : min(t.count, m.lastTrigger + 2)
        if cue("negation", from: max(lo, first - 6, afterBut ?? 0), to: negationEnd) { return .negated }
        // "a Europe tour that also takes him to Italy, Hungary and the Munich Security Conference", "une tournée qui le
        // mènera aussi à Munich": every stop the tour will take him to, however long the list, is still to come.
        if s.cues.contains(where: { $0.classes.contains("itinerary") && $0.end <= first }) { return .future }
        // "EU leaders meet in Brussels on Thursday", "qui se réunit en sommet à Bruxelles jeudi": a verb of the event in
        // the present tense with a bare day of the week announces it; reported, it would be in a past tense.
        if let d = m.date, case .weekday(_, 0) = d.expression, cue("present-tense", from: lo, to: m.lastTrigger + 1) { return .future }
        // "sans se rencontrer", "without meeting" — but "un tête-à-tête sans médiateur", "talks without
        // preconditions" took place: the preposition negates what follows it, the event word or its people
        // ("des discussions sans contact direct entre Téhéran et Washington").
        let negatingPreposition = s.cues.filter { $0.classes.contains("negating-preposition") && $0.start >= max(lo, first - 6, afterBut ?? 0) && !inDate($0.start) }
        if negatingPreposition.contains(where: { c in c.start < m.lastTrigger || (!m.actors.isEmpty && m.actors.allSatisfy { $0.start > c.start }) }) {
            return .negated
        }
        // "Turkey's stalled EU accession talks": an undated event noun said to be stalled just before it is not taking place.
        if m.date == nil, nounsOnly,
           s.cues.contains(where: { c in c.classes.contains("stalled") && c.end <= first && first - c.end <= 3 && !t[c.end..<first].contains { $0.kind == .punctuation } }) {
            return .negated
        }
        // "La visite, prévue mardi, a été reportée", "The summit between them, which was to open on Monday, was
        // postponed": an event noun whose own sentence goes on to call it off, past asides, did not take place.
        // ("La rencontre" is a noun after its article, though "rencontre" can be a verb.)
        let datesAHalt = m.date.map { d in d.start > 0 && pack.words.durations.contains(t[d.start - 1]) } ?? false
        let nounAfterDeterminer = first > 0 && [pack.words.articles, pack.words.indefiniteArticles, pack.words.possessives, pack.words.anaphoricDeterminers].contains { $0.contains(t[first - 1]) }
        // Every trigger a noun — or, after a determiner, a word that can be one ("la rencontre").
        let readAsNouns = nounsOnly || (nounAfterDeterminer && group.allSatisfy { !$0.classes.isDisjoint(with: Self.allNounClasses) })
        // "Peskov said that a meeting between them was not on the schedule": the verb of saying reports the noun's fate.
        let reportedNoun = group.count >= 2 && Self.onlyNouns(group.dropFirst())
            && !group[0].classes.isDisjoint(with: ["reporting", "statement-verb"]) && group[0].classes.isDisjoint(with: Self.eventWordClasses)
        if reportedNoun || readAsNouns {
            var k = m.lastTrigger
            // ("M. Hollande": the point of a title ends no sentence.)
            while k < min(t.count, m.lastTrigger + 25), ![";", ".", ":"].contains(t[k].folded) || (t[k].folded == "." && pack.words.honorifics.contains(t[k - 1])) {
                // (Talks with no day of their own that "restent au point mort" are not taking place either.)
                // ("…sont en pause depuis vendredi dernier": the day since when they are halted dates no talks.)
                if s.cues.contains(where: { $0.start == k && ($0.classes.contains("called-off") || ((m.date == nil || datesAHalt) && $0.classes.contains("stalled"))) }) { return .negated }
                // "A visit by Putin to Turkey, long discussed by Ankara, has not yet been scheduled": not set yet, to come.
                if m.date == nil, s.cues.contains(where: { $0.start == k && $0.classes.contains("planning") }),
                   s.cues.contains(where: { $0.classes.contains("negation") && $0.start > m.lastTrigger && $0.start < k && k - $0.start <= 5 }) { return .future }
                if k > m.lastTrigger, s.cues.contains(where: { $0.start == k && (!$0.classes.isDisjoint(with: Self.eventClasses) || $0.classes.contains("boundary")) }) { break }
                k += 1
            }
        }
        // "Mais aucun contrat n'a été signé", "No contract was signed": a determiner that says there was none.
        if first > lo, pack.words.negatingDeterminers.contains(t[first - 1]), !inDate(first - 1) { return .negated }
        for k in max(lo, first - 4)..<first where pack.words.negationParticles.contains(t[k]) && !possibility.contains(where: { $0.start <= k && k < $0.end }) {
            for j in (k + 1)..<(saying ? m.lastTrigger : min(t.count, m.lastTrigger + 3)) where pack.words.negationComplements.contains(t[j]) {
                return .negated
            }
        }
        // Future words before the first trigger, or touching one of the mention's triggers; one between two
        // linked triggers far apart qualifies something else ("un accord pour des élections le 10 décembre
        // prochain, annoncé à l'issue d'une réunion").
        // "before travelling to Ramallah on Wednesday morning to meet Abbas": the purpose of a trip told in
        // the past is what the trip was for, and happened — unless the trip itself is to come.
        func purposeOfTrip(_ c: CueMatch) -> Bool {
            c.start > 1 && pack.words.infinitiveMarkers.contains(t[c.start - 1])
                && s.cues.contains { v in v.classes.contains("visit-verb") && v.end <= c.start - 1 && c.start - 1 - v.end <= 8 }
                && !cue("future", from: 0, to: c.start - 1)
        }
        let tripPurpose = group.first.map(purposeOfTrip) ?? false
        // "Trudeau said Canada would not be bullied": after a verb of saying and its own words, the future is in
        // what was said ("s'est dit prêt à rencontrer" still announces an intention).
        if (!tripPurpose && cue("future", from: lo, to: group[0].end)) || cue("future", from: m.lastTrigger, to: min(hi, m.lastTrigger + (saying ? 1 : 2))) { return .future }
        for c in group.dropFirst() where cue("future", from: max(lo, c.start - 2), to: c.end) { return .future }
        // "Zelensky a plaidé lundi à Paris pour un sommet", "pushed for a summit": an event noun asked for in its own
        // clause is still to come (a plea without an event noun is what was said: "a plaidé pour un cessez-le-feu").
        if let noun = group.first(where: { $0.classes.isSubset(of: Self.allNounClasses) }), cue("advocacy", from: lo, to: noun.start) { return .future }
        // "Un nouveau sommet réunissant la France, l'Allemagne, la Russie et l'Ukraine pourrait se tenir", "A summit
        // between Russia and Ukraine could take place": the event noun's own verb comes after the list of its parties.
        if nounsOnly {
            var k = m.lastTrigger
            if k < t.count, t[k].kind == .word, !t[k].isCapitalized { k += 1 }  // "réunissant", "between"
            var parties = 0
            while k < min(t.count, m.lastTrigger + 20) {
                if let a = s.actors.first(where: { $0.start == k && !$0.inQuote }) { k = a.end; parties += 1; continue }
                if t[k].folded == "," || pack.words.conjunctions.contains(t[k]) || pack.words.articles.contains(t[k]) { k += 1; continue }
                break
            }
            if parties >= 2, cue("future", from: k, to: k + 1) || cue("hypothetical", from: k, to: k + 1) { return .future }
        }
        // "Les négociations entre Téhéran et Washington, menées par…, doivent reprendre samedi à Mascate": a noun opening
        // its clause whose future verb comes with a day is announced for that day.
        // ("Une rencontre entre M. Xi et Vladimir Poutine est prévue jeudi": "rencontre" after an article is the noun.)
        if readAsNouns, (lo..<first).allSatisfy({ pack.words.isArticle(t[$0]) }),
           let verb = s.cues.first(where: { $0.classes.contains("future") && $0.start > m.lastTrigger && !inDate($0.start) }),
           s.dates.contains(where: { $0.start >= verb.end && ($0.start - verb.end) <= 3 }),
           !s.cues.contains(where: { $0.start > m.lastTrigger && $0.start < verb.start && !$0.classes.isDisjoint(with: Self.eventClasses) }),
           !t[m.lastTrigger..<verb.start].contains(where: { [";", ":"].contains($0.folded) }) { return .future }
        // "Des négociations doivent se tenir à Genève le 10 janvier, suivies d'une réunion Russie-OTAN le 12 janvier":
        // what follows an event still to come is to come as well.
        if let followed = s.cues.first(where: { $0.classes.contains("followed-by") && $0.end <= first && first - $0.end <= 3 }),
           cue("future", from: 0, to: followed.start) { return .future }
        // "said on Thursday he looks forward to a meeting with Putin": a future word between a verb of saying and the
        // event word grouped with it is in what was said, however far from the event word.
        if let said = group.firstIndex(where: { $0.classes.contains("statement-verb") && $0.classes.isDisjoint(with: Self.eventWordClasses) }),
           let event = group[(said + 1)...].first(where: { !$0.classes.isDisjoint(with: Self.eventWordClasses) }),
           cue("future", from: group[said].end, to: event.start) { return .future }
        // "a annoncé qu'il réunirait un nouveau sommet": a verb in the future or the conditional just before an event noun.
        // (Quotation marks take no room: "organiseraient « bientôt » une rencontre".)
        for c in group where !c.classes.isDisjoint(with: Self.nounClasses) {
            let quoteMarks = (max(lo, c.start - 6)..<c.start).filter { t[$0].isQuotationMark }.count
            if (max(lo, c.start - 4 - quoteMarks)..<c.start).contains(where: isFutureVerb) { return .future }
        }
        // « il enverrait en Ukraine son représentant spécial afin de mener des consultations »: an event noun that an
        // infinitive of purpose makes the aim of a verb still to come is to come as well, however far that verb.
        if Self.onlyNouns(group), let k = (max(previousEnd, first - 20)..<first).last(where: { isFutureVerb($0) && !inDate($0) }),
           intentionClause(in: s, from: k + 1, to: first),
           !t[k..<first].contains(where: { [";", ".", ":", "–", "—"].contains($0.folded) }) { return .future }
        // "a annoncé qu'il rencontrerait Xi fin octobre en Corée du Sud, en marge du sommet de l'Apec": the gathering
        // named as the setting of a verb still to come, past commas, is to come as well.
        if nounsOnly,
           let setting = s.cues.first(where: { $0.classes.contains("setting") && $0.start >= previousEnd && $0.end <= first && first - $0.end <= 3 }),
           (previousEnd..<setting.start).contains(where: { isFutureVerb($0) && !inDate($0) }) || cue("future", from: previousEnd, to: setting.start) {
            return .future
        }
        // Where the clause holding the first trigger begins: the two rules below read back to it.
        var clauseStart = first
        while clauseStart > max(0, previousEnd), t[clauseStart - 1].kind != .punctuation { clauseStart -= 1 }
        // "doit se rendre mercredi à Antalya, en Turquie, pour une réunion de l'Otan": an event noun that the clause
        // before it is for shares that clause's future, past the commas of a place or a list in apposition.
        if !group[0].classes.isDisjoint(with: Self.nounClasses), clauseStart < first, pack.words.purposePrepositions.contains(t[clauseStart]) {
            var k = clauseStart
            while k > max(0, previousEnd), first - k < 40, ![";", ":", "–", "—", "(", ")", "."].contains(t[k - 1].folded) { k -= 1 }
            if cue("future", from: k, to: first) || (k..<first).contains(where: { isFutureVerb($0) && !inDate($0) }) { return .future }
        }
        // "Un nouveau sommet entre les deux hommes n'a pas été fixé", "No meeting between them has been scheduled",
        // "une rencontre … pourrait avoir lieu": an undated noun whose own clause goes on with a planning or future
        // word is still to come; so is one a date is set for ("aucune date n'a été fixée pour une rencontre").
        // "Carney is due to host Trump and other leaders at the G7 summit in June": a noun in the clause of a future
        // verb, however far back, is still to come.
        if nounsOnly {
            if cue("future", from: clauseStart, to: first) { return .future }
            if (clauseStart..<first).contains(where: isFutureVerb) { return .future }
        }
        if m.date == nil, group.allSatisfy({ !$0.classes.isDisjoint(with: Self.nounClasses) }) {
            var k = m.lastTrigger
            // …up to the clause's end; what a clause about the event says ("a call in which they agreed to meet
            // next month", "un entretien au cours duquel…") is another event.
            // The commas of a list of the parties are no clause end ("Un sommet réunissant l'Iran, l'Azerbaïdjan et la
            // Russie est envisagé").
            func listComma(_ k: Int) -> Bool {
                guard t[k].folded == "," else { return false }
                let next = k + 1 < t.count && pack.words.articles.contains(t[k + 1]) ? k + 2 : k + 1
                return s.actors.contains { $0.start == next } || s.places.contains { $0.start == next }
            }
            // A word that says the event is still to come ("prévue", "envisagé"), outside a date.
            func toCome(_ k: Int) -> Bool {
                !inDate(k) && s.cues.contains { $0.start == k && !$0.classes.isDisjoint(with: ["future", "planning"]) }
            }
            var limit = m.lastTrigger + 12
            while k < min(t.count, limit), !s.cues.contains(where: { $0.start == k && !$0.classes.isDisjoint(with: ["boundary", "link-relative"]) }) {
                let inList = listComma(k)
                if [",", ";", ":", "–", "—", ".", "("].contains(t[k].folded), !inList { break }
                if inList { limit += 4 }
                if toCome(k) { return .future }
                if s.cues.contains(where: { $0.start == k && $0.classes.contains("stalled") }) { return .negated }
                k += 1
            }
            // "Une rencontre au sommet …, évoquée par le président russe, reste à l'état de projet": the noun opening the
            // sentence is its subject, and its verb, right after an aside in commas, says it is still to come.
            if (0..<first).allSatisfy({ pack.words.isArticle(t[$0]) }),
               k < t.count, t[k].folded == ",", let close = (k + 1..<min(t.count, k + 12)).first(where: { t[$0].folded == "," }),
               (close + 1..<min(t.count, close + 4)).contains(where: toCome) {
                return .future
            }
            if s.cues.contains(where: { $0.classes.contains("planning") && $0.end <= first && first - $0.end <= 2 && !t[$0.end..<first].contains { $0.kind == .punctuation } }) {
                return .future
            }
        }
        // "le sommet de l'Otan prévu la semaine prochaine": a future participle after the noun's complement.
        if let last = group.last, !last.classes.isDisjoint(with: Self.nounClasses), last.end < t.count, pack.words.genitives.contains(t[last.end]) {
            var k = last.end + 1
            while k < min(t.count, last.end + 6), pack.words.articles.contains(t[k]) || t[k].isCapitalized { k += 1 }
            if k > last.end + 1, cue("future", from: k, to: k + 1) { return .future }
        }
        // "the expected meeting between Erdoğan and Putin, which officials say will take place in Sochi on Monday", "la
        // réunion des ministres, qui aura lieu lundi": a relative clause right after the noun's complement says it is to come.
        if let last = group.last, group.allSatisfy({ !$0.classes.isDisjoint(with: Self.nounClasses) }),
           group[0].classes.isDisjoint(with: Self.verbClasses) || nounAfterDeterminer,
           let comma = (last.end..<min(t.count, last.end + 12)).first(where: { t[$0].kind == .punctuation }),
           t[comma].folded == ",", comma + 1 < t.count, pack.words.relativePronouns.contains(t[comma + 1]),
           !s.cues.contains(where: { $0.start > last.end && $0.start < comma && !$0.classes.isDisjoint(with: Self.eventClasses) }) {
            let clause = comma + 2..<min(t.count, comma + 10)
            let end = clause.first { t[$0].kind == .punctuation } ?? clause.upperBound
            if cue("future", from: comma + 2, to: end) || (comma + 2..<end).contains(where: { isFutureVerb($0) && !inDate($0) }) { return .future }
        }
        for c in group where !c.classes.isDisjoint(with: Self.verbClasses) {
            let verb = t[c.end - 1].folded
            if hasFutureEnding(verb, stem: 4) { return .future }
            // An infinitive after "de"/"to" ("de se rencontrer", "to meet") is an intention.
            // But "est arrivé à Kiev avant de s'entretenir avec…": what followed in a past story happened.
            let sequel = c.start > 1 && pack.words.sequelPrepositions.contains(t[c.start - 2]) && !cue("future", from: 0, to: c.start)
                && !t[0..<c.start].contains { w in w.kind == .word && !w.isCapitalized && hasFutureEnding(w.folded, stem: 3) }
            if c.start > 0, !purposeOfTrip(c), !sequel, pack.words.infinitiveMarkers.contains(t[c.start - 1]), !(c.start > 1 && pack.words.perfectMarkers.contains(t[c.start - 2])) {
                let endings = pack.words.infinitiveEndings
                if endings.isEmpty || endings.contains(where: { verb.hasSuffix($0) }) { return .future }
            }
        }
        for k in m.lastTrigger..<min(t.count, m.lastTrigger + 4) where !saying && pack.words.ahead.contains(t[k]) && !inDate(k) {
            return .future
        }
        // Plural or generic: "deux rencontres", "tous les accords", "several meetings".
        for c in group where !c.classes.isDisjoint(with: Self.nounClasses) {
            // "a two-hour call": a number joined to the noun by a hyphen is a length, not a count.
            if t[c.start].hyphenBefore { continue }
            // "ont signé quatre accords": agreements signed together, on a day, are one signing — but not
            // those counted over a span ("depuis 2014, … ont signé cinq accords").
            if c.classes.contains("agreement-noun"), m.classes.contains("agreement-verb"), !s.dates.contains(where: \.isDuration) { continue }
            // A capitalised number inside the sentence belongs to a name ("the Group of Eight summit").
            // "the two leaders held talks": a count inside a group of people counts them, not the talks.
            if s.cues.contains(where: { n in n.classes.contains("count") && (n.end == c.start || (n.end + 1 == c.start && !t[n.end].hyphenBefore))
                && (n.start == 0 || !t[n.start].isCapitalized)
                && !s.actors.contains { a in a.start <= n.start && n.end <= a.end } }) { return .plural }
        }
        if cue("habitual", from: max(lo, first - 4), to: min(t.count, m.lastTrigger + 5)) { return .habitual }
        // "Les discussions entre Kinshasa et le M23 se poursuivent": a noun whose own verb says it goes on.
        if !m.classes.isDisjoint(with: Self.nounClasses), m.classes.isDisjoint(with: Self.verbClasses) {
            var end = m.lastTrigger
            while end < t.count, end - m.lastTrigger < 14, ![",", ";", ":", "–", "—", "."].contains(t[end].folded) { end += 1 }
            if cue("habitual", from: m.lastTrigger, to: end) { return .habitual }
        }
        // "a further meeting was possible", "une rencontre éventuelle", "si les conditions…": not (yet) an event.
        var wide = m.lastTrigger
        while wide < t.count, wide - m.lastTrigger < 8, ![",", ";", ":", "–", "—", "."].contains(t[wide].folded) { wide += 1 }
        // A long phrase counts from where it ends ("did not rule out a meeting"); after a verb of saying, the
        // possibility is in what was said.
        if s.cues.contains(where: { $0.classes.contains("hypothetical") && !$0.inQuote && $0.start >= lo && $0.end > max(lo, first - 4) && $0.start < (saying ? m.lastTrigger : wide) }) { return .hypothetical }
        if m.classes.contains("agreement-noun"), cue("withdrawal", from: max(0, first - 6), to: first + 1) { return .withdrawal }
        return nil
    }

    private func decideType(_ m: inout EventMention, in s: AnalyzedSentence) -> EventType? {
        let c = m.classes
        let t = s.tokens
        let hasPhone = c.contains("call-noun") ||
            s.cues.contains { c in
                c.classes.contains("phone") && c.start >= m.firstTrigger - 3 && c.start < max(m.spanEnd, m.lastTrigger + 1)
                    // "held talks at the presidential complex and, by video link, launched…": another predicate's means.
                    && !(m.lastTrigger..<max(m.lastTrigger, c.start)).contains { k in
                        k + 1 < t.count && pack.words.conjunctions.contains(t[k].folded) && t[k + 1].folded == ","
                    }
            }
        // "a assuré à son homologue", "told his counterpart": words addressed to someone are an exchange with them.
        var addressed = false
        if c.contains("statement-verb"), m.lastTrigger < t.count, pack.words.addresseePrepositions.contains(t[m.lastTrigger].folded) || (m.lastTrigger + 1 < t.count && pack.words.addresseePrepositions.contains(t[m.lastTrigger + 1].folded)) {
            addressed = s.actors.contains { a in
                guard a.start > m.lastTrigger, a.start <= m.lastTrigger + 3 else { return false }
                switch a.reference {
                case .named(let r): return r.kind == .person
                case .role(let role, _, _): return role != "state"
                case .group: return false
                }
            }
        }
        let talk = addressed || !c.isDisjoint(with: ["talk-verb", "talk-noun", "meet-noun", "meet-verb"])
        // "X et Y ont convenu, lors de négociations à Pékin, de …": the agreement, concluded during talks.
        if c.contains("agreement-verb"), c.isDisjoint(with: ["call-noun", "summit-noun"]), !hasPhone {
            let subject = namedSubject(m)
            if subject.count >= 2, !groupInSubject(m), s.cues.contains(where: { $0.classes.contains("future") && $0.start >= m.firstTrigger && $0.start <= m.lastTrigger }) == false,
               c.contains("agreement-noun") || c.contains("meet-noun") || c.contains("talk-noun") { return .agreement }
        }
        // "Les dirigeants des BRICS ont tenu un sommet par visioconférence", "took part in the G20 summit by video
        // conference": a summit held over a video link is still the summit.
        if c.contains("summit-noun"), c.contains("call-noun"),
           s.cues.filter({ $0.classes.contains("call-noun") && $0.start >= m.firstTrigger && $0.end <= m.lastTrigger }).allSatisfy({ isOnlyTheMeans($0, in: s) }) {
            m.mode = .multilateral
            return .summit
        }
        if c.contains("call-noun") || (hasPhone && talk) { m.mode = .phone; return .call }
        // "Obama called Morsi", "Sissi a appelé son homologue": calling a person is phoning them — but
        // not "a appelé Erdogan à la retenue" (urging) nor "called the talks useful".
        if c.contains("call-verb") {
            if callsAPerson(m, s) { m.mode = .phone; return .call }
            if !c.contains("statement-verb") { return nil }
        }
        if c.contains("agreement-noun") {
            // "a salué le retour des États-Unis dans l'accord de Paris", "préserver la convention de Montreux": a named
            // agreement a speaker talks about is no new agreement.
            // ("se sont séparés vendredi sans progrès sur l'application des accords de Minsk": a day written well before
            // the name, for another verb, does not make the named agreement one concluded that day.)
            let datedElsewhere = m.date.map { $0.end <= m.firstTrigger && m.firstTrigger - $0.end > 3 } ?? false
            if c.contains("agreement-verb") || (agreementIsNamed(m, s) && !c.contains("statement-verb") && !datedElsewhere) { return .agreement }
            let joint = t[m.firstTrigger..<m.lastTrigger].contains(where: { pack.words.joint.contains($0) })
            // "Dans une déclaration, le Kremlin a affirmé…": a statement's own noun is no agreement.
            if c.contains("statement-verb"), !joint { return .statement }
            if c.isDisjoint(with: ["meet-verb", "host-verb", "visit-verb", "meet-noun", "talk-noun", "summit-noun", "talk-verb"]) {
                // A joint declaration by two or more named people is itself the agreement (checked once resolved).
                if joint {
                    m.needsTwoPeople = true
                    return .agreement
                }
                if m.rejection == nil { m.rejection = .weakAgreement }
                return nil
            }
        }
        if c.contains("summit-noun") {
            // "a summit hosted by Lula", "a accueilli le sommet": hosting the summit is the summit.
            let hostsTheSummit = s.cues.contains { h in
                h.classes.contains("host-verb") && h.start >= m.firstTrigger && h.end <= m.lastTrigger
                    && s.cues.contains { $0.classes.contains("summit-noun") && ($0.end == h.start || $0.end + 1 == h.start || h.end == $0.start || h.end + 1 == $0.start || h.end + 2 == $0.start) }
            } && c.isDisjoint(with: ["meet-verb"])
            // "les Vingt-Sept se sont retrouvés à Bruxelles pour un sommet extraordinaire": gathering for the summit is
            // the summit — unless one or two people met there (they met at it).
            // (Who met there is named before the summit: "…pour un sommet d'urgence, une semaine après la frappe contre
            // des dirigeants du Hamas" names no one who gathered.)
            let gathersForIt = s.cues.contains { n in
                guard n.classes.contains("summit-noun"), n.start >= m.firstTrigger, n.end <= m.lastTrigger,
                      (max(0, n.start - 2)..<n.start).contains(where: { pack.words.purposePrepositions.contains(t[$0]) }) else { return false }
                let people = Set(m.actors.filter { $0.namesAPerson && $0.start < n.start }.map(\.start)).count
                return people == 0 || people >= 3
            }
            if !c.isDisjoint(with: ["meet-verb", "host-verb"]), !c.contains("summit-gathering"), !hostsTheSummit, !gathersForIt { m.inPerson = true; return .meeting }
            m.mode = .multilateral
            return .summit
        }
        if c.contains("host-verb") {
            // "said that Guterres had received the letter": what was received is no guest; the saying remains.
            if c.isSubset(of: ["host-verb", "reporting", "statement-verb"]), receivesAThing(m, s) { return c.contains("statement-verb") ? .statement : nil }
            m.mode = .host; m.inPerson = true; return .meeting
        }
        // "Zelensky had on Monday sharply criticised the visit", "a salué la rencontre": a verb of judging whose object
        // is the article's event is what the speaker said of it; the speaker took no part.
        if c.isDisjoint(with: Self.exchangeVerbClasses), !addressed, m.isDefinite,
           let verb = s.cues.first(where: { $0.classes == ["statement-verb"] && $0.start >= m.firstTrigger && $0.end < m.lastTrigger }),
           s.cues.contains(where: { n in !n.classes.isDisjoint(with: ["meet-noun", "talk-noun"]) && n.start > verb.end && n.start - verb.end <= 2 }) {
            return .statement
        }
        if c.contains("visit-verb") { m.mode = .visit; m.inPerson = true; return .meeting }
        if !c.isDisjoint(with: ["meet-verb", "meet-noun"]) { m.inPerson = true }
        // Talking with someone, without a word for meeting in person: a call if the article says so elsewhere.
        if talk { m.weakType = c.isDisjoint(with: ["meet-noun", "meet-verb"]); return .meeting }
        if c.contains("agreement-verb") {
            // "a obtenu de son hôte une prise de position commune": obtaining is agreeing only with an agreement as object.
            if c.contains("agreement-needs-object") {
                if m.rejection == nil { m.rejection = .weakAgreement }
                return nil
            }
            // "Iran and Saudi Arabia agreed to restore relations": two named parties agreeing, as the subject.
            let subject = namedSubject(m)
            if subject.count >= 2, !groupInSubject(m) { return .agreement }
            // "Les dirigeants du G20 ont adopté un communiqué final", "NATO leaders agreed to…": the leaders of an
            // organisation, or of several states, are parties enough.
            if subject.contains(where: { a in
                guard let countries = a.pluralLeadersOf else { return false }
                return countries.count >= 2 || countries.contains { knowledge.countries[$0] == nil }
            }) { return .agreement }
            // "Le texte a été paraphé par X, Y et Z": a signing verb with its agent names two signers or more.
            if let agent = (m.lastTrigger..<min(t.count, m.lastTrigger + 7)).first(where: { pack.words.agentPrepositions.contains(t[$0]) }) {
                let signers = m.actors.filter { a in
                    guard a.start > agent else { return false }
                    if case .named(let r) = a.reference { return r.kind == .person }
                    if case .role = a.reference { return true }
                    return false
                }
                if signers.count >= 2 { return .agreement }
            }
            if m.rejection == nil { m.rejection = .weakAgreement }
            return nil
        }
        if c.contains("statement-verb") { return .statement }
        return nil
    }

    /// A word ending like a future or conditional verb ("rencontrera", "réunirait") with at least `stem` letters
    /// before the ending (so that short words that merely end that way are not verbs).
    private func hasFutureEnding(_ folded: String, stem: Int) -> Bool {
        pack.futureSuffixes.contains { folded.hasSuffix($0) && folded.count >= $0.count + stem }
    }

    /// A future word ("doit", "will") earlier in the same clause as the token at `i`, within a dozen words.
    private func futureClause(before i: Int, notBefore lower: Int, in s: AnalyzedSentence) -> Bool {
        var k = i - 1
        while k >= max(0, lower), i - k <= 12 {
            let f = s.tokens[k].folded
            if [",", ";", ":", "–", "—", "."].contains(f) { return false }
            if s.cues.contains(where: { $0.start == k && $0.classes.contains("future") }) { return true }
            k -= 1
        }
        return false
    }

    /// Token ranges of the appositions ", head of the Tripoli government," right after a person's name: from the
    /// comma to the next one, when no event word and no date stand between.
    static func personAppositions(in s: AnalyzedSentence) -> [Range<Int>] {
        let t = s.tokens
        return s.actors.filter(\.namesAPerson).compactMap { a -> Range<Int>? in
            guard a.end < t.count, t[a.end].folded == ",",
                  let next = (a.end + 1..<min(t.count, a.end + 20)).first(where: { [",", ";", ":", "–", "—", "."].contains(t[$0].folded) }),
                  t[next].folded == ",",
                  // (A capitalised event word is part of a name: "Government of National Accord".)
                  !s.cues.contains(where: { $0.start > a.end && $0.start < next && !$0.classes.isDisjoint(with: eventClasses) && !t[$0.start].isCapitalized }),
                  !s.dates.contains(where: { $0.start > a.end && $0.start < next }) else { return nil }
            return a.end..<(next + 1)
        }
    }

    /// Token ranges of the asides ", who …," / ", qui …,": from the relative pronoun to the next comma. A day
    /// written there is the aside's ("whose term had been due to end in September"), no event's outside it.
    static func relativeAsides(in s: AnalyzedSentence, words: FunctionWords) -> [Range<Int>] {
        let t = s.tokens
        var out: [Range<Int>] = []
        var k = 1
        while k < t.count {
            defer { k += 1 }
            guard t[k - 1].folded == ",", words.relativePronouns.contains(t[k]) else { continue }
            // …about a person ("Stoltenberg, whose term…"), not about an event ("négociations entre délégations
            // russe et ukrainienne, qui se tenait jeudi": that day is the talks').
            guard s.actors.contains(where: { $0.end == k - 1 && $0.namesAPerson }) else { continue }
            let end = (k + 1..<t.count).first { t[$0].folded == "," } ?? t.count
            out.append(k..<end)
            k = end
        }
        return out
    }

    /// "HANOI, Vietnam (AP) —", "GENEVA, Jan 21 (Reuters) -", "Vienne (AFP) -", "PARIS, July 14:": where a leading dateline
    /// (a place, optionally a country, a date and an agency, then a dash) ends; -1 when there is none.
    static func datelineEnd(_ s: AnalyzedSentence) -> Int {
        let t = s.tokens
        // The place may have been read as its state ("LONDON" for the British government): either opens it.
        // A town the knowledge does not hold still opens it when written in capitals, as wires write it
        // ("BENOUVILLE, France (Reuters) -"); the dash must then follow within a few words.
        let unknownTown = t.count > 1 && t[0].kind == .word && t[0].isAllCaps && t[0].folded.count >= 3 ? 1 : nil
        guard let firstEnd = s.places.first(where: { $0.start == 0 })?.end ?? s.actors.first(where: { $0.start == 0 })?.end
                ?? unknownTown else { return -1 }
        var k = firstEnd
        let text = Array(s.text.utf8)
        while k < min(t.count, 12) {
            let f = t[k].folded
            if ["-", "–", "—"].contains(f) { return k }
            // "PARIS, July 14: Prime Minister…": some wires close the place and its day with a colon.
            if f == ":", k > firstEnd, s.dates.contains(where: { $0.end == k }) { return k }
            // TASS closes its dateline with the agency between slashes and a full stop: "MOSCOW, November 2. /TASS/."
            // (Not "RIYADH/MOSCOW/KYIV, March 25": places between slashes open a dateline, they do not close it.)
            if f == "/", k >= firstEnd + 3, k + 1 < t.count, t[k + 1].folded == ".", t[k - 1].isAllCaps,
               t[k - 2].folded == "/", t[k - 3].folded == "." { return k + 1 }
            if f == ".", k + 1 < t.count, t[k + 1].folded == "/" { k += 1; continue }
            // "DOUCHANBE, 15 juin (Xinhua) --": a French month is written in lower case.
            if s.dates.contains(where: { $0.start <= k && k < $0.end }) { k += 1; continue }
            // A spaced hyphen is no token: "(Reuters) - Prime Minister…" ends the dateline before "Prime".
            if k > firstEnd, t[k - 1].end < t[k].start, t[k].start <= text.count,
               text[t[k - 1].end..<t[k].start].contains(UInt8(ascii: "-")) { return k }
            // Only commas, a country, a date and a parenthesised agency may stand between the place and the dash.
            if f == "," || f == "/" || f == "(" || f == ")" || t[k].kind == .number || t[k].isAllCaps || t[k].isCapitalized { k += 1; continue }
            return -1
        }
        return -1
    }

    /// An infinitive marker followed by an infinitive between `a` and `b` ("to organizing", "d'organiser").
    private func intentionClause(in s: AnalyzedSentence, from a: Int, to b: Int) -> Bool {
        let t = s.tokens
        guard b - a >= 2 else { return false }
        for k in a..<(b - 1) where pack.words.infinitiveMarkers.contains(t[k]) {
            let verb = t[k + 1]
            guard verb.kind == .word, !verb.isCapitalized, !pack.words.articles.contains(verb),
                  !pack.words.possessives.contains(verb), !pack.words.anaphoricDeterminers.contains(verb) else { continue }
            let endings = pack.words.infinitiveEndings
            if endings.isEmpty || endings.contains(where: { verb.folded.hasSuffix($0) }) { return true }
        }
        return false
    }

    /// "Les deux parties ont convenu" names nobody; "X et Y ont convenu de rétablir leurs relations" does
    /// (a possessive after the verb is not the subject).
    private func groupInSubject(_ m: EventMention) -> Bool {
        m.actors.contains { $0.isGroup && $0.end <= m.firstTrigger }
    }

    /// The people and states named before the mention's verb — its subject, group anaphors left out ("Iran and Saudi
    /// Arabia agreed").
    private func namedSubject(_ m: EventMention) -> [ActorMention] {
        m.actors.filter { !$0.isGroup && $0.end <= m.firstTrigger }
    }

    /// "l'accord de Sotchi", "l'accord russo-turc de 2018", "the Minsk agreements".
    private func agreementIsNamed(_ m: EventMention, _ s: AnalyzedSentence) -> Bool {
        let t = s.tokens
        let end = m.lastTrigger
        if s.places.contains(where: { $0.start >= end && $0.start <= end + 2 && pack.words.genitives.contains(t[$0.start - 1]) }) { return true }
        if s.places.contains(where: { $0.end == m.firstTrigger }) { return true }
        if end < t.count, knowledge.adjectives.longestMatch(in: t, at: end) != nil {
            if let d = s.dates.first(where: { $0.start >= end && $0.start <= end + 4 }), case .year = d.expression { return true }
        }
        if let d = s.dates.first(where: { $0.start >= end && $0.start <= end + 2 }), case .year = d.expression { return true }
        return false
    }

    /// "Jeudi, Macron et Merkel se sont entretenus avec Poutine et ce vendredi avec Erdogan": two events,
    /// the second with the subject and what follows its own date.
    private func splitCoordinatedDates(_ ms: [EventMention], in s: AnalyzedSentence) -> [EventMention] {
        var out: [EventMention] = []
        let datelineEnd = Self.datelineEnd(s)
        for m in ms {
            let dates = s.dates.filter { !$0.isDuration && $0.start < m.spanEnd && $0.start >= (m.spanStart) && $0.end > datelineEnd }
            guard dates.count >= 2, m.type != nil, m.type != .statement else { out.append(m); continue }
            let second = dates[1]
            let afterSecond = m.actors.filter { $0.start >= second.end }
            let beforeTrigger = m.actors.filter { $0.end <= m.firstTrigger }
            let betweenActors = m.actors.filter { $0.start >= m.lastTrigger && $0.end <= second.start }
            guard !afterSecond.isEmpty, !betweenActors.isEmpty, second.start > m.lastTrigger else { out.append(m); continue }
            // "…vendredi, quatre jours après le début de la présidence hongroise du Conseil de l'UE": a phrase dating
            // what follows it makes a second event only with someone to meet ("deux jours après s'être entretenu avec Biden").
            if second.attachesToFollowing, !afterSecond.contains(where: { a in
                if case .named(let r) = a.reference { return r.kind == .person }; return false
            }) { out.append(m); continue }
            var a = m, b = m
            a.actors = beforeTrigger + betweenActors
            a.date = dates[0]
            b.actors = beforeTrigger + afterSecond
            b.date = second
            out.append(a); out.append(b)
        }
        return out
    }

    /// "Guterres had received the letter", "had received corresponding signals from the US president", "a reçu
    /// une lettre de Poutine": what is received, right after the verb, is a thing — an article or a word that
    /// names no one, with no one named within the next two words.
    private func receivesAThing(_ m: EventMention, _ s: AnalyzedSentence) -> Bool {
        let t = s.tokens
        // "a été reçu ce mardi à Kiev par le président ukrainien": received by someone.
        if (m.lastTrigger..<min(t.count, m.spanEnd)).contains(where: { pack.words.agentPrepositions.contains(t[$0]) }) { return false }
        var k = m.lastTrigger
        // "avait reçu le 8 mai le chef du GNA": past the day.
        while let d = s.dates.first(where: { $0.start >= k && $0.start <= k + 1 }) { k = d.end }
        guard k < t.count, t[k].kind == .word, !t[k].isCapitalized, !pack.words.locatives.contains(t[k]),
              !pack.words.agentPrepositions.contains(t[k]), !pack.words.possessives.contains(t[k]) else { return false }
        // "who hosted the two-day gathering in Palermo": hosting an event is that event.
        if s.cues.contains(where: { $0.start >= k && $0.start <= k + 3 && !$0.classes.isDisjoint(with: Self.allNounClasses) }) { return false }
        // …and no one named later in the clause as what is received ("a reçu lundi avec les honneurs son homologue");
        // "signals from the US president", "une lettre de Erdogan" name the sender, not a guest — and so does the
        // name coordinated after such a one, person, state or place: "welcomed the efforts of Moscow and Washington".
        func isOwner(_ start: Int) -> Bool {
            var p = start - 1
            if p > k, pack.words.articles.contains(t[p]) { p -= 1 }
            guard p >= k else { return false }
            if pack.words.topics.contains(t[p]) || pack.words.genitives.contains(t[p]) { return true }
            guard pack.words.conjunctions.contains(t[p]), p > k else { return false }
            let before = s.actors.first(where: { $0.end == p }).map(\.start) ?? s.places.first(where: { $0.end == p }).map(\.start)
            return before.map(isOwner) ?? false
        }
        return s.actors.allSatisfy { a in !(a.start >= k && a.start < max(m.spanEnd, k + 3)) || isOwner(a.start) }
    }

    /// Whether a person (named, or described by an office) is the object right after a calling verb, and
    /// no "à"/"to" + infinitive-marker turns the call into an exhortation ("appeler X à la retenue").
    func callsAPerson(_ m: EventMention, _ s: AnalyzedSentence) -> Bool {
        let t = s.tokens
        // "a appelé lundi son homologue": a date may come between the verb and its object.
        var k = s.skippingDate(at: m.lastTrigger)
        if k < t.count, pack.words.possessives.contains(t[k]) || pack.words.articles.contains(t[k]) { k += 1 }
        guard let object = s.actors.first(where: { $0.start >= m.lastTrigger && $0.start <= k }) else { return false }
        switch object.reference {
        case .named(let r): guard r.kind == .person else { return false }
        case .role(let role, _, _): guard role != "state" && role != "foreign_ministry" else { return false }
        case .group: return false
        }
        let after = object.end
        // "called Biden 'a very experienced statesman'", "called him a partner": naming, not phoning. The article must
        // be written as such: folding makes "dès le soir" (from that evening) look like the article "des".
        if after < t.count, ["\"", "«", "“", "'"].contains(t[after].folded)
            || (pack.words.indefiniteArticles.contains(t[after]) && t[after].original.lowercased() == t[after].folded) { return false }
        if after < t.count, pack.words.locatives.contains(t[after]) || pack.words.infinitiveMarkers.contains(t[after]) {
            // "appeler X à la retenue": urging. English "called X to congratulate him" is a call.
            return pack.words.infinitiveMarkers.contains(t[after]) && !pack.words.locatives.contains(t[after])
        }
        return true
    }
}
