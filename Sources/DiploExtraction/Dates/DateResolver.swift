import DiploModel

/// What relative dates are resolved against.
public struct DateReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The publication day: relative dates point to the past of it ("mardi" = the last Tuesday, today included).
        case publication
        /// An estimate of the publication day (latest explicit date of the text): relative dates take the
        /// nearest matching day on either side.
        case estimate
    }
    public var day: CalendarDate
    public var kind: Kind
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
        let basis: DateBasis = ref?.kind == .estimate ? .inferred : .relativeToPublication
        switch e {
        case .full(let d):
            return .day(d, basis: .explicit)
        case .monthYear(let y, let m):
            return .month(year: y, month: m, basis: .explicit)
        case .year(let y):
            return .year(y, basis: .explicit)
        case .dayMonth(let d, let m, let wd):
            if let ref {
                let candidates = [ref.day.year - 1, ref.day.year, ref.day.year + 1].compactMap { CalendarDate(year: $0, month: m, day: d) }
                let pick: CalendarDate?
                if ref.kind == .publication {
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
            let y = (ref.kind == .publication && m > ref.day.month) ? ref.day.year - 1 : ref.day.year
            return .month(year: y, month: m, basis: basis)
        case .weekday(let wd, let direction):
            guard let ref else { return nil }
            let delta = (ref.day.weekday - wd + 7) % 7
            switch direction {
            case 1:  // prochain / next
                let ahead = (wd - ref.day.weekday + 7) % 7
                return .day(ref.day.adding(days: ahead == 0 ? 7 : ahead), basis: basis)
            case -1:  // dernier / last
                return .day(ref.day.adding(days: -(delta == 0 ? 7 : delta)), basis: basis)
            default:
                if ref.kind == .estimate {
                    let ahead = (wd - ref.day.weekday + 7) % 7
                    return .day(ref.day.adding(days: ahead <= delta ? ahead : -delta), basis: basis)
                }
                return .day(ref.day.adding(days: -delta), basis: basis)
            }
        case .relativeDays(let n):
            guard let ref else { return nil }
            return .day(ref.day.adding(days: n), basis: basis)
        case .relativeWeeks(let n):
            guard let ref else { return nil }
            let monday = ref.day.adding(days: -(ref.day.weekday - 1) + 7 * n)
            let sunday = monday.adding(days: 6)
            if n == 0 { return nil }  // "cette semaine": too vague to date a single event
            if monday.month == sunday.month {
                return EventDate(value: CalendarDate(year: monday.year, month: monday.month, day: 1)!, precision: .month,
                                 earliest: monday, latest: sunday, basis: basis)
            }
            return nil
        case .eventRelative:
            return nil  // resolved by the article assembler against the event it refers to
        }
    }
}
