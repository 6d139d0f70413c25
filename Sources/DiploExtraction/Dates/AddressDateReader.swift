import DiploModel

/// Reads the publication day that many news sites write into their web addresses.
///
/// Scraped articles often lose their publication date but keep their URL, and most outlets date their
/// addresses: `/2021/09/22/slug`, `/2023-03-10/slug`, `/20220916-slug`, `/n3/2018/0530/c…`,
/// `/2019-06/15/c_…`, `/2023/apr/07/slug` (with the month names the caller gives), `…-20220818_ID`, `AD-202411060793` (a day
/// followed by a time or a serial; up to 20 digits when the number opens a path segment,
/// `/201905141041234567-slug`), or a Unix timestamp opening a segment (`/1679401850-slug`). The first
/// such day in the path is taken. Ambiguous forms are ignored (`/050618/` may be 5 June 2018 or 18 June
/// 2005), as are days after `today` or before 1990, so that an article number is not read as a date. The
/// host is skipped (`2gis.ru`, `n3` is not a date).
public enum AddressDateReader {
    /// - Parameter monthNames: folded month names and abbreviations ("apr", "april") to their numbers.
    public static func day(in url: String, notAfter today: CalendarDate, monthNames: [String: Int] = [:]) -> CalendarDate? {
        let bytes = Array(pathPart(of: url).utf8)
        let runs = digitRuns(bytes)
        for (k, run) in runs.enumerated() {
            let next = k + 1 < runs.count && runs[k + 1].start == run.end + 1 ? runs[k + 1] : nil
            let separator = next.map { _ in bytes[run.end] }
            switch run.digits.count {
            case 4:
                guard let year = Int(run.digits), (1990...today.year).contains(year) else { continue }
                if next == nil, let d = namedMonthDay(year, after: run.end, in: bytes, runs: runs, from: k + 1, monthNames, today) { return d }
                guard let next,
                      let separator, separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") else { continue }
                if next.digits.count == 4, separator == UInt8(ascii: "/") {
                    // `/2018/0530/`: month and day written together.
                    if let d = date(year, Int(next.digits.prefix(2)), Int(next.digits.suffix(2)), today) { return d }
                    continue
                }
                guard (1...2).contains(next.digits.count), k + 2 < runs.count else { continue }
                let third = runs[k + 2]
                // `/2019-06/15/`: Xinhua files a month's pages in a `year-month` folder, one folder per day.
                let monthFolder = separator == UInt8(ascii: "-") && bytes[next.end] == UInt8(ascii: "/")
                    && next.digits.count == 2 && third.digits.count == 2
                guard third.start == next.end + 1, bytes[next.end] == separator || monthFolder, (1...2).contains(third.digits.count),
                      !(third.end < bytes.count && isDigit(bytes[third.end])) else { continue }
                if let d = date(year, Int(next.digits), Int(third.digits), today) { return d }
            case 8, 10, 12, 14:
                let s = run.digits
                if let d = date(Int(s.prefix(4)), Int(s.dropFirst(4).prefix(2)), Int(s.dropFirst(6).prefix(2)), today) { return d }
                // A Unix timestamp opening a path segment.
                if s.count == 10, run.start > 0, bytes[run.start - 1] == UInt8(ascii: "/"), let seconds = Int(s),
                   seconds >= 631_152_000,  // 1990-01-01
                   let epoch = CalendarDate(year: 1970, month: 1, day: 1) {
                    let d = epoch.adding(days: seconds / 86_400)
                    if d <= today { return d }
                }
            case 15...20:
                // `/201905141041234567-slug`: a day, a time and a serial written as one number opening a segment.
                guard run.start > 0, bytes[run.start - 1] == UInt8(ascii: "/") else { continue }
                let s = run.digits
                if let d = date(Int(s.prefix(4)), Int(s.dropFirst(4).prefix(2)), Int(s.dropFirst(6).prefix(2)), today) { return d }
            default: continue
            }
        }
        return nil
    }

    private struct DigitRun { var start: Int; var end: Int; var digits: String }

    /// `/2023/apr/07/`: after the year, a segment that is a month's name, then a segment that is its day.
    private static func namedMonthDay(_ year: Int, after end: Int, in bytes: [UInt8], runs: [DigitRun], from k: Int,
                                      _ monthNames: [String: Int], _ today: CalendarDate) -> CalendarDate? {
        guard !monthNames.isEmpty, end < bytes.count, bytes[end] == UInt8(ascii: "/"), k < runs.count else { return nil }
        let day = runs[k]
        guard day.start > end + 2, bytes[day.start - 1] == UInt8(ascii: "/"), (1...2).contains(day.digits.count),
              day.end == bytes.count || bytes[day.end] == UInt8(ascii: "/") else { return nil }
        let name = String(decoding: bytes[(end + 1)..<(day.start - 1)], as: UTF8.self).lowercased()
        guard let month = monthNames[name] else { return nil }
        return date(year, month, Int(day.digits), today)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    private static func digitRuns(_ bytes: [UInt8]) -> [DigitRun] {
        var runs: [DigitRun] = []
        var i = 0
        while i < bytes.count {
            guard isDigit(bytes[i]) else { i += 1; continue }
            let start = i
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            if i - start <= 20 { runs.append(DigitRun(start: start, end: i, digits: String(decoding: bytes[start..<i], as: UTF8.self))) }
        }
        return runs
    }

    private static func date(_ y: Int?, _ m: Int?, _ d: Int?, _ today: CalendarDate) -> CalendarDate? {
        guard let y, let m, let d, y >= 1990, let c = CalendarDate(year: y, month: m, day: d), c <= today else { return nil }
        return c
    }

    /// The address without its scheme and host, so that digits in a host name are not read.
    private static func pathPart(of url: String) -> Substring {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] } else { return rest }
        guard let slash = rest.firstIndex(of: "/") else { return "" }
        return rest[slash...]
    }
}
