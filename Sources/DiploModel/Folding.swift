import Foundation

/// Case, diacritic and ligature folding used everywhere text is matched: knowledge lookups,
/// trigger matching, full-text search. "Œuvrer" and "oeuvrer", "Téhéran" and "tehran",
/// "Erdoğan" and "erdogan" fold to the same key.
public enum Folding {
    /// Lowercases, removes diacritics and expands ligatures (œ→oe, æ→ae, ß→ss) and typographic
    /// apostrophes/dashes to ASCII ones. Keeps every other character, so lengths may change.
    public static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars { appendFoldedUTF8(scalar, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 bytes of `appendFolded`, appended to a byte buffer: the same result, but building
    /// strings from bytes is several times faster than appending scalars to a `UnicodeScalarView`,
    /// and the tokenizer folds every scalar of every article.
    @inline(__always)
    public static func appendFoldedUTF8(_ c: Unicode.Scalar, to out: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            out.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
            return
        }
        if v < foldedLatinLimit {
            out.append(contentsOf: foldedLatin[Int(v) - 0x80])
            return
        }
        var scalars = String.UnicodeScalarView()
        appendFolded(c, to: &scalars)
        for s in scalars { out.append(contentsOf: UTF8.encode(s)!) }
    }

    /// Latin-1 Supplement and Latin Extended-A/B (U+0080…U+024F): every accented letter of French and
    /// of the names in the news. Their folded UTF-8, computed once by `appendFolded` itself, saves the
    /// Unicode decomposition of each accented character.
    private static let foldedLatinLimit: UInt32 = 0x250
    private static let foldedLatin: [[UInt8]] = (0x80..<0x250).map { v in
        var scalars = String.UnicodeScalarView()
        if let c = Unicode.Scalar(UInt32(v)) { appendFolded(c, to: &scalars) }
        return Array(String(scalars).utf8)
    }

    /// Folds one scalar into `out` (zero, one or several scalars).
    @inline(__always)
    public static func appendFolded(_ c: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = c.value
        if v < 0x80 {
            if v >= 65 && v <= 90 { out.append(Unicode.Scalar(v + 32)!) } else { out.append(c) }
            return
        }
        switch v {
        case 0x0152, 0x0153: out.append("o"); out.append("e"); return  // Œ œ
        case 0x00C6, 0x00E6: out.append("a"); out.append("e"); return  // Æ æ
        case 0x00DF: out.append("s"); out.append("s"); return  // ß
        case 0x2018, 0x2019, 0x02BC, 0x00B4, 0x0060, 0x2032: out.append("'"); return
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: out.append("-"); return
        case 0x0131: out.append("i"); return  // dotless ı (Turkish)
        case 0x0130: out.append("i"); return  // İ
        case 0x0141, 0x0142: out.append("l"); return  // Ł ł
        case 0x00D8, 0x00F8: out.append("o"); return  // Ø ø
        case 0x0110, 0x0111: out.append("d"); return
        case 0x00A0, 0x202F, 0x2009, 0x2007: out.append(" "); return
        default: break
        }
        // Decompose and drop combining marks.
        let decomposed = String(c).decomposedStringWithCanonicalMapping.unicodeScalars
        for d in decomposed {
            switch d.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default:
                for l in d.properties.lowercaseMapping.unicodeScalars { out.append(l) }
            }
        }
    }
}
