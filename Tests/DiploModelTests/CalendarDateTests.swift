import Testing
import DiploModel

@Suite struct CalendarDateTests {
    private func day(_ iso: String) -> CalendarDate {
        guard let d = CalendarDate(iso: iso) else { fatalError("bad fixture date \(iso)") }
        return d
    }

    @Test(arguments: [
        ("1970-01-01", 4),  // Thursday
        ("1969-12-31", 3),  // Wednesday, before the epoch
        ("2000-01-01", 6),  // Saturday
        ("2018-09-07", 5),  // Friday
        ("2020-02-18", 2),  // Tuesday
        ("2020-02-21", 5),  // Friday
        ("2024-02-29", 4),  // Thursday, leap day
        ("2024-12-02", 1),  // Monday
        ("2024-12-08", 7),  // Sunday
    ])
    func weekdayOfKnownDates(iso: String, weekday: Int) {
        #expect(day(iso).weekday == weekday)
    }

    @Test func leapYears() {
        #expect(CalendarDate.isLeap(2020))
        #expect(CalendarDate.isLeap(2024))
        #expect(CalendarDate.isLeap(2000))  // divisible by 400
        #expect(!CalendarDate.isLeap(1900))  // divisible by 100, not 400
        #expect(!CalendarDate.isLeap(2100))
        #expect(!CalendarDate.isLeap(2019))
        #expect(CalendarDate.daysIn(month: 2, year: 2020) == 29)
        #expect(CalendarDate.daysIn(month: 2, year: 2019) == 28)
        #expect(CalendarDate.daysIn(month: 2, year: 1900) == 28)
        #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2019, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
    }

    /// The store parses dates from column bytes: the same answers as parsing their text, for every form.
    @Test func bytesParseLikeText() {
        let inputs = ["2020-02-29", "2021-02-29", "2020-02-30", "0000-01-01", "9999-12-31", "2020-13-01", "2020-00-10",
                      " 2020-01-05", "2020-01-05 ", "2020-1-05", "+020-01-05", "2020/01/05", "2020-01-0x", "", "2020-01",
                      "2020", "２０２０-01-05", "2020-01-05T00", "  2020-01-05  ", "-2020-01-5"]
        for s in inputs {
            var text = s
            let fromBytes = text.withUTF8 { CalendarDate(isoUTF8: $0) }
            #expect(fromBytes == CalendarDate(iso: s), "\(s)")
        }
        #expect(CalendarDate(iso: "2020-02-29")?.iso == "2020-02-29")
        #expect(CalendarDate(iso: " 2020-01-05")?.iso == "2020-01-05")
        #expect(CalendarDate(iso: "+020-01-05")?.year == 20)
        #expect(CalendarDate(iso: "2020-1-05") == nil && CalendarDate(iso: "2020-01-0x") == nil && CalendarDate(iso: "") == nil)
    }

    @Test func impossibleDaysAreRejected() {
        #expect(CalendarDate(year: 2020, month: 2, day: 30) == nil)
        #expect(CalendarDate(iso: "2020-02-30") == nil)
        #expect(CalendarDate(year: 2021, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2021, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2021, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2021, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 2021, month: 12, day: 31) != nil)
    }

    @Test func dayNumberRoundTripsOverARange() {
        // 1899-12-25 … 2101-01-05, crossing the epoch, 1900 and 2000 and 2100.
        let start = CalendarDate(year: 1899, month: 12, day: 25)!.dayNumber
        let end = CalendarDate(year: 2101, month: 1, day: 5)!.dayNumber
        var previous: CalendarDate?
        for n in start...end {
            let d = CalendarDate(dayNumber: n)
            #expect(d.dayNumber == n)
            #expect(CalendarDate(year: d.year, month: d.month, day: d.day) == d)
            if let p = previous {
                #expect(p < d)
                #expect(p.adding(days: 1) == d)
                #expect((p.weekday % 7) + 1 == d.weekday)
            }
            previous = d
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CalendarDate(year: 1969, month: 12, day: 31)!.dayNumber == -1)
        #expect(CalendarDate(year: 2000, month: 3, day: 1)!.dayNumber - CalendarDate(year: 2000, month: 2, day: 28)!.dayNumber == 2)
        #expect(CalendarDate(year: 2100, month: 3, day: 1)!.dayNumber - CalendarDate(year: 2100, month: 2, day: 28)!.dayNumber == 1)
    }

    @Test func addingDaysCrossesMonthAndYearBoundaries() {
        #expect(day("2020-02-28").adding(days: 1) == day("2020-02-29"))
        #expect(day("2020-02-29").adding(days: 1) == day("2020-03-01"))
        #expect(day("2019-12-31").adding(days: 1) == day("2020-01-01"))
        #expect(day("2020-01-01").adding(days: -1) == day("2019-12-31"))
        #expect(day("2024-12-03").adding(days: -7) == day("2024-11-26"))
    }

    @Test func isoParsing() {
        let d = CalendarDate(iso: "2024-12-03")
        #expect(d?.year == 2024)
        #expect(d?.month == 12)
        #expect(d?.day == 3)
        #expect(CalendarDate(iso: "  2020-02-21 ")?.iso == "2020-02-21")
        #expect(CalendarDate(iso: "0999-01-01")?.year == 999)
        #expect(CalendarDate(year: 999, month: 1, day: 2)?.iso == "0999-01-02")
        for bad in ["2020-2-21", "20-02-21", "2020/02/21", "2020-02", "2020", "", "abcd-ef-gh", "2020-02-21-01", "2020-00-10"] {
            #expect(CalendarDate(iso: bad) == nil, "\(bad) should not parse")
        }
        #expect(d?.description == "2024-12-03")
    }

    @Test func ordering() {
        #expect(day("2019-12-31") < day("2020-01-01"))
        #expect(day("2020-01-31") < day("2020-02-01"))
        #expect(day("2020-02-01") < day("2020-02-02"))
        #expect(!(day("2020-02-02") < day("2020-02-02")))
    }

    @Test func monthBounds() {
        let (a, b) = CalendarDate.monthBounds(year: 2024, month: 2)
        #expect(a.iso == "2024-02-01")
        #expect(b.iso == "2024-02-29")
        let (c, d) = CalendarDate.monthBounds(year: 2019, month: 10)
        #expect(c.iso == "2019-10-01")
        #expect(d.iso == "2019-10-31")
    }
}
