import DiploModel

/// Finds event mentions in one analysed sentence: groups trigger words into mentions, gives each its
/// participants, date, place and qualifiers (negated, future, plural...), and decides its type.
struct MentionFinder: Sendable {
    let knowledge: Knowledge
    let pack: LanguagePack

    static let eventClasses: Set<String> = ["call-noun", "talk-verb", "meet-verb", "host-verb", "visit-verb", "meet-noun",
                                            "summit-noun", "agreement-noun", "agreement-verb", "statement-verb"]
    static let nounClasses: Set<String> = ["call-noun", "meet-noun", "summit-noun", "agreement-noun"]
    static let verbClasses: Set<String> = ["talk-verb", "meet-verb", "host-verb", "visit-verb", "agreement-verb", "statement-verb"]

    func mentions(in s: AnalyzedSentence, index: Int) -> [EventMention] {
        let t = s.tokens
        let triggers = s.cues.filter { !$0.inQuote && !$0.classes.isDisjoint(with: Self.eventClasses) }
        guard !triggers.isEmpty else { return [] }

        // 1. Group trigger words into mentions.
        var groups: [[CueMatch]] = []
        for trig in triggers {
            guard var current = groups.last, let prev = current.last else { groups.append([trig]); continue }
            let between = s.cues.filter { $0.start >= prev.end && $0.end <= trig.start }
            let distinct = between.contains { $0.classes.contains("distinct") } || trig.classes.contains("distinct")
            let relative = between.contains { $0.classes.contains("relative-clause") }
            let ownObjectsBefore = s.actors.contains { $0.start >= prev.end && $0.end <= trig.start && !$0.isReportingSpeaker }
            let trigHasOwnWith = hasWithObject(after: trig, in: s)
            let gap = trig.start - prev.end
            let startsNew = distinct || relative || (ownObjectsBefore && trigHasOwnWith) || gap > 12
            if startsNew { groups.append([trig]) } else { current.append(trig); groups[groups.count - 1] = current }
        }

        let subjectEnd = groups[0][0].start
        var out: [EventMention] = []
        for (g, group) in groups.enumerated() {
            let first = group[0].start, last = group.last!.end
            let spanEnd = g + 1 < groups.count ? groups[g + 1][0].start : t.count
            let spanStart = g == 0 ? 0 : first
            var classes = Set<String>()
            for c in group { classes.formUnion(c.classes) }
            var m = EventMention(sentence: index, classes: classes, firstTrigger: first, lastTrigger: last,
                                 spanStart: spanStart, spanEnd: spanEnd, type: nil, mode: nil, actors: [],
                                 hasGroupAnaphor: false, date: nil, locationID: nil, regionIDs: [], rejection: nil,
                                 isAnaphoric: false)
            // 2. Participants.
            let usable = s.actors.filter { !$0.isReportingSpeaker && !$0.inQuote }
            let relativeCue = s.cues.first { $0.classes.contains("relative-clause") && $0.end <= first && first - $0.end <= 2 }
            let betweenCue = s.cues.first { $0.classes.contains("between") && $0.start >= first && $0.start <= last + 2 && $0.start < spanEnd }
            if let rel = relativeCue, g > 0 {
                m.isRelativeClause = true
                let lower = groups[g - 1].last!.end
                m.actors = usable.filter { $0.start >= lower && $0.end <= rel.start }
            } else if let b = betweenCue {
                m.actors = usable.filter { $0.start >= b.end && $0.start < spanEnd }
            } else {
                m.actors = usable.filter { ($0.end <= subjectEnd) || ($0.start >= first && $0.start < spanEnd) }
            }
            m.hasGroupAnaphor = m.actors.contains { if case .group = $0.reference { return true }; return false }
            // 3. Date: one inside the mention's span, else one in the subject part for the first mention.
            let dates = s.dates.filter { !$0.isDuration }
            let own = dates.filter { $0.start >= (g == 0 ? 0 : first) && $0.start < spanEnd }
            m.date = own.min(by: { distance($0, first, last) < distance($1, first, last) })
            // 4. Place: a locative place in the span or subject, or "sommet de Téhéran" / "Cairo summit".
            m.locationID = location(for: m, in: s, subjectEnd: subjectEnd)
            m.regionIDs = s.places.filter { !$0.usedAsActor && $0.placeID != m.locationID }.map(\.placeID)
            // 5. Qualifiers and type.
            m.isAnaphoric = isAnaphoric(first, s)
            m.rejection = qualifiers(m, group: group, in: s)
            m.type = decideType(&m, in: s)
            out.append(m)
        }
        return splitCoordinatedDates(out, in: s)
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

    private func isAnaphoric(_ first: Int, _ s: AnalyzedSentence) -> Bool {
        guard first > 0 else { return false }
        let prev = s.tokens[first - 1]
        return s.cues.contains { $0.classes.contains("anaphor") && $0.end == first } || ["cet", "cette", "ce", "this", "that"].contains(prev.folded)
    }

    private func location(for m: EventMention, in s: AnalyzedSentence, subjectEnd: Int) -> String? {
        let candidates = s.places.filter { p in
            !p.usedAsActor && ((p.start >= m.firstTrigger - 1 && p.start < m.spanEnd) || p.end <= subjectEnd)
        }
        func isCity(_ id: String) -> Bool { knowledge.countries[id] == nil && knowledge.places[id]?.kind != "area" && knowledge.places[id]?.kind != "region" }
        // "sommet de Téhéran", "accord de Sotchi", "conférence de Berlin": place named by a genitive right after the noun.
        for p in candidates where p.start > m.firstTrigger && p.start <= m.lastTrigger + 3 {
            let prev = s.tokens[p.start - 1].folded
            if ["de", "d", "du", "of"].contains(prev), isCity(p.placeID) { return p.placeID }
        }
        // "Cairo summit", "Paris summit": a place just before the noun.
        for p in candidates where (p.end == m.firstTrigger || p.end + 1 == m.firstTrigger) && isCity(p.placeID) { return p.placeID }
        let locatives = candidates.filter(\.isLocative)
        if let city = locatives.first(where: { isCity($0.placeID) }) { return city.placeID }
        return locatives.first?.placeID
    }

    private func qualifiers(_ m: EventMention, group: [CueMatch], in s: AnalyzedSentence) -> Rejection? {
        let t = s.tokens
        let first = m.firstTrigger
        func cue(_ cls: String, from a: Int, to b: Int) -> Bool {
            s.cues.contains { $0.classes.contains(cls) && $0.start >= a && $0.start < b }
        }
        // Negation: a cue near the trigger, or "ne … pas" around it.
        if cue("negation", from: max(0, first - 6), to: min(t.count, m.lastTrigger + 2)) { return .negated }
        for k in max(0, first - 4)..<first where ["ne", "n"].contains(t[k].folded) {
            for j in (k + 1)..<min(t.count, m.lastTrigger + 3) where ["pas", "jamais", "plus", "aucun", "aucune", "guere", "point"].contains(t[j].folded) {
                return .negated
            }
        }
        // Future or planned: a cue just before the trigger, a future verb ending, "prochain" just after.
        let futureWindow = s.cues.filter { $0.classes.contains("future") && $0.start >= max(0, first - 5) && $0.start <= m.lastTrigger }
        if !futureWindow.isEmpty { return .future }
        for c in group where !c.classes.isDisjoint(with: Self.verbClasses) {
            let verb = t[c.end - 1].folded
            if pack.futureSuffixes.contains(where: { verb.hasSuffix($0) && verb.count > $0.count + 3 }) { return .future }
            // An infinitive after "de"/"to" ("de se rencontrer", "to meet") is an intention.
            if c.start > 0, ["de", "d", "to"].contains(t[c.start - 1].folded), !(c.start > 1 && ["avoir", "after"].contains(t[c.start - 2].folded)) {
                if verb.hasSuffix("er") || verb.hasSuffix("ir") || pack.code == "en" { return .future }
            }
        }
        for k in m.lastTrigger..<min(t.count, m.lastTrigger + 4) where ["prochain", "prochaine", "next", "upcoming"].contains(t[k].folded) {
            return .future
        }
        // Plural or generic: "deux rencontres", "tous les accords", "several meetings".
        for c in group where !c.classes.isDisjoint(with: Self.nounClasses) {
            if s.cues.contains(where: { $0.classes.contains("count") && ($0.end == c.start || $0.end + 1 == c.start) }) { return .plural }
        }
        if cue("habitual", from: max(0, first - 8), to: min(t.count, m.lastTrigger + 8)) { return .habitual }
        if m.classes.contains("agreement-noun"), cue("withdrawal", from: max(0, first - 6), to: first + 1) { return .withdrawal }
        return nil
    }

    private func decideType(_ m: inout EventMention, in s: AnalyzedSentence) -> EventType? {
        let c = m.classes
        let hasPhone = c.contains("call-noun") || (c.contains("phone") ||
            s.cues.contains { $0.classes.contains("phone") && $0.start >= m.firstTrigger - 3 && $0.start < m.spanEnd })
        let talk = !c.isDisjoint(with: ["talk-verb", "meet-noun", "meet-verb"])
        if c.contains("call-noun") || (hasPhone && talk) { m.mode = .phone; return .call }
        if c.contains("agreement-noun") {
            let named = agreementIsNamed(m, s)
            if c.contains("agreement-verb") || named { return .agreement }
            if c.isDisjoint(with: ["meet-verb", "host-verb", "visit-verb", "meet-noun", "summit-noun", "talk-verb"]) {
                // A joint declaration by two or more named parties is itself the agreement.
                let namedParties = m.actors.filter { if case .group = $0.reference { return false }; return true }
                if s.tokens[m.firstTrigger..<m.lastTrigger].contains(where: { ["commune", "conjointe", "tripartite", "joint"].contains($0.folded) }),
                   namedParties.count >= 2 { return .agreement }
                if m.rejection == nil { m.rejection = .weakAgreement }
                return nil
            }
        }
        if c.contains("summit-noun") {
            if !c.isDisjoint(with: ["meet-verb", "host-verb"]) { return .meeting }
            m.mode = .multilateral
            return .summit
        }
        if c.contains("host-verb") { m.mode = .host; return .meeting }
        if c.contains("visit-verb") { m.mode = .visit; return .meeting }
        if talk { return .meeting }
        if c.contains("agreement-verb") {
            // "Iran and Saudi Arabia agreed to restore relations": a verb of agreeing between named parties.
            let named = m.actors.filter { if case .group = $0.reference { return false }; return true }
            if named.count >= 2, !m.hasGroupAnaphor { return .agreement }
            if m.rejection == nil { m.rejection = .weakAgreement }
            return nil
        }
        if c.contains("statement-verb") { return .statement }
        return nil
    }

    /// "l'accord de Sotchi", "l'accord russo-turc de 2018", "the Minsk agreements".
    private func agreementIsNamed(_ m: EventMention, _ s: AnalyzedSentence) -> Bool {
        let t = s.tokens
        let end = m.lastTrigger
        if s.places.contains(where: { $0.start >= end && $0.start <= end + 2 && ["de", "d", "du"].contains(t[$0.start - 1].folded) }) { return true }
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
        for m in ms {
            let dates = s.dates.filter { !$0.isDuration && $0.start < m.spanEnd && $0.start >= (m.spanStart) }
            guard dates.count >= 2, m.type != nil, m.type != .statement else { out.append(m); continue }
            let second = dates[1]
            let afterSecond = m.actors.filter { $0.start >= second.end }
            let beforeTrigger = m.actors.filter { $0.end <= m.firstTrigger }
            let betweenActors = m.actors.filter { $0.start >= m.lastTrigger && $0.end <= second.start }
            guard !afterSecond.isEmpty, !betweenActors.isEmpty, second.start > m.lastTrigger else { out.append(m); continue }
            var a = m, b = m
            a.actors = beforeTrigger + betweenActors
            a.date = dates[0]
            b.actors = beforeTrigger + afterSecond
            b.date = second
            out.append(a); out.append(b)
        }
        return out
    }
}
