import DiploModel
import Foundation

/// Generates the synthetic corpus: realistic ~3 KB news articles in French and English, the way
/// scrapers deliver them (site chrome, datelines, bylines, photo credits, "read also" links, a lead
/// repeated at the bottom), reporting calls, meetings, summits, statements and agreements between
/// people, institutions and states of the knowledge base, with weekday, relative, explicit and
/// partial (month, year) dates.
///
/// Article `i` depends only on the seed and `i`, so corpora of different sizes share their first
/// articles and any article can be regenerated alone (nothing holds the whole corpus).
struct ArticleGenerator {
    typealias Language = CorpusVocabulary.Language

    /// Someone taking part in an event.
    enum Who: Hashable {
        case person(Int), institution(Int), state(Int)
    }

    /// What one sentence is about.
    struct Scene {
        var type: EventType
        var who: [Who]
        var place: Int
        var place2: Int
        /// The day the event happened; the date expression may give only its month or year.
        var date: CalendarDate
        /// The article's publication day (relative expressions count from it).
        var published: CalendarDate
    }

    /// One generated article file.
    struct Article {
        var fileName: String
        var content: String
        /// Sentences of prose (headline, body, captions), boilerplate lines excluded.
        var sentences: Int
        var language: String
    }

    let vocabulary: CorpusVocabulary
    let seed: UInt64
    /// Popularity of people and places: a few very frequent, a long tail of rare ones.
    let personPicker: WeightedPicker
    let placePicker: WeightedPicker
    /// Person indexes in popularity order (rank 0 is the most reported).
    let personByRank: [Int]
    let placeByRank: [Int]
    /// People each person deals with most (half of their events involve one of them).
    let partners: [[Int]]

    /// The first and last publication years of the corpus.
    static let years = 2001...2025
    static let eventTypes: [(EventType, Double)] = [(.statement, 0.30), (.meeting, 0.25), (.call, 0.20), (.agreement, 0.13), (.summit, 0.12)]

    init(vocabulary: CorpusVocabulary, seed: UInt64) {
        self.vocabulary = vocabulary
        self.seed = seed
        var r = SeededRandom(seed: seed ^ 0x5EED)
        var persons = Array(vocabulary.persons.indices)
        r.shuffle(&persons)
        personByRank = persons
        var places = Array(vocabulary.places.indices)
        r.shuffle(&places)
        placeByRank = places
        personPicker = .zipf(count: persons.count, exponent: 1, offset: 30)
        placePicker = .zipf(count: places.count, exponent: 1, offset: 20)
        partners = vocabulary.persons.indices.map { _ in (0..<5).map { _ in persons[WeightedPicker.zipf(count: persons.count).pick(&r)] } }
    }

    // MARK: Picking

    func person(_ r: inout SeededRandom) -> Int { personByRank[personPicker.pick(&r)] }
    func place(_ r: inout SeededRandom) -> Int { placeByRank[placePicker.pick(&r)] }

    func eventType(_ r: inout SeededRandom) -> EventType {
        var x = r.unit()
        for (t, p) in Self.eventTypes { if x < p { return t }; x -= p }
        return .statement
    }

    /// The participants of an event of `type`, often including `lead` and partners of the first.
    func participants(_ type: EventType, lead: Who?, _ r: inout SeededRandom) -> [Who] {
        let count: Int
        switch type {
        case .statement: count = 1
        case .summit: count = r.int(3, 4)
        default: count = 2
        }
        var out: [Who] = []
        if let lead { out.append(lead) }
        while out.count < count {
            let x = r.unit()
            let candidate: Who
            if x < 0.08 { candidate = .institution(r.int(vocabulary.institutions.count)) }
            else if x < 0.15 { candidate = .state(r.int(vocabulary.states.count)) }
            else if case .person(let p)? = out.first, r.chance(0.5) { candidate = .person(r.pick(partners[p])) }
            else { candidate = .person(person(&r)) }
            if !out.contains(candidate) { out.append(candidate) }
        }
        return out
    }

    func scene(_ type: EventType, lead: Who? = nil, published: CalendarDate, _ r: inout SeededRandom) -> Scene {
        // Most events are recent news; some are background from months or years before.
        let back = r.chance(0.7) ? r.int(0, 6) : (r.chance(0.6) ? r.int(7, 90) : r.int(91, 2000))
        return Scene(type: type, who: participants(type, lead: lead, &r), place: place(&r), place2: place(&r),
                     date: published.adding(days: -back), published: published)
    }

    // MARK: Articles

    func article(_ index: Int) -> Article {
        var r = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let langCode = r.chance(0.55) ? "fr" : "en"
        let lang = vocabulary.languages[langCode]!
        let published = CalendarDate(year: r.int(Self.years.lowerBound, Self.years.upperBound), month: r.int(1, 12), day: r.int(1, 28))!
        let main = scene(eventType(&r), published: published, &r)
        let title = render(r.pick(lang.templates("title-\(main.type.rawValue)").isEmpty ? lang.templates("title-call") : lang.templates("title-\(main.type.rawValue)")),
                           main, lang, &r, short: true)
        var sentences = 1
        let target = r.int(2600, 3400)

        var paragraphs: [[String]] = []
        let lead = sentence(main, lang, &r)
        paragraphs.append([lead])
        sentences += 1
        var size = lead.utf8.count
        while size < target - 400 {
            var paragraph: [String] = []
            for _ in 0..<r.int(1, 3) {
                let x = r.unit()
                let s: String
                if x < 0.10 {
                    // Another event, often involving someone of the main one.
                    let leadWho: Who? = r.chance(0.5) ? main.who.first : nil
                    s = sentence(scene(eventType(&r), lead: leadWho, published: published, &r), lang, &r)
                } else if x < 0.18 {
                    s = sentence(scene(.statement, lead: r.pick(main.who), published: published, &r), lang, &r)
                } else {
                    s = render(r.pick(lang.templates("filler")), main, lang, &r)
                }
                paragraph.append(s)
                size += s.utf8.count + 1
            }
            sentences += paragraph.count
            paragraphs.append(paragraph)
        }

        // Scraped chrome around the story.
        let chrome = lang.cleaning
        var top: [String] = (0..<r.int(1, 3)).map { _ in r.pick(chrome["boilerplate"] ?? ["Menu"]) }
        if r.chance(0.6), let dl = chrome["dateline"] {
            top.append(r.pick(dl) + " " + render(r.pick(lang.templates("dateline")), main, lang, &r, raw: true, date: published))
        }
        if r.chance(0.4), let by = chrome["byline"] { top.append(r.pick(by) + " " + journalist(&r)) }
        var caption: String?
        if r.chance(0.5), let credits = chrome["credit"], !lang.templates("caption").isEmpty {
            caption = render(r.pick(lang.templates("caption")), main, lang, &r) + " " + journalist(&r).uppercased() + " / " + r.pick(credits)
            sentences += 1
        }
        var readAlso: String?
        if r.chance(0.4), let ra = chrome["read-also"] {
            let other = scene(eventType(&r), published: published, &r)
            readAlso = r.pick(ra) + " : " + render(r.pick(lang.templates("title-\(other.type.rawValue)")), other, lang, &r, short: true)
        }
        let bottom: [String] = (0..<r.int(2, 4)).map { _ in r.pick(chrome["boilerplate"] ?? ["Menu"]) }
        let repeatedLead = r.chance(0.25) ? lead + String((paragraphs.count > 1 ? paragraphs[1][0] : "").prefix(90)) + "..." : nil

        let labelled = r.chance(0.7)
        let dated = r.chance(0.85)
        let html = r.chance(0.2)
        let name = String(format: "bench-%07d", index)
        var out = ""
        out.reserveCapacity(target + 600)
        if html {
            out += "<!DOCTYPE html>\n<html lang=\"\(langCode)\"><head><meta charset=\"utf-8\"><title>\(escape(title))</title>\n"
            if dated { out += "<meta property=\"article:published_time\" content=\"\(published.iso)T\(String(format: "%02d:%02d", r.int(6, 22), r.int(0, 59))):00Z\">\n" }
            out += "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script></head>\n<body>\n<nav><ul>"
            for t in top { out += "<li>\(escape(t))</li>" }
            out += "</ul></nav>\n<article>\n<h1>\(escape(title))</h1>\n"
            if let caption { out += "<figure><img src=\"/img/\(index).jpg\"><figcaption>\(escape(caption))</figcaption></figure>\n" }
            for (i, p) in paragraphs.enumerated() {
                out += "<p>" + escape(p.joined(separator: " ")) + "</p>\n"
                if i == 1, let readAlso { out += "<aside><a href=\"/a/\(index + 1)\">\(escape(readAlso))</a></aside>\n" }
            }
            out += "</article>\n<footer><ul>"
            for b in bottom { out += "<li>\(escape(b))</li>" }
            out += "</ul></footer>\n</body></html>\n"
            return Article(fileName: name + ".html", content: out, sentences: sentences, language: langCode)
        }
        out += "---\ntitle: \(title.replacingOccurrences(of: "\n", with: " "))\n"
        if dated { out += "published: \(published.iso)\n" }
        if labelled { out += "language: \(langCode)\n" }
        if r.chance(0.5) { out += "url: https://news.example.org/\(langCode)/\(published.year)/\(index)\n" }
        out += "---\n"
        out += top.joined(separator: "\n") + "\n\n" + title + "\n\n"
        if let caption { out += caption + "\n\n" }
        for (i, p) in paragraphs.enumerated() {
            out += p.joined(separator: " ") + "\n\n"
            if i == 1, let readAlso { out += readAlso + "\n\n" }
        }
        out += bottom.joined(separator: "\n") + "\n"
        if let repeatedLead { out += "\n" + repeatedLead + "\n" }
        return Article(fileName: name + ".txt", content: out, sentences: sentences, language: langCode)
    }

    /// One sentence reporting the scene's event.
    func sentence(_ scene: Scene, _ lang: Language, _ r: inout SeededRandom) -> String {
        render(r.pick(lang.templates(scene.type.rawValue)), scene, lang, &r)
    }

    // MARK: Rendering

    /// Fills a template's slots. `short` writes bare names (headlines); `raw` skips capitalisation
    /// and the final touches (date fragments).
    func render(_ pieces: [CorpusVocabulary.Piece], _ scene: Scene, _ lang: Language, _ r: inout SeededRandom,
                short: Bool = false, raw: Bool = false, date: CalendarDate? = nil) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += t
            case let .slot(name, argument, prefixes):
                if name.hasSuffix("^") {
                    let value = fill(String(name.dropLast()), argument: argument, prefixes: prefixes, scene, lang, &r, short: short, date: date)
                    out += value.prefix(1).uppercased() + value.dropFirst()
                } else {
                    out += fill(name, argument: argument, prefixes: prefixes, scene, lang, &r, short: short, date: date)
                }
            }
        }
        if raw { return out }
        return Self.tidy(out)
    }

    /// Collapses the doubled spaces and commas that empty or comma-ended slots leave, and
    /// capitalises the first letter (a scan over bytes: Foundation's string search is slow on Linux).
    static func tidy(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if let last = bytes.last {
                if b == 0x20 && last == 0x20 { continue }                               // "  " → " "
                if b == 0x2C && last == 0x2C { continue }                               // ",," → ","
                if b == 0x2C && last == 0x20 { bytes.removeLast() }                     // " ," → ","
                if b == 0x2E && last == 0x2C { bytes.removeLast() }                     // ",." → "."
                if b == 0x2E && last == 0x20 && bytes.count >= 2 && bytes[bytes.count - 2] == 0x2C {
                    bytes.removeLast(2)                                                  // ", ." → "."
                }
            }
            bytes.append(b)
        }
        if let first = bytes.first, first >= 0x61 && first <= 0x7A { bytes[0] = first - 32 }
        let out = String(decoding: bytes, as: UTF8.self)
        guard let first = out.unicodeScalars.first, !first.isASCII else { return out }
        return String(out.prefix(1)).uppercased() + out.dropFirst()
    }

    private func fill(_ name: String, argument: String?, prefixes: [String], _ scene: Scene, _ lang: Language,
                      _ r: inout SeededRandom, short: Bool, date explicitDate: CalendarDate?) -> String {
        let date = explicitDate ?? scene.date
        switch name {
        case "A", "B", "C":
            let i = name == "A" ? 0 : (name == "B" ? 1 : 2)
            let who = i < scene.who.count ? scene.who[i] : .person(person(&r))
            return mention(who, lang, &r, short: short)
        case "NA", "NB":
            let i = name == "NA" ? 0 : 1
            let who = i < scene.who.count ? scene.who[i] : .person(person(&r))
            return plainName(who, &r)
        case "I":
            let code = scene.who.first.flatMap(country(of:)) ?? ""
            let list = vocabulary.institutionsByCountry[code] ?? []
            let i = list.isEmpty ? r.int(vocabulary.institutions.count) : r.pick(list)
            return r.pick(vocabulary.institutions[i].names)
        case "K", "K2":
            let i = name == "K" ? 0 : 1
            let code = i < scene.who.count ? country(of: scene.who[i]) : nil
            let c = code.flatMap { vocabulary.countriesByCode[$0] } ?? r.pick(vocabulary.countries)
            return r.pick(c.names)
        case "P": return r.pick(vocabulary.places[scene.place].names)
        case "P2": return r.pick(vocabulary.places[scene.place2].names)
        case "D": return dateExpression(scene.date, published: scene.published, lang, &r)
        case "Q": return render(r.pick(lang.templates("clause")), scene, lang, &r, raw: true)
        case "N": return String(r.int(2, 90))
        case "Y": return String(explicitDate != nil ? date.year : date.year - r.int(0, 12))
        case "J": return journalist(&r)
        case "QTYPE": return r.pick(lang.queryTypes[scene.type] ?? lang.queryTypes[.meeting] ?? ["meeting"])
        case "T":
            let all = lang.phrases[argument ?? ""] ?? []
            let fitting = prefixes.isEmpty ? all : all.filter { p in prefixes.contains { p.hasPrefix($0) } }
            return fitting.isEmpty ? (all.first ?? "") : r.pick(fitting)
        // Date fragments (date-* and dateline templates).
        case "d": return String(date.day)
        case "MM": return String(format: "%02d", date.month)
        case "MONTH": return lang.months[date.month - 1]
        case "WD": return lang.weekdays[date.weekday - 1]
        case "PART": return r.pick(lang.monthParts)
        case "MOD": return r.pick(lang.pastModifiers.isEmpty ? [""] : lang.pastModifiers)
        case "hh": return String(format: "%02d", r.int(6, 22))
        case "mm": return String(format: "%02d", r.int(0, 59))
        default: return ""
        }
    }

    /// How an article writes a date, from weekdays ("mardi") to partial dates ("en mars 2019").
    func dateExpression(_ d: CalendarDate, published: CalendarDate, _ lang: Language, _ r: inout SeededRandom) -> String {
        let back = published.dayNumber - d.dayNumber
        let kind: String
        switch back {
        case 0...6:
            let x = r.unit()
            if back == 1 && x < 0.2, let rel = lang.relativeDays.first(where: { $0.days == -1 }) { return rel.phrase }
            kind = x < 0.6 ? "date-weekday" : (x < 0.75 ? "date-weekday-mod" : "date-day")
        case 7...90: kind = r.chance(0.6) ? "date-day" : (r.chance(0.5) ? "date-month" : "date-part")
        default:
            let x = r.unit()
            kind = x < 0.5 ? "date-day-year" : (x < 0.85 ? "date-month-year" : "date-year")
        }
        guard let template = lang.templates(kind).first else { return "" }
        let scene = Scene(type: .statement, who: [], place: 0, place2: 0, date: d, published: published)
        return render(template, scene, lang, &r, raw: true, date: d)
    }

    /// A person with a title ("le président russe Vladimir Poutine"), a name, an institution or a state.
    func mention(_ who: Who, _ lang: Language, _ r: inout SeededRandom, short: Bool) -> String {
        switch who {
        case .person(let i):
            let p = vocabulary.persons[i]
            if !short, r.chance(0.45), let role = p.roles.isEmpty ? nil : r.pick(p.roles), let titles = lang.titles[role], !titles.isEmpty,
               let code = p.ref.country, let c = vocabulary.countriesByCode[code] {
                let name = p.names[0]
                var out = ""
                for piece in r.pick(lang.templates("mention-title")) {
                    switch piece {
                    case .text(let t): out += t
                    case .slot("ROLE", _, _): out += r.pick(titles)
                    case .slot("ADJ", _, _): out += lang.code == "fr" ? c.adjectiveFR : c.adjectiveEN
                    case .slot("NAME", _, _): out += name
                    default: break
                    }
                }
                return out
            }
            return plainName(who, &r)
        case .institution, .state: return plainName(who, &r)
        }
    }

    func plainName(_ who: Who, _ r: inout SeededRandom) -> String {
        switch who {
        case .person(let i):
            let names = vocabulary.persons[i].names
            return r.chance(0.5) ? names[0] : r.pick(names)
        case .institution(let i): return r.pick(vocabulary.institutions[i].names)
        case .state(let i): return r.pick(vocabulary.states[i].names)
        }
    }

    func country(of who: Who) -> String? {
        switch who {
        case .person(let i): vocabulary.persons[i].ref.country
        case .institution(let i): vocabulary.institutions[i].ref.country
        case .state(let i): vocabulary.states[i].ref.country
        }
    }

    func actorRef(_ who: Who) -> ActorRef {
        switch who {
        case .person(let i): vocabulary.persons[i].ref
        case .institution(let i): vocabulary.institutions[i].ref
        case .state(let i): vocabulary.states[i].ref
        }
    }

    /// A made-up journalist's name from fixed syllables (not a knowledge-base name, which the
    /// extractor would take for a participant).
    func journalist(_ r: inout SeededRandom) -> String {
        let syllables = ["ma", "lo", "ri", "ve", "sa", "no", "ta", "li", "do", "re", "mi", "ka", "su", "ne", "ba", "to"]
        func word(_ n: Int) -> String {
            let w = (0..<n).map { _ in r.pick(syllables) }.joined()
            return w.prefix(1).uppercased() + w.dropFirst()
        }
        return word(r.int(2, 3)) + " " + word(r.int(2, 4))
    }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
