import DiploModel

/// iCalendar (RFC 5545) events: one all-day VEVENT per diplo event.
///
/// Calendars have no "some day in October" value, so a date of month or year precision becomes an
/// all-day range over its whole span (DTEND is exclusive: 2019-10 is 20191001 to 20191101), and
/// `X-DIPLO-PRECISION` keeps the precision for programs that read it. UIDs are the event ids, which
/// `reextract` keeps, so re-importing a calendar updates events instead of duplicating them.
/// DTSTAMP, which RFC 5545 requires, is the day the information was last revised — the latest
/// publication date among the sources, else the end of the event's span — never the export time,
/// so the same store gives byte-identical files.
public enum ICalendar {
    public static let header = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//diplo//diplo timeline//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
    public static let footer = "END:VCALENDAR\r\n"

    /// The calendar's opening lines, with its name when given.
    public static func appendHeader(title: String?, to out: inout [UInt8]) {
        out.append(contentsOf: header.utf8)
        if let title, !title.isEmpty { appendLine("X-WR-CALNAME:" + escapeText(title), to: &out) }
    }

    public static func appendEvent(_ e: TimelineEvent, to out: inout [UInt8]) {
        func line(_ s: String) { appendLine(s, to: &out) }
        line("BEGIN:VEVENT")
        line("UID:\(e.id)@diplo")
        let stamp = e.sources.compactMap(\.published).max() ?? e.date.latest
        line("DTSTAMP:\(compact(stamp))T000000Z")
        line("DTSTART;VALUE=DATE:\(compact(e.date.earliest))")
        line("DTEND;VALUE=DATE:\(compact(e.date.latest.adding(days: 1)))")
        line("SUMMARY:" + escapeText(e.headline))
        if let l = e.location { line("LOCATION:" + escapeText(l.name)) }
        line("CATEGORIES:" + escapeText(e.type.displayName))
        line("DESCRIPTION:" + escapeText(description(e)))
        if let url = e.sources.lazy.compactMap({ EventPresentation.linkableURL($0.url) }).first { line("URL:" + url) }
        line("TRANSP:TRANSPARENT")
        line("X-DIPLO-PRECISION:\(e.date.precision.rawValue)")
        line("END:VEVENT")
    }

    /// The event in words: date and precision, participants, regions, then each evidence sentence with its source.
    static func description(_ e: TimelineEvent) -> String {
        var parts: [String] = []
        parts.append("Date: \(e.dateLabel), \(e.date.basis.rawValue)")
        parts.append("Type: \(e.type.rawValue) (CAMEO \(e.cameo), PLOVER \(e.plover))")
        if !e.participants.isEmpty { parts.append("Participants: " + e.participants.map(\.name).joined(separator: ", ")) }
        if !e.regions.isEmpty { parts.append("About: " + e.regions.map(\.name).joined(separator: ", ")) }
        parts.append("")
        for s in e.sources {
            var source = s.title.map { "\($0) (\(s.article))" } ?? s.article
            if let p = s.published { source += ", \(p.iso)" }
            if let u = EventPresentation.linkableURL(s.url) { source += " <\(u)>" }
            parts.append("“\(EventPresentation.singleLine(s.evidence))” — \(source)")
        }
        parts.append("diplo event \(e.id)")
        return parts.joined(separator: "\n")
    }

    /// `20191001`.
    static func compact(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped, line breaks
    /// become `\n`, other control characters (not allowed in TEXT) become spaces.
    public static func escapeText(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var previousCR = false
        for u in s.unicodeScalars {
            defer { previousCR = u == "\r" }
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\u{2028}", "\u{2029}": out += "\\n"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += " " } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Appends a content line folded at 75 octets (RFC 5545 §3.1): CRLF then one space before each
    /// continuation, never inside a UTF-8 sequence.
    public static func appendLine(_ line: String, to out: inout [UInt8]) {
        var width = 0
        for scalar in line.unicodeScalars {
            let n = UTF8.width(scalar)
            if width + n > 75 {
                out.append(0x0D); out.append(0x0A); out.append(0x20)
                width = 1
            }
            out.append(contentsOf: String(scalar).utf8)
            width += n
        }
        out.append(0x0D); out.append(0x0A)
    }
}
