import DiploModel

/// A date as written, before it is resolved against a reference day.
public enum DateExpression: Hashable, Sendable {
    /// "le 19 janvier 2020", "Sept. 22, 2021", "16/08/2025".
    case full(CalendarDate)
    /// "le 19 janvier", "vendredi 10 mars": year missing; weekday kept when written.
    case dayMonth(day: Int, month: Int, weekday: Int?)
    /// "en octobre 2019", "fin janvier 2025".
    case monthYear(year: Int, month: Int)
    /// "en octobre": year missing.
    case month(Int)
    /// "en 2018", "de 2018".
    case year(Int)
    /// "mardi", "jeudi dernier" (direction -1), "vendredi prochain" (+1), 0 when unmarked.
    case weekday(Int, direction: Int)
    /// "hier" (-1), "aujourd'hui" (0).
    case relativeDays(Int)
    /// "la semaine dernière" (-1).
    case relativeWeeks(Int)
    /// "à l'automne 2022", "in the spring of 2019": three months from the season's first month.
    case season(year: Int, firstMonth: Int)
    /// "l'été dernier", "last summer" (-1), "cet automne", "this autumn" (0), "next spring" (+1): a season relative to
    /// the publication day — the last one over before it, the one it falls in, the next one to begin after it.
    case relativeSeason(firstMonth: Int, direction: Int)
    /// "l'an dernier", "last year" (-1): the year, relative to the publication year.
    case relativeYear(Int)
    /// "en septembre l'an dernier", "in September last year": that month of a relative year.
    case monthOfRelativeYear(month: Int, offset: Int)
    /// "la veille" (-1), "le lendemain" (+1): relative to another event of the article.
    case eventRelative(Int)

    /// Relative to another event of the article, not to the publication day or the calendar.
    public var isEventRelative: Bool {
        if case .eventRelative = self { return true }
        return false
    }
}

/// A date expression found in a sentence.
public struct DateMention: Hashable, Sendable {
    public var expression: DateExpression
    /// Token range in the sentence.
    public var start: Int
    public var end: Int
    /// Preceded by "depuis"/"since": the start of a duration, not an event date.
    public var isDuration: Bool
    /// "au lendemain de X": the expression dates the event X that follows it, backwards.
    public var attachesToFollowing: Bool
    /// Marked as ahead of the text ("le 10 décembre prochain", "next Friday").
    public var isFuture: Bool = false
}
