import DiploModel

/// "Moon Jae-in … Moon said", "Wendy Sherman … Sherman told reporters": once an article names a person
/// in full, a later bare part of that name (a surname, or the family name of an East Asian name) in the
/// same article is that person — when no other person of the article shares the word.
///
/// News writes a full name once and the short one after; the knowledge base cannot list every short
/// form without making common words ("Moon", "Kim") into people everywhere, so the article decides.
struct ShortNameResolver {
    let pack: LanguagePack

    func resolve(_ sentences: inout [AnalyzedSentence]) {
        var owners: [String: Set<String>] = [:]
        var surnameOwners: [String: Set<String>] = [:]
        var refs: [String: ActorRef] = [:]
        // A person is named in many sentences: the words of each name are read once.
        var read = Set<ActorRef>()
        for s in sentences {
            for a in s.actors {
                guard case .named(let r) = a.reference, r.kind == .person else { continue }
                // "M. Moon" alone names nobody new: it is read below as the short name it is.
                if r.id.hasPrefix("local:"), !r.name.contains(" "), !r.name.contains("-") { continue }
                refs[r.id] = r
                guard read.insert(r).inserted else { continue }
                let words = Tokenizer.tokenize(r.name).filter { $0.kind == .word && $0.folded.count >= 3 && isNameWord($0) }
                for t in words { owners[t.folded, default: []].insert(r.id) }
                if words.count >= 2, let last = words.last { surnameOwners[last.folded, default: []].insert(r.id) }
            }
        }
        let keys = WordTable(owners.compactMapValues { $0.count == 1 ? $0.first : nil })
        guard !keys.isEmpty else { return }
        // "François Hollande … M. Hollande": the surname of a person the article names in full is that person,
        // even where the word also names a place (the French name of the Netherlands).
        let surnames = WordTable(surnameOwners.compactMapValues { $0.count == 1 ? $0.first : nil })
        for n in sentences.indices {
            var s = sentences[n]
            var changed = false
            for p in s.places where p.end == p.start + 1 {
                guard let id = surnames[s.tokens[p.start]], let ref = refs[id] else { continue }
                let coveringPerson = s.actors.contains { a in
                    guard a.start <= p.start, a.end >= p.end, case .named(let r) = a.reference else { return false }
                    return r.kind == .person
                }
                if coveringPerson { continue }
                s.places.removeAll { $0.start == p.start }
                s.actors.removeAll { $0.start < p.end && $0.end > p.start }
                s.actors.append(ActorMention(reference: .named(ref), start: p.start, end: p.end, inQuote: s.inQuote[p.start]))
                s.actors.sort { $0.start < $1.start }
                changed = true
            }
            // "M. Moon", "Mr. Kim": a title before the short name made it an unknown person of its own.
            for k in s.actors.indices {
                guard case .named(let r) = s.actors[k].reference, r.kind == .person, r.id.hasPrefix("local:"), refs[r.id] == nil,
                      !r.name.contains(" "), !r.name.contains("-") else { continue }
                let word = Tokenizer.tokenize(r.name)
                guard word.count == 1, let id = keys[word[0]], let owner = refs[id] else { continue }
                s.actors[k].reference = .named(owner)
                changed = true
            }
            var covered = [Bool](repeating: false, count: s.tokens.count)
            for a in s.actors { for k in a.start..<min(a.end, covered.count) { covered[k] = true } }
            for p in s.places { for k in p.start..<min(p.end, covered.count) { covered[k] = true } }
            var added: [ActorMention] = []
            for (i, t) in s.tokens.enumerated() where !covered[i] && t.kind == .word && t.isCapitalized {
                guard let id = keys[t], let ref = refs[id] else { continue }
                // "Kim Jong-un" written in full but not known: the part is only a name next to no other capitalised word.
                if i + 1 < s.tokens.count, s.tokens[i + 1].isCapitalized, !covered[i + 1], s.tokens[i + 1].kind == .word { continue }
                added.append(ActorMention(reference: .named(ref), start: i, end: i + 1, inQuote: s.inQuote[i]))
            }
            guard !added.isEmpty || changed else { continue }
            s.actors = (s.actors + added).sorted { $0.start < $1.start }
            sentences[n] = s
        }
    }

    private func isNameWord(_ w: Token) -> Bool {
        let words = pack.words
        return !pack.stopwords.contains(w) && !words.nameParticles.contains(w) && !words.articles.contains(w)
            && !words.honorifics.contains(w) && !words.genitives.contains(w)
    }
}
