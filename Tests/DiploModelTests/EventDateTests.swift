import Testing
import DiploModel

@Suite struct EventDateTests {
    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test func isoStringPerPrecision() {
        #expect(EventDate.day(day("2020-02-21"), basis: .explicit).isoString == "2020-02-21")
        #expect(EventDate.month(year: 2019, month: 10, basis: .explicit).isoString == "2019-10")
        #expect(EventDate.month(year: 2019, month: 3, basis: .explicit).isoString == "2019-03")
        #expect(EventDate.year(2018, basis: .explicit).isoString == "2018")
        #expect(EventDate.year(2018, basis: .explicit).description == "2018")
    }

    @Test func aRangeIsAnISOIntervalAndNeverFinerOrVaguerThanItsBounds() throws {
        let r = EventDate.range(earliest: day("2019-10-01"), latest: day("2026-11-21"), basis: .inferred)
        #expect(r.precision == .range)
        #expect(r.isoString == "2019-10-01/2026-11-21")
        #expect(r.value == day("2019-10-01"))
        let parsed = try #require(EventDate(isoString: "2019-10-01/2026-11-21", basis: .inferred))
        #expect(parsed == r)
        #expect(EventDate(isoString: "2026-11-21/2019-10-01") == nil)
        // A window of one day or of one whole month says so.
        #expect(EventDate.range(earliest: day("2020-02-21"), latest: day("2020-02-21"), basis: .inferred).precision == .day)
        #expect(EventDate.range(earliest: day("2020-02-01"), latest: day("2020-02-29"), basis: .inferred).isoString == "2020-02")
        // Any dated report is a better statement of the date.
        #expect(EventDate.year(2020, basis: .inferred).isBetter(than: r))
        #expect(!r.isBetter(than: EventDate.year(2020, basis: .inferred)))
    }

    @Test func spansOfEachPrecision() {
        let d = EventDate.day(day("2020-02-21"), basis: .relativeToPublication)
        #expect(d.earliest == d.latest)
        #expect(d.value == day("2020-02-21"))
        #expect(d.precision == .day)

        let m = EventDate.month(year: 2020, month: 2, basis: .explicit)
        #expect(m.precision == .month)
        #expect(m.value == day("2020-02-01"))
        #expect(m.earliest == day("2020-02-01"))
        #expect(m.latest == day("2020-02-29"))

        let y = EventDate.year(2018, basis: .explicit)
        #expect(y.precision == .year)
        #expect(y.earliest == day("2018-01-01"))
        #expect(y.latest == day("2018-12-31"))
    }

    @Test func parsingIsoStrings() {
        #expect(EventDate(isoString: "2018")?.precision == .year)
        #expect(EventDate(isoString: "2019-10")?.precision == .month)
        #expect(EventDate(isoString: "2019-10")?.latest == day("2019-10-31"))
        #expect(EventDate(isoString: "2020-02-21")?.precision == .day)
        #expect(EventDate(isoString: "2020-02-21", basis: .inferred)?.basis == .inferred)
        #expect(EventDate(isoString: "2020-02-30") == nil)
        #expect(EventDate(isoString: "2020-13") == nil)
        #expect(EventDate(isoString: "20") == nil)
        #expect(EventDate(isoString: "") == nil)
        for s in ["2018", "2019-10", "2020-02-21"] {
            #expect(EventDate(isoString: s)?.isoString == s)
        }
    }

    @Test func overlaps() {
        let year2018 = EventDate.year(2018, basis: .explicit)
        let sept2018 = EventDate.month(year: 2018, month: 9, basis: .explicit)
        let summit = EventDate.day(day("2018-09-07"), basis: .relativeToPublication)
        let nextDay = EventDate.day(day("2018-09-08"), basis: .relativeToPublication)
        let oct2019 = EventDate.month(year: 2019, month: 10, basis: .explicit)
        let lastDayOf2018 = EventDate.day(day("2018-12-31"), basis: .explicit)
        let firstDayOf2019 = EventDate.day(day("2019-01-01"), basis: .explicit)

        #expect(year2018.overlaps(sept2018))
        #expect(sept2018.overlaps(year2018))
        #expect(summit.overlaps(sept2018))
        #expect(summit.overlaps(year2018))
        #expect(summit.overlaps(summit))
        #expect(!summit.overlaps(nextDay))
        #expect(!nextDay.overlaps(summit))
        #expect(!oct2019.overlaps(year2018))
        #expect(lastDayOf2018.overlaps(year2018))  // bounds are inclusive
        #expect(!firstDayOf2019.overlaps(year2018))
    }

    @Test func isBetterPrefersPrecisionThenBasis() {
        let dayExplicit = EventDate.day(day("2020-02-21"), basis: .explicit)
        let dayRelative = EventDate.day(day("2020-02-21"), basis: .relativeToPublication)
        let dayEventRelative = EventDate.day(day("2020-02-21"), basis: .relativeToEvent)
        let dayInferred = EventDate.day(day("2020-02-21"), basis: .inferred)
        let monthExplicit = EventDate.month(year: 2020, month: 2, basis: .explicit)
        let yearExplicit = EventDate.year(2020, basis: .explicit)

        // Finer precision wins whatever the basis.
        #expect(dayInferred.isBetter(than: monthExplicit))
        #expect(!monthExplicit.isBetter(than: dayInferred))
        #expect(monthExplicit.isBetter(than: yearExplicit))
        #expect(dayRelative.isBetter(than: yearExplicit))
        // Same precision: explicit > relative > relative-event > inferred.
        #expect(dayExplicit.isBetter(than: dayRelative))
        #expect(dayRelative.isBetter(than: dayEventRelative))
        #expect(dayEventRelative.isBetter(than: dayInferred))
        #expect(!dayInferred.isBetter(than: dayExplicit))
        // Not strictly better than itself.
        #expect(!dayExplicit.isBetter(than: dayExplicit))
    }

    @Test func precisionAndBasisOrdering() {
        #expect(DatePrecision.day < .month)
        #expect(DatePrecision.month < .year)
        #expect(DateBasis.explicit < .relativeToPublication)
        #expect(DateBasis.relativeToPublication < .relativeToEvent)
        #expect(DateBasis.relativeToEvent < .inferred)
        #expect(DateBasis.relativeToPublication.rawValue == "relative")
    }
}

@Suite struct FoldingTests {
    @Test(arguments: [
        ("Œuvrer", "oeuvrer"),
        ("œuvre", "oeuvre"),
        ("Erdoğan", "erdogan"),
        ("Téhéran", "teheran"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("İzmir", "izmir"),
        ("Kılıçdaroğlu", "kilicdaroglu"),
        ("Łukaszenka", "lukaszenka"),
        ("Ærø", "aero"),
        ("Straße", "strasse"),
        ("Raïssi", "raissi"),
        ("Saint‑Pétersbourg", "saint-petersbourg"),
        ("chef de l’État", "chef de l'etat"),
        ("Idleb", "idleb"),
        ("PARIS", "paris"),
    ])
    func folds(input: String, expected: String) {
        #expect(Folding.fold(input) == expected)
    }

    @Test func foldedSpellingsMatch() {
        #expect(Folding.fold("Téhéran") == Folding.fold("TEHERAN"))
        #expect(Folding.fold("Erdoğan") == Folding.fold("Erdogan"))
        #expect(Folding.fold("Œuvrer") == Folding.fold("oeuvrer"))
    }

    @Test func nonBreakingSpacesBecomeSpaces() {
        #expect(Folding.fold("19\u{00A0}janvier") == "19 janvier")
        #expect(Folding.fold("« Paix\u{202F}»") == "« paix »")
    }
}
