import DiploModel

/// Chooses the day relative dates are resolved against.
///
/// With a publication date, that date. Without one, diplo estimates it from the text and says so
/// (dates then get the `inferred` basis): a dateline ("16/08/2025 à 09:38"), else a weekday written with
/// its date ("ce vendredi 10 mars": the most recent year where 10 March is a Friday, not before the latest
/// year the text mentions), else the latest explicit full date of the text (captions included: a photo's
/// date is close to the article's). A day in the article's web address (`AddressDateReader`) comes after
/// a dateline and before any guess from the text: sites write their publication day there. When nothing dates the text, the reference is a window from the
/// latest month or year the text mentions to today (`DateReference.Kind.window`), or to the end of the page's
/// copyright year: what falls in it is dated as precisely as the window allows, and diplo never invents a day.
struct PublicationEstimator {
    let resolver: DateResolver
    /// For the offices people held, which tell apart the years a weekday and a date allow.
    var knowledge: Knowledge? = nil
    /// Month names as web addresses write them (`/2023/apr/07/`), from the language packs.
    var addressMonths: [String: Int] = [:]
    /// The year of an event the text announces as planned, when there is one: the article was written
    /// no later than that year.
    var latestYear: Int? = nil
    /// The year of the page's copyright line ("© 2022 Reuters"), when it has one: wire copy carries the year
    /// it was filed, so among the days a dateline allows, the one in that year.
    var copyrightYear: Int? = nil

    func reference(published: CalendarDate?, url: String? = nil, sentences: [AnalyzedSentence]) -> DateReference? {
        if let published { return DateReference(day: published, kind: .publication) }
        var latestFull: CalendarDate?
        var maxYear: Int?
        var latestPartial: CalendarDate?
        for s in sentences {
            for d in s.dates {
                // "les élections prévues le 24 décembre 2021": the day of something planned is no sign of when
                // the article was written.
                if s.cues.contains(where: { $0.classes.contains("future") && $0.end <= d.start && d.start - $0.end <= 2 }) { continue }
                // The year of a planned event is no sign of when the article was written.
                if let latestYear {
                    switch d.expression {
                    case .year(let y), .monthYear(let y, _), .season(let y, _): if y >= latestYear { continue }
                    default: break
                    }
                }
                switch d.expression {
                case .full(let c):
                    if s.blockKind == .dateline, c <= resolver.today { return DateReference(day: c, kind: .publication) }
                    if c <= resolver.today { latestFull = max(latestFull ?? c, c) }
                    maxYear = max(maxYear ?? c.year, c.year)
                case .monthYear(let y, let m):
                    if y <= resolver.today.year { maxYear = max(maxYear ?? y, y) }
                    if let first = CalendarDate(year: y, month: m, day: 1), first <= resolver.today { latestPartial = max(latestPartial ?? first, first) }
                case .season(let y, let m):
                    if y <= resolver.today.year { maxYear = max(maxYear ?? y, y) }
                    if let first = CalendarDate(year: y, month: m, day: 1), first <= resolver.today { latestPartial = max(latestPartial ?? first, first) }
                case .year(let y):
                    if y <= resolver.today.year { maxYear = max(maxYear ?? y, y) }
                    if let first = CalendarDate(year: y, month: 1, day: 1), first <= resolver.today { latestPartial = max(latestPartial ?? first, first) }
                default: break
                }
            }
        }
        if let url, let day = AddressDateReader.day(in: url, notAfter: resolver.today, monthNames: addressMonths) {
            return DateReference(day: day, kind: .inferredPublication)
        }
        let lowerYear = (maxYear ?? (resolver.today.year - 30)) - 1
        let people = namedOfficeHolders(sentences)
        // A dateline without its year ("WASHINGTON, Sept 4 (Reuters) -"): the one year, from the latest the
        // text mentions, when more of the people it names held office than in any other. (When it names nobody
        // in office, every year of that window is still in the running: the lead's weekday may single one out.)
        if let dateline = datelineDate(sentences), case .dayMonth(let day, let month, nil) = dateline.expression {
            let scored = (lowerYear...max(lowerYear, min(latestYear ?? resolver.today.year, resolver.today.year)))
                .compactMap { CalendarDate(year: $0, month: month, day: day) }
                .filter { $0 <= resolver.today }
                .map { ($0, inOffice(people, on: $0)) }
            if let best = scored.map(\.1).max() {
                let tied = scored.filter { $0.1 == best }.map(\.0)
                if tied.count == 1 { return DateReference(day: tied[0], kind: .inferredPublication) }
                // "TOKYO, March 16 -- … agreed on Thursday": a wire dated the day it reports; the one year
                // where the dateline's day is the lead's weekday.
                var remaining = tied
                if let weekday = leadWeekday(sentences) {
                    let matching = tied.filter { $0.weekday == weekday }
                    if matching.count == 1 { return DateReference(day: matching[0], kind: .inferredPublication) }
                    if !matching.isEmpty { remaining = matching }
                    // "MOSCOW, July 15 -- Kerry arrived in Moscow on Thursday": else a wire filed the day after the one
                    // it reports.
                    let dayAfter = tied.filter { $0.adding(days: -1).weekday == weekday }
                    if matching.isEmpty, dayAfter.count == 1 { return DateReference(day: dayAfter[0], kind: .inferredPublication) }
                }
                if let year = copyrightYear, let day = remaining.first(where: { $0.year == year }) {
                    return DateReference(day: day, kind: .inferredPublication)
                }
                // Else the article was written on one of those days: no earlier than the first.
                if let first = tied.min(), latestPartial.map({ $0 < first }) ?? true { latestPartial = first }
            }
        }
        // A weekday written with day and month pins the year ("vendredi 10 mars": 2017 or 2023): among
        // the years from the latest one the text mentions, the one when most of the people it names held
        // office (Obama and Raúl Castro on "lundi 21 mars": 2016, not 2022), else the most recent.
        for s in sentences where s.blockKind != .readAlso {
            for d in s.dates {
                guard case .dayMonth(let day, let month, .some(let weekday)) = d.expression else { continue }
                let candidates = (lowerYear...max(lowerYear, min(latestYear ?? resolver.today.year, resolver.today.year)))
                    .compactMap { CalendarDate(year: $0, month: month, day: day) }
                    .filter { $0.weekday == weekday && $0 <= resolver.today }
                let pinned = candidates.max { a, b in
                    let sa = inOffice(people, on: a), sb = inOffice(people, on: b)
                    return sa != sb ? sa < sb : a < b
                }
                if let pinned {
                    if let full = latestFull, full > pinned { return DateReference(day: full, kind: .estimate) }
                    return DateReference(day: pinned, kind: .estimate)
                }
            }
        }
        if let latestFull { return DateReference(day: latestFull, kind: .estimate) }
        // The window the text allows: after the latest month or year it mentions.
        var window = DateReference(day: latestPartial ?? CalendarDate(year: resolver.today.year - 30, month: 1, day: 1)!, kind: .window)
        // "© 2024 The Astana Times": the page was written no later than its copyright year, and in that year unless
        // the latest year the text speaks of is older than the year before (a footer that shows the year a page
        // was scraped): wire copy carries the year it was filed.
        if let year = copyrightYear, let first = CalendarDate(year: year, month: 1, day: 1),
           let last = CalendarDate(year: year, month: 12, day: 31), window.day <= last {
            window.until = last
            if (maxYear ?? year) >= year - 1 { window.day = max(window.day, first) }
        }
        return window
    }

    /// The weekday the dateline's sentence dates its event by ("agreed on Thursday"), when it names one.
    private func leadWeekday(_ sentences: [AnalyzedSentence]) -> Int? {
        let body = Array(sentences.lazy.filter({ $0.blockKind == .body }).prefix(4))
        for (i, lead) in body.prefix(3).enumerated() {
            let end = MentionFinder.datelineEnd(lead)
            guard end > 0 else { continue }
            // "MINSK, November 23. /TASS/." may stand as a sentence of its own: the lead is then the next one.
            let reading = end >= lead.tokens.count - 1 && i + 1 < body.count ? body[i + 1] : lead
            for d in reading.dates { if case .weekday(let w, _) = d.expression { return w } }
        }
        return nil
    }

    /// The date of the article's dateline: a dateline line, or the lead's "GENEVA, Jan 21 (Reuters) -".
    private func datelineDate(_ sentences: [AnalyzedSentence]) -> DateMention? {
        if let d = sentences.first(where: { $0.blockKind == .dateline })?.dates.first { return d }
        // A scraped page may put a menu or a headline line before the lead: look at the first few.
        for lead in sentences.lazy.filter({ $0.blockKind == .body }).prefix(3) {
            let end = MentionFinder.datelineEnd(lead)
            if end > 0, let d = lead.dates.first(where: { $0.end <= end }) { return d }
        }
        return nil
    }

    /// The people the text names who held an office in the knowledge base at some time.
    private func namedOfficeHolders(_ sentences: [AnalyzedSentence]) -> [String] {
        guard let knowledge else { return [] }
        var ids: [String] = []
        for s in sentences where s.blockKind != .readAlso {
            for a in s.actors {
                if case .named(let r) = a.reference, r.kind == .person, !ids.contains(r.id), !knowledge.allOffices(of: r.id).isEmpty {
                    ids.append(r.id)
                }
            }
        }
        return ids
    }

    /// How many of `people` held an office on `day`.
    private func inOffice(_ people: [String], on day: CalendarDate) -> Int {
        guard let knowledge else { return 0 }
        return people.reduce(0) { $0 + (knowledge.offices(of: $1, on: day).isEmpty ? 0 : 1) }
    }
}
