import Foundation

/// Why a file, or one record of a file, could not be turned into an article.
///
/// Every message starts with the file path (and line or record number when known) and says the
/// problem in one line: `articles/x.jsonl:17: invalid JSON (unexpected end of data)`.
public enum IngestError: Error, LocalizedError, CustomStringConvertible, Sendable, Hashable {
    /// The path does not exist.
    case notFound(file: String)
    /// The file or directory exists but could not be read.
    case unreadable(file: String, reason: String)
    /// An explicitly named file whose extension diplo does not import.
    case unsupportedFormat(file: String, extension: String)
    /// A binary file (PDF, image, database, archive, or NUL bytes).
    case binaryFile(file: String, kind: String)
    /// No text at all (or only whitespace).
    case emptyFile(file: String)
    /// Front matter that never closes or has a line that is not `key: value`.
    case malformedFrontMatter(file: String, line: Int, reason: String)
    /// A publication date that is malformed or does not exist ("2020-02-30").
    case invalidDate(file: String, value: String)
    /// A JSON document (`line` = nil) or JSON Lines line that does not parse.
    case invalidJSON(file: String, line: Int?, reason: String)
    /// A JSON record that is not an object or has a field of the wrong type.
    case invalidRecord(file: String, record: Int, reason: String)
    /// A JSON record without `maintext`, `text` or `description`.
    case missingText(file: String, record: Int?)
    /// Something over one of `ArticleReader.Limits`: `what` is "file", "line" or "article text";
    /// `line` is the JSON Lines line (nil for a whole file). Sizes in bytes.
    case tooLarge(file: String, line: Int?, what: String, size: Int, limit: Int)
    /// A path that is not a regular file or a directory: a named pipe (reading it could block
    /// forever), a socket or a device.
    case notRegularFile(file: String, kind: String)

    /// The path of the file the error is about.
    public var file: String {
        switch self {
        case .notFound(let f), .unreadable(let f, _), .unsupportedFormat(let f, _), .binaryFile(let f, _),
             .emptyFile(let f), .malformedFrontMatter(let f, _, _), .invalidDate(let f, _),
             .invalidJSON(let f, _, _), .invalidRecord(let f, _, _), .missingText(let f, _),
             .tooLarge(let f, _, _, _, _), .notRegularFile(let f, _):
            return f
        }
    }

    public var errorDescription: String? { description }

    public var description: String {
        switch self {
        case .notFound(let f):
            return "\(f): no such file or directory"
        case .unreadable(let f, let reason):
            return "\(f): cannot read (\(reason))"
        case .unsupportedFormat(let f, let ext):
            let shown = ext.isEmpty ? "no extension" : "'.\(ext)'"
            return "\(f): unsupported format (\(shown); expected \(ArticleReader.formatList))"
        case .binaryFile(let f, let kind):
            return "\(f): binary file (\(kind)), not a text article"
        case .emptyFile(let f):
            return "\(f): empty file (no article text)"
        case .malformedFrontMatter(let f, let line, let reason):
            return "\(f):\(line): malformed front matter (\(reason))"
        case .invalidDate(let f, let value):
            return "\(f): invalid publication date '\(value)' (expected an existing day: YYYY-MM-DD, DD/MM/YYYY or an RFC 5322 date)"
        case .invalidJSON(let f, let line, let reason):
            if let line { return "\(f):\(line): invalid JSON (\(reason))" }
            return "\(f): invalid JSON (\(reason))"
        case .invalidRecord(let f, let record, let reason):
            return "\(f):\(record): invalid record (\(reason))"
        case .missingText(let f, let record):
            let place = record.map { "\(f):\($0)" } ?? f
            return "\(place): record has no text (expected a non-empty 'maintext', 'text' or 'description')"
        case .tooLarge(let f, let line, let what, let size, let limit):
            let place = line.map { "\(f):\($0)" } ?? f
            return "\(place): \(what) too large (\(Self.megabytes(size)); the limit is \(Self.megabytes(limit)))"
        case .notRegularFile(let f, let kind):
            return "\(f): not a regular file (\(kind))"
        }
    }

    /// "200.0 MB", "512 KB": sizes for messages.
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1 << 20 { return "\(max(1, bytes >> 10)) KB" }
        let mb = Double(bytes) / Double(1 << 20)
        return mb == mb.rounded() ? "\(Int(mb)) MB" : String(format: "%.1f MB", mb)
    }
}
