import Foundation

/// Reads the knowledge base's tab-separated files: `#` comments, blank lines, `|` lists.
public struct TSVFile: Sendable {
    public struct Row: Sendable {
        public var fields: [String]
        public var line: Int
        public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
        public func list(_ i: Int) -> [String] {
            self[i].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    public var path: String
    public var rows: [Row]

    /// Loads a file; a missing optional file gives no rows.
    public static func load(_ url: URL, optional: Bool = true) throws -> TSVFile {
        guard FileManager.default.fileExists(atPath: url.path) else {
            if optional { return TSVFile(path: url.path, rows: []) }
            throw KnowledgeError.missingFile(url.path)
        }
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else { throw KnowledgeError.notUTF8(url.path) }
        var rows: [Row] = []
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping }
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
