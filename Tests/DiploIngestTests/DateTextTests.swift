import DiploModel
import Foundation
import Testing
@testable import DiploIngest

/// Publication dates in the shapes scrapers and people write them.
@Suite struct DateTextTests {
    private func day(_ s: String) -> CalendarDate? {
        if case .date(let d) = DateText.parse(s) { return d }
        return nil
    }

    @Test func isoWithAndWithoutTime() {
        let d = CalendarDate(year: 2020, month: 2, day: 21)
        for s in ["2020-02-21", "2020-02-21T10:30:00Z", "2020-02-21 10:30", "2020-02-21T23:30:00-05:00"] { #expect(day(s) == d, "\(s)") }
    }

    @Test func numericShapesDayFirstUnlessImpossible() {
        let d = CalendarDate(year: 2020, month: 2, day: 21)
        for s in ["2020/02/21", "2020.02.21", "20200221", "21/02/2020", "21.02.2020", "21-02-2020", "02/21/2020", "21/02/2020 10:30", "2020-2-21"] {
            #expect(day(s) == d, "\(s)")
        }
        // Ambiguous: day first, as French and most non-US writers print it.
        #expect(day("03/02/2020") == CalendarDate(year: 2020, month: 2, day: 3))
    }

    @Test func rfc5322AsRSSPrintsIt() {
        #expect(day("Fri, 21 Feb 2020 10:30:00 +0000") == CalendarDate(year: 2020, month: 2, day: 21))
        #expect(day("1 Mar 2021") == CalendarDate(year: 2021, month: 3, day: 1))
    }

    @Test func impossibleOrUnknownShapesAreInvalid() {
        for s in ["2020-02-30", "30/02/2020", "21/02/20", "February 21, 2020", "21 février 2020", "soon", "13/13/2020"] {
            #expect(DateText.parse(s) == .invalid, "\(s)")
        }
        #expect(DateText.parse("  ") == .absent)
    }

    @Test func aFrontMatterDateInAnotherShapeDatesTheArticle() throws {
        let d = TempDir()
        let u = d.write("a.txt", "---\npublished: 21/02/2020\n---\nText.")
        #expect(try single(u).published == CalendarDate(year: 2020, month: 2, day: 21))
        let rss = d.write("b.html", "<html><head><meta property=\"article:published_time\" content=\"Fri, 21 Feb 2020 10:30:00 +0000\"></head><body><p>Text of the article.</p></body></html>")
        #expect(try single(rss).published == CalendarDate(year: 2020, month: 2, day: 21))
    }
}
