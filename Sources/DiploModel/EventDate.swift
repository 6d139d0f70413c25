/// How precisely a date is known.
public enum DatePrecision: String, Codable, Sendable, CaseIterable, Comparable {
    case day, month, year
    /// Known only to lie between `earliest` and `latest`: an article without a publication date reports
    /// "vendredi" and the text says no more than that it was written after its latest date.
    case range

    /// Finer precisions sort first: `.day < .month < .year < .range`.
    public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rank < b.rank }
    var rank: Int { switch self { case .day: 0; case .month: 1; case .year: 2; case .range: 3 } }
}

/// How a date was obtained, so that users can weigh it and merging can prefer the better one.
public enum DateBasis: String, Codable, Sendable, CaseIterable, Comparable {
    /// Written out in full in the text ("le 19 janvier 2020", "Sept. 22, 2021", "en 2018").
    case explicit
    /// Resolved against the publication date ("mardi", "hier", "le 19 janvier").
    case relativeToPublication = "relative"
    /// Resolved against another event of the article ("la veille", "the day before").
    case relativeToEvent = "relative-event"
    /// Guessed from context (the publication day of an undated core event, an estimated publication window).
    case inferred

    /// Better bases sort first.
    public static func < (a: DateBasis, b: DateBasis) -> Bool { a.rank < b.rank }
    var rank: Int {
        switch self { case .explicit: 0; case .relativeToPublication: 1; case .relativeToEvent: 2; case .inferred: 3 }
    }
}

/// The date of an event: a representative day, its precision, and the bounds it is known to lie within.
public struct EventDate: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The first day of the span for month/year precision.
    public var value: CalendarDate
    public var precision: DatePrecision
    public var earliest: CalendarDate
    public var latest: CalendarDate
    public var basis: DateBasis

    public init(value: CalendarDate, precision: DatePrecision, earliest: CalendarDate, latest: CalendarDate, basis: DateBasis) {
        self.value = value; self.precision = precision; self.earliest = earliest; self.latest = latest; self.basis = basis
    }

    public static func day(_ d: CalendarDate, basis: DateBasis) -> EventDate {
        EventDate(value: d, precision: .day, earliest: d, latest: d, basis: basis)
    }

    public static func month(year: Int, month: Int, basis: DateBasis) -> EventDate {
        let (a, b) = CalendarDate.monthBounds(year: year, month: month)
        return EventDate(value: a, precision: .month, earliest: a, latest: b, basis: basis)
    }

    public static func year(_ year: Int, basis: DateBasis) -> EventDate {
        let a = CalendarDate(year: year, month: 1, day: 1)!, b = CalendarDate(year: year, month: 12, day: 31)!
        return EventDate(value: a, precision: .year, earliest: a, latest: b, basis: basis)
    }

    /// Only known to lie within these bounds. A window within one month or one year is given that
    /// precision instead, so that a range is never finer than the evidence (nor needlessly vague).
    public static func range(earliest: CalendarDate, latest: CalendarDate, basis: DateBasis) -> EventDate {
        if earliest == latest { return .day(earliest, basis: basis) }
        let (ms, me) = CalendarDate.monthBounds(year: earliest.year, month: earliest.month)
        if ms == earliest, me == latest { return .month(year: earliest.year, month: earliest.month, basis: basis) }
        return EventDate(value: earliest, precision: .range, earliest: earliest, latest: latest, basis: basis)
    }

    /// ISO 8601 truncated to the precision: `2020-02-21`, `2019-10`, `2018`; a range is an ISO 8601
    /// interval of days, `2019-10-01/2026-11-21`.
    public var isoString: String {
        switch precision {
        case .day: return value.iso
        case .month: return String(value.iso.prefix(7))
        case .year: return String(value.iso.prefix(4))
        case .range: return earliest.iso + "/" + latest.iso
        }
    }

    public var description: String { isoString }

    /// True when the two spans share at least one day.
    public func overlaps(_ other: EventDate) -> Bool { earliest <= other.latest && other.earliest <= latest }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an interval of days `YYYY-MM-DD/YYYY-MM-DD`.
    public init?(isoString s: String, basis: DateBasis = .explicit) {
        // A day, the commonest form (the knowledge base reads thousands at start-up), without splitting characters.
        if s.utf8.count == 10, !s.utf8.contains(0x2F), let d = CalendarDate(iso: s) {
            self = .day(d, basis: basis)
            return
        }
        if let slash = s.firstIndex(of: "/") {
            guard let a = CalendarDate(iso: String(s[..<slash])), let b = CalendarDate(iso: String(s[s.index(after: slash)...])),
                  a < b else { return nil }
            self = EventDate(value: a, precision: .range, earliest: a, latest: b, basis: basis)
            return
        }
        let parts = s.split(separator: "-")
        guard let y = Int(parts.first ?? ""), parts.first?.count == 4 else { return nil }
        switch parts.count {
        case 1: self = .year(y, basis: basis)
        case 2:
            guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            self = .month(year: y, month: m, basis: basis)
        case 3:
            guard let d = CalendarDate(iso: s) else { return nil }
            self = .day(d, basis: basis)
        default: return nil
        }
    }

    /// Whether `self` is a better statement of the date than `other`: finer precision first, then a better basis.
    public func isBetter(than other: EventDate) -> Bool {
        if precision != other.precision { return precision < other.precision }
        return basis < other.basis
    }
}
