import Foundation
import DiploModel

/// What every output format says about an event in the same words: its date with precision, a
/// one-line headline, the countries taking part, the number of distinct reporting articles.
///
/// Kept in one place so that the table, CSV, HTML, iCalendar and TimelineJS exports never disagree.
public extension TimelineEvent {
    /// Participant countries (ISO codes), in participant order, each once.
    var countryCodes: [String] {
        var out: [String] = []
        for p in participants { if let c = p.country, !out.contains(c) { out.append(c) } }
        return out
    }

    /// Distinct articles reporting the event (an article may give several evidence sentences).
    var articleCount: Int { sources.count < 2 ? sources.count : Set(sources.map(\.article)).count }

    /// `2020-02-21`, or `2019-10 (month)` / `2018 (year)` when the day is not known.
    var dateLabel: String {
        date.precision == .day ? date.isoString : "\(date.isoString) (\(date.precision.rawValue))"
    }

    /// `Meeting in Sochi — Recep Tayyip Erdoğan, Vladimir Putin`.
    var headline: String {
        var s = type.displayName
        if let l = location { s += " in \(l.name)" }
        if !participants.isEmpty { s += " — " + participants.map(\.name).joined(separator: ", ") }
        return s
    }

    /// The first evidence sentence on one line (whitespace runs collapsed), or "".
    var leadEvidence: String { sources.first.map { EventPresentation.singleLine($0.evidence) } ?? "" }
}

public extension EventType {
    /// Capitalised English name for titles: `Call`, `Meeting`…
    var displayName: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

public enum EventPresentation {
    /// Collapses runs of whitespace (newlines included) into single spaces.
    public static func singleLine(_ s: String) -> String {
        // Byte by byte for Latin text (most evidence); other scripts, and a combining mark after a
        // space (one character with it), take the character-level path, which this must equal.
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false, afterSpace = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var length = 1
            var v = UInt32(b)
            if b >= 0x80 {
                length = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
                guard i + length <= bytes.count else { break }
                v = UInt32(b) & (0xFF >> UInt32(length + 1))
                for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
            }
            let space: Bool
            if v < 0x80 { space = v == 0x20 || (v >= 0x09 && v <= 0x0D) }
            else if v == 0x85 || v == 0xA0 { space = true }
            else if DisplayWidth.simpleWidth(v) != nil && !(afterSpace && (0x300..<0x370).contains(v)) { space = false }
            else { return s.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ") }
            afterSpace = space
            if space {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(contentsOf: bytes[i..<i + length])
            }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A URL safe to put in a link: http or https, without whitespace, quotes or control characters.
    /// Anything else (`javascript:`, `file:`, a bare word) is not linked.
    public static func linkableURL(_ url: String?) -> String? {
        guard let u = url?.trimmingCharacters(in: .whitespaces), !u.isEmpty else { return nil }
        let lower = u.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        for s in u.unicodeScalars where s.value <= 0x20 || s.value == 0x7F || s == "\"" || s == "<" || s == ">" || s == "\\" {
            return nil
        }
        return u
    }

    /// Cuts `s` to at most `count` characters at a word boundary, ending with "…" when cut.
    public static func excerpt(_ s: String, _ count: Int) -> String {
        guard s.count > count else { return s }
        var cut = String(s.prefix(count))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > count / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, last == " " || last == "," || last == ";" { cut.removeLast() }
        return cut + "…"
    }
}
