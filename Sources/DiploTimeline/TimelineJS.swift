import DiploModel

/// TimelineJS (Knight Lab) JSON: `{"title": …, "events": [{"start_date", "text", "group", "unique_id"}]}`.
///
/// `start_date` holds only the parts of the date that are known — `{"year": 2019, "month": 10}` for
/// a month — so TimelineJS shows the precision diplo has instead of an invented first of the month.
/// `text.text` is HTML: the evidence sentences with links to their sources (http and https only).
public enum TimelineJS {
    /// The opening of the document, with a title slide when a title is given.
    public static func appendHeader(title: String?, subtitle: String?, to out: inout [UInt8]) {
        var w = JSONWriter()
        if let title, !title.isEmpty {
            w.beginObject()
            w.key("text"); w.beginObject()
            w.key("headline"); w.string(title)
            w.key("text"); w.string(subtitle.map { "<p>" + HTML.escape($0) + "</p>" } ?? "")
            w.endObject()
            w.endObject()
        }
        out.append(contentsOf: "{".utf8)
        if !w.bytes.isEmpty {
            out.append(contentsOf: "\"title\":".utf8)
            out.append(contentsOf: w.bytes)
            out.append(UInt8(ascii: ","))
        }
        out.append(contentsOf: "\"events\":[".utf8)
    }

    public static let footer = "\n]}\n"

    /// One slide object.
    public static func appendEvent(_ e: TimelineEvent, to w: inout JSONWriter) {
        w.beginObject()
        w.key("unique_id"); w.string(e.id)
        w.key("start_date"); w.beginObject()
        w.key("year"); w.int(e.date.value.year)
        if e.date.precision <= .month || e.date.precision == .range { w.key("month"); w.int(e.date.value.month) }
        if e.date.precision == .day || e.date.precision == .range { w.key("day"); w.int(e.date.value.day) }
        w.endObject()
        if e.date.precision == .range {
            // Only known to lie within a window: TimelineJS draws it as a span to its last day.
            w.key("end_date"); w.beginObject()
            w.key("year"); w.int(e.date.latest.year); w.key("month"); w.int(e.date.latest.month); w.key("day"); w.int(e.date.latest.day)
            w.endObject()
        }
        w.key("text"); w.beginObject()
        w.key("headline"); w.string(e.headline)
        w.key("text"); w.string(text(e))
        w.endObject()
        w.key("group"); w.string(e.type.rawValue)
        w.endObject()
    }

    /// The slide body: date and precision, then each evidence sentence as a quote with its source.
    static func text(_ e: TimelineEvent) -> String {
        var html = "<p>\(HTML.escape(e.dateLabel)) · \(HTML.escape(e.type.rawValue))"
        if !e.regions.isEmpty { html += " · about " + HTML.escape(e.regions.map(\.name).joined(separator: ", ")) }
        html += "</p>"
        for s in e.sources {
            html += "<blockquote>\(HTML.escape(EventPresentation.singleLine(s.evidence)))</blockquote><p>— "
            html += HTML.sourceLink(s)
            html += "</p>"
        }
        return html
    }
}
