import Foundation

extension String {
    /// The text in Unicode Normalization Form C (what `precomposedStringWithCanonicalMapping` gives).
    ///
    /// Text whose every character is one that NFC never changes — everything below U+0300 (ASCII,
    /// Latin-1 and the precomposed accented letters of European languages: combining marks start at
    /// U+0300) and the typographic punctuation, spaces and currency signs of U+2002…U+20CF — is
    /// returned as is, without calling Foundation, whose normalisation of a news article costs more
    /// than extracting its events. Other text is normalised by Foundation.
    public var nfcNormalized: String {
        for scalar in unicodeScalars {
            let v = scalar.value
            if v < 0x300 || (v >= 0x2002 && v <= 0x20CF) { continue }
            return precomposedStringWithCanonicalMapping
        }
        return self
    }
}
