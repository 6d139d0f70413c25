import DiploModel

/// A word or punctuation mark of a text, with its folded form for matching and its place in the
/// original text for evidence offsets.
///
/// Apostrophes and hyphens are not tokens: "l'accord" gives `l` `accord`, "Haut-Karabakh" gives `haut`
/// `karabakh` with `hyphenBefore` set on the second, so that "Trump-Poutine" can still be read as a pair.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }
    public var kind: Kind
    /// Lowercased, diacritics removed, ligatures expanded.
    public var folded: String { didSet { foldedKey = Token.key(folded) } }
    /// The text as written.
    public var original: String
    /// UTF-8 byte offsets in the tokenised string.
    public var start: Int
    public var end: Int
    /// Whether a hyphen joins this token to the previous one.
    public var hyphenBefore: Bool
    /// Whether an apostrophe joins this token to the previous one ("l'", "d'", "qu'").
    public var apostropheBefore: Bool
    /// `Token.key(folded)`, kept with the token: `PhraseTrie` rejects most tokens with it instead of
    /// hashing the string for a dictionary lookup, once per trie and token.
    public private(set) var foldedKey: UInt32

    public init(kind: Kind, folded: String, original: String, start: Int, end: Int, hyphenBefore: Bool, apostropheBefore: Bool) {
        self.init(kind: kind, folded: folded, original: original, start: start, end: end, hyphenBefore: hyphenBefore,
                  apostropheBefore: apostropheBefore, foldedKey: Token.key(folded))
    }

    /// With `foldedKey` already computed (`Token.key(folded)`), as the tokenizer does while folding.
    init(kind: Kind, folded: String, original: String, start: Int, end: Int, hyphenBefore: Bool, apostropheBefore: Bool, foldedKey: UInt32) {
        self.kind = kind; self.folded = folded; self.original = original; self.start = start; self.end = end
        self.hyphenBefore = hyphenBefore; self.apostropheBefore = apostropheBefore
        self.foldedKey = foldedKey
    }

    /// Bit 31 set when `s` holds a "?" (a character lost to a bad encoding, see `PhraseTrie`), the
    /// other bits an FNV-1a hash of its UTF-8.
    public static func key(_ s: String) -> UInt32 {
        var s = s
        return s.withUTF8 { key($0) }
    }

    /// `key` of UTF-8 bytes.
    @inline(__always)
    static func key<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var h: UInt32 = 2_166_136_261
        var lost: UInt32 = 0
        for b in bytes {
            h = (h ^ UInt32(b)) &* 16_777_619
            if b == 0x3F { lost = 1 << 31 }
        }
        return (h & 0x7FFF_FFFF) | lost
    }

    /// Whether `folded` holds a "?".
    public var hasLostCharacter: Bool { foldedKey & (1 << 31) != 0 }

    /// First letter written in upper case.
    public var isCapitalized: Bool {
        guard let first = original.unicodeScalars.first else { return false }
        // ASCII answered without the Unicode property tables (the same answer: only A–Z are upper case).
        return first.value < 0x80 ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase
    }
    /// Every letter written in upper case ("US", "ONU", "AFP").
    public var isAllCaps: Bool {
        var sawLetter = false
        for s in original.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                // ASCII without the Unicode property tables: letters are A–Z and a–z, upper case A–Z.
                guard (v | 0x20) >= 97 && (v | 0x20) <= 122 else { continue }
                sawLetter = true
                if v > 90 { return false }
                continue
            }
            guard s.properties.isAlphabetic else { continue }
            sawLetter = true
            if !s.properties.isUppercase { return false }
        }
        return sawLetter
    }
    public var isWord: Bool { kind == .word }
    /// A quotation mark, opening or closing: « » “ ” or the straight ".
    public var isQuotationMark: Bool { Token.quotationMarks.contains(folded) }
    static let quotationMarks: Set<String> = ["«", "»", "\"", "“", "”"]
    public var intValue: Int? { kind == .number ? Int(folded) : nil }
}

/// Splits text into tokens in one pass over its scalars.
public enum Tokenizer {
    public static func tokenize(_ text: String, baseOffset: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        // UTF-8 bytes of the token as written and folded: strings are built from bytes once per token
        // (much cheaper than growing `String.UnicodeScalarView`s scalar by scalar).
        var current: [UInt8] = []
        var folded: [UInt8] = []
        current.reserveCapacity(32)
        folded.reserveCapacity(32)
        var tokenStart = 0
        var kind: Token.Kind = .word
        var offset = baseOffset
        var pendingHyphen = false
        var pendingApostrophe = false
        var lastWasWordEnd = false
        let questionMarkKey = Token.key("?")

        func flush(_ end: Int) {
            guard !current.isEmpty else { return }
            // A "?" kept as a lost letter but ending the word is a question mark after all.
            var trailing = 0
            while let last = current.last, last == 0x3F { current.removeLast(); folded.removeLast(); trailing += 1 }
            if !current.isEmpty {
                let foldedString = String(decoding: folded, as: UTF8.self)
                // Most words are written as they fold (lower-case, unaccented): one string for both.
                let original = current == folded ? foldedString : String(decoding: current, as: UTF8.self)
                tokens.append(Token(kind: kind, folded: foldedString, original: original,
                                    start: tokenStart, end: end - trailing,
                                    hyphenBefore: pendingHyphen, apostropheBefore: pendingApostrophe,
                                    foldedKey: Token.key(folded)))
            }
            for q in 0..<trailing {
                tokens.append(Token(kind: .punctuation, folded: "?", original: "?", start: end - trailing + q, end: end - trailing + q + 1,
                                    hyphenBefore: false, apostropheBefore: false, foldedKey: questionMarkKey))
            }
            current.removeAll(keepingCapacity: true)
            folded.removeAll(keepingCapacity: true)
            pendingHyphen = false
            pendingApostrophe = false
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            let width = v < 0x80 ? 1 : UTF8.width(scalar)
            let isDigit = v >= 48 && v <= 57
            var isLetter = !isDigit && (v >= 0x80 ? scalar.properties.isAlphabetic : ((v | 0x20) >= 97 && (v | 0x20) <= 122))
            // "fran?ais": a "?" glued between letters stands for a character lost to a bad encoding.
            if v == 0x3F, lastWasWordEnd, kind == .word, !current.isEmpty { isLetter = true }
            if isLetter || isDigit {
                let k: Token.Kind = isDigit ? .number : .word
                if !current.isEmpty && k != kind {
                    // "1er", "2e": letters glued to a number stay with it as a word ("1er" → ordinal).
                    if kind == .number && isLetter { kind = .word } else if kind == .word && isDigit { /* "G20" */ } else { flush(offset) }
                }
                if current.isEmpty { tokenStart = offset; kind = k }
                if v < 0x80 {
                    // ASCII folds to itself in lower case (`Folding.appendFoldedUTF8`, inlined).
                    current.append(UInt8(v))
                    folded.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
                } else {
                    current.append(contentsOf: UTF8.encode(scalar)!)
                    Folding.appendFoldedUTF8(scalar, to: &folded)
                }
                lastWasWordEnd = true
            } else {
                flush(offset)
                switch v {
                case 0x2D, 0x2010, 0x2011:  // hyphens join words
                    if lastWasWordEnd { pendingHyphen = true }
                case 0x27, 0x2019, 0x02BC:  // apostrophes
                    if lastWasWordEnd { pendingApostrophe = true }
                case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2009:
                    pendingHyphen = false; pendingApostrophe = false
                default:
                    pendingHyphen = false; pendingApostrophe = false
                    var f: [UInt8] = []
                    Folding.appendFoldedUTF8(scalar, to: &f)
                    tokens.append(Token(kind: .punctuation, folded: String(decoding: f, as: UTF8.self), original: String(scalar), start: offset,
                                        end: offset + width, hyphenBefore: false, apostropheBefore: false, foldedKey: Token.key(f)))
                }
                lastWasWordEnd = false
            }
            offset += width
        }
        flush(offset)
        return tokens
    }
}
