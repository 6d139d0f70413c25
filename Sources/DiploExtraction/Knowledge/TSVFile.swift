import Foundation

/// Reads the knowledge base's tab-separated files: `#` comments, blank lines, `|` lists.
public struct TSVFile: Sendable {
    public struct Row: Sendable {
        public var fields: [String]
        public var line: Int
        public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
        public func list(_ i: Int) -> [String] {
            self[i].utf8.split(separator: 0x7C).map { TSVFile.trimmingWhitespace(Substring($0)) }.filter { !$0.isEmpty }
        }
    }

    public var path: String
    public var rows: [Row]

    /// `s.trimmingCharacters(in: .whitespaces)`, with ASCII spaces and tabs trimmed here and
    /// Foundation called only when another space separator (a no-break space…) ends the text.
    static func trimmingWhitespace(_ s: Substring) -> String {
        // Most fields start and end with an ASCII letter: nothing to trim.
        if let f = s.utf8.first, let l = s.utf8.last, f > 0x20 && f < 0x80 && l > 0x20 && l < 0x80 { return String(s) }
        var t = s
        while let c = t.utf8.first, c == 0x20 || c == 0x09 { t = Substring(t.unicodeScalars.dropFirst()) }
        while let c = t.utf8.last, c == 0x20 || c == 0x09 { t = Substring(t.unicodeScalars.dropLast()) }
        for edge in [t.unicodeScalars.first, t.unicodeScalars.last] {
            if let e = edge, !e.isASCII, e.properties.generalCategory == .spaceSeparator { return s.trimmingCharacters(in: .whitespaces) }
        }
        return String(t)
    }

    /// Loads a file; a missing optional file gives no rows.
    public static func load(_ url: URL, optional: Bool = true) throws -> TSVFile {
        guard FileManager.default.fileExists(atPath: url.path) else {
            if optional { return TSVFile(path: url.path, rows: []) }
            throw KnowledgeError.missingFile(url.path)
        }
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else { throw KnowledgeError.notUTF8(url.path) }
        // Lines and fields are cut on bytes (LF, TAB), and fields are only trimmed and normalised by
        // Foundation when they need it: `diplo timeline` reads every file at start-up.
        var rows: [Row] = []
        var n = 0
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            defer { lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex }
            n += 1
            var line = text[lineStart..<lineEnd]
            if line.utf8.last == 0x0D { line = Substring(line.unicodeScalars.dropLast()) }
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.utf8.first == 0x23 { continue }
            let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { bytes -> String in
                let trimmed = trimmingWhitespace(Substring(bytes))
                return trimmed.nfcNormalized
            }
            rows.append(Row(fields: fields, line: n))
        }
        return TSVFile(path: url.path, rows: rows)
    }
}

/// Problems with the knowledge files, naming the file and line.
public enum KnowledgeError: Error, CustomStringConvertible {
    case missingDirectory
    case missingFile(String)
    case notUTF8(String)
    case badRow(String, Int, String)

    public var description: String {
        switch self {
        case .missingDirectory: "cannot find the Knowledge/ directory (set DIPLO_KNOWLEDGE to its path)"
        case .missingFile(let p): "\(p): knowledge file is missing"
        case .notUTF8(let p): "\(p): not valid UTF-8"
        case .badRow(let p, let l, let why): "\(p):\(l): \(why)"
        }
    }
}
