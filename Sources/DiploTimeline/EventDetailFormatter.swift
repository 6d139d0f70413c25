import DiploModel

/// One event in full, for `diplo show`: its fields, then every source with its evidence sentence.
public enum EventDetailFormatter {
    public static func text(_ e: TimelineEvent) -> String {
        var lines: [String] = []
        func field(_ name: String, _ value: String) { lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0) + value) }
        field("id", e.id)
        var date = "\(e.date.isoString) (\(e.date.precision.rawValue), \(e.date.basis.rawValue))"
        if e.date.earliest != e.date.latest || e.date.precision != .day {
            date += ", between \(e.date.earliest.iso) and \(e.date.latest.iso)"
        }
        field("date", date)
        field("type", e.type.rawValue + (e.mode.map { " (\($0.rawValue))" } ?? ""))
        field("cameo", e.cameo)
        field("plover", e.plover)
        if e.participants.isEmpty { field("participants", "-") }
        for (i, p) in e.participants.enumerated() {
            var extra: [String] = [p.kind.rawValue]
            if let c = p.country { extra.append(c) }
            extra.append(p.wikidata ?? p.id)
            field(i == 0 ? "participants" : "", "\(p.name) (\(extra.joined(separator: ", ")))")
        }
        field("location", e.location.map { "\($0.name) (\($0.id))" } ?? "-")
        field("regions", e.regions.isEmpty ? "-" : e.regions.map { "\($0.name) (\($0.id))" }.joined(separator: ", "))
        let articles = Set(e.sources.map(\.article)).count
        lines.append("")
        lines.append("sources (\(articles) article\(articles == 1 ? "" : "s"), \(e.sources.count) sentence\(e.sources.count == 1 ? "" : "s")):")
        for (i, s) in e.sources.enumerated() {
            lines.append("")
            lines.append("[\(i + 1)] \(s.article)")
            if let t = s.title { lines.append("    title:     \(t)") }
            if let u = s.url { lines.append("    url:       \(u)") }
            if let p = s.published { lines.append("    published: \(p.iso)") }
            lines.append("    evidence:  \(s.isCore ? "" : "(background) ")\(s.evidence)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The export object of the event (same keys as JSON Lines), pretty-printed, plus source offsets.
    public static func json(_ e: TimelineEvent, pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        Exporters.appendJSON(e, to: &w)
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }
}
