import DiploModel
import Foundation
import Testing

/// The fast paths that skip Foundation must give exactly what Foundation (or the slow path) gives.
@Suite struct TextFastPathTests {
    let samples = [
        "", "Plain ASCII, with punctuation!", "Le président a reçu l'émir à l'Élysée — « enfin »… 5 €",
        "Erdoğan, Łódź, Œuvre, Straße", "decomposed e\u{301}te\u{301}", "Hangul \u{1100}\u{1161}", "em quad\u{2001}here",
        "Ωμέγα Привет Việt Nam", "angstrom \u{212B} ohm \u{2126}", "no-break\u{00A0}space\u{202F}narrow",
    ]

    @Test func nfcNormalizedEqualsFoundationsNFC() {
        for s in samples {
            #expect(Array(s.nfcNormalized.unicodeScalars) == Array(s.precomposedStringWithCanonicalMapping.unicodeScalars), "\(s)")
        }
    }

    @Test func foldingByBytesEqualsFoldingByScalars() {
        for s in samples + ["ÀÉÎÕÜ àéîõü ÇçÑñ Ææ ß ı İ Øø Đđ ‘’ ‐–— Ǆ ǅ ǆ ɐ ʼ"] {
            var scalars = String.UnicodeScalarView()
            for c in s.unicodeScalars { Folding.appendFolded(c, to: &scalars) }
            #expect(Folding.fold(s) == String(scalars), "\(s)")
        }
        // Every scalar of the table's range, one by one.
        for v in 0x80..<0x300 {
            guard let c = Unicode.Scalar(UInt32(v)) else { continue }
            var scalars = String.UnicodeScalarView()
            Folding.appendFolded(c, to: &scalars)
            var bytes: [UInt8] = []
            Folding.appendFoldedUTF8(c, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(scalars), "U+\(String(v, radix: 16))")
        }
    }

    @Test func isoDatesParseAndPrintAsBefore() {
        #expect(CalendarDate(iso: "2020-02-29") == CalendarDate(year: 2020, month: 2, day: 29))
        #expect(CalendarDate(iso: "2019-02-29") == nil)
        #expect(CalendarDate(iso: "2020-13-01") == nil)
        #expect(CalendarDate(iso: "2020-00-10") == nil)
        #expect(CalendarDate(iso: "0000-01-01") == nil)
        #expect(CalendarDate(iso: "2020/01/05") == nil)
        #expect(CalendarDate(iso: " 2020-01-05 ") == CalendarDate(year: 2020, month: 1, day: 5))  // the slow path trims
        #expect(CalendarDate(year: 5, month: 1, day: 9)!.iso == "0005-01-09")
        #expect(CalendarDate(year: 9999, month: 12, day: 31)!.iso == "9999-12-31")
        for n in stride(from: -300_000, to: 2_900_000, by: 997) {
            let d = CalendarDate(dayNumber: n)
            #expect(CalendarDate(iso: d.iso) == d)
        }
    }
}
