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
    public var folded: String
    /// The text as written.
    public var original: String
    /// UTF-8 byte offsets in the tokenised string.
    public var start: Int
    public var end: Int
    /// Whether a hyphen joins this token to the previous one.
    public var hyphenBefore: Bool
    /// Whether an apostrophe joins this token to the previous one ("l'", "d'", "qu'").
    public var apostropheBefore: Bool

    /// First letter written in upper case.
    public var isCapitalized: Bool { original.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    /// Every letter written in upper case ("US", "ONU", "AFP").
    public var isAllCaps: Bool {
        var sawLetter = false
        for s in original.unicodeScalars where s.properties.isAlphabetic {
            sawLetter = true
            if !s.properties.isUppercase { return false }
        }
        return sawLetter
    }
    public var isWord: Bool { kind == .word }
    public var intValue: Int? { kind == .number ? Int(folded) : nil }
}

/// Splits text into tokens in one pass over its scalars.
public enum Tokenizer {
    public static func tokenize(_ text: String, baseOffset: Int = 0) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var current = String.UnicodeScalarView()
        var folded = String.UnicodeScalarView()
        var tokenStart = 0
        var kind: Token.Kind = .word
        var offset = baseOffset
        var pendingHyphen = false
        var pendingApostrophe = false
        var lastWasWordEnd = false

        func flush(_ end: Int) {
            guard !current.isEmpty else { return }
            // A "?" kept as a lost letter but ending the word is a question mark after all.
            var trailing = 0
            while let last = current.last, last == "?" { current.removeLast(); folded.removeLast(); trailing += 1 }
            if !current.isEmpty {
                tokens.append(Token(kind: kind, folded: String(folded), original: String(current), start: tokenStart, end: end - trailing,
                                    hyphenBefore: pendingHyphen, apostropheBefore: pendingApostrophe))
            }
            for q in 0..<trailing {
                tokens.append(Token(kind: .punctuation, folded: "?", original: "?", start: end - trailing + q, end: end - trailing + q + 1,
                                    hyphenBefore: false, apostropheBefore: false))
            }
            current.removeAll(keepingCapacity: true)
            folded.removeAll(keepingCapacity: true)
            pendingHyphen = false
            pendingApostrophe = false
        }

        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            let v = scalar.value
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
                current.append(scalar)
                Folding.appendFolded(scalar, to: &folded)
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
                    var f = String.UnicodeScalarView()
                    Folding.appendFolded(scalar, to: &f)
                    tokens.append(Token(kind: .punctuation, folded: String(f), original: String(scalar), start: offset,
                                        end: offset + width, hyphenBefore: false, apostropheBefore: false))
                }
                lastWasWordEnd = false
            }
            offset += width
        }
        flush(offset)
        return tokens
    }
}
