import DiploModel
import Foundation

/// Output formats of timelines and exports.
public enum ExportFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl, timelinejs, ics, html

    /// Formats written event by event (the table and the HTML page need every event first).
    public var isStreamed: Bool { self != .table && self != .html }
}

/// Formatters of timelines: JSON Lines, JSON, CSV, TimelineJS JSON, iCalendar (and, in
/// `TableFormatter` and `HTMLTimelinePage`, terminal tables and HTML pages).
///
/// Every format is deterministic: the same events in the same order give byte-identical output.
/// The `render` functions build the whole output; `EventStreamWriter` writes event by event to a
/// file handle or any `TextOutputStream`, so exporting a million events never holds them all.
public enum Exporters {
    // MARK: Whole outputs

    /// One JSON object per line, each line ending with LF.
    public static func jsonLines(_ events: [TimelineEvent]) -> String { render(events, format: .jsonl) }

    /// A JSON array of the same objects as `jsonLines`.
    public static func json(_ events: [TimelineEvent], pretty: Bool = true) -> String {
        render(events, format: .json, pretty: pretty)
    }

    /// RFC 4180 CSV with a header row and CRLF line ends.
    public static func csv(_ events: [TimelineEvent]) -> String { render(events, format: .csv) }

    /// Any format as a string (`table` uses `TableFormatter` with no width limit, `html` the default page).
    public static func render(_ events: [TimelineEvent], format: ExportFormat, pretty: Bool = true, title: String? = nil) -> String {
        if format == .table { return TableFormatter().render(events) }
        if format == .html { return HTMLTimelinePage(title: title ?? "diplo timeline").render(events) }
        var out: [UInt8] = []
        let writer = EventStreamWriter(format: format, pretty: pretty, title: title) { out.append(contentsOf: $0) }
        do {
            for e in events { try writer.write(e) }
            try writer.finish()
        } catch {}  // the closure never throws
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes events in a format to a text stream, one event at a time.
    public static func write<S: TextOutputStream>(_ events: some Sequence<TimelineEvent>, format: ExportFormat,
                                                  pretty: Bool = true, to stream: inout S) {
        if !format.isStreamed {
            stream.write(render(Array(events), format: format, pretty: pretty))
            return
        }
        var chunks: [String] = []
        let writer = EventStreamWriter(format: format, pretty: pretty) { chunks.append(String(decoding: $0, as: UTF8.self)) }
        do {
            for e in events {
                try writer.write(e)
                for c in chunks { stream.write(c) }
                chunks.removeAll(keepingCapacity: true)
            }
            try writer.finish()
        } catch {}
        for c in chunks { stream.write(c) }
    }

    // MARK: JSON objects

    /// Appends the JSON object of one event, keys in the fixed order of the export contract.
    public static func appendJSON(_ e: TimelineEvent, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(e.id)
        w.key("type"); w.string(e.type.rawValue)
        w.key("cameo"); w.string(e.cameo)
        w.key("plover"); w.string(e.plover)
        w.key("date"); w.string(e.date.isoString)
        w.key("date_precision"); w.string(e.date.precision.rawValue)
        w.key("date_earliest"); w.string(e.date.earliest.iso)
        w.key("date_latest"); w.string(e.date.latest.iso)
        w.key("date_basis"); w.string(e.date.basis.rawValue)
        w.key("participants"); w.beginArray()
        for p in e.participants {
            w.beginObject()
            w.key("name"); w.string(p.name)
            w.key("wikidata"); w.string(p.wikidata)
            w.key("country"); w.string(p.country)
            w.key("kind"); w.string(p.kind.rawValue)
            w.key("id"); w.string(p.id)
            w.endObject()
        }
        w.endArray()
        w.key("location")
        if let l = e.location {
            w.beginObject(); w.key("name"); w.string(l.name); w.key("id"); w.string(l.id); w.endObject()
        } else {
            w.null()
        }
        w.key("regions"); w.beginArray()
        for r in e.regions { w.beginObject(); w.key("name"); w.string(r.name); w.key("id"); w.string(r.id); w.endObject() }
        w.endArray()
        w.key("sources"); w.beginArray()
        for s in e.sources {
            w.beginObject()
            w.key("article"); w.string(s.article)
            w.key("url"); w.string(s.url)
            w.key("title"); w.string(s.title)
            w.key("published"); w.string(s.published?.iso)
            w.key("evidence"); w.string(s.evidence)
            w.endObject()
        }
        w.endArray()
        // Added after the contract of the first release, at the end so that readers by position keep working.
        w.key("mode"); w.string(e.mode?.rawValue)
        w.key("countries"); w.beginArray()
        for c in e.countryCodes { w.string(c) }
        w.endArray()
        w.key("n_sources"); w.int(e.articleCount)
        w.endObject()
    }

    // MARK: CSV

    public static let csvColumns = ["id", "date", "date_precision", "date_earliest", "date_latest", "date_basis", "type",
                                    "cameo", "plover", "participants", "participant_qids", "countries", "location",
                                    "regions", "evidence", "sources", "source_urls", "n_sources"]

    /// The cells of an event's CSV row, before quoting.
    public static func csvCells(_ e: TimelineEvent) -> [String] {
        [
            e.id, e.date.isoString, e.date.precision.rawValue, e.date.earliest.iso, e.date.latest.iso, e.date.basis.rawValue,
            e.type.rawValue, e.cameo, e.plover,
            e.participants.map(\.name).joined(separator: "; "),
            e.participants.map { $0.wikidata ?? "" }.joined(separator: "; "),
            e.countryCodes.joined(separator: "; "),
            e.location?.name ?? "",
            e.regions.map(\.name).joined(separator: "; "),
            e.sources.map(\.evidence).joined(separator: "; "),
            e.sources.map(\.article).joined(separator: "; "),
            e.sources.map { $0.url ?? "" }.joined(separator: "; "),
            String(e.articleCount),
        ]
    }

    /// Appends one CSV row (cells neutralised against formula injection, quoted when needed, CRLF).
    public static func appendCSVRow(_ cells: [String], to out: inout [UInt8], neutralise: Bool = true) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendCSVField(cell, to: &out, neutralise: neutralise)
        }
        out.append(0x0D); out.append(0x0A)
    }

    /// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, TAB, CR first) gets a `'` prefix.
    public static func neutraliseFormula(_ s: String) -> String {
        guard let f = s.utf8.first else { return s }
        switch f {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + s
        default: return s
        }
    }

    public static func appendCSVField(_ raw: String, to out: inout [UInt8], neutralise: Bool = true) {
        appendCSVField(joining: CollectionOfOne(raw), to: &out, neutralise: neutralise)
    }

    /// Appends `parts` joined by "; " as one field, exactly as `appendCSVField(parts.joined(separator: "; "))`
    /// would, without building the joined string (exports write millions of these). Each part's UTF-8
    /// bytes are scanned in place and copied whole when nothing needs quoting.
    static func appendCSVField(joining parts: some Collection<String>, to out: inout [UInt8], neutralise: Bool = true) {
        guard var firstPart = parts.first else { return }
        let first = firstPart.withUTF8 { $0.first } ?? (parts.count > 1 ? UInt8(ascii: ";") : nil)
        var prefix = false
        if neutralise, let f = first {
            switch f {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: prefix = true
            default: break
            }
        }
        @inline(__always) func special(_ b: UInt8) -> Bool { b == 0x22 || b == 0x2C || b == 0x0D || b == 0x0A }
        var needsQuotes = false
        for var part in parts where !needsQuotes {
            needsQuotes = part.withUTF8 { bytes in bytes.contains(where: special) }
        }
        if needsQuotes { out.append(0x22) }
        if prefix { out.append(UInt8(ascii: "'")) }
        var separate = false
        for var part in parts {
            if separate { out.append(UInt8(ascii: ";")); out.append(0x20) }
            separate = true
            part.withUTF8 { bytes in
                guard needsQuotes else { out.append(contentsOf: bytes); return }
                for b in bytes {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
            }
        }
        if needsQuotes { out.append(0x22) }
    }

    /// Appends an event's CSV row: the cells of `csvCells`, written straight into `out`.
    public static func appendCSVRow(_ e: TimelineEvent, to out: inout [UInt8]) {
        func comma() { out.append(UInt8(ascii: ",")) }
        for cell in [e.id, e.date.isoString, e.date.precision.rawValue, e.date.earliest.iso, e.date.latest.iso, e.date.basis.rawValue,
                     e.type.rawValue, e.cameo, e.plover] {
            appendCSVField(cell, to: &out)
            comma()
        }
        appendCSVField(joining: e.participants.lazy.map(\.name), to: &out); comma()
        appendCSVField(joining: e.participants.lazy.map { $0.wikidata ?? "" }, to: &out); comma()
        appendCSVField(joining: e.countryCodes, to: &out); comma()
        appendCSVField(e.location?.name ?? "", to: &out); comma()
        appendCSVField(joining: e.regions.lazy.map(\.name), to: &out); comma()
        appendCSVField(joining: e.sources.lazy.map(\.evidence), to: &out); comma()
        appendCSVField(joining: e.sources.lazy.map(\.article), to: &out); comma()
        appendCSVField(joining: e.sources.lazy.map { $0.url ?? "" }, to: &out); comma()
        appendCSVField(String(e.articleCount), to: &out)
        out.append(0x0D); out.append(0x0A)
    }
}

/// Writes events one at a time in a streaming format (JSON Lines, JSON array, CSV, TimelineJS JSON,
/// iCalendar), buffering the bytes and handing them to `output` in chunks of about 64 KiB.
public final class EventStreamWriter {
    public let format: ExportFormat
    private let output: ([UInt8]) throws -> Void
    private var buffer: [UInt8] = []
    private var json: JSONWriter
    private var count = 0
    private var started = false
    private var finished = false
    private let chunkSize: Int
    private let title: String?
    private let subtitle: String?

    /// - Parameters:
    ///   - format: a streamed format (`.table` and `.html` are written as JSON Lines; use
    ///     `TableFormatter` and `HTMLTimelinePage`).
    ///   - title: the calendar name (iCalendar) or title slide (TimelineJS), with `subtitle` under it.
    public init(format: ExportFormat, pretty: Bool = true, title: String? = nil, subtitle: String? = nil,
                chunkSize: Int = 1 << 16, output: @escaping ([UInt8]) throws -> Void) {
        self.format = format
        self.title = title
        self.subtitle = subtitle
        self.output = output
        self.chunkSize = chunkSize
        self.json = JSONWriter(pretty: pretty && format == .json, reserve: 4096)
        buffer.reserveCapacity(chunkSize + 4096)
    }

    /// Writes to a file handle (standard output by default).
    public convenience init(format: ExportFormat, pretty: Bool = true, title: String? = nil, subtitle: String? = nil,
                            fileHandle: FileHandle = .standardOutput) {
        self.init(format: format, pretty: pretty, title: title, subtitle: subtitle) { bytes in try fileHandle.write(contentsOf: bytes) }
    }

    private func start() {
        guard !started else { return }
        started = true
        switch format {
        case .csv: Exporters.appendCSVRow(Exporters.csvColumns, to: &buffer, neutralise: false)
        case .json: buffer.append(UInt8(ascii: "["))
        case .timelinejs: TimelineJS.appendHeader(title: title, subtitle: subtitle, to: &buffer)
        case .ics: ICalendar.appendHeader(title: title, to: &buffer)
        case .jsonl, .table, .html: break
        }
    }

    public func write(_ event: TimelineEvent) throws {
        start()
        switch format {
        case .csv:
            Exporters.appendCSVRow(event, to: &buffer)
        case .json:
            if count > 0 { buffer.append(UInt8(ascii: ",")) }
            if json.pretty { buffer.append(contentsOf: "\n  ".utf8) }
            json.reset()
            Exporters.appendJSON(event, to: &json)
            if json.pretty {
                // Indent the nested lines of the object by one level inside the array.
                for b in json.bytes {
                    buffer.append(b)
                    if b == 0x0A { buffer.append(0x20); buffer.append(0x20) }
                }
            } else {
                buffer.append(contentsOf: json.bytes)
            }
        case .timelinejs:
            buffer.append(contentsOf: (count > 0 ? ",\n" : "\n").utf8)
            json.reset()
            TimelineJS.appendEvent(event, to: &json)
            buffer.append(contentsOf: json.bytes)
        case .ics:
            ICalendar.appendEvent(event, to: &buffer)
        case .jsonl, .table, .html:
            json.reset()
            Exporters.appendJSON(event, to: &json)
            buffer.append(contentsOf: json.bytes)
            buffer.append(0x0A)
        }
        count += 1
        if buffer.count >= chunkSize { try flush() }
    }

    /// Ends the output (closing the JSON array) and flushes. Calling it again does nothing.
    public func finish() throws {
        guard !finished else { return }
        start()
        finished = true
        switch format {
        case .json: buffer.append(contentsOf: (json.pretty && count > 0 ? "\n]\n" : "]\n").utf8)
        case .timelinejs: buffer.append(contentsOf: TimelineJS.footer.utf8)
        case .ics: buffer.append(contentsOf: ICalendar.footer.utf8)
        case .csv, .jsonl, .table, .html: break
        }
        try flush()
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        let chunk = buffer
        buffer.removeAll(keepingCapacity: true)
        try output(chunk)
    }
}
