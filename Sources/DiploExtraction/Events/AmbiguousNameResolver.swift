import DiploModel

/// "King Abdullah", "roi Abdallah": a few names belong to several people the knowledge base knows
/// (the kings of Saudi Arabia and of Jordan). The article decides which one it means: the person in
/// office when it was written, and among those the one whose country the sentence — or else the
/// article — speaks of ("Obama flew to Cairo from Saudi Arabia, where he held talks with King Abdullah").
///
/// Runs once the article's reference date is known; a name with a single owner is left alone, and when
/// nothing tells the candidates apart the first listed one stays (the knowledge base's order).
struct AmbiguousNameResolver {
    let knowledge: Knowledge

    /// Returns the sentences where a name now stands for another person than the first listed.
    func resolve(_ sentences: inout [AnalyzedSentence], reference: DateReference?, today: CalendarDate) -> [Int] {
        guard sentences.contains(where: { $0.actors.contains { !$0.alternatives.isEmpty } }) else { return [] }
        var changed: [Int] = []
        // Countries the article speaks of, counted over sentences: places and unambiguous actors.
        var articleCountries: [String: Int] = [:]
        let sentenceCountries = sentences.map { s -> Set<String> in
            var out = Set<String>()
            for p in s.places { if let c = knowledge.countryOf(place: p.placeID) { out.insert(c) } }
            for a in s.actors where a.alternatives.isEmpty {
                if case .named(let r) = a.reference, let c = r.country { out.insert(c) }
            }
            return out
        }
        for cs in sentenceCountries { for c in cs { articleCountries[c, default: 0] += 1 } }
        let window: (CalendarDate, CalendarDate)? = reference.map { r in r.kind == .window ? (r.day, r.lastDay(today: today)) : (r.day, r.day) }

        for n in sentences.indices {
            for k in sentences[n].actors.indices where !sentences[n].actors[k].alternatives.isEmpty {
                let mention = sentences[n].actors[k]
                guard case .named(let first) = mention.reference else { continue }
                var candidates = [first.id] + mention.alternatives
                if let (a, b) = window {
                    let inOffice = candidates.filter { id in knowledge.allOffices(of: id).contains { $0.overlaps(a, b) } }
                    if !inOffice.isEmpty { candidates = inOffice }
                }
                func score(_ id: String) -> (Int, Int) {
                    guard let c = knowledge.actors[id]?.country else { return (0, 0) }
                    return (sentenceCountries[n].contains(c) ? 1 : 0, articleCountries[c] ?? 0)
                }
                // The first best keeps the knowledge base's order among equals.
                var best = candidates[0]
                for id in candidates.dropFirst() where score(id) > score(best) { best = id }
                if best != first.id, let ref = knowledge.actorRef(best) {
                    sentences[n].actors[k].reference = .named(ref)
                    if changed.last != n { changed.append(n) }
                }
                sentences[n].actors[k].alternatives = []
            }
        }
        return changed
    }
}
