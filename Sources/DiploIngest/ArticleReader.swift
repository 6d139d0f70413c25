import DiploModel
import Foundation

/// One article read from a file, or the error that kept one record of the file from being read.
public typealias ReadResult = Result<Article, IngestError>

/// Turns article files into `Article` values.
///
/// Formats, by extension: `.txt`/`.md`/`.text` (optional `---` front matter), `.html`/`.htm`,
/// `.json` (one news-please style object or an array of them) and `.jsonl` (one object per line).
public enum ArticleReader {
    public static let textExtensions: Set<String> = ["txt", "md", "text"]
    public static let htmlExtensions: Set<String> = ["html", "htm"]
    public static let jsonExtensions: Set<String> = ["json"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl"]
    /// The formats, for messages.
    public static let formatList = ".txt, .md, .text, .html, .htm, .json or .jsonl"
    public static var supportedExtensions: Set<String> {
        textExtensions.union(htmlExtensions).union(jsonExtensions).union(jsonLinesExtensions)
    }

    /// Sizes past which input is refused instead of read, so that whatever a folder holds, an import's
    /// memory and time stay bounded (extraction is linear in the text, see `SentenceSplitter`).
    public enum Limits {
        /// A file read whole (.txt, .md, .html, .json), checked before reading it. HTML pages carry
        /// scripts and styles, so this is far above the article-text limit.
        public static let maxFileBytes = 32 << 20
        /// One line of a JSON Lines file; the files themselves are streamed and may have any size.
        public static let maxLineBytes = 32 << 20
        /// The text of one article after decoding and HTML extraction. News articles are 2–100 KB;
        /// megabytes of text are a dump or a broken scrape, not one article.
        public static let maxArticleBytes = 2 << 20
    }

    /// Reads every article of a file.
    ///
    /// Whole-file problems (missing, unreadable, not a regular file, too large, binary, empty,
    /// unsupported, malformed front matter, bad date, a `.json` file that does not parse) are thrown;
    /// per-record problems of JSON files come back as `.failure` results next to the good records.
    /// JSON Lines files are streamed line by line, so they may be of any size.
    /// - Parameter defaultPublished: the publication date to use when the file gives none.
    public static func read(fileAt url: URL, defaultPublished: CalendarDate? = nil) throws -> [ReadResult] {
        let display = displayPath(url)
        let ext = url.pathExtension.lowercased()
        guard supportedExtensions.contains(ext) else {
            throw IngestError.unsupportedFormat(file: display, extension: url.pathExtension)
        }
        let size = try regularFileSize(url, display: display)
        if jsonLinesExtensions.contains(ext),
           let results = try streamJSONLines(url, name: url.lastPathComponent, display: display, defaultPublished: defaultPublished) {
            return results
        }
        guard size <= Limits.maxFileBytes else {
            throw IngestError.tooLarge(file: display, line: nil, what: "file", size: size, limit: Limits.maxFileBytes)
        }
        let file = try RawFile(url, display: display)
        defer { file.close() }
        let bytes = try file.readAll(limit: Limits.maxFileBytes, sizeHint: size)
        return try read(bytes: bytes, name: url.lastPathComponent, display: display, extension: ext,
                        defaultPublished: defaultPublished)
    }

    /// The size of the file at `url`, which must be a regular file: reading a named pipe could block
    /// forever, and devices or sockets are no articles.
    static func regularFileSize(_ url: URL, display: String) throws -> Int {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw IngestError.notFound(file: display) }
            throw IngestError.unreadable(file: display, reason: String(cString: strerror(code)))
        }
        if let kind = nonRegularKind(mode: info.st_mode) { throw IngestError.notRegularFile(file: display, kind: kind) }
        return Int(info.st_size)
    }

    /// What a `stat` mode is when it is not a regular file.
    static func nonRegularKind(mode: mode_t) -> String? {
        switch Int(mode) & Int(S_IFMT) {
        case Int(S_IFREG): return nil
        case Int(S_IFDIR): return "a directory"
        case Int(S_IFIFO): return "a named pipe"
        case Int(S_IFSOCK): return "a socket"
        case Int(S_IFCHR), Int(S_IFBLK): return "a device"
        default: return "not a file"
        }
    }

    /// Reads an article from bytes already in memory; `name` is the file name (its extension picks the format).
    public static func read(bytes: [UInt8], name: String, defaultPublished: CalendarDate? = nil) throws -> [ReadResult] {
        let ext = (name as NSString).pathExtension.lowercased()
        guard supportedExtensions.contains(ext) else {
            throw IngestError.unsupportedFormat(file: name, extension: (name as NSString).pathExtension)
        }
        return try read(bytes: bytes, name: name, display: name, extension: ext, defaultPublished: defaultPublished)
    }

    /// The path as the user wrote it (relative paths stay relative).
    static func displayPath(_ url: URL) -> String {
        url.isFileURL ? url.relativePath : url.absoluteString
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }

    private static func read(bytes: [UInt8], name: String, display: String, extension ext: String,
                             defaultPublished: CalendarDate?) throws -> [ReadResult] {
        if let kind = TextDecoding.binaryKind(bytes) { throw IngestError.binaryFile(file: display, kind: kind) }
        if jsonLinesExtensions.contains(ext) {
            // UTF-16 is the one encoding whose line ends are not single bytes: decode it first.
            let utf8 = TextDecoding.isUTF16(bytes) == nil ? bytes : Array(TextDecoding.decode(bytes).utf8)
            var splitter = LineSplitter(maxLineBytes: Limits.maxLineBytes)
            var results: [ReadResult] = []
            func take(_ line: LineSplitter.Line) {
                if let r = jsonLine(line, name: name, display: display, defaultPublished: defaultPublished) { results.append(r) }
            }
            utf8.withUnsafeBytes { splitter.feed($0, take) }
            splitter.finish(take)
            if results.isEmpty { throw IngestError.emptyFile(file: display) }
            return results
        }
        guard bytes.count <= Limits.maxFileBytes else {
            throw IngestError.tooLarge(file: display, line: nil, what: "file", size: bytes.count, limit: Limits.maxFileBytes)
        }
        let text = TextDecoding.decode(bytes)
        if TextDecoding.isBlank(text) { throw IngestError.emptyFile(file: display) }
        if textExtensions.contains(ext) {
            return [.success(try plainText(text, name: name, display: display, defaultPublished: defaultPublished))]
        }
        if htmlExtensions.contains(ext) {
            return [.success(try html(text, name: name, display: display, defaultPublished: defaultPublished))]
        }
        return try json(text, name: name, display: display, defaultPublished: defaultPublished)
    }

    // MARK: Plain text

    private static func plainText(_ text: String, name: String, display: String,
                                  defaultPublished: CalendarDate?) throws -> Article {
        let fm = try FrontMatter.parse(text, file: display)
        if TextDecoding.isBlank(fm.body) { throw IngestError.emptyFile(file: display) }
        if let e = oversizeText(fm.body.utf8.count, display: display) { throw e }
        var published = defaultPublished
        if let raw = fm.published {
            switch DateText.parse(raw) {
            case .absent: break
            case .invalid: throw IngestError.invalidDate(file: display, value: raw)
            case .date(let d): published = d
            }
        }
        return Article(name: name, title: fm.title, url: fm.url, published: published,
                       language: normaliseLanguage(fm.language), source: fm.source, text: String(fm.body))
    }

    // MARK: HTML

    private static func html(_ text: String, name: String, display: String,
                             defaultPublished: CalendarDate?) throws -> Article {
        let doc = HTMLExtractor.extract(text)
        let body = doc.text.nfcNormalized
        if TextDecoding.isBlank(body) { throw IngestError.emptyFile(file: display) }
        if let e = oversizeText(body.utf8.count, display: display) { throw e }
        // Pages carry dates in many places; a malformed one is skipped in favour of the next.
        var published: CalendarDate?
        for candidate in doc.publishedCandidates {
            if case .date(let d) = DateText.parse(candidate) { published = d; break }
        }
        return Article(name: name, title: doc.title?.nfcNormalized, url: doc.url,
                       published: published ?? defaultPublished, language: normaliseLanguage(doc.language),
                       source: host(of: doc.url), text: body)
    }

    /// The error for an article text over `Limits.maxArticleBytes`, if it is.
    private static func oversizeText(_ size: Int, display: String, line: Int? = nil) -> IngestError? {
        guard size > Limits.maxArticleBytes else { return nil }
        return .tooLarge(file: display, line: line, what: "article text", size: size, limit: Limits.maxArticleBytes)
    }

    private static func host(of url: String?) -> String? {
        guard let url, let host = URL(string: url)?.host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    static func normaliseLanguage(_ lang: String?) -> String? {
        guard let lang = lang?.trimmingCharacters(in: .whitespaces), !lang.isEmpty else { return nil }
        let primary = lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return primary.isEmpty ? nil : primary
    }

    // MARK: JSON

    private static func json(_ text: String, name: String, display: String,
                             defaultPublished: CalendarDate?) throws -> [ReadResult] {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw IngestError.invalidJSON(file: display, line: nil, reason: jsonReason(error))
        }
        if let object = value as? [String: Any] {
            return [record(object, name: name, display: display, number: nil, defaultPublished: defaultPublished)]
        }
        guard let array = value as? [Any] else {
            throw IngestError.invalidJSON(file: display, line: nil, reason: "expected an object or an array of objects")
        }
        if array.isEmpty { throw IngestError.emptyFile(file: display) }
        return array.enumerated().map { index, element in
            guard let object = element as? [String: Any] else {
                return .failure(.invalidRecord(file: display, record: index + 1, reason: "not a JSON object"))
            }
            return record(object, name: "\(name)#\(index + 1)", display: display, number: index + 1,
                          defaultPublished: defaultPublished)
        }
    }

    /// Streams a JSON Lines file; nil when it must be read whole instead (UTF-16).
    private static func streamJSONLines(_ url: URL, name: String, display: String,
                                        defaultPublished: CalendarDate?) throws -> [ReadResult]? {
        let file = try RawFile(url, display: display)
        defer { file.close() }
        var splitter = LineSplitter(maxLineBytes: Limits.maxLineBytes)
        var results: [ReadResult] = []
        func take(_ line: LineSplitter.Line) {
            if let r = jsonLine(line, name: name, display: display, defaultPublished: defaultPublished) { results.append(r) }
        }
        var first = true
        while true {
            let chunk = try file.read(upTo: 1 << 20)
            if first {
                first = false
                if let kind = TextDecoding.binaryKind(chunk) { throw IngestError.binaryFile(file: display, kind: kind) }
                if TextDecoding.isUTF16(chunk) != nil { return nil }
            }
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { splitter.feed($0, take) }
        }
        splitter.finish(take)
        if results.isEmpty { throw IngestError.emptyFile(file: display) }
        return results
    }

    /// One line of a JSON Lines file: an article, the problem with it, or nil for a blank line.
    private static func jsonLine(_ line: LineSplitter.Line, name: String, display: String,
                                 defaultPublished: CalendarDate?) -> ReadResult? {
        let lineNumber: Int, bytes: [UInt8]
        switch line {
        case let .tooLong(number, size):
            return .failure(.tooLarge(file: display, line: number, what: "line", size: size, limit: Limits.maxLineBytes))
        case let .text(number, b):
            lineNumber = number; bytes = b
        }
        // Each line is decoded on its own (UTF-8, else Windows-1252; a BOM only starts line 1).
        let text = TextDecoding.decode(bytes)
        if TextDecoding.isBlank(text) { return nil }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            return .failure(.invalidJSON(file: display, line: lineNumber, reason: jsonReason(error)))
        }
        guard let object = value as? [String: Any] else {
            return .failure(.invalidRecord(file: display, record: lineNumber, reason: "not a JSON object"))
        }
        return record(object, name: "\(name)#\(lineNumber)", display: display, number: lineNumber,
                      defaultPublished: defaultPublished)
    }

    private static func jsonReason(_ error: Error) -> String {
        let ns = error as NSError
        var text = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
        if text.isEmpty { text = "unreadable" }
        // One line, no trailing period, lower-case start: "unexpected end of data".
        text = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        while text.hasSuffix(".") { text.removeLast() }
        if let f = text.first, f.isUppercase, !(text.dropFirst().first?.isUppercase ?? false) {
            text = f.lowercased() + text.dropFirst()
        }
        return text
    }

    /// A news-please style record: title, maintext/text/description, date_publish, url, language, source_domain.
    private static func record(_ o: [String: Any], name: String, display: String, number: Int?,
                               defaultPublished: CalendarDate?) -> ReadResult {
        func string(_ key: String) -> String? {
            guard let v = o[key] as? String else { return nil }
            let t = v.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        func body(_ key: String) -> String? {
            guard let v = o[key] as? String, !TextDecoding.isBlank(v) else { return nil }
            return v
        }
        guard let raw = body("maintext") ?? body("text") ?? body("description") else {
            return .failure(.missingText(file: display, record: number))
        }
        if let e = oversizeText(raw.utf8.count, display: display, line: number) { return .failure(e) }
        let text = String(decoding: TextDecoding.normaliseLineEndings(Array(raw.utf8)), as: UTF8.self)
            .repairingMojibake.nfcNormalized
        var published = defaultPublished
        if let date = string("date_publish") ?? string("published") ?? string("date") {
            switch DateText.parse(date) {
            case .absent: break
            case .invalid:
                return .failure(.invalidRecord(file: display, record: number ?? 1,
                                               reason: "invalid date_publish '\(date)', expected an existing day: YYYY-MM-DD[ HH:MM:SS], DD/MM/YYYY or an RFC 5322 date"))
            case .date(let d): published = d
            }
        }
        let url = string("url")
        return .success(Article(name: name, title: string("title")?.nfcNormalized, url: url,
                                published: published, language: normaliseLanguage(string("language")),
                                source: string("source_domain") ?? string("source") ?? host(of: url), text: text))
    }
}
