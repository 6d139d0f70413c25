/// Splits a block of text into sentences, keeping UTF-8 offsets.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by a space and an upper-case letter, a quote or a
/// digit — except after abbreviations and initials ("M.", "MM.", "Mme", "Sept.", "S. Lavrov", "U.S.").
public struct SentenceSplitter: Sendable {
    public struct Sentence: Sendable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    /// Folded abbreviations that do not end a sentence (the `abbreviation` words of every language pack:
    /// sentences are split before the language matters, and "M." must not end a sentence in any of them).
    public var abbreviations: Set<String>

    public init(abbreviations: Set<String> = []) { self.abbreviations = abbreviations }

    /// The longest sentence kept whole, in UTF-8 bytes. A longer run (text without punctuation, a list
    /// of thousands of names) is cut at a space before the limit: some recognition steps grow faster
    /// than linearly with the length of a sentence, so this keeps an article's cost linear in its size.
    /// Real sentences are far shorter (a long news sentence is 400–600 bytes).
    public static let maxSentenceBytes = 1500

    public func split(_ text: String, baseOffset: Int) -> [Sentence] {
        let bytes = Array(text.utf8)
        var out: [Sentence] = []
        var sentenceStart = 0
        var i = 0
        func emit(_ end: Int) {
            var a = sentenceStart
            let b = end
            while a < b, isSpace(bytes[a]) { a += 1 }
            while a < b {
                let cut = a + Self.maxSentenceBytes < b ? cutPoint(bytes, from: a) : b
                var e = cut
                while e > a, isSpace(bytes[e - 1]) { e -= 1 }
                if e > a, let s = String(bytes: bytes[a..<e], encoding: .utf8) {
                    out.append(Sentence(text: s, start: baseOffset + a, end: baseOffset + e))
                }
                a = cut
                while a < b, isSpace(bytes[a]) { a += 1 }
            }
            sentenceStart = end
        }
        while i < bytes.count {
            let c = bytes[i]
            var endLen = 0
            if c == 0x2E || c == 0x21 || c == 0x3F { endLen = 1 }  // . ! ?
            else if c == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 { endLen = 3 }  // …
            if endLen > 0 {
                var j = i + endLen
                // Closing quotes and brackets belong to the sentence.
                while j < bytes.count, let q = closingQuoteLength(bytes, j) { j += q }
                if j >= bytes.count { i = j; break }
                if isSpace(bytes[j]) {
                    var k = j
                    while k < bytes.count, isSpace(bytes[k]) { k += 1 }
                    if k < bytes.count, startsSentence(bytes, k), !(c == 0x2E && isAbbreviation(bytes, i)) {
                        emit(j); i = k; continue
                    }
                } else if c != 0x2E, startsSentence(bytes, j) {
                    emit(j); i = j; continue
                } else if c == 0x2E, j < bytes.count, bytes[j] == 0xC2 || bytes[j] == 0xE2, startsQuote(bytes, j),
                          !isAbbreviation(bytes, i) {
                    // "...radicales.« Vladimir" — a glued next sentence starting with a quote.
                    emit(j); i = j; continue
                } else if c == 0x2E, j == i + 1, j < bytes.count, gluesTwoSentences(bytes, dot: i) {
                    // "...le 8 décembre.Les deux dirigeants" — scraped paragraphs joined without a space.
                    emit(j); i = j; continue
                }
                i = j
                continue
            }
            i += 1
        }
        emit(bytes.count)
        return out
    }

    /// Where to cut an overlong sentence starting at `a`: the last space in the second half of the
    /// allowed length, else the last character boundary before the limit.
    private func cutPoint(_ bytes: [UInt8], from a: Int) -> Int {
        let limit = a + Self.maxSentenceBytes
        var k = limit
        while k > a + Self.maxSentenceBytes / 2 {
            if isSpace(bytes[k]) { return k }
            k -= 1
        }
        k = limit
        while k > a + 1, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    private func closingQuoteLength(_ b: [UInt8], _ i: Int) -> Int? {
        if b[i] == 0x22 || b[i] == 0x27 || b[i] == 0x29 { return 1 }  // " ' )
        if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xBB { return 2 }  // »
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9D || b[i + 2] == 0x99 { return 3 }  // ” ’
        return nil
    }

    private func startsQuote(_ b: [UInt8], _ i: Int) -> Bool {
        (b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xAB) || (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x9C)
    }

    private func startsSentence(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c >= 0x41 && c <= 0x5A { return true }  // A-Z
        if c >= 0x30 && c <= 0x39 { return true }
        if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x2D { return true }
        if startsQuote(b, i) { return true }
        if c >= 0xC3 && c <= 0xC5, i + 1 < b.count {  // Latin-1/Extended-A upper case: À-Þ, Ā..
            let s = String(decoding: b[i..<min(b.count, i + 2)], as: UTF8.self)
            return s.unicodeScalars.first?.properties.isUppercase ?? false
        }
        return false
    }

    /// The word before the period is an abbreviation or an initial.
    private func isAbbreviation(_ b: [UInt8], _ dot: Int) -> Bool {
        var a = dot
        while a > 0, isWordByte(b[a - 1]) { a -= 1 }
        guard a < dot else { return false }
        let word = String(decoding: b[a..<dot], as: UTF8.self)
        if word.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }  // "S. Lavrov"
        if a > 0, b[a - 1] == 0x2E { return true }  // "U.S." inner dots
        return abbreviations.contains(Folding.fold(word))
    }

    /// A period with no space after it ends a sentence when the word before it is an ordinary lower-case
    /// word or a year and the word after it is capitalised ("décembre.Les", "2025.The"): scraped
    /// paragraphs are often joined that way. Not "U.S.", "St.Petersburg", "lemonde.fr" or "M.Macron".
    private func gluesTwoSentences(_ b: [UInt8], dot: Int) -> Bool {
        var a = dot
        while a > 0, isWordByte(b[a - 1]) || (b[a - 1] >= 0x30 && b[a - 1] <= 0x39) { a -= 1 }
        guard dot - a >= 3 else { return false }
        let before = String(decoding: b[a..<dot], as: UTF8.self)
        let isYear = before.count == 4 && before.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let isLowerWord = before.unicodeScalars.allSatisfy { $0.properties.isLowercase }
        guard isYear || (isLowerWord && !abbreviations.contains(Folding.fold(before))) else { return false }
        var e = dot + 1
        while e < b.count, isWordByte(b[e]) { e += 1 }
        let after = Array(String(decoding: b[(dot + 1)..<e], as: UTF8.self).unicodeScalars)
        return after.count >= 2 && after[0].properties.isUppercase && after[1].properties.isLowercase
    }

    private func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
    }
}

import DiploModel
