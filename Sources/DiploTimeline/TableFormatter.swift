import DiploModel
import Foundation

/// Aligned columns for terminals: date, type, participants, location, regions, sources, evidence.
///
/// Widths are display widths (characters, East Asian wide characters counting two, combining marks
/// zero), never bytes. The evidence excerpt is cut to fit only when a maximum width is given —
/// the CLI gives one only when standard output is a terminal of known width — otherwise every
/// line is printed in full, so piping a table to a file loses nothing.
public struct TableFormatter: Sendable {
    /// Total line width to fit in, or nil for no limit.
    public var maxWidth: Int?
    /// Bold header (only for terminals).
    public var bold: Bool

    public init(maxWidth: Int? = nil, bold: Bool = false) {
        self.maxWidth = maxWidth; self.bold = bold
    }

    public static let headers = ["DATE", "TYPE", "PARTICIPANTS", "LOCATION", "REGIONS", "SRC", "EVIDENCE"]

    public static func cells(_ e: TimelineEvent) -> [String] {
        [
            e.dateLabel,
            e.type.rawValue,
            e.participants.map(\.name).joined(separator: ", "),
            e.location?.name ?? "",
            e.regions.map(\.name).joined(separator: ", "),
            String(e.articleCount),
            e.leadEvidence,
        ]
    }

    public func render(_ events: [TimelineEvent]) -> String {
        let rows = events.map(TableFormatter.cells)
        let n = TableFormatter.headers.count
        var widths = TableFormatter.headers.map(DisplayWidth.of)
        for r in rows { for i in 0..<(n - 1) { widths[i] = max(widths[i], DisplayWidth.of(r[i])) } }
        let gap = 2
        let fixed = widths.prefix(n - 1).reduce(0, +) + gap * (n - 1)
        var evidenceWidth: Int? = nil
        if let maxWidth { evidenceWidth = max(20, maxWidth - fixed) }

        var out = ""
        func line(_ cells: [String], header: Bool) {
            var l = ""
            for i in 0..<n {
                var c = cells[i]
                if i == n - 1 {
                    if let ew = evidenceWidth { c = DisplayWidth.truncate(c, to: ew) }
                    l += c
                } else {
                    let pad = widths[i] - DisplayWidth.of(c)
                    // Right-align the number of sources.
                    if i == 5 && !header { l += String(repeating: " ", count: pad) + c }
                    else { l += c + String(repeating: " ", count: pad) }
                    l += String(repeating: " ", count: gap)
                }
            }
            while l.hasSuffix(" ") { l.removeLast() }
            if header && bold { l = "\u{1B}[1m" + l + "\u{1B}[0m" }
            out += l + "\n"
        }
        line(TableFormatter.headers, header: true)
        for r in rows { line(r, header: false) }
        return out
    }
}

/// Display width of text in a monospaced terminal.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        // ASCII text (most of it) is one column per printable byte, without splitting it into characters.
        var ascii = 0
        for b in s.utf8 {
            guard b < 0x80 else { return ofCharacters(s) }
            if b >= 0x20 && b != 0x7F { ascii += 1 }
        }
        return ascii
    }

    private static func ofCharacters(_ s: String) -> Int {
        var w = 0
        for ch in s { w += of(ch) }
        return w
    }

    public static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(v) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth ranges, and emoji presentation.
    static func isWide(_ v: UInt32) -> Bool {
        (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
            || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xA000 && v <= 0xA4CF)
            || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
            || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1F64F)
            || (v >= 0x1F900 && v <= 0x1F9FF) || (v >= 0x20000 && v <= 0x3FFFD)
    }

    /// Cuts `s` to at most `width` columns, ending with "…" when cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard of(s) > width else { return s }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var w = 0
        for ch in s {
            let cw = of(ch)
            if w + cw > width - 1 { break }
            out.append(ch); w += cw
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }
}

/// What the terminal standard output is connected to.
public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The width of the terminal on `fd`: `COLUMNS` when set, else the ioctl; nil when unknown.
    public static func width(fd: Int32 = 1) -> Int? {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n > 0 { return n }
        var ws = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        return nil
    }

    /// The table width limit for standard output: the terminal width when stdout is a terminal of
    /// known width, nil otherwise (print in full).
    public static func tableWidthForStandardOutput() -> Int? {
        guard isTerminal(1) else { return nil }
        return width(fd: 1)
    }
}

/// A plain aligned table (for `diplo actors`, `places`, `stats`).
public enum TextTable {
    /// - Parameter rightAligned: indexes of columns aligned to the right (numbers).
    public static func render(headers: [String], rows: [[String]], rightAligned: Set<Int> = [], bold: Bool = false) -> String {
        var widths = headers.map(DisplayWidth.of)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        var out = ""
        func line(_ cells: [String], header: Bool) {
            var l = ""
            for (i, c) in cells.enumerated() where i < widths.count {
                let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(c))
                l += (rightAligned.contains(i) && !header) ? pad + c : c + pad
                if i < widths.count - 1 { l += "  " }
            }
            while l.hasSuffix(" ") { l.removeLast() }
            out += (header && bold ? "\u{1B}[1m" + l + "\u{1B}[0m" : l) + "\n"
        }
        line(headers, header: true)
        for r in rows { line(r, header: false) }
        return out
    }
}
