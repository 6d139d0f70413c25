import DiploModel

/// What relative dates are resolved against.
public struct DateReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The publication day: relative dates point to the past of it ("mardi" = the last Tuesday, today included).
        case publication
        /// An estimate of the publication day (latest explicit date of the text): relative dates take the
        /// nearest matching day on either side.
        case estimate
        /// A publication day read elsewhere than in a stated date: the day in the article's web address
        /// (`/2021/09/22/`), or a dateline's "Aug 12" with the year the text mentions last. Relative dates
        /// point to its past as with `.publication`, but what is resolved against it is `inferred`.
        case inferredPublication
        /// Nothing dates the text: it was written between `day` (the latest date it mentions, or thirty
        /// years back) and today. What it allows is resolved ("le 19 janvier" when only one 19 January
        /// fits); the rest is a `range` over the whole window, never an invented day.
        case window
    }
    public var day: CalendarDate
    public var kind: Kind
    /// For a `window`: the last day the text can have been written, when something earlier than today bounds it
    /// (a copyright line's year); nil for today.
    public var until: CalendarDate? = nil
    /// The last day a `window` allows: `until`, never later than `today`.
    public func lastDay(today: CalendarDate) -> CalendarDate { min(until ?? today, today) }
    /// Whether relative dates point to the past of `day` (a publication day) rather than around it.
    public var pointsToPast: Bool { kind == .publication || kind == .inferredPublication }
    /// Whether `day` was not stated as the publication day.
    public var isEstimated: Bool { kind != .publication }
}

/// Turns date expressions into `EventDate`s.
///
/// Past is preferred: news reports events that happened. A weekday counts the publication day itself
/// ("mardi" in an article of Tuesday is that Tuesday); "dernier"/"last" excludes it.
public struct DateResolver: Sendable {
    /// Today, the upper bound for articles without a publication date.
    public var today: CalendarDate

    public init(today: CalendarDate) { self.today = today }

    public func resolve(_ e: DateExpression, reference ref: DateReference?, yearHint: ClosedRange<Int>? = nil) -> EventDate? {
        let basis: DateBasis = ref?.isEstimated == true ? .inferred : .relativeToPublication
        switch e {
        case .full(let d):
            return .day(d, basis: .explicit)
        case .monthYear(let y, let m):
            return .month(year: y, month: m, basis: .explicit)
        case .year(let y):
            return .year(y, basis: .explicit)
        case .dayMonth(let d, let m, let wd):
            if let ref, ref.kind == .window {
                let last = windowEnd(ref)
                let days = (ref.day.year...max(ref.day.year, last.year)).compactMap { CalendarDate(year: $0, month: m, day: d) }
                    .filter { $0 >= ref.day && $0 <= last && (wd == nil || $0.weekday == wd) }
                return days.count == 1 ? .day(days[0], basis: .inferred) : window(ref)
            }
            if let ref {
                // "mardi 23 mars": the weekday written with the date tells the years apart.
                let all = [ref.day.year - 1, ref.day.year, ref.day.year + 1].compactMap { CalendarDate(year: $0, month: m, day: d) }
                let withWeekday = all.filter { wd == nil || $0.weekday == wd }
                let candidates = withWeekday.isEmpty ? all : withWeekday
                let pick: CalendarDate?
                if ref.pointsToPast {
                    pick = candidates.filter { $0 <= ref.day.adding(days: 1) }.max()
                } else {
                    pick = candidates.min(by: { abs($0.dayNumber - ref.day.dayNumber) < abs($1.dayNumber - ref.day.dayNumber) })
                }
                return pick.map { .day($0, basis: basis) }
            }
            // No reference: a weekday written with the date pins the year (the most recent such year).
            guard let wd else { return nil }
            let lower = yearHint?.lowerBound ?? (today.year - 30)
            var y = today.year
            while y >= lower {
                if let c = CalendarDate(year: y, month: m, day: d), c <= today, c.weekday == wd {
                    return .day(c, basis: .inferred)
                }
                y -= 1
            }
            return nil
        case .month(let m):
            guard let ref else { return nil }
            if ref.kind == .window {
                let last = windowEnd(ref)
                let months = (ref.day.year...max(ref.day.year, last.year)).map { CalendarDate.monthBounds(year: $0, month: m) }
                    .filter { $0.1 >= ref.day && $0.0 <= last }
                return months.count == 1 ? .month(year: months[0].0.year, month: m, basis: .inferred) : window(ref)
            }
            let y = (ref.pointsToPast && m > ref.day.month) ? ref.day.year - 1 : ref.day.year
            return .month(year: y, month: m, basis: basis)
        case .weekday(let wd, let direction):
            guard let ref else { return nil }
            if ref.kind == .window { return window(ref) }
            let delta = (ref.day.weekday - wd + 7) % 7
            switch direction {
            case 1:  // prochain / next
                let ahead = (wd - ref.day.weekday + 7) % 7
                return .day(ref.day.adding(days: ahead == 0 ? 7 : ahead), basis: basis)
            case -1:  // dernier / last
                return .day(ref.day.adding(days: -(delta == 0 ? 7 : delta)), basis: basis)
            default:
                if !ref.pointsToPast {
                    let ahead = (wd - ref.day.weekday + 7) % 7
                    return .day(ref.day.adding(days: ahead <= delta ? ahead : -delta), basis: basis)
                }
                return .day(ref.day.adding(days: -delta), basis: basis)
            }
        case .relativeDays(let n):
            guard let ref else { return nil }
            if ref.kind == .window { return window(ref) }
            return .day(ref.day.adding(days: n), basis: basis)
        case .relativeWeeks(let n):
            guard let ref else { return nil }
            if ref.kind == .window { return n == 0 ? nil : window(ref) }
            let monday = ref.day.adding(days: -(ref.day.weekday - 1) + 7 * n)
            let sunday = monday.adding(days: 6)
            // "earlier this week", "en début de semaine": some day of the week so far, known as a range.
            if n == 0 { return ref.pointsToPast && monday < ref.day ? .range(earliest: monday, latest: ref.day, basis: basis) : nil }
            if monday.month == sunday.month {
                return EventDate(value: CalendarDate(year: monday.year, month: monday.month, day: 1)!, precision: .month,
                                 earliest: monday, latest: sunday, basis: basis)
            }
            return nil
        case .season(let y, let m):
            guard let (a, b) = Self.season(year: y, firstMonth: m) else { return nil }
            return .range(earliest: a, latest: b, basis: .explicit)
        case .relativeSeason(let m, let direction):
            guard let ref else { return nil }
            if ref.kind == .window { return nil }
            let candidates = (ref.day.year - 2...ref.day.year + 1).compactMap { Self.season(year: $0, firstMonth: m) }
            let chosen: (CalendarDate, CalendarDate)?
            switch direction {
            case ..<0: chosen = candidates.last { $0.1 < ref.day }
            case 0: chosen = candidates.first { $0.0 <= ref.day && ref.day <= $0.1 } ?? candidates.last { $0.1 < ref.day }
            default: chosen = candidates.first { $0.0 > ref.day }
            }
            guard let (a, b) = chosen else { return nil }
            return .range(earliest: a, latest: b, basis: basis)
        case .relativeYear(let n):
            guard let ref else { return nil }
            if ref.kind == .window { return nil }
            return .year(ref.day.year + n, basis: basis)
        case .monthOfRelativeYear(let m, let n):
            guard let ref else { return nil }
            if ref.kind == .window { return nil }
            return .month(year: ref.day.year + n, month: m, basis: basis)
        case .eventRelative:
            return nil  // resolved by the article assembler against the event it refers to
        }
    }

    /// The first and last day of a season of `year`: three months from `firstMonth` (winter runs into the next year).
    private static func season(year y: Int, firstMonth m: Int) -> (CalendarDate, CalendarDate)? {
        guard let a = CalendarDate(year: y, month: m, day: 1) else { return nil }
        let endMonth = (m + 1) % 12 + 1, endYear = m + 2 > 12 ? y + 1 : y
        return (a, CalendarDate.monthBounds(year: endYear, month: endMonth).1)
    }

    /// The whole window of an undated article: from its latest date to today, or to the last day something
    /// in the text allows.
    public func window(_ ref: DateReference) -> EventDate {
        let last = windowEnd(ref)
        return .range(earliest: min(ref.day, last), latest: last, basis: .inferred)
    }

    /// The last day of an undated article's window.
    public func windowEnd(_ ref: DateReference) -> CalendarDate { ref.lastDay(today: today) }
}
