import DiploModel

/// Turns the event mentions of one article into events: resolves dates and titles at the event's date,
/// follows anaphors ("les deux dirigeants", "la veille"), and merges the mentions that report the same event.
struct ArticleAssembler {
    let knowledge: Knowledge
    let pack: LanguagePack
    let resolver: DateResolver
    let reference: DateReference?
    let sentences: [AnalyzedSentence]
    let article: Article

    private(set) var nearMisses: [NearMiss] = []
    private var events: [WorkingEvent] = []
    /// Index of the event mentioned last (the antecedent of "la veille", "les deux dirigeants").
    private var lastEvent: Int?

    struct WorkingEvent {
        var type: EventType
        var mode: ConsultMode?
        var date: EventDate
        var participants: [ActorRef]
        var location: String?
        var regions: [String]
        var evidence: [Evidence]
        var sentences: [Int]
        var dateIsOwn: Bool
    }

    init(knowledge: Knowledge, pack: LanguagePack, resolver: DateResolver, reference: DateReference?,
         sentences: [AnalyzedSentence], article: Article) {
        self.knowledge = knowledge; self.pack = pack; self.resolver = resolver; self.reference = reference
        self.sentences = sentences; self.article = article
    }

    private var firstBodySentence: Int? { sentences.firstIndex { $0.blockKind == .body } }

    private func isLead(_ sentence: Int) -> Bool {
        let s = sentences[sentence]
        if s.blockKind == .title { return true }
        guard let first = firstBodySentence, s.blockKind == .body else { return false }
        let bodyBefore = sentences[first..<sentence].filter { $0.blockKind == .body }.count
        return bodyBefore < 3
    }

    private mutating func miss(_ m: EventMention, _ r: Rejection) {
        let s = sentences[m.sentence]
        guard s.end > s.start else { return }
        nearMisses.append(NearMiss(sentence: s.text, start: s.start, end: s.end, reason: r.rawValue))
    }

    // MARK: - Adding mentions

    mutating func add(_ m: EventMention) {
        if let r = m.rejection { miss(m, r); return }
        guard var type = m.type else { return }
        let s = sentences[m.sentence]
        var mode = m.mode

        // 1. The date.
        var dateIsOwn = false
        var date: EventDate?
        if let d = m.date {
            if case .eventRelative(let n) = d.expression {
                if let anchor = lastEvent.map({ events[$0].date }), anchor.precision == .day {
                    date = .day(anchor.value.adding(days: d.attachesToFollowing ? -n : n), basis: .relativeToEvent)
                    dateIsOwn = true
                }
            } else if let r = resolver.resolve(d.expression, reference: reference) {
                date = r; dateIsOwn = true
            }
        }
        if date == nil { date = inheritedDate(for: m) }
        if type == .statement && !dateIsOwn { miss(m, .undatedStatement); return }
        guard var eventDate = date else { miss(m, .noDate); return }
        if let ref = reference, ref.kind == .publication, eventDate.earliest > ref.day { miss(m, .future); return }
        if eventDate.latest > resolver.today { miss(m, .future); return }

        // 2. Participants at that date.
        var participants = resolveParticipants(m, on: eventDate)
        if participants.isEmpty, type != .summit || m.locationID == nil {
            participants = contextParticipants(for: m, on: eventDate)
        }
        if type == .statement {
            participants = participants.filter { p in
                m.actors.contains { a in if case .named(let r) = a.reference { return r.id == p.id && a.end <= m.firstTrigger }; return a.end <= m.firstTrigger }
            }
            if participants.isEmpty { participants = resolveParticipants(m, on: eventDate) }
            if readsOut(m) { return }  // a readout of an event of the same sentence or article belongs to it
        }
        if participants.isEmpty && m.locationID == nil { miss(m, .noParticipants); return }
        if type == .meeting, distinctCountries(participants) >= 3 { type = .summit; mode = .multilateral }
        if (type == .meeting || type == .summit), mode == nil { mode = consultMode(participants, location: m.locationID) }

        let evidence = Evidence(sentence: s.text, start: s.start, end: s.end, isCore: isLead(m.sentence))
        let location = type == .call ? nil : m.locationID
        var regions = m.regionIDs
        if type == .call, let l = m.locationID { regions.append(l) }

        // 3. Same event as one already in the article?
        if let i = matchingEvent(type: type, date: eventDate, participants: participants, mention: m, location: location) {
            var e = events[i]
            e.participants = Self.collapse(e.participants + participants)
            if eventDate.isBetter(than: e.date) || (!e.dateIsOwn && dateIsOwn) { e.date = eventDate; e.dateIsOwn = e.dateIsOwn || dateIsOwn }
            if e.location == nil { e.location = location }
            if e.type == .meeting && type == .summit && distinctCountries(e.participants) >= 3 { e.type = .summit; e.mode = .multilateral }
            if e.type == .meeting && mode == .host { e.mode = .host }
            e.regions += regions.filter { !e.regions.contains($0) }
            if !e.evidence.contains(where: { $0.start == evidence.start && $0.sentence == evidence.sentence }) { e.evidence.append(evidence) }
            e.sentences.append(m.sentence)
            events[i] = e
            lastEvent = i
            return
        }
        if (m.isAnaphoric && !dateIsOwn) || s.end == s.start && !dateIsOwn {
            // "the deal", "cet accord" with nothing new: an event known from elsewhere, not a new one.
            return
        }
        if eventDate.precision != .day, !dateIsOwn { eventDate.basis = .inferred }
        events.append(WorkingEvent(type: type, mode: mode, date: eventDate, participants: participants, location: location,
                                   regions: regions, evidence: [evidence], sentences: [m.sentence], dateIsOwn: dateIsOwn))
        lastEvent = events.count - 1
    }

    /// A date for a mention that has none of its own.
    private func inheritedDate(for m: EventMention) -> EventDate? {
        let s = sentences[m.sentence]
        // Anaphors point to the event just mentioned.
        if m.hasGroupAnaphor || m.isAnaphoric, let i = lastEvent { return events[i].date }
        // Another event of the same sentence sharing a participant.
        let named = namedIDs(m)
        if let i = lastEvent, events[i].sentences.contains(m.sentence),
           !named.isDisjoint(with: Set(events[i].participants.map(\.id))) { return events[i].date }
        // A neighbouring sentence about the same parties ("l'annonce du 15 septembre").
        let countries = Set(m.actors.compactMap { a -> String? in if case .named(let r) = a.reference { return r.country }; return nil })
        for j in [m.sentence + 1, m.sentence - 1] where j >= 0 && j < sentences.count {
            let n = sentences[j]
            guard n.blockKind == .body || n.blockKind == .title, n.blockKind == s.blockKind || s.blockKind == .title else { continue }
            let nCountries = Set(n.actors.compactMap { a -> String? in if case .named(let r) = a.reference { return r.country }; return nil })
            guard !countries.isEmpty, !countries.isDisjoint(with: nCountries) else { continue }
            for d in n.dates where !d.isDuration {
                if case .eventRelative = d.expression { continue }
                if let r = resolver.resolve(d.expression, reference: reference) { return r }
            }
        }
        // The news of the article: reported as of the publication day.
        if isLead(m.sentence), let ref = reference, ref.kind == .publication, s.blockKind != .caption {
            if let i = lastEvent, !named.isDisjoint(with: Set(events[i].participants.map(\.id))) { return events[i].date }
            return EventDate.day(ref.day, basis: .inferred)
        }
        // The event just mentioned in the same paragraph, when it shares a participant.
        if let i = lastEvent, events[i].sentences.contains(where: { sentences[$0].block == s.block }),
           !named.isDisjoint(with: Set(events[i].participants.map(\.id))) {
            return events[i].date
        }
        return nil
    }

    private func namedIDs(_ m: EventMention) -> Set<String> {
        Set(m.actors.compactMap { a -> String? in if case .named(let r) = a.reference { return r.id }; return nil })
    }

    /// Resolves names, titles and group anaphors to actors at the event date.
    private func resolveParticipants(_ m: EventMention, on date: EventDate) -> [ActorRef] {
        let s = sentences[m.sentence]
        var out: [ActorRef] = []
        for a in m.actors {
            switch a.reference {
            case .named(let r): out.append(r)
            case .group:
                if let i = lastEvent, events[i].participants.count >= 2 { out += events[i].participants }
            case .role(let role, let countries, let counterpart):
                var effectiveRole = role
                if counterpart {
                    guard let antecedentRole = antecedentRole(for: a, in: s, mention: m, on: date) else { continue }
                    effectiveRole = antecedentRole
                }
                for c in countries {
                    if let holder = knowledge.holder(role: effectiveRole, country: c, between: date.earliest, and: date.latest),
                       let ref = knowledge.actorRef(holder.id) {
                        out.append(ref)
                    } else if let state = knowledge.stateRef(c) ?? organizationRef(c) {
                        out.append(state)
                    }
                }
            }
        }
        return Self.collapse(out)
    }

    private func organizationRef(_ code: String) -> ActorRef? {
        knowledge.actors.values.first { $0.kind == .organization && $0.country == code }.flatMap { knowledge.actorRef($0.id) }
    }

    /// The office of the person a "homologue"/"counterpart" refers to: the nearest named person of the sentence.
    private func antecedentRole(for a: ActorMention, in s: AnalyzedSentence, mention m: EventMention, on date: EventDate) -> String? {
        let people = s.actors.compactMap { x -> (Int, ActorRef)? in
            if case .named(let r) = x.reference, r.kind == .person, x.start != a.start { return (x.start, r) }
            return nil
        }
        let before = people.filter { $0.0 < a.start }.last
        let after = people.first { $0.0 > a.start }
        var candidates = [before?.1, after?.1].compactMap { $0 }
        if candidates.isEmpty, let i = lastEvent { candidates = events[i].participants.filter { $0.kind == .person } }
        let priority = ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general"]
        for c in candidates {
            let held = Set(knowledge.offices(of: c.id, on: date.value).map(\.role))
            if let r = priority.first(where: { held.contains($0) }) { return r }
        }
        return candidates.isEmpty ? nil : "head_of_state"
    }

    /// Participants for a mention that names none: the actors of the sentence just before in the same block.
    private func contextParticipants(for m: EventMention, on date: EventDate) -> [ActorRef] {
        let s = sentences[m.sentence]
        guard m.sentence > 0 else { return [] }
        let prev = sentences[m.sentence - 1]
        guard prev.block == s.block else { return [] }
        let refs = prev.actors.compactMap { a -> ActorRef? in
            if a.isReportingSpeaker || a.inQuote { return nil }
            if case .named(let r) = a.reference { return r }
            return nil
        }
        return Self.collapse(refs)
    }

    /// A statement whose sentence also reports a call, meeting or summit of its speaker is that event's readout.
    private func readsOut(_ m: EventMention) -> Bool {
        guard let i = lastEvent else { return false }
        return events[i].sentences.contains(m.sentence)
    }

    private func distinctCountries(_ ps: [ActorRef]) -> Int {
        Set(ps.map { $0.country ?? $0.id }).count
    }

    private func consultMode(_ ps: [ActorRef], location: String?) -> ConsultMode {
        guard let location, let country = knowledge.countryOf(place: location) else { return .thirdParty }
        return ps.contains { $0.country == country } ? .visit : .thirdParty
    }

    /// The article event this mention repeats, if any.
    private func matchingEvent(type: EventType, date: EventDate, participants: [ActorRef], mention m: EventMention, location: String?) -> Int? {
        let ids = Set(participants.map(\.id))
        var best: Int?
        for (i, e) in events.enumerated().reversed() {
            let typesMatch = e.type == type || (Set([e.type, type]) == [.meeting, .summit])
            guard typesMatch else { continue }
            let datesMatch: Bool
            if e.date.precision == .day && date.precision == .day { datesMatch = e.date.value == date.value }
            else { datesMatch = e.date.overlaps(date) }
            guard datesMatch else { continue }
            let eids = Set(e.participants.map(\.id))
            let compatible: Bool
            if ids.isEmpty || eids.isEmpty {
                compatible = ids.isEmpty ? (location == nil || e.location == nil || location == e.location) : true
            } else if ids == eids {
                compatible = true
            } else if ids.isSubset(of: eids) {
                compatible = ids.count <= 1 || m.hasGroupAnaphor || m.isAnaphoric || !Self.sameCountries(participants, e.participants)
            } else if eids.isSubset(of: ids) {
                compatible = eids.count <= 1 || m.hasGroupAnaphor
            } else {
                compatible = Self.countryCompatible(participants, e.participants)
            }
            if compatible { best = i; break }
        }
        return best
    }

    /// Countries of the two sets are the same (a state and its leader count alike).
    private static func sameCountries(_ a: [ActorRef], _ b: [ActorRef]) -> Bool {
        Set(a.compactMap(\.country)) == Set(b.compactMap(\.country))
    }

    /// Sets that differ only by states standing for their people ("Iran" vs "Ali Shamkhani").
    private static func countryCompatible(_ a: [ActorRef], _ b: [ActorRef]) -> Bool {
        let ca = Set(a.compactMap(\.country)), cb = Set(b.compactMap(\.country))
        guard !ca.isEmpty, !cb.isEmpty else { return false }
        let aStates = a.allSatisfy { $0.kind != .person }, bStates = b.allSatisfy { $0.kind != .person }
        return (aStates || bStates) && (ca.isSubset(of: cb) || cb.isSubset(of: ca))
    }

    /// Removes duplicates, and states or institutions whose country a person already represents.
    static func collapse(_ refs: [ActorRef]) -> [ActorRef] {
        var seen = Set<String>()
        let unique = refs.filter { seen.insert($0.id).inserted }
        let personCountries = Set(unique.filter { $0.kind == .person }.compactMap(\.country))
        return unique.filter { r in
            guard r.kind == .state || r.kind == .institution, let c = r.country else { return true }
            return !personCountries.contains(c)
        }
    }

    // MARK: - Finishing

    mutating func finish() -> [ExtractedEvent] {
        // Places the whole article is about, for its core events.
        var articlePlaces: [String] = []
        for s in sentences where s.blockKind == .body || s.blockKind == .title {
            for p in s.places where !p.usedAsActor && !articlePlaces.contains(p.placeID) { articlePlaces.append(p.placeID) }
        }
        let core = events.map { e in e.evidence.contains(where: \.isCore) }
        let corePeople = events.indices.filter { core[$0] }.flatMap { events[$0].participants }.filter { $0.kind == .person }

        var out: [ExtractedEvent] = []
        for (i, var e) in events.enumerated() {
            // Title-only events that reported nothing the body confirms are dropped.
            if e.evidence.allSatisfy({ $0.start == 0 && $0.end == 0 }) && !e.dateIsOwn { continue }
            // "Moscou et Ankara … une rencontre": the states' leaders of the article's news, for calls and meetings.
            if (e.type == .call || e.type == .meeting), !e.participants.isEmpty, e.participants.allSatisfy({ $0.kind == .state }) {
                let upgraded = e.participants.map { st in corePeople.first { $0.country == st.country } ?? st }
                e.participants = Self.collapse(upgraded)
            }
            if core[i] { e.regions += articlePlaces.filter { !e.regions.contains($0) } }
            var regionRefs: [PlaceRef] = []
            var seen = Set<String>()
            let participantCountries = Set(e.participants.filter { $0.kind == .state }.compactMap(\.country))
            for id in e.regions where id != e.location {
                if participantCountries.contains(id) { continue }
                guard let ref = knowledge.placeRef(id) else { continue }
                if seen.insert(ref.id).inserted { regionRefs.append(ref) }
                // Idlib is in Syria: the country a place is in is a region of the event too.
                if let country = knowledge.countryOf(place: id), country != id, seen.insert(country).inserted,
                   let cref = knowledge.placeRef(country) { regionRefs.append(cref) }
            }
            let evidence = e.evidence.filter { !($0.start == 0 && $0.end == 0) }
            guard !evidence.isEmpty else { continue }
            out.append(ExtractedEvent(type: e.type, mode: e.type == .call ? .phone : e.mode, date: e.date,
                                      participants: e.participants.sorted(), location: e.location.flatMap(knowledge.placeRef),
                                      regions: regionRefs, evidence: evidence))
        }
        return out
    }
}
