import DiploModel

/// HTML escaping and the small fragments shared by the HTML page and TimelineJS slides.
public enum HTML {
    /// Escapes text for element content and quoted attribute values (`&`, `<`, `>`, `"`, `'`).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than TAB/LF/CR are not allowed in HTML text.
                if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" || u.value == 0x7F { out += " " }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// The source as a link to its article when it has an http(s) URL, else its name: the title
    /// (or file name) and the publication date.
    public static func sourceLink(_ s: EventSource) -> String {
        let label = escape(s.title ?? s.article)
        var html: String
        if let url = EventPresentation.linkableURL(s.url) {
            html = "<a href=\"\(escape(url))\" rel=\"noopener noreferrer\" target=\"_blank\">\(label)</a>"
        } else {
            html = "<cite>\(label)</cite>"
        }
        if s.title != nil { html += " <span class=\"file\">\(escape(s.article))</span>" }
        if let p = s.published { html += " <time datetime=\"\(p.iso)\">\(p.iso)</time>" }
        return html
    }
}
