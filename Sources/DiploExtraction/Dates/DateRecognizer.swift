import DiploModel

/// Finds date expressions in the tokens of a sentence with a language's calendar words.
///
/// Hand-written scanning over folded tokens: weekday words, day-month(-year) in both orders, month-year,
/// bare years after a preposition, numeric dd/mm/yyyy, and the relative phrases of the language pack.
public struct DateRecognizer: Sendable {
    let pack: LanguagePack
    /// Month words that are also common words ("may", "march", "sept"): only dates next to a number.
    var ambiguousMonths: WordSet { pack.words.ambiguousMonths }
    var yearPrepositions: WordSet { pack.words.yearPrepositions }
    var monthPrepositions: WordSet { pack.words.monthPrepositions }
    var durationWords: WordSet { pack.words.durations }

    public init(pack: LanguagePack) { self.pack = pack }

    public func recognize(_ t: [Token]) -> [DateMention] {
        var out: [DateMention] = []
        var i = 0
        func isDuration(_ at: Int) -> Bool {
            var k = at - 1
            var steps = 0
            // "depuis 2016", and "since Biden took office in January": the date of a since-clause starts a span.
            while k >= 0, steps < 6 {
                if durationWords.contains(t[k]) { return true }
                if t[k].kind == .punctuation { return false }
                k -= 1; steps += 1
            }
            return false
        }
        // Each token read as a day and as a month once: the scan below asks several times per token.
        let days: [Int?] = t.indices.map { k in
            if let v = t[k].intValue, (1...31).contains(v), t[k].original.utf8.count <= 2 {
                // "11h00", "09:38": a time, not a day ("PARIS, July 14: Prime Minister…" is a day: no minutes follow).
                if k + 1 < t.count, t[k + 1].folded == "h" { return nil }
                if k + 2 < t.count, t[k + 1].folded == ":", t[k + 2].kind == .number, t[k + 2].start == t[k + 1].end { return nil }
                return v
            }
            return pack.ordinalDays[t[k]]
        }
        let months: [Int?] = t.map { $0.kind == .word ? pack.months[$0] : nil }
        func day(_ k: Int) -> Int? { k < t.count ? days[k] : nil }
        func year(_ k: Int) -> Int? {
            guard k < t.count, let v = t[k].intValue, t[k].original.utf8.count == 4, (1900...2100).contains(v) else { return nil }
            return v
        }
        func month(_ k: Int) -> Int? { k < t.count ? months[k] : nil }
        func skipDot(_ k: Int) -> Int { (k < t.count && t[k].folded == ".") ? k + 1 : k }
        func skipComma(_ k: Int) -> Int { (k < t.count && t[k].folded == ",") ? k + 1 : k }

        while i < t.count {
            let start = i
            // Relative phrases first (they may contain weekday-looking words).
            if let m = pack.eventRelativeDays.longestMatch(in: t, at: i) {
                var attaches = false
                if m.end < t.count, pack.words.genitives.contains(t[m.end]) { attaches = true }
                // "a day after holding talks", "two days after the summit" — not "the day before, …".
                if m.end < t.count, t[m.end].kind != .punctuation, pack.words.anchorPrepositions.contains(t[m.end - 1]) { attaches = true }
                out.append(DateMention(expression: .eventRelative(m.values[0]), start: i, end: m.end, isDuration: false, attachesToFollowing: attaches))
                i = m.end; continue
            }
            if let m = pack.relativeYears.longestMatch(in: t, at: i) {
                out.append(DateMention(expression: .relativeYear(m.values[0]), start: i, end: m.end, isDuration: isDuration(i), attachesToFollowing: false))
                i = m.end; continue
            }
            if let m = pack.relativeWeeks.longestMatch(in: t, at: i) {
                out.append(DateMention(expression: .relativeWeeks(m.values[0]), start: i, end: m.end, isDuration: isDuration(i), attachesToFollowing: false))
                i = m.end; continue
            }
            if let m = pack.relativeDays.longestMatch(in: t, at: i) {
                // "dans la nuit de jeudi": a part of the day a weekday names is that day, not today; a night from
                // one day to the next ("dans la nuit de jeudi à vendredi") is told by what was done in its small
                // hours, on the second day.
                if m.values[0] == 0, pack.words.genitives.contains(t[m.end - 1]), m.end < t.count, t[m.end].kind == .word,
                   let first = pack.weekdays[t[m.end]] {
                    var weekday = first, end = m.end + 1
                    if end + 1 < t.count, t[end].kind == .word, t[end + 1].kind == .word, let next = pack.weekdays[t[end + 1]], next == first % 7 + 1 {
                        weekday = next; end += 2
                    }
                    out.append(DateMention(expression: .weekday(weekday, direction: 0), start: i, end: end, isDuration: false, attachesToFollowing: false))
                    i = end; continue
                }
                out.append(DateMention(expression: .relativeDays(m.values[0]), start: i, end: m.end, isDuration: isDuration(i), attachesToFollowing: false))
                i = m.end; continue
            }
            // Weekday, optionally followed by a date: "vendredi 10 mars", "Tuesday May 29, 2018", "Wednesday, Sept. 22, 2021".
            if t[i].kind == .word, let wd = pack.weekdays[t[i]] {
                var k = skipComma(i + 1)
                var direction = 0
                if i > 0, let d = pack.directionModifiers[t[i - 1]], d != 0 { direction = d }
                if k < t.count, let d = pack.directionModifiers[t[k]], d != 0 {
                    direction = d; k += 1
                    out.append(DateMention(expression: .weekday(wd, direction: direction), start: start, end: k, isDuration: false, attachesToFollowing: false))
                    i = k; continue
                }
                if let (expr, end) = dayMonthYear(at: k, day: day, month: month, year: year, skipDot: skipDot, skipComma: skipComma) {
                    var e = expr
                    if case .dayMonth(let d, let mo, _) = expr { e = .dayMonth(day: d, month: mo, weekday: wd) }
                    out.append(DateMention(expression: e, start: start, end: end, isDuration: isDuration(start), attachesToFollowing: false))
                    i = end; continue
                }
                out.append(DateMention(expression: .weekday(wd, direction: direction), start: start, end: i + 1, isDuration: isDuration(start), attachesToFollowing: false))
                i += 1; continue
            }
            // Numeric dd.mm.yyyy (bylines: "|28.12.2015"); with dots only in full, since "12.5" is a number.
            if let d = day(i), i + 4 < t.count, t[i + 1].folded == ".", t[i + 3].folded == ".",
               t[i + 1].start == t[i].end, t[i + 2].start == t[i + 1].end, t[i + 3].start == t[i + 2].end, t[i + 4].start == t[i + 3].end,
               let mo = t[i + 2].intValue, (1...12).contains(mo), let y = year(i + 4), let date = CalendarDate(year: y, month: mo, day: d) {
                out.append(DateMention(expression: .full(date), start: i, end: i + 5, isDuration: isDuration(i), attachesToFollowing: false))
                i += 5; continue
            }
            // Numeric dd/mm/yyyy or dd/mm.
            if let d = day(i), i + 2 < t.count, t[i + 1].folded == "/", let mo = t[i + 2].intValue, (1...12).contains(mo) {
                if i + 4 < t.count, t[i + 3].folded == "/", let y = year(i + 4), let date = CalendarDate(year: y, month: mo, day: d) {
                    out.append(DateMention(expression: .full(date), start: i, end: i + 5, isDuration: isDuration(i), attachesToFollowing: false))
                    i += 5; continue
                }
                out.append(DateMention(expression: .dayMonth(day: d, month: mo, weekday: nil), start: i, end: i + 3, isDuration: isDuration(i), attachesToFollowing: false))
                i += 3; continue
            }
            if let (expr, end) = dayMonthYear(at: i, day: day, month: month, year: year, skipDot: skipDot, skipComma: skipComma) {
                out.append(DateMention(expression: expr, start: i, end: end, isDuration: isDuration(i), attachesToFollowing: false))
                i = end; continue
            }
            // "les 9 et 10 octobre", "May 3 and 4": the first day of a range.
            if let d1 = day(i), i + 3 < t.count, pack.words.rangeConnectors.contains(t[i + 1]), day(i + 2) != nil,
               let mo = month(i + 3) {
                var end = skipDot(i + 4)
                var expr = DateExpression.dayMonth(day: d1, month: mo, weekday: nil)
                if let y = year(end), let date = CalendarDate(year: y, month: mo, day: d1) { expr = .full(date); end += 1 }
                out.append(DateMention(expression: expr, start: i, end: end, isDuration: isDuration(i), attachesToFollowing: false))
                i = end; continue
            }
            // Month + year ("octobre 2019", "fin janvier 2025"), month alone after a preposition ("en octobre").
            if let mo = month(i) {
                let next = skipDot(i + 1)
                if let y = year(next) {
                    out.append(DateMention(expression: .monthYear(year: y, month: mo), start: i, end: next + 1, isDuration: isDuration(i), attachesToFollowing: false))
                    i = next + 1; continue
                }
                let word = t[i].folded
                if !ambiguousMonths.contains(word) || (i > 0 && pack.words.ambiguousMonthPrepositions.contains(t[i - 1])),
                   i > 0, monthPrepositions.contains(t[i - 1]) || pack.monthParts[t[i - 1]] != nil {
                    // "en septembre l'an dernier", "in September last year".
                    var k = next
                    if k < t.count, t[k].folded == "," { k += 1 }
                    if let y = pack.relativeYears.longestMatch(in: t, at: k) {
                        out.append(DateMention(expression: .monthOfRelativeYear(month: mo, offset: y.values[0]), start: i, end: y.end, isDuration: isDuration(i), attachesToFollowing: false))
                        i = y.end; continue
                    }
                    out.append(DateMention(expression: .month(mo), start: i, end: next, isDuration: isDuration(i), attachesToFollowing: false))
                    i = next; continue
                }
            }
            // A season and its year: "automne 2022", "à l'automne de 2022", "in the spring of 2019".
            if t[i].kind == .word, let first = pack.seasons[t[i].folded] {
                var k = i + 1
                if k < t.count, pack.words.genitives.contains(t[k]) { k += 1 }
                if let y = year(k) {
                    out.append(DateMention(expression: .season(year: y, firstMonth: first), start: i, end: k + 1, isDuration: isDuration(i), attachesToFollowing: false))
                    i = k + 1; continue
                }
                // …or a word placing it from the publication day: "l'été dernier", "last summer", "cet automne".
                if i + 1 < t.count, let d = pack.directionModifiers[t[i + 1]] {
                    out.append(DateMention(expression: .relativeSeason(firstMonth: first, direction: d), start: i, end: i + 2, isDuration: isDuration(i), attachesToFollowing: false))
                    i += 2; continue
                }
                if i > 0, let d = pack.directionModifiers[t[i - 1]] {
                    out.append(DateMention(expression: .relativeSeason(firstMonth: first, direction: d), start: i - 1, end: i + 1, isDuration: isDuration(i - 1), attachesToFollowing: false))
                    i += 1; continue
                }
            }
            // A bare year after a preposition: "en 2018", "de 2018", "in 2016".
            if let y = year(i), i > 0, yearPrepositions.contains(t[i - 1]) {
                out.append(DateMention(expression: .year(y), start: i, end: i + 1, isDuration: isDuration(i), attachesToFollowing: false))
                i += 1; continue
            }
            i += 1
        }
        // Post-pass: "le 10 décembre prochain" is ahead; "depuis 1994, date à laquelle …" dates what follows.
        for k in out.indices {
            let e = out[k].end
            if e < t.count, let d = pack.directionModifiers[t[e]], d == 1 { out[k].isFuture = true }
            if case .weekday(_, 1) = out[k].expression { out[k].isFuture = true }
            if case .relativeSeason(_, 1) = out[k].expression { out[k].isFuture = true }
            let b = out[k].start
            // "by July 15", "d'ici au 15 juillet": a deadline. Only an article or a preposition may stand
            // between ("d'ici au", "d'ici le"): "spoke by phone Saturday" is no deadline.
            let linked = b > 1 && (pack.words.articles.contains(t[b - 1]) || pack.words.locatives.contains(t[b - 1]))
            if (b > 0 && pack.words.deadlines.contains(t[b - 1])) || (linked && pack.words.deadlines.contains(t[b - 2])) {
                out[k].isFuture = true
            }
            if out[k].isDuration, e + 2 < t.count, t[e].folded == ",", pack.words.clauseReferences.contains(t[e + 1]) {
                out[k].isDuration = false
            }
        }
        return out
    }

    /// "19 janvier [2020]", "Sept. 22[, 2021]", "22 July 2022", "le 1er mars".
    private func dayMonthYear(at k: Int, day: (Int) -> Int?, month: (Int) -> Int?, year: (Int) -> Int?,
                              skipDot: (Int) -> Int, skipComma: (Int) -> Int) -> (DateExpression, Int)? {
        if let d = day(k), let mo = month(k + 1) {
            var end = skipDot(k + 2)
            if let y = year(end), let date = CalendarDate(year: y, month: mo, day: d) { return (.full(date), end + 1) }
            if let y = year(skipComma(end)), let date = CalendarDate(year: y, month: mo, day: d) { end = skipComma(end); return (.full(date), end + 1) }
            guard CalendarDate(year: 2000, month: mo, day: d) != nil else { return nil }  // 2000 is a leap year: 29 Feb passes
            return (.dayMonth(day: d, month: mo, weekday: nil), end)
        }
        if let mo = month(k) {
            let afterMonth = skipDot(k + 1)
            if let d = day(afterMonth), !(afterMonth + 1 < k && false) {
                var end = afterMonth + 1
                if end < k + 10, end < Int.max, let y = year(skipComma(end)), let date = CalendarDate(year: y, month: mo, day: d) {
                    end = skipComma(end) + 1
                    return (.full(date), end)
                }
                guard CalendarDate(year: 2000, month: mo, day: d) != nil else { return nil }
                return (.dayMonth(day: d, month: mo, weekday: nil), end)
            }
        }
        return nil
    }
}
