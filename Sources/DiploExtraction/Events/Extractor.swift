import Foundation
import DiploModel

/// A sentence that looked diplomatic but did not become an event, and why — so users can see
/// what the extractor missed (`diplo import --explain`).
public struct NearMiss: Sendable, Hashable {
    public var sentence: String
    public var start: Int
    public var end: Int
    public var reason: String
}

/// What the extractor found in one article.
public struct ExtractionResult: Sendable {
    public var events: [ExtractedEvent]
    public var nearMisses: [NearMiss]
    /// The language used (from metadata or detected).
    public var language: String
    /// The day relative dates were resolved against: the publication date, or an estimate from the text.
    public var referenceDate: CalendarDate?
    /// Whether `referenceDate` was estimated rather than given.
    public var referenceIsEstimated: Bool
}

/// Text → events: cleaning, sentences, entity and date recognition, event recognition, in-article merging.
///
/// Rules and word lists come from the knowledge base; nothing here knows a particular article.
public final class Extractor: Sendable {
    public let knowledge: Knowledge
    let cleaner: ArticleCleaner
    let splitter: SentenceSplitter
    let resolver: DateResolver
    /// Every language's month names and abbreviations, for web addresses dated `/2023/apr/07/`.
    let addressMonths: [String: Int]

    /// - Parameter today: the upper bound for dating articles that carry no publication date.
    public init(knowledge: Knowledge, cleaner: ArticleCleaner? = nil, today: CalendarDate? = nil) {
        self.knowledge = knowledge
        if let cleaner { self.cleaner = cleaner } else {
            let lexicon = (knowledge.directory.flatMap { try? CleanerLexicon.load(languagesDirectory: $0.appendingPathComponent("lang")) }) ?? CleanerLexicon()
            self.cleaner = ArticleCleaner(lexicon: lexicon)
        }
        self.resolver = DateResolver(today: today ?? CalendarDate.today)
        self.addressMonths = knowledge.languages.keys.sorted().reduce(into: [String: Int]()) { out, code in
            for (name, month) in knowledge.languages[code]!.months where out[name] == nil { out[name] = month }
        }
        self.splitter = SentenceSplitter(abbreviations: knowledge.languages.values.reduce(into: Set<String>()) { $0.formUnion($1.words.abbreviations) })
    }

    public func extract(_ article: Article) -> ExtractionResult {
        let language = article.language.flatMap { knowledge.languages[$0] != nil ? $0 : nil } ?? detectLanguage(article.text)
        guard let pack = knowledge.languages[language] ?? knowledge.languages.values.first else {
            return ExtractionResult(events: [], nearMisses: [], language: language, referenceDate: article.published, referenceIsEstimated: false)
        }
        var sentences = analyze(article, pack: pack)
        let finder = MentionFinder(knowledge: knowledge, pack: pack)
        var mentions = sentences.indices.map { finder.mentions(in: sentences[$0], index: $0) }
        // "Le prochain sommet aura lieu en 2022": the article was written before the end of that year.
        let plannedYears = mentions.joined().filter { $0.rejection == .future }.flatMap { m in
            sentences[m.sentence].dates.filter { $0.start > m.firstTrigger }.compactMap { d -> Int? in
                switch d.expression {
                case .year(let y), .monthYear(let y, _): return y
                case .full(let c): return c.year
                default: return nil
                }
            }
        }
        var estimator = PublicationEstimator(resolver: resolver, knowledge: knowledge, addressMonths: addressMonths)
        // "© 2022 Reuters", "Copyright 2025 The Associated Press": a page is never older than its copyright
        // year's end (a scraped page may show a later one, never an earlier one).
        let copyright = article.published == nil ? CopyrightYearReader.year(in: article.text, markers: pack.words.copyrightMarkers, notAfter: resolver.today.year) : nil
        estimator.latestYear = [plannedYears.min(), copyright].compactMap { $0 }.min()
        estimator.copyrightYear = copyright
        let reference = estimator.reference(published: article.published, url: article.url, sentences: sentences)
        // A name several people share is settled by the article's date and countries; its sentence is read again.
        for n in AmbiguousNameResolver(knowledge: knowledge).resolve(&sentences, reference: reference, today: resolver.today) {
            mentions[n] = finder.mentions(in: sentences[n], index: n)
        }
        var assembler = ArticleAssembler(knowledge: knowledge, pack: pack, resolver: resolver, reference: reference,
                                         sentences: sentences, article: article, mentions: mentions)
        // Headlines first: the body's reports then join the event a headline announces ("ce sommet").
        // A headline's event that the body never reports is dropped when the article is finished.
        let order = sentences.indices.filter { sentences[$0].blockKind == .title } + sentences.indices.filter { sentences[$0].blockKind == .body || sentences[$0].blockKind == .caption }
        for i in order {
            for var m in mentions[i] {
                m.isTitle = sentences[i].blockKind == .title
                if Self.tracing { Self.trace(m, sentences[i]) }
                assembler.add(m)
            }
            // A sentence may list who attended the gathering just reported ("Xi Jinping attended the meeting via
            // video link").
            assembler.addAttendees(of: i)
        }
        let events = assembler.finish()
        return ExtractionResult(events: events, nearMisses: assembler.nearMisses, language: language,
                                referenceDate: reference?.day, referenceIsEstimated: reference?.isEstimated == true)
    }

    /// `DIPLO_TRACE=1` prints every mention on stderr as the assembler receives it: a developer's aid for
    /// seeing why a sentence gave (or did not give) an event, beyond what `--explain` says.
    static let tracing = ProcessInfo.processInfo.environment["DIPLO_TRACE"] == "1"

    static func trace(_ m: EventMention, _ s: AnalyzedSentence) {
        let t = s.tokens
        let words = t[m.firstTrigger..<min(m.lastTrigger, t.count)].map(\.original).joined(separator: " ")
        let date = m.date.map { "\($0.expression)" } ?? "-"
        let actors = m.actors.map { a -> String in
            switch a.reference {
            case .named(let r): return r.name
            case .role(let role, let cs, let cp): return "\(role)\(cp ? "(counterpart)" : "")[\(cs.joined(separator: ","))]"
            case .group: return "group"
            }
        }
        var flags: [String] = []
        if m.isAnaphoric { flags.append("anaphoric") }
        if m.isDefinite { flags.append("definite") }
        if m.weakType { flags.append("weak") }
        if m.isTitle { flags.append("title") }
        if m.isRelativeClause { flags.append("relative") }
        let line = "[\(m.sentence)] \(m.type?.rawValue ?? "-") «\(words)» classes=\(m.classes.sorted()) date=\(date) actors=\(actors) "
            + "loc=\(m.locationID ?? "-") \(flags.joined(separator: ",")) \(m.rejection.map { "REJECTED: \($0.rawValue)" } ?? "")\n"
        FileHandle.standardError.write(line.data(using: .utf8)!)
    }

    /// Cleans the text into blocks, splits sentences and recognises cues, names, places and dates.
    func analyze(_ article: Article, pack: LanguagePack) -> [AnalyzedSentence] {
        var blocks = cleaner.blocks(of: article.text, title: article.title)
        // A title given only as metadata is read too (it often names both parties), with no offsets.
        if let title = article.title, !blocks.contains(where: { $0.kind == .title }) {
            blocks.insert(TextBlock(kind: .title, text: Substring(title), start: 0, end: 0), at: 0)
        }
        let entities = EntityRecognizer(knowledge: knowledge, pack: pack)
        let dates = DateRecognizer(pack: pack)
        var out: [AnalyzedSentence] = []
        for (b, block) in blocks.enumerated() where block.kind != .boilerplate && block.kind != .repeatedLead && block.kind != .readAlso {
            let isMetadataTitle = block.start == 0 && block.end == 0
            for s in splitter.split(String(block.text), baseOffset: block.start) {
                let tokens = Tokenizer.tokenize(s.text)
                let inQuote = Self.quoteMask(tokens, opensANounPhrase: { pack.words.isArticle($0) },
                                             introducesSpeech: { pack.words.speechComplementizers.contains($0) })
                var cues = pack.triggers.allMatches(tokens).map { m in
                    CueMatch(classes: Set(m.values), start: m.start, end: m.end, inQuote: inQuote[m.start])
                }
                let sentenceDates = dates.recognize(tokens)
                cues += Self.matchesAcrossAdverbs(tokens, pack: pack, inQuote: inQuote, known: cues, dates: sentenceDates)
                // An idiom ("sans précédent", "no doubt") hides the shorter cues it starts with.
                let idioms = cues.filter { $0.classes.contains("idiom") }
                if !idioms.isEmpty {
                    cues.removeAll { c in c.classes.contains("idiom") || idioms.contains { $0.start == c.start && $0.end > c.end } }
                }
                let (actors, places) = entities.recognize(tokens, cues: cues, inQuote: inQuote)
                // Words of a person's name are no cues: "Theresa May met…" holds no "may".
                let names = actors.filter { if case .named(let r) = $0.reference { return r.kind == .person }; return false }
                if !names.isEmpty {
                    cues.removeAll { c in names.contains { $0.start <= c.start && c.end <= $0.end } }
                }
                out.append(AnalyzedSentence(text: s.text, start: isMetadataTitle ? 0 : s.start, end: isMetadataTitle ? 0 : s.end,
                                            tokens: tokens, block: b, blockKind: block.kind, indexInArticle: out.count,
                                            actors: actors, places: places, cues: cues, dates: sentenceDates, inQuote: inQuote))
            }
        }
        ShortNameResolver(pack: pack).resolve(&out)
        GenericTitleResolver(knowledge: knowledge).resolve(&out)
        return out
    }

    /// "s'était déjà rendu", "a également signé", "Reçu vendredi par": an adverb or a date inside a compound
    /// verb breaks no phrase. The phrases are matched again over the sentence without its inserted adverbs
    /// (`inserted-adverb` in words.tsv) and dates, and those that span one are added with their real positions.
    static func matchesAcrossAdverbs(_ tokens: [Token], pack: LanguagePack, inQuote: [Bool], known: [CueMatch], dates: [DateMention] = []) -> [CueMatch] {
        let adverbs = pack.words.insertedAdverbs
        // A date is an adverb too: "Reçu vendredi par Xi Jinping" is "reçu par".
        var inDate = [Bool](repeating: false, count: tokens.count)
        for d in dates {
            for k in d.start..<min(d.end, tokens.count) { inDate[k] = true }
            // "se sont entendus ce mardi sur", "met last Friday with": the date's modifier goes with it.
            if d.start > 0, pack.directionModifiers[tokens[d.start - 1]] != nil { inDate[d.start - 1] = true }
            if d.end < tokens.count, pack.directionModifiers[tokens[d.end]] != nil { inDate[d.end] = true }
        }
        guard tokens.indices.contains(where: { adverbs.contains(tokens[$0]) || inDate[$0] }) else { return [] }
        var kept: [Int] = []  // original index of each kept token
        var compact: [Token] = []
        for (i, t) in tokens.enumerated() where !adverbs.contains(t) && !inDate[i] { kept.append(i); compact.append(t) }
        var out: [CueMatch] = []
        for m in pack.triggers.allMatches(compact) where m.end - m.start >= 2 {
            let start = kept[m.start], end = kept[m.end - 1] + 1
            // Only phrases an adverb interrupts; the others were found already.
            guard end - start > m.end - m.start else { continue }
            let classes = Set(m.values)
            // Across a date, only verbs of events ("Reçu vendredi par") and what is no event ("avait reçu lundi une
            // lettre"): a cue such as "a refusé mardi de commenter" would reach the event it does not qualify.
            if (start..<end).contains(where: { inDate[$0] }), classes.isDisjoint(with: Self.eventVerbClasses), !classes.contains("not-event") { continue }
            // A phrase whose last words already say the same ("déjà rencontrés": "rencontrés") adds nothing.
            if known.contains(where: { $0.end == end && $0.start > start && classes.isSubset(of: $0.classes) }) { continue }
            out.append(CueMatch(classes: classes, start: start, end: end, inQuote: inQuote[start]))
        }
        return out
    }

    static let eventVerbClasses: Set<String> = ["call-verb", "talk-verb", "meet-verb", "host-verb", "visit-verb", "agreement-verb"]

    /// Marks tokens inside quotation marks (« », “ ”, "): words quoted are speech, not reported facts.
    /// - Parameters:
    ///   - opensANounPhrase: whether a word is an article; a short quotation that opens with one in lower case,
    ///     right after a word ("avoir eu « une très bonne conversation téléphonique »"), quotes words, not speech…
    ///   - introducesSpeech: …unless that word introduces what was said ("a estimé que « le sommet est un succès »").
    static func quoteMask(_ tokens: [Token], opensANounPhrase: (Token) -> Bool = { _ in false }, introducesSpeech: (Token) -> Bool = { _ in false }) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var depth = 0
        var straightOpen = false
        for (i, t) in tokens.enumerated() {
            // Quotes are one-scalar punctuation tokens: look at that scalar, not at the string.
            let quote = t.kind == .punctuation ? t.original.unicodeScalars.first!.value : 0
            switch quote {
            case 0xAB, 0x201C: depth += 1; mask[i] = true  // « “
            case 0xBB, 0x201D: mask[i] = true; depth = max(0, depth - 1)  // » ”
            case 0x22: straightOpen.toggle(); mask[i] = true  // "
            default: mask[i] = depth > 0 || straightOpen
            }
        }
        // Short quoted spans are names ("Peace Summit"), not speech.
        var i = 0
        while i < mask.count {
            guard mask[i] else { i += 1; continue }
            var j = i
            while j < mask.count, mask[j] { j += 1 }
            // …and so is a quoted noun phrase of a few words, its own punctuation aside.
            let inner = (i + 1)..<max(i + 1, j - 1)
            let nounPhrase = j - i <= 10 && inner.count > 1 && i > 0 && tokens[i - 1].kind == .word && !introducesSpeech(tokens[i - 1])
                && !tokens[inner.lowerBound].isCapitalized && opensANounPhrase(tokens[inner.lowerBound])
                && !tokens[inner].contains { $0.kind == .punctuation && !["-", "'", "’"].contains($0.folded) }
            if j - i <= 6 || nounPhrase { for k in i..<j { mask[k] = false } }
            i = j
        }
        // An unbalanced quote opens a quotation that never closes: don't mask the rest of the sentence.
        if depth > 0 || straightOpen {
            if depth > 0, !tokens.contains(where: { $0.original == "»" || $0.original == "”" }) { return tokens.map { _ in false } }
            if straightOpen { return tokens.map { _ in false } }
        }
        return mask
    }

    /// The language of an unlabelled article, by counting each language's stop words.
    func detectLanguage(_ text: String) -> String {
        // A text of at most 4,000 UTF-8 bytes has at most 4,000 characters: no need to count them.
        let sample = text.utf8.count <= 4000 ? text : String(text.prefix(4000))
        let tokens = Tokenizer.tokenize(sample)
        var best = ("fr", -1)
        for (code, pack) in knowledge.languages.sorted(by: { $0.key < $1.key }) {
            let n = tokens.reduce(0) { $0 + (pack.stopwords.contains($1) ? 1 : 0) }
            if n > best.1 { best = (code, n) }
        }
        return best.0
    }
}

extension CalendarDate {
    /// Today's date in UTC.
    public static var today: CalendarDate {
        let days = Int(floor(Date().timeIntervalSince1970 / 86400))
        return CalendarDate(dayNumber: days)
    }
}
