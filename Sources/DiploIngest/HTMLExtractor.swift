import Foundation

/// What an HTML page yields: its readable text and metadata.
struct HTMLDocument {
    var title: String?
    var url: String?
    var language: String?
    /// Publication-date candidates, best first (meta tags, `<time>` in the article, JSON-LD).
    var publishedCandidates: [String]
    /// Readable text: one paragraph per line, paragraphs separated by a blank line.
    var text: String
}

/// A small hand-written HTML scanner: no regular expressions, no recursion, no DOM.
///
/// It walks the bytes once, tracking only counters (depth of skipped landmark elements, of
/// `<article>`, of the first `<h1>`), so malformed and deeply nested markup costs nothing extra.
enum HTMLExtractor {
    static func extract(_ html: String) -> HTMLDocument {
        let bytes = Array(html.utf8)
        var doc = scan(bytes, skipLandmarks: true)
        if TextDecoding.isBlank(doc.text) {
            // A page whose whole content sits in a <header> or an unclosed <nav>: keep the landmarks.
            let again = scan(bytes, skipLandmarks: false)
            doc.text = again.text
        }
        return doc
    }

    // MARK: Tag classes

    private static let rawText: Set<String> = ["script", "style", "noscript", "template", "title", "textarea", "xmp"]
    private static let landmarks: Set<String> = ["nav", "header", "footer", "aside", "menu"]
    /// Not prose: widgets, media, and the captions of photos ("Xi Jinping lors d'une réunion à Pékin, le 12 avril
    /// 2021. © AFP"), which describe a picture — often an older one — rather than report the news.
    private static let skipped: Set<String> = ["svg", "math", "button", "select", "iframe", "object", "canvas", "video", "audio", "figcaption"]
    private static let lineBreaks: Set<String> = ["br", "li", "tr", "dt", "dd", "option"]
    private static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "figure", "figcaption",
        "blockquote", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "main", "pre", "hr", "address",
        "center", "body", "html", "details", "summary", "caption", "fieldset", "legend", "hgroup",
    ]
    private static let voids: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    // MARK: Scanner

    private struct Sink {
        var bytes: [UInt8] = []
        var pendingSpace = false
        var pendingBreak = 0

        mutating func append(_ b: UInt8) {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = true
                return
            }
            if bytes.isEmpty {
                pendingBreak = 0; pendingSpace = false
            } else if pendingBreak > 0 {
                bytes.append(0x0A)
                if pendingBreak > 1 { bytes.append(0x0A) }
                pendingBreak = 0; pendingSpace = false
            } else if pendingSpace {
                bytes.append(0x20); pendingSpace = false
            }
            bytes.append(b)
        }

        mutating func append<S: Sequence>(contentsOf s: S) where S.Element == UInt8 {
            for b in s { append(b) }
        }

        mutating func lineBreak(_ level: Int) { pendingBreak = max(pendingBreak, level) }

        var string: String { String(decoding: bytes, as: UTF8.self) }
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }

    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) ? b + 32 : b
    }

    /// Index of the first `needle` (ASCII, matched case-insensitively) at or after `from`, or nil.
    private static func find(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, b.count >= needle.count else { return nil }
        let first = needle[0]
        var i = from
        let last = b.count - needle.count
        while i <= last {
            if lower(b[i]) == first {
                var k = 1
                while k < needle.count && lower(b[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func scan(_ b: [UInt8], skipLandmarks: Bool) -> HTMLDocument {
        let n = b.count
        var sink = Sink()
        var skipCounts: [String: Int] = [:]
        var skipDepth = 0
        var articleDepth = 0
        var h1Buffer: Sink? = nil
        var h1Depth = 0
        var firstH1: String?
        var titleTag: String?
        var ogTitle: String?
        var canonical: String?
        var ogURL: String?
        var language: String?
        // Published-date candidates by priority (lower is better).
        var published: [(Int, String)] = []

        func emit(_ byte: UInt8) {
            if skipDepth == 0 { sink.append(byte) }
            if h1Buffer != nil { h1Buffer!.append(byte) }
        }
        func emitBreak(_ level: Int) {
            if skipDepth == 0 { sink.lineBreak(level) }
            if h1Buffer != nil { h1Buffer!.append(0x20) }
        }

        var i = 0
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "&") {
                if let (decoded, next) = decodeEntity(b, at: i) {
                    for byte in decoded.utf8 { emit(byte) }
                    i = next
                } else {
                    emit(c); i += 1
                }
                continue
            }
            guard c == UInt8(ascii: "<") else { emit(c); i += 1; continue }
            // Comments, doctype, processing instructions, CDATA.
            if i + 3 < n && b[i + 1] == UInt8(ascii: "!") && b[i + 2] == UInt8(ascii: "-") && b[i + 3] == UInt8(ascii: "-") {
                if let end = find(Array("-->".utf8), in: b, from: i + 4) { i = end + 3 } else { i = n }
                continue
            }
            if i + 1 < n && (b[i + 1] == UInt8(ascii: "!") || b[i + 1] == UInt8(ascii: "?")) {
                if let end = b[(i + 1)...].firstIndex(of: UInt8(ascii: ">")) { i = end + 1 } else { i = n }
                continue
            }
            var j = i + 1
            var closing = false
            if j < n && b[j] == UInt8(ascii: "/") { closing = true; j += 1 }
            guard j < n && isLetter(b[j]) else { emit(c); i += 1; continue }  // a literal "<"
            let nameStart = j
            while j < n && !isSpace(b[j]) && b[j] != UInt8(ascii: "/") && b[j] != UInt8(ascii: ">") { j += 1 }
            let name = String(decoding: b[nameStart..<j].map(lower), as: UTF8.self)
            // Attributes.
            var attrs: [String: String] = [:]
            var selfClosing = false
            while j < n {
                while j < n && isSpace(b[j]) { j += 1 }
                guard j < n else { break }
                if b[j] == UInt8(ascii: ">") { j += 1; break }
                if b[j] == UInt8(ascii: "/") {
                    if j + 1 < n && b[j + 1] == UInt8(ascii: ">") { selfClosing = true }
                    j += 1; continue
                }
                let an = j
                while j < n && !isSpace(b[j]) && b[j] != UInt8(ascii: "=") && b[j] != UInt8(ascii: ">")
                    && !(b[j] == UInt8(ascii: "/") && j + 1 < n && b[j + 1] == UInt8(ascii: ">")) { j += 1 }
                let attrName = String(decoding: b[an..<j].map(lower), as: UTF8.self)
                while j < n && isSpace(b[j]) { j += 1 }
                var value = ""
                if j < n && b[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < n && isSpace(b[j]) { j += 1 }
                    if j < n && (b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'")) {
                        let q = b[j]; j += 1
                        let vs = j
                        while j < n && b[j] != q { j += 1 }
                        value = decodeAttribute(b[vs..<j])
                        if j < n { j += 1 }
                    } else {
                        let vs = j
                        while j < n && !isSpace(b[j]) && b[j] != UInt8(ascii: ">") { j += 1 }
                        value = decodeAttribute(b[vs..<j])
                    }
                }
                if !closing && !attrName.isEmpty && attrs[attrName] == nil { attrs[attrName] = value }
            }
            i = j

            if closing {
                if let count = skipCounts[name], count > 0 {
                    skipCounts[name] = count - 1
                    skipDepth -= 1
                }
                if name == "article" && articleDepth > 0 { articleDepth -= 1 }
                if name == "h1" && h1Buffer != nil {
                    h1Depth -= 1
                    if h1Depth <= 0 {
                        let t = clean(h1Buffer!.string)
                        if !t.isEmpty { firstH1 = t }
                        h1Buffer = nil
                        h1Depth = 0
                    }
                }
                if blocks.contains(name) { emitBreak(2) } else if lineBreaks.contains(name) { emitBreak(1) }
                else if name == "td" || name == "th" { emit(0x20) }
                continue
            }

            // Start tag.
            switch name {
            case "html":
                if language == nil, let lang = attrs["lang"] ?? attrs["xml:lang"] {
                    let primary = lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
                    if let primary, !primary.isEmpty, primary.count <= 3 { language = primary }
                }
            case "meta":
                let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
                if let content = attrs["content"], !content.isEmpty {
                    switch key {
                    case "og:title": if ogTitle == nil { ogTitle = clean(content) }
                    case "og:url": if ogURL == nil { ogURL = content.trimmingCharacters(in: .whitespaces) }
                    case "article:published_time": published.append((0, content))
                    case "date": published.append((1, content))
                    case "datepublished": published.append((2, content))
                    case "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
                         "dc.date", "parsely-pub-date", "sailthru.date", "og:published_time":
                        published.append((5, content))
                    default: break
                    }
                }
            case "link":
                let rel = (attrs["rel"] ?? "").lowercased().split(separator: " ")
                if canonical == nil, rel.contains("canonical"), let href = attrs["href"], !href.isEmpty {
                    canonical = href.trimmingCharacters(in: .whitespaces)
                }
            case "time":
                if let dt = attrs["datetime"], !dt.isEmpty {
                    if (attrs["itemprop"] ?? "").lowercased() == "datepublished" { published.append((2, dt)) }
                    else if articleDepth > 0 { published.append((3, dt)) }
                }
            case "article":
                if !selfClosing { articleDepth += 1 }
            default:
                if (attrs["itemprop"] ?? "").lowercased() == "datepublished",
                   let v = attrs["content"] ?? attrs["datetime"], !v.isEmpty {
                    published.append((2, v))
                }
            }

            if rawText.contains(name) && !selfClosing {
                // Raw text runs to the matching end tag (or the end of the file).
                let close = find(Array("</\(name)".utf8), in: b, from: i) ?? n
                let content = b[i..<close]
                if close < n, let gt = b[close...].firstIndex(of: UInt8(ascii: ">")) { i = gt + 1 } else { i = n }
                if name == "title", titleTag == nil, skipDepth == 0 {
                    let t = clean(decodeAttribute(content))
                    if !t.isEmpty { titleTag = t }
                } else if name == "script", (attrs["type"] ?? "").lowercased().contains("ld+json"),
                          let d = jsonLDDate(Array(content)) {
                    published.append((4, d))
                } else if name == "textarea" || name == "xmp" {
                    emitBreak(2)
                }
                continue
            }

            if name == "h1" && firstH1 == nil && !selfClosing {
                if h1Buffer == nil { h1Buffer = Sink(); h1Depth = 0 }
                h1Depth += 1
            }
            if !selfClosing && !voids.contains(name) && (skipped.contains(name) || (skipLandmarks && landmarks.contains(name))) {
                skipCounts[name, default: 0] += 1
                skipDepth += 1
            }
            if blocks.contains(name) { emitBreak(2) } else if lineBreaks.contains(name) { emitBreak(1) }
            else if name == "td" || name == "th" { emit(0x20) }
        }

        if firstH1 == nil, let buffer = h1Buffer {
            let t = clean(buffer.string)
            if !t.isEmpty { firstH1 = t }
        }
        let ordered = published.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
            .map { $0.element.1.trimmingCharacters(in: .whitespacesAndNewlines) }
        let title = [ogTitle, titleTag, firstH1].compactMap { $0 }.first { !$0.isEmpty }
        return HTMLDocument(title: title, url: canonical ?? ogURL, language: language,
                            publishedCandidates: ordered, text: sink.string)
    }

    /// Collapses whitespace runs and trims.
    private static func clean(_ s: String) -> String {
        var sink = Sink()
        for b in s.utf8 { sink.append(b) }
        return sink.string
    }

    private static func decodeAttribute(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        let b = Array(slice)
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "&"), let (decoded, next) = decodeEntity(b, at: i) {
                out.append(contentsOf: decoded.utf8); i = next
            } else {
                out.append(b[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first `"datePublished": "…"` value in a JSON-LD block.
    private static func jsonLDDate(_ b: [UInt8]) -> String? {
        let key = Array("\"datepublished\"".utf8)
        var from = 0
        while let k = find(key, in: b, from: from) {
            var j = k + key.count
            while j < b.count && isSpace(b[j]) { j += 1 }
            if j < b.count && b[j] == UInt8(ascii: ":") {
                j += 1
                while j < b.count && isSpace(b[j]) { j += 1 }
                if j < b.count && b[j] == UInt8(ascii: "\"") {
                    let s = j + 1
                    var e = s
                    while e < b.count && b[e] != UInt8(ascii: "\"") { e += 1 }
                    if e > s { return String(decoding: b[s..<e], as: UTF8.self) }
                }
            }
            from = k + 1
        }
        return nil
    }

    // MARK: Entities

    /// Decodes the character reference starting at `b[at] == "&"`: the text and the index after it.
    static func decodeEntity(_ b: [UInt8], at: Int) -> (String, Int)? {
        let n = b.count
        var j = at + 1
        guard j < n else { return nil }
        if b[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < n && (b[j] == UInt8(ascii: "x") || b[j] == UInt8(ascii: "X")) { hex = true; j += 1 }
            let ds = j
            var value: UInt32 = 0
            while j < n && j - ds < 8 {
                let d = b[j]
                let digit: UInt32
                if d >= 0x30 && d <= 0x39 { digit = UInt32(d - 0x30) }
                else if hex && d >= 0x61 && d <= 0x66 { digit = UInt32(d - 0x61 + 10) }
                else if hex && d >= 0x41 && d <= 0x46 { digit = UInt32(d - 0x41 + 10) }
                else { break }
                value = value * (hex ? 16 : 10) + digit
                j += 1
            }
            guard j > ds else { return nil }
            if j < n && b[j] == UInt8(ascii: ";") { j += 1 }
            var scalar: Unicode.Scalar
            if value >= 0x80 && value <= 0x9F {
                scalar = Unicode.Scalar(TextDecoding.cp1252High[Int(value) - 0x80])!
            } else if value == 0 {
                scalar = "\u{FFFD}"
            } else {
                scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            }
            if value == 0xAD { return ("", j) }  // soft hyphen
            return (String(scalar), j)
        }
        let ns = j
        while j < n && j - ns < 32 && (isLetter(b[j]) || (b[j] >= 0x30 && b[j] <= 0x39)) { j += 1 }
        guard j > ns else { return nil }
        let name = String(decoding: b[ns..<j], as: UTF8.self)
        if j < n && b[j] == UInt8(ascii: ";") {
            if let v = lookup(name) { return (v, j + 1) }
            return nil
        }
        // Legacy references without a semicolon.
        if ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"].contains(name), let v = lookup(name) {
            if j < n && b[j] == UInt8(ascii: "=") { return nil }
            return (v, j)
        }
        return nil
    }

    private static func lookup(_ name: String) -> String? {
        if let v = named[name] { return v }
        // Accented capitals: "Eacute" → uppercase of "eacute".
        if let f = name.first, f.isUppercase, let v = named[f.lowercased() + name.dropFirst()], accentSuffixes.contains(where: { name.hasSuffix($0) }) {
            return v.uppercased()
        }
        return nil
    }

    private static let accentSuffixes = ["acute", "grave", "circ", "uml", "tilde", "ring", "cedil", "slash", "lig"]

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "",
        "laquo": "«", "raquo": "»", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "·", "prime": "\u{2032}", "Prime": "\u{2033}", "euro": "€", "pound": "£", "yen": "¥",
        "cent": "¢", "copy": "©", "reg": "®", "trade": "\u{2122}", "deg": "°", "sect": "§", "para": "¶",
        "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "sup1": "¹", "sup2": "²", "sup3": "³", "ordf": "ª", "ordm": "º", "micro": "µ", "iexcl": "¡",
        "iquest": "¿", "curren": "¤", "brvbar": "¦", "not": "¬", "macr": "¯", "acute": "´", "cedil": "¸",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "dagger": "\u{2020}", "Dagger": "\u{2021}", "permil": "\u{2030}",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "hearts": "♥", "star": "☆",
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "atilde": "ã", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ",
        "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø", "oelig": "œ",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "yacute": "ý", "yuml": "ÿ",
        "szlig": "ß", "eth": "ð", "thorn": "þ", "scaron": "š", "zcaron": "ž", "fnof": "ƒ",
        "Scaron": "Š", "Zcaron": "Ž", "OElig": "Œ", "AElig": "Æ", "Yuml": "Ÿ", "ETH": "Ð", "THORN": "Þ",
    ]
}
