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

    public func render(_ events: [TimelineEvent]) -> String { String(decoding: renderBytes(events), as: UTF8.self) }

    /// The table as UTF-8 bytes, built in one buffer (tables of tens of thousands of events).
    public func renderBytes(_ events: [TimelineEvent]) -> [UInt8] {
        let rows = events.map(TableFormatter.cells)
        let n = TableFormatter.headers.count
        var widths = TableFormatter.headers.map(DisplayWidth.of)
        var cellWidths = [[Int]]()
        cellWidths.reserveCapacity(rows.count)
        for r in rows {
            let w = (0..<(n - 1)).map { DisplayWidth.of(r[$0]) }
            for i in 0..<(n - 1) { widths[i] = max(widths[i], w[i]) }
            cellWidths.append(w)
        }
        let gap = 2
        let fixed = widths.prefix(n - 1).reduce(0, +) + gap * (n - 1)
        var evidenceWidth: Int? = nil
        if let maxWidth { evidenceWidth = max(20, maxWidth - fixed) }

        var out: [UInt8] = []
        out.reserveCapacity((fixed + 120) * (rows.count + 1))
        func spaces(_ k: Int) { if k > 0 { out.append(contentsOf: repeatElement(0x20, count: k)) } }
        func line(_ cells: [String], _ cellWidth: [Int], header: Bool) {
            if header && bold { out.append(contentsOf: "\u{1B}[1m".utf8) }
            let textStart = out.count
            for i in 0..<n {
                let c = cells[i]
                if i == n - 1 {
                    if let ew = evidenceWidth { out.append(contentsOf: DisplayWidth.truncate(c, to: ew).utf8) } else { out.append(contentsOf: c.utf8) }
                } else {
                    let pad = widths[i] - cellWidth[i]
                    // Right-align the number of sources.
                    if i == 5 && !header { spaces(pad); out.append(contentsOf: c.utf8) } else { out.append(contentsOf: c.utf8); spaces(pad) }
                    spaces(gap)
                }
            }
            while out.count > textStart, out[out.count - 1] == 0x20 { out.removeLast() }
            if header && bold { out.append(contentsOf: "\u{1B}[0m".utf8) }
            out.append(0x0A)
        }
        line(TableFormatter.headers, TableFormatter.headers.map(DisplayWidth.of), header: true)
        for (r, w) in zip(rows, cellWidths) { line(r, w + [0], header: false) }
        return out
    }
}

/// Display width of text in a monospaced terminal.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        // Latin text (most of it) is measured scalar by scalar, without splitting it into characters.
        var w = 0
        for scalar in s.unicodeScalars {
            guard let sw = simpleWidth(scalar.value) else { return ofCharacters(s) }
            w += sw
        }
        return w
    }

    /// The width of a scalar that is always a character of its own or a combining mark (Latin
    /// letters and accents, dashes, quotes…), where summing scalars equals summing characters; nil
    /// for the others (scripts and symbols that may form multi-scalar characters).
    static func simpleWidth(_ v: UInt32) -> Int? {
        if v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xAD { return 0 }
        if v < 0x300 { return 1 }
        if v < 0x370 { return 0 }
        if (v >= 0x1E00 && v < 0x1F00) || (v >= 0x2010 && v < 0x2028) || (v >= 0x2030 && v < 0x205F) { return 1 }
        return nil
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
