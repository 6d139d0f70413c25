import DiploModel
import Foundation

/// The `---`-delimited `key: value` header of plain-text and Markdown articles.
struct FrontMatter {
    var title: String?
    var url: String?
    var published: String?
    var language: String?
    var source: String?
    /// The text after the closing `---` line, exactly.
    var body: Substring

    /// Splits `text` into its front matter (if the first line is `---`) and body.
    static func parse(_ text: String, file: String) throws -> FrontMatter {
        var fm = FrontMatter(body: Substring(text))
        var position = text.startIndex
        /// The next line (without its LF) and whether an LF ended it.
        func nextLine() -> Substring? {
            guard position < text.endIndex else { return nil }
            if let nl = text[position...].firstIndex(of: "\n") {
                defer { position = text.index(after: nl) }
                return text[position..<nl]
            }
            defer { position = text.endIndex }
            return text[position...]
        }
        guard let first = nextLine(), isFence(first) else { return fm }
        var lineNumber = 1
        while let line = nextLine() {
            lineNumber += 1
            if isFence(line) {
                fm.body = text[position...]
                return fm
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw IngestError.malformedFrontMatter(file: file, line: lineNumber,
                                                       reason: "expected 'key: value' or a closing '---'")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty, key.unicodeScalars.allSatisfy({ isKeyScalar($0) }) else {
                throw IngestError.malformedFrontMatter(file: file, line: lineNumber,
                                                       reason: "expected 'key: value' or a closing '---'")
            }
            guard let value = unquote(line[line.index(after: colon)...]) else {
                throw IngestError.malformedFrontMatter(file: file, line: lineNumber, reason: "unterminated quoted value")
            }
            let v: String? = value.isEmpty ? nil : value
            switch key {
            case "title": fm.title = v
            case "url", "link": fm.url = v
            case "published": fm.published = v
            case "date": if fm.published == nil { fm.published = v }
            case "language", "lang": fm.language = v
            case "source": fm.source = v
            default: break
            }
        }
        throw IngestError.malformedFrontMatter(file: file, line: 1, reason: "the opening '---' is never closed")
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingCharacters(in: .whitespaces) == "---"
    }

    private static func isKeyScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "0" && s <= "9") || s == "_" || s == "-"
    }

    /// Trims a value and removes matching surrounding quotes; nil for an unterminated quote. A value that only opens
    /// with a quotation (`title: "Nous avons Allah" : Erdogan répond à Trump`, as scrapers write headlines) is taken
    /// as written.
    static func unquote(_ raw: Substring) -> String? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard let q = s.first, q == "\"" || q == "'" else { return s }
        guard s.count >= 2, s.last == q else { return s.dropFirst().contains(q) ? s : nil }
        var inner = String(s.dropFirst().dropLast())
        if q == "\"" {
            inner = inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
        } else {
            inner = inner.replacingOccurrences(of: "''", with: "'")
        }
        return inner
    }
}
