import DiploModel
import Foundation

/// What a line of an article is: the body the extractor reads, or one of the kinds of noise that
/// scraped pages carry around it.
public enum BlockKind: String, Sendable, CaseIterable {
    /// Article prose.
    case body
    /// The headline (the first heading-like line near the top).
    case title
    /// A photo caption or credit line.
    case caption
    /// Site chrome: menus, search boxes, ads, newsletter and paywall blurbs, section labels, repeats.
    case boilerplate
    /// A truncated copy of the lead at the end of the page ("Le président russe a déclaré…").
    case repeatedLead
    /// A "read also" link and the headline it links to.
    case readAlso
    /// A publication/update time line or a byline: not prose, but it helps date the article.
    case dateline
}

/// One non-empty line of an article, classified.
public struct TextBlock: Sendable, Hashable {
    public var kind: BlockKind
    /// The line without surrounding whitespace; a slice of the article text.
    public var text: Substring
    /// UTF-8 byte offset of the first byte of `text` in the article text.
    public var start: Int
    /// UTF-8 byte offset just past the last byte of `text`.
    public var end: Int

    public init(kind: BlockKind, text: Substring, start: Int, end: Int) {
        self.kind = kind; self.text = text; self.start = start; self.end = end
    }

    /// Whether the extractor should read the block for events.
    public var isBody: Bool { kind == .body }
}

/// The phrases the cleaner recognises, read from `Knowledge/lang/*/cleaning.tsv`.
public struct CleanerLexicon: Sendable {
    /// Site chrome: a line equal to, or starting with, one of these is boilerplate.
    public var boilerplate: [String]
    /// "Read also" markers.
    public var readAlso: [String]
    /// Photo credit markers: agency names, "Photo", "(Credit:", "/ POOL /".
    public var creditMarkers: [String]
    /// Starts of publication/update lines ("Dernière mise à jour", "Published Date").
    public var dateline: [String]
    /// Byline words ("Par", "By").
    public var byline: [String]

    public init(boilerplate: [String] = [], readAlso: [String] = [], creditMarkers: [String] = [],
                dateline: [String] = [], byline: [String] = []) {
        self.boilerplate = boilerplate; self.readAlso = readAlso; self.creditMarkers = creditMarkers
        self.dateline = dateline; self.byline = byline
    }

    /// A line of a `cleaning.tsv` file that could not be read.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    /// Merges `<languagesDirectory>/*/cleaning.tsv` (`class<TAB>phrase`; `#` comments and blank lines ignored).
    public static func load(languagesDirectory: URL) throws -> CleanerLexicon {
        let fm = FileManager.default
        var lexicon = CleanerLexicon()
        let languages = (try? fm.contentsOfDirectory(atPath: languagesDirectory.path))?.sorted() ?? []
        for language in languages where !language.hasPrefix(".") {
            let file = languagesDirectory.appendingPathComponent(language).appendingPathComponent("cleaning.tsv")
            guard fm.fileExists(atPath: file.path) else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            try lexicon.merge(tsv: text, file: file.path)
        }
        return lexicon
    }

    /// Adds the entries of one `cleaning.tsv` text.
    public mutating func merge(tsv text: String, file: String = "cleaning.tsv") throws {
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw LoadError(file: file, line: number, reason: "expected 'class<TAB>phrase'")
            }
            let phrase = fields[1].trimmingCharacters(in: .whitespaces)
            guard !phrase.isEmpty else { throw LoadError(file: file, line: number, reason: "empty phrase") }
            switch fields[0].trimmingCharacters(in: .whitespaces) {
            case "boilerplate": boilerplate.append(phrase)
            case "read-also": readAlso.append(phrase)
            case "credit": creditMarkers.append(phrase)
            case "dateline": dateline.append(phrase)
            case "byline": byline.append(phrase)
            case let other:
                throw LoadError(file: file, line: number,
                                reason: "unknown class '\(other)' (expected boilerplate, read-also, credit, dateline or byline)")
            }
        }
    }
}

/// Splits article text into lines and tells body from noise (titles, captions, site chrome,
/// "read also" links, repeated teasers, datelines), keeping UTF-8 byte offsets into the text.
///
/// The rules are about the shape of lines, not about particular outlets: phrases come from the
/// lexicon, everything else from punctuation, length, capitalisation and repetition.
public struct ArticleCleaner: Sendable {
    public let lexicon: CleanerLexicon
    private let boilerplate: [Phrase]
    private let readAlso: [Phrase]
    private let credits: [Phrase]
    private let datelines: [Phrase]
    private let bylines: [Phrase]
    /// Indices into `credits` by first folded byte, so a line is scanned once for all markers.
    private let creditsByFirstByte: [[Int]]

    /// A folded lexicon phrase.
    struct Phrase: Sendable {
        var bytes: [UInt8]
        /// Only letters, digits and spaces: needs a credit-like context to count.
        var isWords: Bool
        var isSingleWord: Bool
    }

    public init(lexicon: CleanerLexicon) {
        self.lexicon = lexicon
        func prepare(_ list: [String]) -> [Phrase] {
            var seen = Set<[UInt8]>()
            var out: [Phrase] = []
            for p in list {
                let f = Array(Folding.fold(p).utf8)
                guard !f.isEmpty, seen.insert(f).inserted else { continue }
                let isWords = f.allSatisfy { ArticleCleaner.isWordByte($0) || $0 == 0x20 }
                out.append(Phrase(bytes: f, isWords: isWords, isSingleWord: isWords && !f.contains(0x20)))
            }
            // Longest first, so "a lire aussi" wins over "lire aussi".
            return out.sorted { $0.bytes.count > $1.bytes.count }
        }
        boilerplate = prepare(lexicon.boilerplate)
        readAlso = prepare(lexicon.readAlso)
        credits = prepare(lexicon.creditMarkers)
        datelines = prepare(lexicon.dateline)
        bylines = prepare(lexicon.byline)
        var buckets = [[Int]](repeating: [], count: 256)
        for (k, p) in credits.enumerated() { buckets[Int(p.bytes[0])].append(k) }
        creditsByFirstByte = buckets
    }

    // MARK: Lines

    /// A trimmed non-empty line with what the rules look at.
    struct Line {
        var start: Int
        var end: Int
        /// Index of the raw line (blank lines count), to tell adjacent lines from separated ones.
        var rawIndex: Int
        var bytes: ArraySlice<UInt8>
        var folded: [UInt8]
        /// For each folded byte, the offset in `bytes` (from `start`) of the scalar it comes from.
        var origin: [Int32]
        /// Index in `folded` of the first letter or digit (leading bullets and dashes skipped).
        var lead: Int
        var words: Int
        /// Ends with . ! ? … : ; (closing quotes and brackets ignored).
        var endsSentence: Bool
        /// Ends with . … : ; , (a heading may end with ? or !, not with these).
        var endsLikeProse: Bool
        var endsWithEllipsis: Bool
        var hasDigit: Bool
        var hasSlash: Bool
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || b >= 0xC3 && b != 0xE2
    }

    @inline(__always) private static func isSpaceByte(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C || b == 0x0D
    }

    /// Length of a Unicode space at `i` (NBSP, thin and other spaces, BOM), or 0.
    @inline(__always) private static func wideSpace(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        if b == 0xC2, i + 1 < end, p[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < end, p[i + 1] == 0x80 {
            let c = p[i + 2]
            if (c >= 0x80 && c <= 0x8B) || c == 0xAF || c == 0xA8 || c == 0xA9 { return 3 }
        }
        if b == 0xE3, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0x80 { return 3 }
        if b == 0xEF, i + 2 < end, p[i + 1] == 0xBB, p[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// Trailing Unicode space ending at `end` (exclusive): its length, or 0.
    @inline(__always) private static func wideSpaceBefore(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        if end - start >= 2, p[end - 2] == 0xC2, p[end - 1] == 0xA0 { return 2 }
        if end - start >= 3 {
            let i = end - 3
            if wideSpace(p, i, end) == 3 { return 3 }
        }
        return 0
    }

    /// Folded forms of U+0080..<U+2200, computed once.
    private static let foldTable: [[UInt8]] = (0x80..<0x2200).map { v -> [UInt8] in
        guard let s = Unicode.Scalar(UInt32(v)) else { return [] }
        var out = String.UnicodeScalarView()
        Folding.appendFolded(s, to: &out)
        return Array(String(out).utf8)
    }

    private static func makeLine(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, rawIndex: Int, all: [UInt8]) -> Line {
        var folded: [UInt8] = []
        folded.reserveCapacity(end - start)
        var origin: [Int32] = []
        origin.reserveCapacity(end - start)
        var i = start
        var hasDigit = false, hasSlash = false
        while i < end {
            let b = p[i]
            let offset = Int32(i - start)
            if b < 0x80 {
                let f = (b >= 0x41 && b <= 0x5A) ? b + 32 : (b == 0x09 ? 0x20 : b)
                folded.append(f); origin.append(offset)
                if b >= 0x30 && b <= 0x39 { hasDigit = true } else if b == 0x2F { hasSlash = true }
                i += 1
                continue
            }
            // Decode one scalar (the text is valid UTF-8).
            var v: UInt32
            var n: Int
            if b < 0xE0 { v = UInt32(b & 0x1F); n = 2 } else if b < 0xF0 { v = UInt32(b & 0x0F); n = 3 } else { v = UInt32(b & 0x07); n = 4 }
            var k = 1
            while k < n && i + k < end { v = (v << 6) | UInt32(p[i + k] & 0x3F); k += 1 }
            if v < 0x2200 {
                for f in foldTable[Int(v) - 0x80] { folded.append(f); origin.append(offset) }
            } else if let s = Unicode.Scalar(v) {
                var out = String.UnicodeScalarView()
                Folding.appendFolded(s, to: &out)
                for f in String(out).utf8 { folded.append(f); origin.append(offset) }
            }
            i += n
        }
        // Words: space-separated tokens holding a letter or digit.
        var words = 0
        var inToken = false, tokenHasWord = false
        for f in folded {
            if f == 0x20 {
                if inToken && tokenHasWord { words += 1 }
                inToken = false; tokenHasWord = false
            } else {
                inToken = true
                if isWordByte(f) { tokenHasWord = true }
            }
        }
        if inToken && tokenHasWord { words += 1 }
        var lead = 0
        while lead < folded.count && !isWordByte(folded[lead]) { lead += 1 }
        // Final punctuation, ignoring closing quotes and brackets.
        var e = end
        while e > start {
            let b = p[e - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x20 { e -= 1; continue }
            if e - start >= 2, p[e - 2] == 0xC2, b == 0xBB || b == 0xA0 { e -= 2; continue }  // » NBSP
            if e - start >= 3, p[e - 3] == 0xE2, p[e - 2] == 0x80, b == 0x9D || b == 0x99 || b == 0xAF { e -= 3; continue }  // ” ’ NNBSP
            break
        }
        var endsSentence = false, endsLikeProse = false, ellipsis = false
        if e > start {
            let b = p[e - 1]
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x3B { endsSentence = true }
            if b == 0x2E || b == 0x3A || b == 0x3B || b == 0x2C { endsLikeProse = true }
            if e - start >= 3, p[e - 3] == 0xE2, p[e - 2] == 0x80, b == 0xA6 { endsSentence = true; endsLikeProse = true; ellipsis = true }
            if e - start >= 3, p[e - 1] == 0x2E, p[e - 2] == 0x2E, p[e - 3] == 0x2E { ellipsis = true }
        }
        return Line(start: start, end: end, rawIndex: rawIndex, bytes: all[start..<end], folded: folded, origin: origin,
                    lead: lead, words: words, endsSentence: endsSentence, endsLikeProse: endsLikeProse,
                    endsWithEllipsis: ellipsis, hasDigit: hasDigit, hasSlash: hasSlash)
    }

    /// The non-empty lines of `text`, trimmed.
    static func lines(of text: String) -> [Line] {
        let all = Array(text.utf8)
        return all.withUnsafeBufferPointer { p -> [Line] in
            var result: [Line] = []
            var lineStart = 0
            var rawIndex = 0
            let n = p.count
            while lineStart <= n {
                var lineEnd = lineStart
                while lineEnd < n && p[lineEnd] != 0x0A { lineEnd += 1 }
                var s = lineStart, e = lineEnd
                while s < e {
                    if isSpaceByte(p[s]) { s += 1; continue }
                    let w = wideSpace(p, s, e)
                    if w > 0 { s += w; continue }
                    break
                }
                while e > s {
                    if isSpaceByte(p[e - 1]) { e -= 1; continue }
                    let w = wideSpaceBefore(p, s, e)
                    if w > 0 { e -= w; continue }
                    break
                }
                if e > s { result.append(makeLine(p, start: s, end: e, rawIndex: rawIndex, all: all)) }
                rawIndex += 1
                if lineEnd >= n { break }
                lineStart = lineEnd + 1
            }
            return result
        }
    }

    // MARK: Matching helpers

    /// Whether `line.folded` has `phrase` at `at` with word boundaries; the end index if so.
    @inline(__always)
    private static func match(_ phrase: Phrase, in line: Line, at: Int) -> Int? {
        let f = line.folded, pb = phrase.bytes
        guard at + pb.count <= f.count else { return nil }
        var k = 0
        while k < pb.count { if f[at + k] != pb[k] { return nil }; k += 1 }
        let e = at + pb.count
        if isWordByte(pb[0]), at > 0, isWordByte(f[at - 1]) { return nil }
        if isWordByte(pb[pb.count - 1]), e < f.count, isWordByte(f[e]), !camelJoin(line, at: e) { return nil }
        return e
    }

    /// "NewsletterAvec": a lower-case letter glued to a capital, where scraping joined two elements.
    private static func camelJoin(_ line: Line, at e: Int) -> Bool {
        guard e > 0, e < line.origin.count else { return false }
        let a = line.bytes[line.bytes.startIndex + Int(line.origin[e - 1])]
        let b = line.bytes[line.bytes.startIndex + Int(line.origin[e])]
        if a >= 0x61 && a <= 0x7A && b >= 0x41 && b <= 0x5A { return true }
        if a >= 0x61 && a <= 0x7A && (b == 0xC3) {  // À-Þ are C3 80–9E
            let c = line.bytes[line.bytes.startIndex + Int(line.origin[e]) + 1]
            return c >= 0x80 && c <= 0x9E && c != 0x97
        }
        return false
    }

    /// First non-space folded byte at or after `i`, or nil.
    @inline(__always) private static func nextNonSpace(_ f: [UInt8], _ i: Int) -> UInt8? {
        var j = i
        while j < f.count && f[j] == 0x20 { j += 1 }
        return j < f.count ? f[j] : nil
    }

    @inline(__always) private static func previousNonSpace(_ f: [UInt8], _ i: Int) -> UInt8? {
        var j = i - 1
        while j >= 0 && f[j] == 0x20 { j -= 1 }
        return j >= 0 ? f[j] : nil
    }

    /// Punctuation that separates a label from what follows (: | - / › » > •).
    private static func isSeparator(_ f: [UInt8], _ i: Int) -> Bool {
        var j = i
        while j < f.count && f[j] == 0x20 { j += 1 }
        guard j < f.count else { return true }
        switch f[j] {
        case 0x3A, 0x7C, 0x2D, 0x2F, 0x3E, 0x2C: return true
        case 0xC2: return j + 1 < f.count && (f[j + 1] == 0xBB || f[j + 1] == 0xB7)  // » ·
        case 0xE2: return j + 2 < f.count && f[j + 1] == 0x80 && (f[j + 2] == 0xBA || f[j + 2] == 0xA2)  // › •
        default: return false
        }
    }

    /// Whether only spaces and punctuation remain from `i`.
    private static func onlyPunctuation(_ f: [UInt8], from i: Int) -> Bool {
        var j = i
        while j < f.count { if isWordByte(f[j]) { return false }; j += 1 }
        return true
    }

    // MARK: Rules

    private func isBoilerplate(_ line: Line) -> Bool {
        for p in boilerplate {
            guard let e = Self.match(p, in: line, at: line.lead) else { continue }
            if Self.onlyPunctuation(line.folded, from: e) { return true }
            if !p.isSingleWord { return true }
            if Self.camelJoin(line, at: e) || Self.isSeparator(line.folded, e) { return true }
            if line.words <= 6 && !line.endsSentence { return true }
        }
        return false
    }

    /// "Top Stories  Russia-Ukraine  Topics  Video  Sign in": a scraped menu keeps its items apart with runs
    /// of spaces or tabs, which prose never has; three such gaps in a short line that is not a sentence
    /// make it site chrome, whatever its words (a menu item may look like an event: "Sign in").
    static func isMenu(_ line: Line) -> Bool {
        guard line.words <= 15, !line.endsSentence else { return false }
        var gaps = 0, run = 0, seenWord = false
        for b in line.bytes {
            if b == 0x20 || b == 0x09 {
                run += b == 0x09 ? 2 : 1
            } else {
                if run >= 2 && seenWord { gaps += 1 }
                run = 0; seenWord = true
            }
        }
        return gaps >= 3
    }

    /// nil: not a read-also line; true: the marker stands alone (the next line is the linked headline).
    private func readAlsoMarker(_ line: Line) -> Bool? {
        for p in readAlso {
            guard let e = Self.match(p, in: line, at: line.lead) else { continue }
            if Self.onlyPunctuation(line.folded, from: e) { return true }
            if Self.camelJoin(line, at: e) || Self.isSeparator(line.folded, e) { return false }
            if line.words <= 20 && !line.endsLikeProse { return false }
        }
        return nil
    }

    private func isCredit(_ line: Line) -> Bool {
        guard line.words <= 80 else { return false }
        let f = line.folded
        var i = 0
        while i < f.count {
            let bucket = creditsByFirstByte[Int(f[i])]
            if bucket.isEmpty || (i > 0 && Self.isWordByte(f[i]) && Self.isWordByte(f[i - 1])) { i += 1; continue }
            for index in bucket {
                let p = credits[index]
                guard let e = Self.match(p, in: line, at: i) else { continue }
                if i > 0 && f[i - 1] == 0x27 { continue }  // l'AFP: the agency as a source, not a credit
                if !p.isWords { return true }
                let before = Self.previousNonSpace(f, i), after = Self.nextNonSpace(f, e)
                // A credit closes the caption: a few names at most follow it ("MOSCOW, Dec. 3 /TASS/. Putin
                // said…" is a wire dateline in front of prose, not a credit).
                let inTail = Self.words(in: f, from: e) <= 8
                if inTail && (before == 0x2F || after == 0x2F) { return true }  // Sputnik/Alexei Druzhinin, / AFP
                if inTail, i >= 4, f[i - 4] == 0x76, f[i - 3] == 0x69, f[i - 2] == 0x61, f[i - 1] == 0x20,
                   i == 4 || !Self.isWordByte(f[i - 5]) { return true }  // via REUTERS
                // At the very end of the line (no final period): "… 2019. Alexey DRUZHININ / SPUTNIK / AFP".
                var j = e
                while j < f.count && (f[j] == 0x20 || f[j] == 0x29 || f[j] == 0x5D) { j += 1 }
                if j == f.count {
                    if line.hasSlash || line.words <= 4 || !p.isSingleWord || isUppercase(line, from: i, to: e) { return true }
                }
                // "Photo : Reuters", "Crédit : AFP" at the start of a sentence.
                if after == 0x3A && line.words <= 40 {
                    let b = Self.previousNonSpace(f, i)
                    if b == nil || b == 0x2E || b == 0x28 || b == 0x7C || b == 0x2D { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// Number of words in `f[from...]`.
    private static func words(in f: [UInt8], from: Int) -> Int {
        var count = 0, inWord = false
        var j = from
        while j < f.count {
            if f[j] == 0x20 || f[j] == 0x2F { inWord = false } else if isWordByte(f[j]) && !inWord { inWord = true; count += 1 }
            j += 1
        }
        return count
    }

    /// Whether the original text of folded range `from..<to` has no lower-case ASCII letter and at least one capital.
    private func isUppercase(_ line: Line, from: Int, to: Int) -> Bool {
        let s = line.bytes.startIndex + Int(line.origin[from])
        let e = line.bytes.startIndex + Int(line.origin[to - 1]) + 1
        var capital = false
        for b in line.bytes[s..<e] {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { capital = true }
        }
        return capital
    }

    /// Whether the line holds a date or time token: 23/09, 16/08/2025, 09:38, 08h58, 2024-12-03, 2022.
    private static func hasDateToken(_ line: Line) -> Bool {
        guard line.hasDigit else { return false }
        let f = line.folded
        var i = 0
        while i < f.count {
            guard f[i] >= 0x30 && f[i] <= 0x39 else { i += 1; continue }
            var j = i
            while j < f.count && f[j] >= 0x30 && f[j] <= 0x39 { j += 1 }
            let digits = j - i
            if j + 1 < f.count, f[j + 1] >= 0x30 && f[j + 1] <= 0x39,
               f[j] == 0x2F || f[j] == 0x3A || f[j] == 0x68 || (f[j] == 0x2D && (digits == 4 || digits == 2)) || f[j] == 0x2E && digits <= 2 {
                return true
            }
            if digits == 4 && (i == 0 || !isWordByte(f[i - 1])) && (j == f.count || !isWordByte(f[j])) {
                let year = f[i..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                if year >= 1900 && year <= 2099 { return true }
            }
            i = j
        }
        return false
    }

    private func isDatelinePhrase(_ line: Line) -> Bool {
        guard line.words <= 25, Self.hasDateToken(line) else { return false }
        for p in datelines where Self.match(p, in: line, at: line.lead) != nil { return true }
        return false
    }

    private func isByline(_ line: Line) -> Bool {
        guard line.words >= 2, line.words <= 12, !line.endsLikeProse || line.words <= 4 else { return false }
        for p in bylines {
            guard let e = Self.match(p, in: line, at: line.lead), e < line.folded.count, line.folded[e] == 0x20 else { continue }
            var j = e
            while j < line.folded.count && line.folded[j] == 0x20 { j += 1 }
            guard j < line.origin.count else { continue }
            let b = line.bytes[line.bytes.startIndex + Int(line.origin[j])]
            if (b >= 0x41 && b <= 0x5A) || (b == 0xC3 && line.bytes[line.bytes.startIndex + Int(line.origin[j]) + 1] < 0x9F) {
                return true
            }
        }
        return false
    }

    /// A short line that is mostly a date: "Mardi 3 décembre 2024 à 10h31", "3 December 2024".
    private static func isDateOnly(_ line: Line) -> Bool {
        guard line.words <= 8, !line.endsLikeProse, hasDateToken(line) else { return false }
        var digitTokens = 0
        for token in line.folded.split(separator: 0x20) where token.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            digitTokens += 1
        }
        if digitTokens * 10 >= line.words * 4 { return true }
        // "Kim Hyun-soo   |28.12.2015": a byline's last field after a bar is the date.
        guard let bar = line.folded.lastIndex(of: 0x7C) else { return false }
        let field = line.folded[(bar + 1)...].split(separator: 0x20)
        return !field.isEmpty && field.count <= 4 && field.allSatisfy { $0.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || $0.count <= 2 }
    }

    private static func isHeadingLike(_ line: Line) -> Bool {
        !line.endsLikeProse && line.words >= 1 && line.words <= 30 && line.end - line.start < 200
    }

    /// Whether the line is the known title (possibly with a " — Site name" suffix, or cut short).
    private static func matchesTitle(_ line: Line, _ title: [UInt8]) -> Bool {
        let f = line.folded
        if f == title { return true }
        if f.count > title.count, f.starts(with: title), isSeparator(f, title.count) { return true }
        if f.count * 10 >= title.count * 6, title.starts(with: f), f.count >= 12 { return true }
        return false
    }

    /// A folded line as a set element: hashed once with FNV-1a instead of feeding `Hasher` byte by
    /// byte (a line is hundreds of bytes, and every line of every article goes through the set).
    struct HashedBytes: Hashable {
        var bytes: [UInt8]
        var fnv: UInt64

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
            fnv = h
        }

        func hash(into hasher: inout Hasher) { hasher.combine(fnv) }
        static func == (a: HashedBytes, b: HashedBytes) -> Bool { a.fnv == b.fnv && a.bytes == b.bytes }
    }

    // MARK: Classification

    /// Classifies each non-empty line of `text`.
    /// - Parameter title: the article's known title (front matter, HTML metadata), which helps find the headline line.
    public func blocks(of text: String, title: String? = nil) -> [TextBlock] {
        var text = text
        text.makeContiguousUTF8()
        let lines = Self.lines(of: text)
        let n = lines.count
        var kinds = [BlockKind?](repeating: nil, count: n)
        var isCredit = [Bool](repeating: false, count: n)

        // 1. Local rules: repeats, chrome, read-also links, captions, datelines.
        var seen = Set<HashedBytes>(minimumCapacity: n)
        var i = 0
        while i < n {
            let line = lines[i]
            defer { i += 1 }
            if kinds[i] != nil { continue }  // the headline of a read-also marker
            if !seen.insert(HashedBytes(line.folded)).inserted || line.words == 0 { kinds[i] = .boilerplate; continue }
            if isBoilerplate(line) || Self.isMenu(line) { kinds[i] = .boilerplate; continue }
            if let alone = readAlsoMarker(line) {
                kinds[i] = .readAlso
                if alone, i + 1 < n, lines[i + 1].words <= 40 {
                    kinds[i + 1] = .readAlso
                    seen.insert(HashedBytes(lines[i + 1].folded))
                }
                // "Related news" over "- Fidan holds talks with Chinese counterpart", "- …": the bulleted headlines
                // under a short read-also heading are links too.
                if alone || (line.words <= 4 && !line.endsLikeProse) {
                    var j = i + 1
                    // …and unbulleted ones right under each other ("RELATED COVERAGE" / "Biden meets Macron at…").
                    while j < n, kinds[j] == nil || kinds[j] == .readAlso, lines[j].words <= 25, !lines[j].endsLikeProse,
                          lines[j].lead > 0 ? lines[j].rawIndex - lines[j - 1].rawIndex <= 2 : (lines[j].rawIndex - lines[j - 1].rawIndex == 1 && lines[j].words <= 15) {
                        kinds[j] = .readAlso
                        seen.insert(HashedBytes(lines[j].folded))
                        j += 1
                    }
                }
                continue
            }
            if isDatelinePhrase(line) { kinds[i] = .dateline; continue }
            if self.isCredit(line) { kinds[i] = .caption; isCredit[i] = true; continue }
            if isByline(line) || Self.isDateOnly(line) { kinds[i] = .dateline; continue }
        }

        // 2. The title: near the top, before the prose starts.
        let foldedTitle = title.map { Array(Folding.fold($0.trimmingCharacters(in: .whitespacesAndNewlines)).utf8) }
        var titleIndex: Int?
        if let t = foldedTitle, !t.isEmpty {
            for k in 0..<min(n, 15) where kinds[k] == nil && Self.matchesTitle(lines[k], t) { titleIndex = k; break }
        }
        if titleIndex == nil {
            var candidates: [Int] = []
            for k in 0..<min(n, 8) where kinds[k] == nil {
                if !Self.isHeadingLike(lines[k]) { break }
                candidates.append(k)
            }
            titleIndex = candidates.first { lines[$0].words >= 4 } ?? candidates.first
        }
        if let t = titleIndex {
            kinds[t] = .title
            // Later copies of the title (or of the known title) are chrome.
            for k in (t + 1)..<max(n, t + 1) where kinds[k] == nil {
                if lines[k].folded == lines[t].folded || (foldedTitle.map { lines[k].folded == $0 } ?? false) {
                    kinds[k] = .boilerplate
                }
            }
        }

        // 3. Captions without a credit: the caption text repeated in the credit line, or, in texts whose
        //    paragraphs are separated by blank lines, the line glued to a bare credit ("Photo: AFP").
        var gluedPairs = 0
        for k in 1..<max(n, 1) where lines[k].rawIndex - lines[k - 1].rawIndex == 1 { gluedPairs += 1 }
        let blankSeparated = n > 2 && gluedPairs * 3 < n - 1
        for c in 0..<n where isCredit[c] {
            let otherIsCaption = (c > 0 && isCredit[c - 1]) || (c + 1 < n && isCredit[c + 1])
            for k in [c - 1, c + 1] where k >= 0 && k < n && kinds[k] == nil {
                let neighbour = lines[k], credit = lines[c]
                let duplicate = neighbour.folded.count >= 15 && credit.folded.starts(with: neighbour.folded)
                let glued = blankSeparated && !otherIsCaption && abs(neighbour.rawIndex - credit.rawIndex) == 1
                if duplicate || (glued && credit.words <= 8 && neighbour.words <= 60) {
                    kinds[k] = .caption
                    break
                }
            }
        }

        // 4. Short labels, repeated teasers, and the body.
        let tailStart = max(0, min(n - 3, n * 7 / 10))
        for k in 0..<n where kinds[k] == nil {
            let line = lines[k]
            if line.words <= 3 && !line.endsSentence { kinds[k] = .boilerplate; continue }
            if k >= tailStart && line.endsWithEllipsis && repeatsEarlierParagraph(k, lines, kinds) {
                kinds[k] = .repeatedLead; continue
            }
            kinds[k] = .body
        }

        return lines.enumerated().map { k, line in
            let s = text.utf8.index(text.utf8.startIndex, offsetBy: line.start)
            let e = text.utf8.index(text.utf8.startIndex, offsetBy: line.end)
            return TextBlock(kind: kinds[k] ?? .body, text: text[s..<e], start: line.start, end: line.end)
        }
    }

    /// Whether line `k` starts like an earlier body paragraph (folded prefixes of about 60 characters).
    private func repeatsEarlierParagraph(_ k: Int, _ lines: [Line], _ kinds: [BlockKind?]) -> Bool {
        let f = lines[k].folded
        for j in 0..<k where kinds[j] == .body || kinds[j] == nil {
            let g = lines[j].folded
            let length = min(60, g.count, f.count)
            guard length >= 20 else { continue }
            if f[0..<length] == g[0..<length] { return true }
        }
        return false
    }
}
