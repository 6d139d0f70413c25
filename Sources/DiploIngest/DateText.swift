import Foundation
import DiploModel

/// Publication-date parsing shared by the formats.
///
/// Front matter and scraper records are written by hand or by many tools, so a publication date comes
/// in the shapes those tools print, not only ISO 8601. Accepted (any time and zone after the date are
/// ignored: the day is the publisher's local day):
/// - `2020-02-21`, `2020-02-21T10:30:00Z`, `2020-02-21 10:30`; `2020/02/21`, `2020.02.21`; `20200221`;
/// - `21/02/2020`, `21.02.2020`, `21-02-2020` — day first, as French and most non-US writers print it;
///   `02/21/2020` is read month first only because 21 cannot be a month;
/// - RFC 5322 (RSS `pubDate`, e-mail): `Fri, 21 Feb 2020 10:30:00 +0000` — its month tokens are part of
///   the protocol, not of a language.
/// Dates in words ("21 février 2020") are prose; they are not guessed here.
enum DateText {
    enum CalendarDateResult: Equatable {
        case absent, invalid, date(CalendarDate)
    }

    /// The month tokens of RFC 5322 §3.3.
    private static let rfcMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let rfcDays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses a publication date; `.invalid` when malformed or impossible (30 February).
    static func parse(_ raw: String) -> CalendarDateResult {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if s.isEmpty { return .absent }
        let u = Array(s.utf8)
        if u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") {
            if u.count > 10 && u[10] != UInt8(ascii: "T") && u[10] != UInt8(ascii: " ") && u[10] != UInt8(ascii: "t") {
                return .invalid
            }
            return CalendarDate(iso: String(decoding: u[0..<10], as: UTF8.self)).map { .date($0) } ?? .invalid
        }
        return other(u).map { .date($0) } ?? .invalid
    }

    /// A run of digits or letters, and the byte that follows it.
    private struct Piece { var text: String; var isNumber: Bool; var separator: UInt8? }

    private static func pieces(_ u: [UInt8]) -> [Piece] {
        var out: [Piece] = []
        var i = 0
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        while i < u.count {
            let c = u[i]
            guard isDigit(c) || isLetter(c) else { i += 1; continue }
            var j = i
            while j < u.count, isDigit(c) ? isDigit(u[j]) : isLetter(u[j]) { j += 1 }
            out.append(Piece(text: String(decoding: u[i..<j], as: UTF8.self).lowercased(), isNumber: isDigit(c),
                             separator: j < u.count ? u[j] : nil))
            i = j
        }
        return out
    }

    private static func other(_ u: [UInt8]) -> CalendarDate? {
        var p = pieces(u)
        guard !p.isEmpty else { return nil }
        // RFC 5322: [day-name ","] day month year [time zone]
        if !p[0].isNumber, rfcDays.contains(p[0].text) { p.removeFirst() }
        guard p.count >= 3 else {
            // 20200221
            if p.count >= 1, p[0].isNumber, p[0].text.count == 8, let n = Int(p[0].text) {
                return CalendarDate(year: n / 10000, month: n / 100 % 100, day: n % 100)
            }
            return nil
        }
        if p[0].isNumber, p[0].text.count == 8, !p[1].isNumber || p[1].text.count <= 2, let n = Int(p[0].text) {
            return CalendarDate(year: n / 10000, month: n / 100 % 100, day: n % 100)
        }
        guard p[0].isNumber, p[0].text.count <= 4 else { return nil }
        let a = Int(p[0].text)!
        if !p[1].isNumber, p[2].isNumber, p[2].text.count == 4, let m = rfcMonths.firstIndex(of: String(p[1].text.prefix(3))),
           p[1].text.count == 3 {
            return CalendarDate(year: Int(p[2].text)!, month: m + 1, day: a)
        }
        guard p[1].isNumber, p[2].isNumber, p[1].text.count <= 2 else { return nil }
        let b = Int(p[1].text)!
        let sep = p[0].separator
        guard let sep, [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-")].contains(sep), p[1].separator == sep else { return nil }
        if p[0].text.count == 4 {
            guard p[2].text.count <= 2 else { return nil }
            return CalendarDate(year: a, month: b, day: Int(p[2].text)!)
        }
        guard p[0].text.count <= 2, p[2].text.count == 4 else { return nil }
        let year = Int(p[2].text)!
        if a > 12 || b <= 12 { return CalendarDate(year: year, month: b, day: a) }
        return CalendarDate(year: year, month: a, day: b)
    }
}
