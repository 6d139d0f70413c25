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
    /// Where, in each sentence, the last event rejected as still to come ends ("doit s'entretenir lundi avec…").
    private var plannedEventEnd: [Int: Int] = [:]
    /// The sentence of the last summit announced as still to come ("accepted his invitation to attend the NATO summit
    /// in Vilnius in July"): "at the summit" in the next sentence points back to it.
    private var plannedSummitSentence: Int?
    private var events: [WorkingEvent] = []
    /// An agreement concluded on a known day by no one named ("L'accord … a été prolongé jeudi"), waiting for the next
    /// sentences to say who concluded it.
    private var partylessAgreement: (sentence: Int, date: EventDate, evidence: Evidence)?
    /// A meeting held on a known day by no one named ("Les chefs de la diplomatie de huit pays arabes se sont réunis
    /// samedi à Aqaba"), waiting for the next sentences to say who took part in it.
    private var partylessGathering: PartylessGathering?
    private typealias PartylessGathering = (sentence: Int, type: EventType, date: EventDate, location: String?, regions: [String], evidence: Evidence)
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
        var weakType = false
        var participantsFromContext = false
        /// Reported so far only by the headline.
        var isTitleOnly = false
        /// Reported only with verbs of talking that say nothing of meeting ("ont parlé", "spoke"), nowhere in particular.
        var remoteTalk = false

        /// How many sentences before `sentence` the event was last reported.
        func sentencesSince(reported sentence: Int) -> Int { sentence - (sentences.max() ?? -99) }

        /// Adds a sentence as evidence; the same sentence printed twice (a repeated caption) is one piece.
        mutating func addEvidence(_ evidence: Evidence) {
            if !self.evidence.contains(where: { $0.sentence == evidence.sentence }) { self.evidence.append(evidence) }
        }

        /// Adds sentence `index` of the article, whose text is `evidence`, as one more report of the event.
        mutating func addReport(_ evidence: Evidence, sentence index: Int) {
            addEvidence(evidence)
            sentences.append(index)
        }
    }

    /// For each sentence, the token positions of the dates its own mentions use (see `inheritedDate`).
    let claimedDates: [Set<Int>]

    /// - Parameter mentions: the mentions of every sentence (index = sentence), found once by the
    ///   extractor, so that looking at a neighbour sentence never runs the mention finder again.
    init(knowledge: Knowledge, pack: LanguagePack, resolver: DateResolver, reference: DateReference?,
         sentences: [AnalyzedSentence], article: Article, mentions: [[EventMention]]) {
        self.knowledge = knowledge; self.pack = pack; self.resolver = resolver; self.reference = reference
        self.sentences = sentences; self.article = article
        self.claimedDates = mentions.map { Set($0.compactMap { $0.date?.start }) }
        self.salientPeople = Self.salientPeople(in: sentences)
        var counts: [String: Int] = [:]
        var people: [(sentence: Int, end: Int, ref: ActorRef)] = []
        for (j, s) in sentences.enumerated() {
            for a in s.actors { if case .named(let r) = a.reference, r.kind == .person { counts[r.id, default: 0] += 1; people.append((j, a.end, r)) } }
        }
        self.mentionCounts = counts
        self.namedPeople = people
    }

    /// The people the article names most often (twice or more), most frequent first; computed once per article.
    private let salientPeople: [ActorRef]
    /// How many times the article names each person, by id.
    private let mentionCounts: [String: Int]
    /// The people the article names, in reading order (for `titleAntecedent`).
    private let namedPeople: [(sentence: Int, end: Int, ref: ActorRef)]

    private static func salientPeople(in sentences: [AnalyzedSentence]) -> [ActorRef] {
        var counts: [String: (ActorRef, Int)] = [:]
        for s in sentences where s.blockKind == .body || s.blockKind == .title {
            for a in s.actors { if case .named(let r) = a.reference, r.kind == .person { counts[r.id, default: (r, 0)].1 += 1 } }
        }
        return counts.values.filter { $0.1 >= 2 }.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }.map(\.0)
    }

    private var firstBodySentence: Int? { sentences.firstIndex { $0.blockKind == .body } }

    private func isLead(_ sentence: Int) -> Bool {
        let s = sentences[sentence]
        if s.blockKind == .title { return true }
        guard let first = firstBodySentence, s.blockKind == .body else { return false }
        // Counting stops at 3, so long articles stay linear (no copy of every earlier sentence per event).
        var bodyBefore = 0
        for k in first..<sentence where sentences[k].blockKind == .body {
            bodyBefore += 1
            if bodyBefore >= 3 { return false }
        }
        return true
    }

    /// The person a subject pronoun before the trigger stands for: the first person named in the closest
    /// earlier body sentence that names one (within three sentences), when no one is named between
    /// the pronoun and the verb.
    /// Among the people named in the three sentences before `sentence`, the one the article has named most so far.
    private func mostNamedPerson(before sentence: Int) -> ActorRef? {
        var count: [String: Int] = [:]
        var recent: [ActorRef] = []
        for j in 0..<sentence where sentences[j].blockKind == .body || sentences[j].blockKind == .title {
            for a in sentences[j].actors where !a.inQuote {
                guard case .named(let r) = a.reference, r.kind == .person else { continue }
                count[r.id, default: 0] += 1
                if j >= sentence - 3, !recent.contains(r) { recent.append(r) }
            }
        }
        return recent.max { (count[$0.id] ?? 0, -recent.firstIndex(of: $0)!) < (count[$1.id] ?? 0, -recent.firstIndex(of: $1)!) }
    }

    private func pronounSubject(_ m: EventMention) -> ActorRef? {
        let s = sentences[m.sentence]
        let t = s.tokens
        let lo = max(0, m.firstTrigger - 6)
        guard let p = (lo..<min(m.firstTrigger, t.count)).last(where: { pack.words.subjectPronouns.contains(t[$0].folded) && !t[$0].apostropheBefore }) else { return nil }
        // « Il s'agissait de la deuxième visite de Macron »: an impersonal "il" takes up no one.
        if s.cues.contains(where: { $0.start == p && $0.classes.contains("impersonal") }) { return nil }
        // "He and Erdogan held talks": the pronoun coordinated with a name is still the previous sentences' person.
        let coordinated = p + 1 < t.count && pack.words.conjunctions.contains(t[p + 1].folded)
        guard coordinated || !s.actors.contains(where: { $0.start < m.firstTrigger && $0.end > p }) else { return nil }
        guard !s.actors.contains(where: { a in a.start < p && { if case .named(let r) = a.reference { return r.kind == .person }; return false }() }) else { return nil }
        var j = m.sentence - 1
        while j >= 0, j >= m.sentence - 3 {
            let prev = sentences[j]
            if prev.blockKind == .body || prev.blockKind == .title {
                for a in prev.actors where !a.inQuote && !a.isReportingSpeaker {
                    switch a.reference {
                    case .named(let r) where r.kind == .person: return r
                    // "…du président élu, qui s'est entretenu avec Rodrigo Duterte. Mercredi, il…": "il" is the
                    // title the sentence was about, whom nothing names — not the person it met…
                    // "La veille, le chef de l'Etat russe s'était entretenu avec Merkel. Il avait également rencontré
                    // Cameron": …unless an event of that sentence resolved the title to its holder.
                    case .role(let role, let countries, _) where role != "state":
                        return events.suffix(Self.matchLookBack).lazy.filter { $0.sentences.contains(j) }.flatMap(\.participants).first { p in
                            p.kind == .person && knowledge.allOffices(of: p.id).contains { o in
                                countries.contains(o.country) && (o.role == role || (role == "leader" && o.role == knowledge.leaderRole(of: o.country, on: o.from)))
                            }
                        }
                    default: continue
                    }
                }
            }
            j -= 1
        }
        return nil
    }

    /// The mention's sentence as evidence, core when it is the article's lead.
    private func evidence(of m: EventMention) -> Evidence {
        let s = sentences[m.sentence]
        return Evidence(sentence: s.text, start: s.start, end: s.end, isCore: isLead(m.sentence))
    }

    /// The article's summit when it reports exactly one, dated within `days` of `date`.
    private func onlySummit(within days: Int, of date: EventDate) -> Int? {
        let summits = events.indices.filter { events[$0].type == .summit }
        guard summits.count == 1, let i = summits.first, events[i].date.precision == .day,
              abs(events[i].date.value.dayNumber - date.value.dayNumber) <= days else { return nil }
        return i
    }

    private mutating func miss(_ m: EventMention, _ r: Rejection) {
        let s = sentences[m.sentence]
        guard s.end > s.start else { return }
        nearMisses.append(NearMiss(sentence: s.text, start: s.start, end: s.end, reason: r.rawValue))
    }

    // MARK: - Adding mentions

    mutating func add(_ m: EventMention) {
        if let r = m.rejection {
            if r == .future { plannedEventEnd[m.sentence] = max(plannedEventEnd[m.sentence] ?? 0, m.lastTrigger) }
            if r == .future, m.classes.contains("summit-noun") { plannedSummitSentence = m.sentence }
            miss(m, r); return
        }
        // "…to attend the NATO summit in Vilnius in July. Ukraine expects a clear signal at the summit": the summit
        // just announced as still to come, not another held on the article's day.
        if m.isDefinite || m.isAnaphoric, m.date == nil, m.classes.contains("summit-noun"), m.classes.isSubset(of: MentionFinder.allNounClasses),
           let planned = plannedSummitSentence, m.sentence == planned + 1 {
            miss(m, .future); return
        }
        // "Trump doit s'entretenir lundi avec Poutine, a annoncé la Maison-Blanche": the announcement of a planned
        // event reports nothing that happened.
        if m.type == .statement, m.classes.contains("reporting"), let end = plannedEventEnd[m.sentence], end <= m.firstTrigger {
            miss(m, .future); return
        }
        guard var type = m.type else { return }
        // "X is due to hold talks with Y on Tuesday, the first such meeting between leaders of the two countries":
        // what points back to an event the sentence announced as still to come is to come too.
        if m.isDefinite || m.isAnaphoric, m.classes.isSubset(of: MentionFinder.allNounClasses), let end = plannedEventEnd[m.sentence], end <= m.firstTrigger,
           !events.contains(where: { $0.sentences.contains(m.sentence) }) {
            miss(m, .future); return
        }
        let s = sentences[m.sentence]
        // "Poutine s'est entretenu au téléphone avec Netanyahou, Abbas et al-Sissi", "held separate meetings with
        // Putin and with Rouhani": one person calling several, or meeting them separately, had one exchange with each.
        if let parts = oneByOne(m, type: type) {
            // Each part is dated as the sentence is: "la veille" refers to the event before the sentence.
            let anchor = lastEvent
            for p in parts { lastEvent = anchor; add(p) }
            return
        }
        var mode = m.mode

        // 1. The date.
        var dateIsOwn = false
        var date: EventDate?
        // "…talks at the Kremlin, a day after Putin hosted Modi for dinner": the event of the same sentence that an
        // anchor phrase ("a day after", "au lendemain de") dates this one from.
        let anchorEvent: Int? = {
            guard let d = m.date, d.attachesToFollowing, d.expression.isEventRelative, let i = lastEvent,
                  events[i].sentences.contains(m.sentence) else { return nil }
            return i
        }()
        // …when a day or more was counted from it: then this event is not that one.
        var countedFrom: Int?
        if let d = m.date {
            if case .eventRelative(let n) = d.expression {
                // "Arrivé jeudi, le président avait été reçu le jour même": a day named earlier in the sentence
                // is what "le jour même" refers to, before the event last reported.
                let sentenceAnchor = s.dates.last { e in
                    e.start < d.start && !e.isDuration && !e.expression.isEventRelative
                }.flatMap { resolver.resolve($0.expression, reference: reference) }
                // "Un détachement indien a ouvert, vendredi, le défilé. Dans l'après-midi, Modi et Macron se sont
                // entretenus": a day the text named after the last event it reported is the one it refers to, when
                // that event had no day of its own (a lead's news, dated by publication).
                let discourse = dayInDiscourse(before: m.sentence)
                let lastReported = lastEvent.map { events[$0] }
                let namedSince = discourse.map { d in lastReported.map { !$0.dateIsOwn && d.sentence > ($0.sentences.max() ?? -1) } ?? true } ?? false
                let previous = namedSince ? discourse?.date : lastReported?.date ?? discourse?.date
                if let anchor = sentenceAnchor ?? previous, anchor.precision == .day {
                    date = .day(anchor.value.adding(days: d.attachesToFollowing ? -n : n), basis: .relativeToEvent)
                    dateIsOwn = true
                    if sentenceAnchor == nil, n != 0 { countedFrom = anchorEvent }
                }
            } else if let r = resolver.resolve(d.expression, reference: reference) {
                date = r; dateIsOwn = true
            }
        }
        // "The deal, struck this week": a definite mention known only within a range is the article's
        // event it refers to, when there is one.
        if date?.precision == .range, dateIsOwn, reference?.kind != .window, m.isDefinite || m.isAnaphoric, let inherited = inheritedDate(for: m) {
            date = inherited; dateIsOwn = false
        }
        // The sentence of an earlier report this mention completes (below), kept as the event's evidence.
        var earlierEvidence: Evidence?
        // "L'accord sur les céréales a été prolongé jeudi. La Russie et l'Ukraine ont accepté de le reconduire": an
        // agreement concluded without a day of its own, right after one concluded that day by no one named, is that one.
        if date == nil, type == .agreement, !m.isDefinite, !m.isAnaphoric, let p = partylessAgreement, m.sentence > p.sentence, m.sentence - p.sentence <= 2 {
            date = p.date; dateIsOwn = true; earlierEvidence = p.evidence
            partylessAgreement = nil
        }
        // "…se sont réunis samedi à Aqaba. Blinken et Fidan ont participé aux discussions", "…joined the talks": the
        // talks, with no day of their own right after a gathering of no one named, are that gathering — its day, its
        // place, and now its people.
        var gatheredBefore: (location: String?, regions: [String])?
        if date == nil, type == .meeting || type == .summit, m.isDefinite || m.isAnaphoric, !m.isTitle,
           let g = partylessGathering, m.sentence > g.sentence, m.sentence - g.sentence <= 2 {
            date = g.date; dateIsOwn = true; earlierEvidence = g.evidence
            gatheredBefore = (g.location, g.regions)
            partylessGathering = nil
        }
        // A day the mention takes from the event just reported with a day of its own ("Ils ont adopté une feuille de
        // route" after the talks of Friday) is as good as its own for telling a lead's undated report apart.
        var dayIsKnown = dateIsOwn
        if date == nil {
            date = inheritedDate(for: m)
            if let d = date, let i = lastEvent, events[i].dateIsOwn, events[i].date == d { dayIsKnown = true }
        }
        // "The conference opened on Friday… Lavrov said the fate of Assad was for Syrians to decide": said at the gathering
        // just reported, which names too few of its people — its speaker joins it (`addAttendees`), no statement of its own.
        if type == .statement && !dateIsOwn, s.blockKind == .body, gatheringNamingTooFew(before: m.sentence) != nil {
            miss(m, .spokenAtGathering); return
        }
        // A statement needs its own day — except the lead's, reported as the article's news on its publication day.
        if type == .statement && !dateIsOwn && !(isLead(m.sentence) && s.blockKind == .body && reference?.pointsToPast == true && !m.isAnaphoric) {
            miss(m, .undatedStatement); return
        }
        guard var eventDate = date else { miss(m, .noDate); return }
        // A statement is made on a known day: an undated article's window is not one, nor a month ("Trump had said
        // in September that…" is background, not the news of a day).
        if type == .statement && eventDate.precision != .day { miss(m, .undatedStatement); return }
        if let ref = reference, ref.pointsToPast, eventDate.earliest > ref.day { miss(m, .future); return }
        if eventDate.latest > resolver.today { miss(m, .future); return }
        if let ref = reference, ref.kind == .estimate, eventDate.earliest > ref.day.adding(days: 7) { miss(m, .future); return }

        // "…since Putin met Trump in Helsinki in July 2018, a summit that drew criticism": a noun in
        // apposition names the event just reported in that sentence, not another one.
        if type == .summit || type == .meeting, m.firstTrigger >= 2, let i = lastEvent, events[i].sentences.last == m.sentence,
           s.tokens[m.firstTrigger - 2].folded == ",", pack.words.indefiniteArticles.contains(s.tokens[m.firstTrigger - 1].folded) {
            events[i].addEvidence(evidence(of: m))
            return
        }
        // "The summit opened on Tuesday", "le sommet s'était ouvert lundi": the article's one summit, whose
        // date is its first day — earlier than the day the article reports it ended or went on.
        if type == .summit, dateIsOwn, m.isAnaphoric || m.isDefinite, eventDate.precision == .day,
           let i = onlySummit(within: 6, of: eventDate), namedIDs(m).isSubset(of: Set(events[i].participants.map(\.id))) {
            var e = events[i]
            if eventDate.value < e.date.value || !e.dateIsOwn { e.date = eventDate; e.dateIsOwn = true }
            if e.location == nil { e.location = m.locationID }
            e.regions += m.regionIDs.filter { !e.regions.contains($0) }
            e.addReport(evidence(of: m), sentence: m.sentence)
            events[i] = e
            lastEvent = i
            return
        }

        // 2. Participants at that date.
        var participants = resolveParticipants(m, on: eventDate)
        if type == .statement {
            participants = speakers(m, on: eventDate)
            if readsOut(m) { return }  // a readout of an event of the same sentence belongs to it
            // "X a annoncé mercredi soir qu'il… « Je … », a déclaré M. X.": an undated quotation by the speaker of the
            // dated statement of the sentence just before goes on with that statement; it is no other one of today.
            if !dateIsOwn, !participants.isEmpty, let i = events.lastIndex(where: { e in
                e.type == .statement && e.dateIsOwn && e.sentencesSince(reported: m.sentence) == 1
                    && Set(e.participants.map(\.id)) == Set(participants.map(\.id))
            }) {
                events[i].addReport(evidence(of: m), sentence: m.sentence)
                return
            }
            // "Xi held talks with Macron on Monday. … Xi said that China and France should…": what a participant
            // said, undated, of the talks the article reports that day is their readout, not another event — and so is
            // what is said, even dated, "lors d'une conférence de presse commune" or "after the talks". (Undated, it is
            // the readout of the talks reported just before, even when it is only dated as the lead's news: "X a reçu
            // lundi Y. « … », a déclaré X lors de la conférence de presse commune", in Tuesday's paper.)
            if !dateIsOwn || s.cues.contains(where: { $0.classes.contains("readout") }), !participants.isEmpty, events.contains(where: { e in
                (e.type == .call || e.type == .meeting || e.type == .summit) && Self.covers(participants, e.participants)
                    && (e.date.overlaps(eventDate) || (!dateIsOwn && e.sentencesSince(reported: m.sentence) <= 2))
            }) {
                miss(m, .readout); return
            }
        }
        // "Mercredi, il s'était entretenu au téléphone avec X": "il" is the person the previous sentences are about.
        if type == .call || type == .meeting, participants.filter({ $0.kind == .person }).count == 1,
           let antecedent = pronounSubject(m), !participants.contains(where: { $0.id == antecedent.id }) {
            participants.insert(antecedent, at: 0)
        }
        var fromContext = false
        if participants.isEmpty, type != .summit || m.locationID == nil {
            participants = contextParticipants(for: m, on: eventDate)
            fromContext = !participants.isEmpty
        }
        // "Après des échanges…, Lavrov a annoncé un cessez-le-feu": an agreement concluded at the meeting just reported.
        // "…se sont réunis vendredi à Istanbul. Les ministres ont adopté une déclaration commune": with no day of its
        // own, right after the meeting, it is concluded there, that day — even when the lead's news day would date it.
        if type == .agreement, participants.count <= 1, let i = lastEvent, events[i].type == .meeting || events[i].type == .summit {
            let sameDays = abs(events[i].date.value.dayNumber - eventDate.value.dayNumber) <= 1
            let justReported = !dateIsOwn && events[i].sentencesSince(reported: m.sentence) <= 2
            if sameDays || justReported {
                participants = Self.collapse(participants + events[i].participants)
                if !sameDays { eventDate = events[i].date }
            }
        }
        // "Lundi, lors d'un précédent appel, le maître du Kremlin s'était engagé…": a call names one side; the
        // other is the person this one talks with in the article's call.
        if type == .call, participants.count == 1, let one = participants.first, one.kind == .person,
           let e = events.first(where: { e in e.type == .call && e.participants.contains(one) && e.participants.filter({ $0.kind == .person }).count == 2 }) {
            participants = e.participants.filter { $0.kind == .person }
        }
        // A joint text is an agreement between two sides at least: people of two states, states, organisations
        // ("The IAEA and Iran issued a joint statement").
        if m.needsTwoPeople, participants.filter({ $0.kind == .person }).count < 2, Set(participants.map { $0.country ?? $0.id }).count < 2 {
            miss(m, .weakAgreement); return
        }
        // A place alone may stand for a gathering; a statement needs its speaker.
        if participants.isEmpty && (m.locationID == nil || type == .statement) {
            if type == .agreement, dateIsOwn, !m.isTitle { partylessAgreement = (m.sentence, eventDate, evidence(of: m)) }
            notePartylessGathering(m, type: type, date: eventDate, dateIsOwn: dateIsOwn)
            miss(m, .noParticipants); return
        }
        // Three states' leaders meeting make a summit; one leader receiving two delegations is a meeting.
        // Ministers of three states or more, all named and none a leader ("Lavrov, Çavuşoğlu, Amir-Abdollahian and Mekdad
        // met in Moscow"), hold a meeting, not a summit (a summit gathers leaders).
        let people = participants.filter { $0.kind == .person }
        let ministersOnly = !people.isEmpty && !people.contains { p in
            knowledge.allOffices(of: p.id).contains { o in
                (o.role == "head_of_state" || o.role == "head_of_government" || o.role == knowledge.countries[o.country]?.leaderRole(on: eventDate.earliest))
                    && o.overlaps(eventDate.earliest, eventDate.latest)
            }
        }
        if type == .meeting, m.inPerson || m.locationID != nil, statesOfKnownPeople(participants) >= 3 && !ministersOnly
            && !(participants.filter { $0.kind == .person }.count == 1 && participants.contains { $0.kind == .state })
            || gathersLeaders(m) {
            type = .summit; mode = .multilateral
        }
        // A "summit" of two leaders is a bilateral meeting (a summit gathers three or more states, or is a named
        // conference): "le sommet Trump-Poutine", "the Biden-Putin summit in Geneva".
        if type == .summit, !m.hasGroupAnaphor || partiesHoldTheSummit(m), partiesHoldTheSummit(m), participants.count == 2, participants.allSatisfy({ $0.kind == .person }), distinctCountries(participants) == 2 {
            type = .meeting; mode = nil
        }
        if type == .summit, m.twoStateSummit, distinctCountries(participants) <= 2 {
            type = .meeting; mode = nil
            // …the states stand for their leaders of the day.
            participants = Self.collapse(participants.map { leaderRef(of: $0, on: eventDate) })
        }
        if (type == .meeting || type == .summit), mode == nil { mode = consultMode(participants, location: m.locationID) }

        let sentenceEvidence = evidence(of: m)
        let location = type == .call ? nil : m.locationID ?? gatheredBefore?.location
        var regions = m.regionIDs + (gatheredBefore?.regions ?? []).filter { !m.regionIDs.contains($0) && $0 != location }
        if type == .call, let l = m.locationID { regions.append(l) }

        // "Before meeting Biden, Xi had held talks with Boluarte on Thursday": an undated mention of the very pair the
        // article already reports meeting (or calling) is that event, whatever the date the last event lends it.
        var samePair: Int?
        // ("Merkel last visited Russia in May 2018, when she held talks with Putin in Sochi": not when an event of its
        // own sentence, with one of its people, dates it.)
        let datedBySentence = lastEvent.map { i in
            events[i].dateIsOwn && events[i].sentences.contains(m.sentence) && !Set(events[i].participants.map(\.id)).isDisjoint(with: participants.map(\.id))
        } ?? false
        if !dateIsOwn, !datedBySentence, type == .meeting || type == .call, !m.isTitle {
            samePair = events.lastIndex { e in
                (e.type == type || Self.talkBecomesCall(e, type, m)) && e.dateIsOwn && Self.samePeople(participants, e.participants)
            }
        }
        // "Les discussions interviennent alors que…": a definite talk noun that names nobody and no day is the
        // gathering just reported, a summit included.
        if samePair == nil, fromContext, m.isDefinite, !dateIsOwn, type == .meeting, let i = lastEvent,
           events[i].type == .summit || events[i].type == .meeting, let last = events[i].sentences.last, m.sentence - last <= 2 {
            samePair = i
            participants = events[i].participants  // those the context lent it are the gathering's own
        }
        // 3. Same event as one already in the article?
        // (An event counted a day or more from another is not that other one.)
        if let i = samePair ?? matchingEvent(type: type, date: eventDate, participants: participants, mention: m, location: location, dayIsKnown: dayIsKnown), i != countedFrom {
            var e = events[i]
            if e.weakType && type == .call { e.type = .call; e.mode = .phone; e.weakType = false }
            if !remoteTalk(m) { e.remoteTalk = false }
            e.participants = Self.collapse(e.participants + participants)
            if e.isTitleOnly && !m.isTitle {
                e.isTitleOnly = false
                if !e.dateIsOwn { e.date = eventDate; e.dateIsOwn = dateIsOwn }
            }
            if eventDate.isBetter(than: e.date) || (!e.dateIsOwn && dateIsOwn) || (e.type == .summit && dateIsOwn && eventDate.value < e.date.value) {
                e.date = eventDate; e.dateIsOwn = e.dateIsOwn || dateIsOwn
            }
            if e.location == nil { e.location = location }
            if e.type == .meeting && type == .summit { e.type = .summit; e.mode = .multilateral }
            if e.type == .meeting && mode == .host { e.mode = .host }
            e.regions += regions.filter { !e.regions.contains($0) }
            if let earlier = earlierEvidence { e.addEvidence(earlier) }
            e.addReport(sentenceEvidence, sentence: m.sentence)
            events[i] = e
            lastEvent = i
            return
        }
        if m.isTitle {
            // A headline's undated event is the article's news: date it like the lead.
            if !dateIsOwn, reference == nil { return }
        }
        // "Au cours de cette visite, …", "during the visit": the trip on which the article's leaders signed an
        // agreement somewhere is their meeting, that day and there — unless the article reports the meeting itself.
        if type == .meeting, m.isAnaphoric, !dateIsOwn, !m.classes.contains("summit-noun"), !events.contains(where: { $0.type == .meeting || $0.type == .summit }),
           let i = lastEvent, events[i].type == .agreement, let place = events[i].location,
           events[i].participants.filter({ $0.kind == .person }).count >= 2, Self.covers(participants, events[i].participants) {
            let signing = events[i]
            events.append(WorkingEvent(type: .meeting, mode: consultMode(signing.participants, location: place), date: signing.date,
                                       participants: signing.participants, location: place, regions: regions,
                                       evidence: [sentenceEvidence], sentences: [m.sentence], dateIsOwn: false))
            lastEvent = events.count - 1
            return
        }
        // A call or meeting needs someone to talk to: one participant and no place is a report about one person —
        // and one person presiding over talks of many says too little of who held them.
        if (type == .call || type == .meeting), participants.count < 2, location == nil || gatheredBefore != nil { miss(m, .noParticipants); return }
        // A meeting of nobody named ("je réunis autour de la table…") says where, not who: not an event.
        if type == .meeting, participants.isEmpty {
            notePartylessGathering(m, type: type, date: eventDate, dateIsOwn: dateIsOwn)
            miss(m, .noParticipants); return
        }
        // "…a signé mercredi un protocole avec l'OTSC. Le protocole a été signé par le ministre kazakh X et le ministre
        // russe Y": the agreement just reported, concluded again without a day of its own, names its signers — when
        // the text had named none. The signers are who concluded it: after a passive verb, or the subject right before
        // the verb (not "Guterres thanked Turkey for its role in signing the deal").
        if type == .agreement, m.isDefinite || m.isAnaphoric, !dateIsOwn, !m.isTitle, m.classes.contains("agreement-verb"),
           m.classes.contains("agreement-passive") ? m.actors.contains(where: { $0.start >= m.lastTrigger && $0.namesAPerson })
                : m.actors.last(where: { a in
                    guard a.end <= m.firstTrigger, !a.isTopic else { return false }
                    if case .role(_, let countries, _) = a.reference, countries.isEmpty { return false }  // "the delegation"
                    return true
                })?.namesAPerson == true,
           case let signers = participants.filter({ $0.kind == .person }), !signers.isEmpty,
           let i = events.lastIndex(where: { $0.type == .agreement }), events[i].sentencesSince(reported: m.sentence) <= 3,
           events[i].participants.filter({ $0.kind == .person }).count < 2 {
            events[i].participants = Self.collapse(events[i].participants + signers)
            events[i].addReport(sentenceEvidence, sentence: m.sentence)
            return
        }
        // A headline given only as metadata (no offsets) opens a title-only event that the body may confirm
        // ("après un nouvel appel avec Poutine" makes the body's "s'est entretenu" a call); alone it is dropped.
        if (m.isAnaphoric && !dateIsOwn && !m.isTitle) || (s.end == s.start && !dateIsOwn && !m.isTitle) {
            // "the deal", "cet accord" with nothing new: an event known from elsewhere, not a new one.
            return
        }
        if m.isDefinite, type == .agreement, !dateIsOwn, events.contains(where: { $0.type == .agreement }) { return }
        if eventDate.precision != .day, !dateIsOwn { eventDate.basis = .inferred }
        events.append(WorkingEvent(type: type, mode: mode, date: eventDate, participants: participants, location: location,
                                   regions: regions, evidence: (earlierEvidence.map { [$0] } ?? []) + [sentenceEvidence], sentences: [m.sentence], dateIsOwn: dateIsOwn,
                                   weakType: m.weakType, participantsFromContext: fromContext, isTitleOnly: m.isTitle,
                                   remoteTalk: remoteTalk(m)))
        // "…attachés à la déclaration d'Alma-Ata de 1991": an earlier agreement named by its year is background;
        // "peu auparavant", "les deux dirigeants" that follow still speak of the article's news.
        let background = (m.isDefinite || m.isAnaphoric) && eventDate.precision == .year
            && reference.map { eventDate.value.year < $0.day.year - 1 } == true
        // "X and Y held talks at the Kremlin, a day after Putin hosted Modi for dinner": the event an anchor phrase
        // dates from the one before is told as background to it; what follows ("The two leaders signed…") is
        // still about the talks.
        if !background && anchorEvent == nil { lastEvent = events.count - 1 }
    }

    /// Remembers a meeting of its own day that names no one, for the talks the next sentences say who took part in.
    private mutating func notePartylessGathering(_ m: EventMention, type: EventType, date: EventDate, dateIsOwn: Bool) {
        guard type == .meeting || type == .summit, dateIsOwn, !m.isTitle, date.precision == .day else { return }
        partylessGathering = (m.sentence, type, date, m.locationID, m.regionIDs, evidence(of: m))
    }

    /// The bilateral mentions a call of one person with several (or meetings said to be separate) stands for;
    /// nil when it is one exchange ("par visioconférence avec X et Y", "a three-way call").
    private func oneByOne(_ m: EventMention, type: EventType) -> [EventMention]? {
        guard type == .call || type == .meeting, !m.hasGroupAnaphor else { return nil }
        let s = sentences[m.sentence]
        func cue(_ cls: String) -> Bool { s.cues.contains { $0.classes.contains(cls) && $0.start >= m.spanStart && $0.start < m.spanEnd } }
        // "Erdoğan also held talks with Macron and Johnson on the sidelines of the summit": on the sidelines of a
        // gathering, one leader meeting several has bilateral talks with each.
        let onTheSidelines = s.cues.contains { $0.classes.contains("setting") }
        // "spoke with" after a phone call just reported is a call too, when no word says in person.
        let remote = type == .call || (m.weakType && m.classes.contains("remote-talk"))
        // "s'est entretenu avec son homologue turc et avec le Premier ministre pakistanais", "met with X and with Y":
        // "with" said again after "and" opens a second exchange.
        let t = s.tokens
        let withAgain = s.cues.contains { c in
            c.classes.contains("with") && c.start > m.lastTrigger && c.start < m.spanEnd && pack.words.conjunctions.contains(t[c.start - 1])
                && s.cues.contains { $0.classes.contains("with") && $0.start >= m.firstTrigger && $0.start < c.start }
        }
        guard !cue("together"), remote || cue("separately") || onTheSidelines || withAgain else { return nil }
        func isPerson(_ a: ActorMention) -> Bool {
            guard a.namesAPerson, !a.isPlural else { return false }
            if case .role(_, let countries, _) = a.reference { return countries.count <= 1 }
            return true
        }
        var subject = m.actors.filter { $0.end <= m.firstTrigger }
        var objects = m.actors.filter { $0.start >= m.lastTrigger }
        // "with both Pashinyan and Azerbaijan's president, Ilham Aliyev": the state whose leader is named with it
        // is that person's, not one more to talk with.
        let peoplesStates = Set(objects.compactMap { o -> String? in
            if case .named(let r) = o.reference, r.kind == .person { return r.country }; return nil
        })
        // "with former U.S. President and Republican candidate Donald Trump": a title of that country's person named
        // right after it is that person's.
        let listed = objects
        objects.removeAll { o in
            switch o.reference {
            case .named(let r): return r.kind == .state && peoplesStates.contains(r.country ?? r.id)
            case .role(_, let countries, _):
                return countries.count == 1 && listed.contains { p in
                    guard p.start >= o.end, p.start - o.end <= 5, case .named(let r) = p.reference, r.kind == .person else { return false }
                    return r.country == countries[0]
                }
            case .group: return false
            }
        }
        // "Putin later briefed Erdogan and King Salman by phone": when "by phone" alone makes the call, the people
        // after the first one's verb are those he called.
        if m.classes.contains("phone"), m.classes.isSubset(of: ["phone", "call-noun"]), objects.isEmpty, subject.count >= 3 {
            let gap = t[subject[0].end..<subject[1].start]
            if gap.contains(where: { $0.kind == .word && !pack.words.conjunctions.contains($0) }) {
                objects = Array(subject.dropFirst()); subject = [subject[0]]
            }
        }
        // "The call with Putin was one of five Trump held… He also spoke with Abe, Merkel and Hollande": the pronoun's
        // person — the one of the sentences just before whom the article names most — calls each of them.
        if subject.isEmpty, remote, objects.count >= 2, objects.allSatisfy(isPerson), pronounSubject(m) != nil,
           let caller = mostNamedPerson(before: m.sentence) {
            return objects.map { o in
                var one = m
                one.actors = [ActorMention(reference: .named(caller), start: m.firstTrigger, end: m.firstTrigger, inQuote: false), o]
                return one
            }
        }
        guard subject.count == 1, isPerson(subject[0]), objects.count >= 2, objects.allSatisfy(isPerson) else { return nil }
        return objects.map { o in
            var one = m
            one.actors = subject + [o]
            return one
        }
    }

    /// "ont parlé", "spoke with": talking, without a word for meeting, a place, or a setting ("on the sidelines").
    private func remoteTalk(_ m: EventMention) -> Bool {
        guard m.weakType, m.classes.contains("remote-talk"), m.locationID == nil else { return false }
        let s = sentences[m.sentence]
        return !s.cues.contains { $0.classes.contains("setting") || $0.classes.contains("in-person") || $0.classes.contains("meet-noun") || $0.classes.contains("meet-verb") || $0.classes.contains("visit-verb") }
    }

    /// A date for a mention that has none of its own.
    private func inheritedDate(for m: EventMention) -> EventDate? {
        let s = sentences[m.sentence]
        // A headline's event is the article's news: the event it names, whatever its date.
        if m.isTitle, let type = m.type, let e = events.last(where: { $0.type == type || ($0.weakType && type == .call) }) { return e.date }
        // The mention's actors with titles resolved at the reference day, for the rules below that need them;
        // computed at most once per mention.
        lazy var atReference: [ActorRef] = reference.map { resolveParticipants(m, on: .day($0.day, basis: .inferred)) } ?? []
        // "cet appel", "the deal": the last event of that kind; "les deux dirigeants": the event just mentioned.
        if m.isAnaphoric, let type = m.type, let e = events.last(where: { $0.type == type }) { return e.date }
        // "the grain deal", "l'accord": the article's agreement, when it has one.
        if m.isDefinite, m.type == .agreement, let e = definiteAntecedent(parties: atReference) { return e.date }
        // "The Geneva meeting", "la rencontre de Sotchi": the article's meeting of that place, when it has one.
        if m.isDefinite, let type = m.type, type != .agreement, type != .statement, let place = m.locationID,
           let e = events.first(where: { $0.location == place && ($0.type == type || Set([$0.type, type]) == [.meeting, .summit]) }) { return e.date }
        if m.hasGroupAnaphor || m.isAnaphoric, let i = lastEvent { return events[i].date }
        // "À l'issue des consultations, …", "Après des échanges, …": the event just reported — or, for an
        // agreement, an earlier agreement between the same parties (the declaration adopted at those talks).
        if let i = lastEvent, let c = s.cues.first(where: { $0.start <= 1 && ($0.classes.contains("link") || $0.classes.contains("sequence")) }),
           c.start <= 1, s.blockKind == .body {
            if m.type == .agreement, reference != nil {
                let parties = atReference
                if parties.count >= 2, let e = events.last(where: { $0.type == .agreement && Self.covers(parties, $0.participants) }) { return e.date }
            }
            return events[i].date
        }
        // Another event of the same sentence sharing a participant.
        // Titles count, as that event's date resolves them ("le chef de la diplomatie saoudienne … s'était
        // rendu le 18 avril à Damas, où il avait été reçu par Bachar al-Assad").
        let named = namedIDs(m)
        if let i = lastEvent, events[i].sentences.contains(m.sentence) {
            let ids = named.union(resolveParticipants(m, on: events[i].date).map(\.id))
            if !ids.isDisjoint(with: Set(events[i].participants.map(\.id))) { return events[i].date }
        }
        // The article's main event, when the mention shares a participant with it (by person or by state;
        // titles resolved at the reference day: "le président chinois" in an article about Xi's visit).
        var refs = namedRefs(m)
        // "He and Erdogan held talks": the person the pronoun stands for — and the story of the sentences before,
        // when the event just reported is that person's ("Putin arrived on Tuesday… He and Erdogan held talks").
        if let p = pronounSubject(m) {
            if let i = lastEvent, events[i].participants.contains(where: { $0.id == p.id }) { return events[i].date }
            refs.append(p)
        }
        // "Dès mercredi, Poutine a téléphoné à X. Il a également appelé Y": an event of the kind just reported in the
        // sentence before, by one of its people, is of its day rather than of the article's main event.
        if let type = m.type, type == .call || type == .meeting,
           let i = events.lastIndex(where: { $0.type == type && $0.dateIsOwn && $0.date.precision == .day && $0.sentences.first == m.sentence - 1 }) {
            func takesPart(_ r: ActorRef) -> Bool { r.kind == .person && events[i].participants.contains { $0.id == r.id } }
            if refs.contains(where: takesPart) || resolveParticipants(m, on: events[i].date).contains(where: takesPart) { return events[i].date }
        }
        let main = events.first(where: { e in e.evidence.contains(where: \.isCore) })
        let exchanges: Set<EventType> = [.call, .meeting, .summit]
        if reference != nil, let main, let type = m.type, type == main.type || (exchanges.contains(type) && exchanges.contains(main.type)) {
            refs += atReference.filter { $0.kind == .person }
        }
        if let main, !refs.isEmpty,
           refs.contains(where: { r in main.participants.contains { $0.id == r.id } }) {
            return main.date
        }
        // A neighbouring sentence about the same parties ("l'annonce du 15 septembre"), when no event there claims the date.
        let countries = Set(namedRefs(m).compactMap(\.country))
        for j in [m.sentence + 1, m.sentence - 1] where j >= 0 && j < sentences.count {
            let n = sentences[j]
            guard n.blockKind == .body, s.blockKind == .body else { continue }
            let nCountries = Set(n.actors.compactMap { a -> String? in if case .named(let r) = a.reference { return r.country }; return nil })
            let related = (!countries.isEmpty && !countries.isDisjoint(with: nCountries)) || (j == m.sentence - 1 && n.block == s.block && nCountries.isEmpty)
            guard related else { continue }
            // Dates that date an event of that sentence are that event's, not this one's.
            let claimed = claimedDates[j]
            let asides = MentionFinder.relativeAsides(in: n, words: pack.words)
            for d in n.dates where !d.isDuration && !d.isFuture && !d.expression.isEventRelative {
                if claimed.contains(d.start) || asides.contains(where: { $0.contains(d.start) }) { continue }
                // "…qui doit entrer en vigueur dans la nuit du 26 au 27 février" in an article of 23 February: a day
                // and month just after the reference day are to come; a past event is not of that day a year before.
                if case .dayMonth(let day, let month, _) = d.expression, let ref = reference?.day,
                   let same = CalendarDate(year: ref.year, month: month, day: day), same > ref,
                   same.dayNumber - ref.dayNumber <= 31 { continue }
                if let r = resolver.resolve(d.expression, reference: reference) { return r }
            }
        }
        // The news of the article: reported as of the publication day.
        if isLead(m.sentence), let ref = reference, s.blockKind != .caption {
            // "Le président russe et son homologue ukrainien se sont vus…" after the lead's summit: its day.
            let people = named.union(atReference.map(\.id))
            if let i = lastEvent, !people.isDisjoint(with: Set(events[i].participants.map(\.id))) { return events[i].date }
            return ref.kind == .window ? resolver.window(ref) : EventDate.day(ref.day, basis: .inferred)
        }
        // The event just mentioned in the same paragraph, when it shares a participant.
        if let i = lastEvent, events[i].sentences.contains(where: { sentences[$0].block == s.block }),
           !named.isDisjoint(with: Set(events[i].participants.map(\.id))) {
            return events[i].date
        }
        return nil
    }

    /// The agreement "the deal" refers to: one sharing a party with the mention, else the article's news, else the last one.
    private func definiteAntecedent(parties: [ActorRef]) -> WorkingEvent? {
        let agreements = events.filter { $0.type == .agreement }
        return agreements.last(where: { e in parties.contains { p in Self.covers([p], e.participants) } })
            ?? agreements.first(where: { $0.evidence.contains(where: \.isCore) }) ?? agreements.last
    }

    private func namedRefs(_ m: EventMention) -> [ActorRef] {
        m.actors.compactMap { a -> ActorRef? in if case .named(let r) = a.reference { return r }; return nil }
    }

    private func namedIDs(_ m: EventMention) -> Set<String> { Set(namedRefs(m).map(\.id)) }

    /// Resolves names, titles and group anaphors to actors at the event date.
    private func resolveParticipants(_ m: EventMention, on date: EventDate) -> [ActorRef] {
        let s = sentences[m.sentence]
        var out: [ActorRef] = []
        for a in pairFirst(m.actors, in: s) {
            switch a.reference {
            case .named(let r): out.append(r)
            case .group:
                // "MM. Aliev et Pachinian … leur premier tête-à-tête": with two people named, "leur" is them.
                let namedPeople = m.actors.filter { if case .named(let r) = $0.reference { return r.kind == .person }; return false }
                if namedPeople.count >= 2 { continue }
                // "Trudeau said he had raised it with Modi when they met…", "…when the two leaders spoke by phone on
                // Jan. 27": the people the sentence named before the group are the group.
                let before = s.actors.compactMap { b -> ActorRef? in
                    guard b.end <= a.start, !b.inQuote, case .named(let r) = b.reference, r.kind == .person else { return nil }
                    return r
                }
                if Set(before.map(\.id)).count >= 2 {
                    out += isPair(a, in: s) ? firstTwo(before) : before
                    continue
                }
                if let i = lastEvent, events[i].participants.count >= 2 {
                    // "Les deux chefs d'État", "the two presidents": leaders, so states stand for their leaders ("les deux
                    // ministres" are not the states' leaders).
                    let t = sentences[m.sentence].tokens
                    let namesLeaders = (a.start..<min(a.end, t.count)).contains { k in
                        pack.roles.longestMatch(in: t, at: k)?.values.contains { ActorMention.leaderRoles.contains($0.role) } ?? false
                    }
                    out += events[i].participants.map { p in namesLeaders ? leaderRef(of: p, on: date) : p }
                }
                else { out += salientPeople.prefix(2) }  // "les deux dirigeants" before any event: the article's two main people
            case .role(let role, let countries, let counterpart):
                if role == "state" || role == "foreign_ministry" {
                    out += countries.compactMap { knowledge.stateRef($0) ?? organizationRef($0) }
                    continue
                }
                // "le ministre russe" whom the article named before is already that person (GenericTitleResolver);
                // otherwise it names nobody: neither an office holder nor the state.
                if role == GenericTitleResolver.genericMinister { continue }
                // "Antony Blinken … Le secrétaire d'Etat a mis en garde…", "the president said": a title with no
                // country is the person of that office the article named last.
                if countries.isEmpty, !counterpart {
                    if !a.isPlural, let r = titleAntecedent(role: role, sentence: m.sentence, before: a.start, on: date) { out.append(r) }
                    continue
                }
                var effectiveRole = role
                var countries = countries
                if counterpart {
                    guard let antecedentRole = antecedentRole(for: a, in: s, mention: m, on: date) else { continue }
                    effectiveRole = antecedentRole
                    // "Arrivé à Bakou, Vladimir Poutine avait été accueilli par son homologue": a counterpart of no
                    // stated country, met where the event took place, is of that country — unless the person it
                    // refers to is at home there.
                    if countries.isEmpty, let place = m.locationID, s.places.contains(where: { $0.placeID == place && $0.start < a.start }),
                       let country = knowledge.countryOf(place: place),
                       !out.contains(where: { $0.kind == .person && $0.country == country }) {
                        countries = [country]
                    }
                }
                if effectiveRole == "elect" {
                    // "le président élu américain": the winner who takes office soon after.
                    for c in countries {
                        let lead = knowledge.countries[c]?.leaderRole(on: date.earliest) ?? "head_of_state"
                        if let o = Set([lead, "head_of_state"]).sorted().flatMap({ knowledge.offices(role: $0, country: c) })
                            .filter({ Self.fits($0, role: "elect", on: date, knowledge) }).min(by: { ($0.from, $0.actorID) < ($1.from, $1.actorID) }),
                           let ref = knowledge.actorRef(o.actorID) { out.append(ref) }
                    }
                    continue
                }
                for c in countries {
                    // "les dirigeants de l'OCS", "SCO leaders": the leaders of its member states, the organisation
                    // itself — not the one person who heads it.
                    if a.isPlural, knowledge.countries[c] == nil, let organisation = organizationRef(c) { out.append(organisation); continue }
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

    /// "Une trentaine de dirigeants, réunis à l'Élysée", "as he hosted 18 leaders at Lancaster House": leaders of
    /// unnamed states, several, meeting in person, are a summit even when the sentence names only its host.
    private func gathersLeaders(_ m: EventMention) -> Bool {
        guard m.inPerson || m.locationID != nil else { return false }
        let s = sentences[m.sentence], t = s.tokens
        let people = Set(m.actors.compactMap { a -> String? in
            if case .named(let r) = a.reference, r.kind == .person { return r.id }; return nil
        })
        guard people.count <= 1 else { return false }
        return m.actors.contains { a in
            // Leaders of no named state, of an organisation ("les dirigeants du G20", "NATO leaders"), or of three
            // states or more.
            guard let countries = a.pluralLeadersOf,
                  countries.count >= 3 || countries.allSatisfy({ knowledge.countries[$0] == nil }) else { return false }
            // The subject ("Une trentaine de dirigeants, réunis…") or what is hosted ("hosted 18 leaders") — not
            // "un sommet entre les dirigeants des deux puissances", two leaders.
            guard a.end <= m.firstTrigger || a.start <= m.lastTrigger + 2 else { return false }
            // "The three European leaders travelled to Tunis": a definite count points back to people named before.
            if s.cues.contains(where: { c in c.classes.contains("count") && c.end <= a.start && a.start - c.end <= 2
                && c.start > 0 && pack.words.articles.contains(t[c.start - 1]) }) { return false }
            return !(a.start..<min(t.count, a.end + 3)).contains { pack.words.pairs.contains(t[$0]) }
        }
    }

    /// "Pedersen a ouvert mercredi les travaux du comité. … La veille, les chefs de la diplomatie s'étaient réunis":
    /// before any event, "la veille" refers to the day the text last named, a few body sentences back.
    private func dayInDiscourse(before sentence: Int) -> (date: EventDate, sentence: Int)? {
        var k = sentence - 1, bodySentences = 0
        while k >= 0, bodySentences < 3 {
            defer { k -= 1 }
            guard sentences[k].blockKind == .body else { continue }
            bodySentences += 1
            for d in sentences[k].dates.reversed() where !d.isDuration && !d.isFuture && !d.expression.isEventRelative {
                if let r = resolver.resolve(d.expression, reference: reference), r.precision == .day { return (r, k) }
            }
        }
        return nil
    }

    /// A talk of unsure kind ("ont parlé", "spoke with") and a call are one exchange, the call saying how.
    private static func talkBecomesCall(_ e: WorkingEvent, _ type: EventType, _ m: EventMention) -> Bool {
        (e.weakType && type == .call) || (m.weakType && e.type == .call)
    }

    /// Whether a group anaphor counts two ("the two leaders", "les deux hommes").
    private func isPair(_ a: ActorMention, in s: AnalyzedSentence) -> Bool {
        guard a.isGroup else { return false }
        return (a.start..<min(a.end, s.tokens.count)).contains { pack.words.pairs.contains(s.tokens[$0]) }
    }

    private func firstTwo(_ people: [ActorRef]) -> [ActorRef] {
        var seen = Set<String>()
        return people.filter { seen.count < 2 && seen.insert($0.id).inserted }
    }

    /// "Xi told his counterpart Macron he was ready to speak with Zelensky…, after the two leaders met": a group
    /// of two after three people named is the first two, the speaker and the one addressed; the others are
    /// spoken of.
    private func pairFirst(_ actors: [ActorMention], in s: AnalyzedSentence) -> [ActorMention] {
        guard let pair = actors.first(where: { isPair($0, in: s) }) else { return actors }
        var people = Set<String>()
        return actors.filter { a in
            guard a.start < pair.start, case .named(let r) = a.reference, r.kind == .person, !people.contains(r.id) else { return true }
            guard people.count < 2 else { return false }
            people.insert(r.id)
            return true
        }
    }

    /// The person a title without a country stands for: of the people the article named before it who held
    /// `role` on `date`, the one it names most often ("le chef de l'État" in a story about Macron's tour is
    /// Macron, even just after a line about his host), then the one named last.
    private func titleAntecedent(role: String, sentence: Int, before position: Int, on date: EventDate) -> ActorRef? {
        var best: (ref: ActorRef, count: Int)?
        for p in namedPeople {
            guard p.sentence < sentence || (p.sentence == sentence && p.end <= position) else { break }
            guard knowledge.allOffices(of: p.ref.id).contains(where: { o in Self.fits(o, role: role, on: date, knowledge) }) else { continue }
            let count = mentionCounts[p.ref.id] ?? 1
            if best == nil || count >= best!.count { best = (p.ref, count) }
        }
        return best?.ref
    }

    /// A state stands for its leader of the day ("les deux chefs d'État", "le sommet franco-britannique");
    /// anyone else, or a state whose leader then is unknown, stands for itself.
    private func leaderRef(of p: ActorRef, on date: EventDate) -> ActorRef {
        guard p.kind == .state, let c = p.country, let role = knowledge.countries[c]?.leaderRole(on: date.earliest),
              let holder = knowledge.holder(role: role, country: c, between: date.earliest, and: date.latest),
              let ref = knowledge.actorRef(holder.id) else { return p }
        return ref
    }

    /// How long before taking office a winner is "le président élu", "the president-elect".
    static let electSpanDays = 120

    /// Whether an office answers a title at a date: held then, or — for an elect title — taken up soon after.
    static func fits(_ o: Office, role: String, on date: EventDate, _ knowledge: Knowledge) -> Bool {
        if role == "elect" {
            let lead = knowledge.countries[o.country]?.leaderRole(on: date.earliest) ?? "head_of_state"
            return (o.role == lead || o.role == "head_of_state") && o.from > date.latest && o.from.dayNumber - date.latest.dayNumber <= electSpanDays
        }
        return (o.role == role || (role == "leader" && o.role == knowledge.countries[o.country]?.leaderRole(on: date.earliest))) && o.overlaps(date.earliest, date.latest)
    }

    /// The organisation a code stands for ("EU" → the European Union, not one of its bodies). Chosen the
    /// same way in every run: the organisation whose id is the code, else the first by id (a dictionary's
    /// order changes from one process to the next).
    private func organizationRef(_ code: String) -> ActorRef? {
        let candidates = knowledge.actors.values.filter { $0.kind == .organization && $0.country == code }
        let own = candidates.first { $0.id.lowercased() == "local:\(code.lowercased())" }
        return (own ?? candidates.min { $0.id < $1.id }).flatMap { knowledge.actorRef($0.id) }
    }

    /// The office of the person a "homologue"/"counterpart" refers to: the nearest person of the sentence,
    /// named or described by a title. A state's leader's counterpart is the other state's leader, whatever
    /// each one's title: "le président chinois … avec ses homologues français et allemand" spoke with the
    /// German chancellor, not the German president ("leader").
    private func antecedentRole(for a: ActorMention, in s: AnalyzedSentence, mention m: EventMention, on date: EventDate) -> String? {
        let priority = ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general"]
        func roleOf(_ x: ActorMention) -> String? {
            switch x.reference {
            case .named(let r):
                guard r.kind == .person else { return nil }
                return roleOfPerson(r.id) ?? "head_of_state"
            case .role(let role, let countries, let counterpart):
                if countries.count == 1, leads(role, countries[0]) { return "leader" }
                return (counterpart || countries.isEmpty || role == "state" || role == "leader" || role == GenericTitleResolver.genericMinister) ? nil : role
            case .group: return nil
            }
        }
        // A head of state or government who is the one speaking for the state.
        func leads(_ role: String, _ country: String) -> Bool {
            (role == "head_of_state" || role == "head_of_government") && knowledge.leaderRole(of: country, on: date.value) == role
        }
        func roleOfPerson(_ id: String) -> String? {
            let offices = knowledge.offices(of: id, on: date.value)
            if offices.contains(where: { leads($0.role, $0.country) }) { return "leader" }
            let held = Set(offices.map(\.role))
            return priority.first(where: { held.contains($0) })
        }
        let others = s.actors.filter { $0.start != a.start && !$0.isReportingSpeaker }
        let before = others.filter { $0.start < a.start }
        // "Blinken visited Kyiv, where he met Zelensky, and Berlin, where he held talks with his counterparts": a subject
        // pronoun after the last person named refers to the sentence's subject, whose counterparts they are.
        if let nearest = before.last, (nearest.end..<a.start).contains(where: { pack.words.subjectPronouns.contains(s.tokens[$0]) }),
           let r = before.lazy.filter({ $0.start < nearest.start }).compactMap(roleOf).first { return r }
        if let r = before.reversed().lazy.compactMap(roleOf).first { return r }
        if let r = others.filter({ $0.start > a.start }).lazy.compactMap(roleOf).first { return r }
        if let i = lastEvent {
            for p in events[i].participants where p.kind == .person {
                if let r = roleOfPerson(p.id) { return r }
            }
        }
        return nil
    }

    /// Who made a statement: the subject before the verb, or the speaker just after it ("a déclaré M. Poutine").
    private func speakers(_ m: EventMention, on date: EventDate) -> [ActorRef] {
        var sub = m
        // The subject of the verb's own clause first: "Si Kiev avait affirmé samedi que…, Sergueï Lavrov a
        // estimé dimanche" — Lavrov, not Kiev.
        let s = sentences[m.sentence], t = s.tokens
        let clauseSubject = s.actors.filter { a in
            a.end <= m.firstTrigger && !a.inQuote && !t[a.end..<m.firstTrigger].contains { [",", ";", ":", "\"", "»", "«"].contains($0.folded) }
        }
        sub.actors = clauseSubject.isEmpty ? m.actors.filter { $0.end <= m.firstTrigger } : clauseSubject
        if sub.actors.isEmpty {
            // "« … », a martelé le chancelier, tandis que son hôte a jugé qu'Israël…": two verbs of saying make one
            // group; the speaker is the one right after the first verb, not what the second one reports.
            sub.actors = s.actors.filter { a in
                !a.inQuote && a.start > m.firstTrigger && a.start < m.lastTrigger
                    && !t[m.firstTrigger..<a.start].contains { [",", ";", ":"].contains($0.folded) }
            }
        }
        if sub.actors.isEmpty {
            // "« … », a déclaré mercredi Jens Stoltenberg": the speaker after the verb, past a date.
            let after = s.skippingDate(at: m.lastTrigger)
            sub.actors = s.actors.filter { !$0.inQuote && $0.start >= m.lastTrigger && $0.start <= after + 2 }
        }
        // "US officials said", "des diplomates ont indiqué": unnamed officials of a state are no named speaker.
        let officials = sub.actors.filter { a in
            if a.isPlural, case .role("state", _, _) = a.reference { return true }; return false
        }
        if !officials.isEmpty, sub.actors.allSatisfy({ a in officials.contains { $0.start <= a.start && a.end <= $0.end } }) { return [] }
        // "UN Secretary-General Antonio Guterres said", "l'envoyé de l'ONU, Staffan de Mistura, a déclaré": the
        // person speaks, not the body he speaks for. (At a meeting or a summit, a body may be a party of its own.)
        return Self.collapse(resolveParticipants(sub, on: date), dropping: [.state, .institution, .organization])
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
        guard let i = lastEvent, events[i].type != .statement else { return false }
        return events[i].sentences.contains(m.sentence)
    }

    /// "Trump et Poutine ont tenu un sommet", "le sommet entre X et Y", "leur premier sommet": the people named are the summit's
    /// parties — not when a clause separates them from it ("X et Y devaient rejoindre Bruxelles, où se tient un sommet").
    private func partiesHoldTheSummit(_ m: EventMention) -> Bool {
        let t = sentences[m.sentence].tokens
        // Headlines name the parties ("Biden and Putin agree…, start talks at Geneva summit").
        if m.isTitle { return true }
        // "their first summit", "leur premier sommet".
        if (max(0, m.firstTrigger - 2)..<m.firstTrigger).contains(where: { pack.words.possessives.contains(t[$0].folded) }) { return true }
        guard let lastSubject = m.actors.filter({ $0.end <= m.firstTrigger }).map(\.end).max() else { return true }
        // ("held an unstructured, agenda-free informal summit": commas after the summit's article list its adjectives.)
        let nounPhrase = (lastSubject..<m.firstTrigger).last { pack.words.isArticle(t[$0]) } ?? m.firstTrigger
        return !t[lastSubject..<nounPhrase].contains { $0.folded == "," }
    }

    /// The states taking part; an international organisation (the G20, NATO) is the setting, not a state.
    private func distinctCountries(_ ps: [ActorRef]) -> Int {
        Set(ps.compactMap { $0.kind == .organization ? nil : ($0.country ?? $0.id) }).count
    }

    /// The states a meeting gathers, counting only people whose state is known: "reçu par le président Michel Aoun,
    /// en présence du Premier ministre Hassane Diab" — a title with no country, of someone Knowledge lacks, is most
    /// often the host's own official, not a third state that would make the meeting a summit.
    private func statesOfKnownPeople(_ ps: [ActorRef]) -> Int {
        distinctCountries(ps.filter { $0.kind != .person || $0.country != nil })
    }

    private func consultMode(_ ps: [ActorRef], location: String?) -> ConsultMode {
        guard let location, let country = knowledge.countryOf(place: location) else { return .thirdParty }
        return ps.contains { $0.country == country } ? .visit : .thirdParty
    }

    /// The article event this mention repeats, if any.
    /// How many of the article's latest events a mention is compared with. Real articles report a few
    /// dozen events, all within reach; one listing thousands (a dump, a generated page) would otherwise
    /// compare every mention with every earlier event, quadratic in its length.
    static let matchLookBack = 256

    private func matchingEvent(type: EventType, date: EventDate, participants: [ActorRef], mention m: EventMention, location: String?,
                               dayIsKnown: Bool = false) -> Int? {
        for i in events.indices.reversed().prefix(Self.matchLookBack) {
            let e = events[i]
            // A two-person meeting inside a summit is its own event (a bilateral on the sidelines).
            let bilateral = (type == .meeting && participants.filter { $0.kind == .person }.count == 2 && !m.isAnaphoric && !m.isTitle)
            let typesMatch = e.type == type || (Set([e.type, type]) == [.meeting, .summit] && !(bilateral && e.type == .summit)
                                                && (location == nil || e.location == nil || location == e.location))
                || Self.talkBecomesCall(e, type, m)
            guard typesMatch else { continue }
            // "Zelenskyy met King Charles at Sandringham on Sunday afternoon after the summit": the summit named
            // after "after" is another event than the two-person meeting before it.
            if type == .summit, m.isSequenced, e.type == .meeting, e.sentences.contains(m.sentence),
               e.participants.filter({ $0.kind == .person }).count == 2 { continue }
            // A relative clause ("qui se rencontraient") reports another event than its own sentence's.
            if m.isRelativeClause, e.sentences.contains(m.sentence) { continue }
            // The BRICS summit and, two days later, the G20's: gatherings of different organisations are different summits.
            if type == .summit, e.type == .summit, Self.namesOtherOrganisations(participants, e.participants) { continue }
            let datesMatch: Bool
            if (m.isTitle && !mentionHasOwnDate(m)) || (e.isTitleOnly && !e.dateIsOwn) { datesMatch = true }
            // "PM Modi held talks with President Biden" in the standfirst, given the publication day for want of
            // a date, then "on Thursday … after talks at the White House": the body dates the same event.
            // (A day taken from the event just reported is enough with the very same parties: "Ils ont adopté une
            // feuille de route" after the Friday talks is the lead's roadmap — not the G7's communiqué when the two
            // leaders sign a charter.)
            else if !e.dateIsOwn, mentionHasOwnDate(m) || (dayIsKnown && participants.count >= 2
                                                             && Self.covers(participants, e.participants) && Self.covers(e.participants, participants)),
                    e.type == type, e.date.precision == .day, date.precision == .day,
                    date.value <= e.date.value, e.date.value.dayNumber - date.value.dayNumber <= 7 { datesMatch = true }
            // "s'étaient rencontrés pour la première fois en tête-à-tête le 2 novembre": the sentence's later
            // words date what its first ones reported undated.
            else if !e.dateIsOwn, mentionHasOwnDate(m), e.sentences.contains(m.sentence), !m.isRelativeClause, !m.isSequenced { datesMatch = true }
            else if e.date.precision == .day && date.precision == .day {
                let days = abs(e.date.value.dayNumber - date.value.dayNumber)
                // A summit lasts several days: reports of its days are one event when the place agrees.
                datesMatch = days == 0 || (type == .summit && e.type == .summit && days <= 2 && (location == nil || e.location == nil || location == e.location))
            } else { datesMatch = e.date.overlaps(date) }
            guard datesMatch else { continue }
            // One article rarely reports two summits on the same days: its summit mentions are one summit.
            if type == .summit && e.type == .summit && (location == nil || e.location == nil || location == e.location) { return i }
            if participants.isEmpty || e.participants.isEmpty {
                if participants.isEmpty && location != nil && e.location != nil && location != e.location { continue }
                return i
            }
            let forward = Self.covers(participants, e.participants), backward = Self.covers(e.participants, participants)
            if forward && backward { return i }
            if forward, participants.count <= 1 || m.hasGroupAnaphor || m.isAnaphoric || m.isTitle || e.isTitleOnly { return i }
            // "NATO Secretary General Jens Stoltenberg arrived in Kyiv on an unannounced visit and held talks with
            // Zelensky": an organisation and its own head are one party, whose visit the talks are.
            if backward, e.participants.count <= 1 || Self.oneParty(e.participants) || m.hasGroupAnaphor { return i }
            // "Tshisekedi, Kagame agree on a roadmap in Luanda talks", then "after a tripartite meeting in Luanda hosted by
            // Angola's President": the headline's undated talks are those the body dates, with their host beside them.
            if backward, e.isTitleOnly, !e.dateIsOwn, m.classes.contains("host-verb") { return i }
            // Two reports of one signing name the parties differently ("Russia and Ukraine signed with the UN and Türkiye").
            if type == .agreement, sharedCount(participants, e.participants) >= 2 { return i }
            // The same two or more people, in one sentence ("se sont rencontrés vendredi à Vientiane, en marge des
            // réunions de l'Asean, pour des discussions") or on one day each sentence writes ("In a phone call on Tuesday,
            // Macron proposed an operation to be run with Turkey and Greece"): one event, whatever bodies or states are
            // named beside them. (An undated event takes a later day: the pair's earlier meeting is another one.)
            if e.type == type || Self.talkBecomesCall(e, type, m), Self.samePeople(participants, e.participants),
               (e.sentences.contains(m.sentence) && !m.isRelativeClause && !m.isSequenced) || (e.dateIsOwn && mentionHasOwnDate(m) && e.date == date) { return i }
        }
        return nil
    }

    private func mentionHasOwnDate(_ m: EventMention) -> Bool { m.date != nil }

    /// The people among the participants (not their states or bodies): who an event is between.
    static func personIDs(_ ps: [ActorRef]) -> Set<String> { Set(ps.filter { $0.kind == .person }.map(\.id)) }

    /// Both name the same two or more people, whatever bodies or states stand beside them.
    static func samePeople(_ a: [ActorRef], _ b: [ActorRef]) -> Bool {
        let people = personIDs(a)
        return people.count >= 2 && people == personIDs(b)
    }

    /// An organisation and the people who speak for it (NATO and its secretary general): one party.
    static func oneParty(_ ps: [ActorRef]) -> Bool {
        ps.contains { $0.kind == .organization } && Set(ps.map { $0.country ?? $0.id }).count == 1
    }

    /// Both name organisations, and none in common — an organisation and its own body (the EU and the European
    /// Council, the UN and its General Assembly) share the code the knowledge base gives them.
    static func namesOtherOrganisations(_ a: [ActorRef], _ b: [ActorRef]) -> Bool {
        func bodies(_ refs: [ActorRef]) -> Set<String> { Set(refs.filter { $0.kind == .organization }.map { $0.country ?? $0.id }) }
        let x = bodies(a), y = bodies(b)
        return !x.isEmpty && !y.isEmpty && x.isDisjoint(with: y)
    }

    private func sharedCount(_ a: [ActorRef], _ b: [ActorRef]) -> Int {
        a.filter { x in Self.covers([x], b) }.count
    }

    /// Every actor of `a` is in `b`: the same id, or a state/institution and a member of its country.
    static func covers(_ a: [ActorRef], _ b: [ActorRef]) -> Bool {
        a.allSatisfy { x in
            b.contains { y in
                x.id == y.id || ((x.kind == .state || x.kind == .institution) && x.country != nil && x.country == y.country)
                    || ((y.kind == .state || y.kind == .institution) && y.country != nil && y.country == x.country)
            }
        }
    }

    /// Removes duplicates, and states or institutions (or the other `kinds` given) whose country a person already
    /// represents.
    static func collapse(_ refs: [ActorRef], dropping kinds: Set<ActorKind> = [.state, .institution]) -> [ActorRef] {
        var seen = Set<String>()
        let unique = refs.filter { seen.insert($0.id).inserted }
        let personCountries = Set(unique.filter { $0.kind == .person }.compactMap(\.country))
        return unique.filter { r in
            guard kinds.contains(r.kind), let c = r.country else { return true }
            return !personCountries.contains(c)
        }
    }

    // MARK: - Finishing

    /// Whether an event of the article draws on `sentence`.
    func hasEvent(from sentence: Int) -> Bool { events.contains { $0.sentences.contains(sentence) } }

    /// "Emmanuel Macron a ouvert jeudi à Paris un sommet… Parmi les participants figurent le président brésilien Lula,
    /// le Premier ministre chinois Li Qiang…": a sentence that only lists who took part (an `attendance` cue, no
    /// event word) adds its people to the gathering just reported; so does a sentence that singles leaders out of a
    /// crowd of them, whatever else it reports.
    mutating func addAttendees(of sentence: Int) {
        let s = sentences[sentence]
        // The gathering most recently reported — also when the text it adopted came after it, or when what the
        // sentences since reported joined an event the headline had already given.
        // A summit reported within those sentences comes first: people attend gatherings, and a leader's bilateral
        // talks on its sidelines may have been reported since.
        func latest(_ types: Set<EventType>) -> Int? {
            // (A headline's event the body has not reported yet is no gathering anyone is listed at.)
            events.indices.suffix(8).filter { k in
                types.contains(events[k].type) && events[k].sentencesSince(reported: sentence) <= 5
                    && events[k].sentences.contains { sentences[$0].blockKind != .title }
            }
                .max(by: { (events[$0].sentences.max() ?? -1, $0) < (events[$1].sentences.max() ?? -1, $1) })
        }
        guard s.blockKind == .body else { return }
        // "…a réuni une trentaine de chefs d'État, dont le président égyptien et le président turc", "brought together
        // some thirty heads of state, including…": the leaders a sentence singles out of a crowd of leaders attended
        // the summit just reported.
        let listStart = s.cues.first { c in
            c.classes.contains("inclusion") && s.actors.contains { a in
                a.pluralLeadersOf != nil && a.end <= c.start && c.start - a.end <= 2
            }
        }?.end
        var i: Int
        var speakers: Range<Int>? = nil
        var gathering: PartylessGathering? = nil
        // "Ni Fayez al-Sarraj ni Khalifa Haftar n'ont fait le déplacement": a negated attendance names who stayed away.
        let attended = s.cues.contains { c in
            c.classes.contains("attendance") && !(max(0, c.start - 2)..<c.start).contains { pack.words.negationParticles.contains(s.tokens[$0]) }
        }
        if attended, !hasEvent(from: sentence), let g = latest([.summit]) ?? latest([.meeting]) {
            i = g
        } else if listStart != nil, let g = latest([.summit]), events[g].sentencesSince(reported: sentence) <= 2 {
            i = g
        } else if attended, !hasEvent(from: sentence), let g = partylessGathering, sentence > g.sentence, sentence - g.sentence <= 2 {
            // "Le cinquième round des pourparlers d'Astana s'est tenu mardi… La Turquie, représentée par X, la Russie,
            // par Y…": a gathering that named no one, then who attended it (opened below, once someone is named).
            gathering = g
            i = events.count
        } else if let (g, range) = speakersAtGathering(sentence) {
            i = g
            speakers = range
        } else {
            return
        }
        let date = gathering?.date ?? events[i].date
        let people = s.actors.compactMap { a -> ActorRef? in
            if let speakers {
                guard !a.inQuote, !a.isTopic, speakers.contains(a.start) else { return nil }
            } else {
                guard !a.inQuote, !a.isReportingSpeaker, a.start >= (listStart ?? 0) else { return nil }
            }
            switch a.reference {
            case .named(let r): return r.kind == .person ? r : nil
            case .role(let role, let countries, false) where countries.count == 1 && role != "state" && !a.isPlural:
                return knowledge.holder(role: role, country: countries[0], between: date.earliest, and: date.latest).flatMap { knowledge.actorRef($0.id) }
            default: return nil
            }
        }
        // (A spokesperson speaking after a gathering tells of it from outside: "Kremlin spokesman Dmitry Peskov said…".)
        let attendees = speakers == nil ? people : people.filter { p in
            !knowledge.offices(of: p.id, on: date.value).contains { Knowledge.spokespersonRoles.contains($0.role) }
        }
        guard !attendees.isEmpty else { return }
        if let g = gathering {
            events.append(WorkingEvent(type: g.type, mode: g.type == .summit ? .multilateral : nil, date: g.date, participants: [],
                                       location: g.location, regions: g.regions, evidence: [g.evidence], sentences: [g.sentence],
                                       dateIsOwn: true, weakType: false, participantsFromContext: false, isTitleOnly: false, remoteTalk: false))
            partylessGathering = nil
            i = events.count - 1
        }
        events[i].participants = Self.collapse(events[i].participants + attendees)
        if !events[i].sentences.contains(sentence) { events[i].sentences.append(sentence) }
        // "Autour de la table, le Malien…, le Burkinabè…, le Nigérien…": talks whose roster seats three states'
        // leaders were a summit.
        if attended, events[i].type == .meeting, leadersStates(events[i].participants, on: events[i].date) >= 3 {
            events[i].type = .summit; events[i].mode = .multilateral
        }
    }

    /// How many states the people among `ps` lead on `date` (heads of state or of government).
    private func leadersStates(_ ps: [ActorRef], on date: EventDate) -> Int {
        Set(ps.filter { $0.kind == .person }.flatMap { p in
            knowledge.allOffices(of: p.id).filter { o in
                ActorMention.leaderRoles.contains(o.role) && o.overlaps(date.earliest, date.latest)
            }.map(\.country)
        }).count
    }

    /// The summit or talks reported in the last three sentences, with nothing reported since, whose report named fewer
    /// people than it needs (a summit under three, talks under two), when sentence `sentence` gives no other day: what
    /// is said there is said at that gathering.
    private func gatheringNamingTooFew(before sentence: Int) -> Int? {
        guard let g = events.indices.suffix(8).last(where: { k in
            let e = events[k]
            guard e.type == .summit || e.type == .meeting, e.sentencesSince(reported: sentence) >= 1, e.sentencesSince(reported: sentence) <= 3 else { return false }
            let people = e.participants.filter { $0.kind == .person }.count
            return people < (e.type == .summit ? 3 : 2)
        }) else { return nil }
        guard !events.indices.contains(where: { $0 != g && (events[$0].sentences.max() ?? -1) > (events[g].sentences.max() ?? -1) }) else { return nil }
        for d in sentences[sentence].dates where !d.isDuration {
            guard let day = resolver.resolve(d.expression, reference: reference), day.overlaps(events[g].date) else { return nil }
        }
        return g
    }

    /// "La conférence sur la Syrie s'est ouverte mercredi à Montreux… Le secrétaire d'État américain John Kerry a estimé
    /// que…", "« … », a déclaré l'émissaire de l'ONU, Stephanie Williams": who speaks in the sentences right after a
    /// gathering whose report named too few of its people spoke at it. Only a sentence with a verb of saying and no event
    /// or other day of its own; only the speaker (the subject before the verb, or the name right after it), never whom
    /// the words are about. Returns the gathering and the token range where the speaker stands.
    private func speakersAtGathering(_ sentence: Int) -> (Int, Range<Int>)? {
        let s = sentences[sentence]
        guard !hasEvent(from: sentence), let verb = s.cues.first(where: { $0.classes.contains("statement-verb") && !$0.inQuote }),
              let g = gatheringNamingTooFew(before: sentence) else { return nil }
        let t = s.tokens
        // The subject before the verb, in its clause; else the speaker named right after it ("a déclaré X", "said X").
        let clauseStart = (0..<verb.start).last(where: { k in [";", ":"].contains(t[k].folded) || t[k].isQuotationMark }).map { $0 + 1 } ?? 0
        if s.actors.contains(where: { $0.start >= clauseStart && $0.end <= verb.start && $0.namesAPerson && !$0.inQuote }) {
            return (g, clauseStart..<verb.start)
        }
        // (Right after it, past an article at most: not someone the words are about further on.)
        return (g, verb.end..<min(t.count, verb.end + 2))
    }

    /// "Les dirigeants des Brics ont condamné …, dans une déclaration commune adoptée dimanche 6 juillet, à l'ouverture de
    /// leur sommet": a text an organisation's members adopt at its summit is adopted by the leaders the article says
    /// attended it, and its day is the summit's when nothing else dated the summit.
    private mutating func joinAgreementsToTheirGatherings() {
        for i in events.indices where events[i].type == .agreement {
            guard let j = gathering(adopting: events[i]) else { continue }
            // …when all its parties attend it (not "the EU and NATO signed a declaration" on the day of a NATO summit).
            guard Self.covers(events[i].participants, events[j].participants) else { continue }
            // The summit's people; all its parties when the text named none of its own.
            let named = !events[i].participants.isEmpty
            events[i].participants = Self.collapse(events[i].participants + events[j].participants.filter { $0.kind == .person || !named })
            if !events[j].dateIsOwn, events[i].dateIsOwn {
                events[j].date = events[i].date
                events[j].dateIsOwn = true
            } else if !events[i].dateIsOwn, events[j].dateIsOwn, events[i].sentences.contains(where: events[j].sentences.contains) {
                // "Le sommet s'est achevé dimanche par une déclaration finale": the text is of the summit's day.
                events[i].date = events[j].date
                events[i].dateIsOwn = true
            }
        }
    }

    /// The summit, within two days of an agreement, of an organisation among the agreement's parties.
    private func gathering(adopting e: WorkingEvent) -> Int? {
        // "Le sommet s'est achevé dimanche par une déclaration finale": the summit of the same sentence, when the
        // text names no party of its own.
        if e.participants.isEmpty, let j = events.indices.first(where: { events[$0].type == .summit && events[$0].sentences.contains(where: e.sentences.contains) }) {
            return j
        }
        let organisations = Set(e.participants.filter { $0.kind == .organization }.map(\.id))
        guard !organisations.isEmpty, e.date.precision == .day else { return nil }
        return events.indices.first { j in
            let s = events[j]
            return s.type == .summit && s.date.precision == .day && abs(s.date.value.dayNumber - e.date.value.dayNumber) <= 2
                && s.participants.contains { organisations.contains($0.id) }
        }
    }

    /// "EU's Michel hosts Azerbaijan, Armenia leaders for Brussels talks" then "Aliyev and Pashinyan held talks in
    /// Brussels on Saturday hosted by Michel": the headline's summit and the lead's meeting, grown into the same
    /// summit by its second mention, are one event — same type, day, people and place.
    /// Events are keyed by type, day and people, so that an article listing many events is not compared pairwise.
    static func identityKey(_ type: EventType, _ date: EventDate, _ participants: [ActorRef]) -> String {
        "\(type.rawValue)|\(date.isoString)|" + participants.map(\.id).sorted().joined(separator: ",")
    }

    private mutating func mergeIdenticalEvents() {
        var kept: [WorkingEvent] = []
        var byKey: [String: [Int]] = [:]
        for e in events {
            let k = Self.identityKey(e.type, e.date, e.participants)
            if !e.participants.isEmpty,
               let i = byKey[k]?.first(where: { kept[$0].location == nil || e.location == nil || kept[$0].location == e.location }) {
                for ev in e.evidence { kept[i].addEvidence(ev) }
                kept[i].sentences += e.sentences.filter { !kept[i].sentences.contains($0) }
                kept[i].regions += e.regions.filter { !kept[i].regions.contains($0) }
                kept[i].location = kept[i].location ?? e.location
                kept[i].dateIsOwn = kept[i].dateIsOwn || e.dateIsOwn
                kept[i].isTitleOnly = kept[i].isTitleOnly && e.isTitleOnly
            } else {
                byKey[k, default: []].append(kept.count)
                kept.append(e)
            }
        }
        events = kept
    }

    /// A meeting whose people all serve one state, held in another: that state's delegation visiting abroad. Returns
    /// the place and the state it is in (the hosts), or nil.
    private func visitAbroad(_ e: WorkingEvent) -> (place: String, host: String)? {
        guard e.type == .meeting, let visitor = e.participants.first?.country, e.participants.allSatisfy({ $0.country == visitor }),
              let place = e.location, let host = knowledge.countryOf(place: place), host != visitor else { return nil }
        return (place, host)
    }

    /// "The Iranian minister arrived in Moscow on Sunday evening. … On Monday, Lavrov held talks with Zarif": a visitor's
    /// arrival, where the article names no one meeting them, is the start of the visit whose talks it reports a day or
    /// two later at that place — one event, dated by its talks. (The same day, the hosts join it in `finish`.)
    private mutating func foldArrivalsIntoTalks() {
        var folded = Set<Int>()
        for i in events.indices where events[i].date.precision == .day {
            let e = events[i]
            let people = e.participants.filter { $0.kind == .person }
            guard !people.isEmpty, let (place, host) = visitAbroad(e) else { continue }
            guard let j = events.indices.first(where: { j in
                let talks = events[j]
                guard j != i, !folded.contains(j), talks.type == .meeting || talks.type == .summit, talks.date.precision == .day,
                      (1...2).contains(talks.date.value.dayNumber - e.date.value.dayNumber), Self.covers(people, talks.participants) else { return false }
                return talks.location == place || (talks.location == nil && talks.participants.contains { $0.kind == .person && $0.country == host })
            }) else { continue }
            for ev in e.evidence { events[j].addEvidence(ev) }
            events[j].sentences += e.sentences.filter { !events[j].sentences.contains($0) }
            events[j].regions += e.regions.filter { !events[j].regions.contains($0) }
            folded.insert(i)
        }
        if !folded.isEmpty { events = events.indices.filter { !folded.contains($0) }.map { events[$0] } }
    }

    mutating func finish() -> [ExtractedEvent] {
        mergeIdenticalEvents()
        foldArrivalsIntoTalks()
        joinAgreementsToTheirGatherings()
        // Places the whole article is about, for its core events.
        var articlePlaces: [String] = []
        for s in sentences where s.blockKind == .body || s.blockKind == .title {
            for p in s.places where !p.usedAsActor && !articlePlaces.contains(p.placeID) { articlePlaces.append(p.placeID) }
        }
        let core = events.map { e in e.evidence.contains(where: \.isCore) }
        let corePeople = events.indices.filter { core[$0] }.flatMap { events[$0].participants }.filter { $0.kind == .person }

        var out: [ExtractedEvent] = []
        var outByKey: [String: [Int]] = [:]
        for (i, var e) in events.enumerated() {
            // Title-only events that reported nothing the body confirms are dropped.
            if e.isTitleOnly && !e.dateIsOwn { continue }
            // "Poutine avait aussi parlé pendant deux heures avec Macron", "Trump and Xi last spoke on January 17":
            // talking, nowhere in particular and never said to be in person, is a phone call.
            // …unless the article reports those people meeting in person that day ("A Anchorage, la première rencontre…").
            if e.type == .meeting, e.weakType, e.remoteTalk, e.location == nil,
               !events.indices.contains(where: { j in
                   j != i && (events[j].type == .meeting || events[j].type == .summit) && !events[j].weakType
                       && events[j].date.overlaps(e.date) && sharedCount(e.participants, events[j].participants) >= min(2, e.participants.count)
               }) { e.type = .call; e.mode = .phone }
            // "Moscou et Ankara … une rencontre": the states' leaders of the article's news, for calls and meetings.
            if (e.type == .call || e.type == .meeting), e.participantsFromContext, !e.participants.isEmpty, e.participants.allSatisfy({ $0.kind == .state }) {
                let upgraded = e.participants.map { st in corePeople.first { $0.country == st.country } ?? salientPeople.first { $0.country == st.country } ?? st }
                e.participants = Self.collapse(upgraded)
            }
            // "Medvedev announced it at a meeting with his defence minister", "the foreign minister joined the
            // president in Moscow": people of one state meeting each other is government business, not diplomacy.
            // "…, a déclaré M. Sarkozy au Kremlin, après trois heures d'entretiens": talks abroad are with the hosts
            // the article reports there that day.
            if let (place, host) = visitAbroad(e) {
                let hosts = events.filter { $0.date.value == e.date.value && $0.date.precision == e.date.precision && $0.location == place }
                    .flatMap(\.participants).filter { $0.country == host && $0.kind == .person }
                e.participants = Self.collapse(e.participants + hosts)
            }
            if e.type == .meeting || e.type == .call, e.participants.count >= 2, e.participants.allSatisfy({ $0.kind != .organization }),
               let country = e.participants.first?.country, e.participants.allSatisfy({ $0.country == country }) {
                for ev in e.evidence { nearMisses.append(NearMiss(sentence: ev.sentence, start: ev.start, end: ev.end, reason: Rejection.domestic.rawValue)) }
                continue
            }
            if core[i] { e.regions += articlePlaces.filter { !e.regions.contains($0) } }
            // "Les dirigeants du G20 ont adopté un communiqué final": a text an organisation's members adopt
            // during its summit is adopted where the summit is.
            if e.type == .agreement, e.location == nil, let j = gathering(adopting: e) {
                e.location = events[j].location
                e.regions += (events[j].regions + (core[j] ? articlePlaces : [])).filter { !e.regions.contains($0) }
            }
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
            // "Putin held talks in the Kremlin with Araghchi, who arrived in Moscow…": the visit, given its host above,
            // has become the talks — the same type, day, people and place — and is reported once.
            let sortedParticipants = e.participants.sorted(), place = e.location.flatMap(knowledge.placeRef)
            let key = Self.identityKey(e.type, e.date, sortedParticipants)
            if let j = outByKey[key]?.first(where: { out[$0].date == e.date && out[$0].participants == sortedParticipants && out[$0].location == place }) {
                out[j].evidence += evidence.filter { !out[j].evidence.contains($0) }
                out[j].regions += regionRefs.filter { !out[j].regions.contains($0) }
                continue
            }
            outByKey[key, default: []].append(out.count)
            out.append(ExtractedEvent(type: e.type, mode: e.type == .call ? .phone : e.mode, date: e.date,
                                      participants: sortedParticipants, location: place,
                                      regions: regionRefs, evidence: evidence))
        }
        return out
    }
}
