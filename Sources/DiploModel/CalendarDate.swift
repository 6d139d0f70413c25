/// A day on the proleptic Gregorian calendar, with no time and no time zone.
///
/// Diplomatic reports date events by calendar day ("le 19 janvier", "mardi"); converting those to
/// `Date` in some time zone invites off-by-one errors, so diplo keeps them as plain `YYYY-MM-DD`
/// values and does its arithmetic on day numbers.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, returning nil when the day does not exist ("2020-02-30").
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1, year <= 9999,
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD` (leading/trailing spaces ignored); nil when malformed or impossible.
    public init?(iso: String) {
        // Fast path for the stored form, exactly `YYYY-MM-DD` in ASCII digits: the store parses three
        // dates per event read, a million times in a large export.
        if iso.utf8.count == 10, let stored = iso.utf8.withContiguousStorageIfAvailable(CalendarDate.storedForm), let parsed = stored {
            guard let date = parsed else { return nil }
            self = date
            return
        }
        let parts = iso.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses UTF-8 bytes exactly as `init?(iso:)` parses their text, without making the text first
    /// when they are the stored form (the store reads dates straight from SQLite's column bytes).
    public init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count == 10, let parsed = CalendarDate.storedForm(bytes) {
            guard let date = parsed else { return nil }
            self = date
            return
        }
        self.init(iso: String(decoding: bytes, as: UTF8.self))
    }

    /// Ten bytes in the stored form `YYYY-MM-DD`, ASCII digits: .some(the date, or nil when that day
    /// does not exist); nil when the bytes are not in that form (they are then parsed as text).
    private static func storedForm(_ b: UnsafeBufferPointer<UInt8>) -> CalendarDate?? {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        @inline(__always) func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for k in r {
                let c = b[k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                n = n * 10 + Int(c - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return .some(CalendarDate(year: y, month: m, day: d))
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of H. Hinnant.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// First and last day of a month.
    public static func monthBounds(year: Int, month: Int) -> (CalendarDate, CalendarDate) {
        (CalendarDate(year: year, month: month, day: 1)!,
         CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))!)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String { iso }

    /// `YYYY-MM-DD` (written byte by byte: exports and imports format millions of dates).
    public var iso: String {
        let y = year, m = month, d = day
        let bytes: [UInt8] = [
            UInt8(0x30 + y / 1000 % 10), UInt8(0x30 + y / 100 % 10), UInt8(0x30 + y / 10 % 10), UInt8(0x30 + y % 10), 0x2D,
            UInt8(0x30 + m / 10), UInt8(0x30 + m % 10), 0x2D, UInt8(0x30 + d / 10), UInt8(0x30 + d % 10),
        ]
        return String(decoding: bytes, as: UTF8.self)
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = CalendarDate(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

import Foundation
