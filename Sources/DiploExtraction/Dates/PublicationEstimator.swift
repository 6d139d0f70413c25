import DiploModel

/// Chooses the day relative dates are resolved against.
///
/// With a publication date, that date. Without one, diplo estimates it from the text and says so
/// (dates then get the `inferred` basis): a dateline ("16/08/2025 à 09:38"), else a weekday written with
/// its date ("ce vendredi 10 mars": the most recent year where 10 March is a Friday, not before the latest
/// year the text mentions), else the latest explicit full date of the text (captions included: a photo's
/// date is close to the article's). A day in the article's web address (`AddressDateReader`) comes after
/// a dateline and before any guess from the text: sites write their publication day there. When nothing dates the text, the reference is a window from the
/// latest month or year the text mentions to today (`DateReference.Kind.window`): what falls in it is
/// dated as precisely as the window allows, and diplo never invents a day.
struct PublicationEstimator {
    let resolver: DateResolver

    func reference(published: CalendarDate?, url: String? = nil, sentences: [AnalyzedSentence]) -> DateReference? {
        if let published { return DateReference(day: published, kind: .publication) }
        var latestFull: CalendarDate?
        var maxYear: Int?
        var latestPartial: CalendarDate?
        for s in sentences {
            for d in s.dates {
                switch d.expression {
                case .full(let c):
                    if s.blockKind == .dateline, c <= resolver.today { return DateReference(day: c, kind: .publication) }
                    if c <= resolver.today { latestFull = max(latestFull ?? c, c) }
                    maxYear = max(maxYear ?? c.year, c.year)
                case .monthYear(let y, let m):
                    if y <= resolver.today.year { maxYear = max(maxYear ?? y, y) }
                    if let first = CalendarDate(year: y, month: m, day: 1), first <= resolver.today { latestPartial = max(latestPartial ?? first, first) }
                case .year(let y):
                    if y <= resolver.today.year { maxYear = max(maxYear ?? y, y) }
                    if let first = CalendarDate(year: y, month: 1, day: 1), first <= resolver.today { latestPartial = max(latestPartial ?? first, first) }
                default: break
                }
            }
        }
        if let url, let day = AddressDateReader.day(in: url, notAfter: resolver.today) {
            return DateReference(day: day, kind: .address)
        }
        // A weekday written with day and month pins the year.
        let lowerYear = (maxYear ?? (resolver.today.year - 30)) - 1
        for s in sentences where s.blockKind != .readAlso {
            for d in s.dates {
                if case .dayMonth(_, _, .some) = d.expression,
                   let e = resolver.resolve(d.expression, reference: nil, yearHint: lowerYear...resolver.today.year) {
                    if let full = latestFull, full > e.value { return DateReference(day: full, kind: .estimate) }
                    return DateReference(day: e.value, kind: .estimate)
                }
            }
        }
        if let latestFull { return DateReference(day: latestFull, kind: .estimate) }
        // The window the text allows: after the latest month or year it mentions.
        let lower = latestPartial ?? CalendarDate(year: resolver.today.year - 30, month: 1, day: 1)!
        return DateReference(day: lower, kind: .window)
    }
}
