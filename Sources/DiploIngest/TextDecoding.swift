import Foundation
import DiploModel

/// Bytes → text: binary detection, BOM, UTF-8 or Windows-1252, mojibake repair, line-ending and NFC normalisation.
enum TextDecoding {
    /// Names the binary format of `bytes`, or nil when they look like text.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        func starts(_ magic: [UInt8]) -> Bool {
            bytes.count >= magic.count && bytes[0..<magic.count].elementsEqual(magic)
        }
        if starts(Array("%PDF".utf8)) { return "PDF document" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return "GIF image" }
        if starts(Array("SQLite format 3".utf8)) { return "SQLite database" }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return "ZIP archive" }
        if starts([0x1F, 0x8B]) { return "gzip archive" }
        if isUTF16(bytes) != nil { return nil }
        let limit = min(bytes.count, 8192)
        var i = 0
        while i < limit {
            if bytes[i] == 0 { return "contains NUL bytes" }
            i += 1
        }
        return nil
    }

    /// `true` = little endian, `false` = big endian, nil = no UTF-16 byte-order mark.
    static func isUTF16(_ b: [UInt8]) -> Bool? {
        guard b.count >= 2 else { return nil }
        if b[0] == 0xFF && b[1] == 0xFE { return true }
        if b[0] == 0xFE && b[1] == 0xFF { return false }
        return nil
    }

    /// Decodes file bytes to NFC text with LF line endings. Call `binaryKind` first.
    static func decode(_ input: [UInt8]) -> String {
        var bytes = input
        var decoded: String
        if let littleEndian = isUTF16(bytes) {
            var units = [UInt16]()
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
                i += 2
            }
            decoded = String(decoding: units, as: UTF16.self)
            bytes = Array(decoded.utf8)
        } else if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        bytes = normaliseLineEndings(bytes)
        if let s = String(validating: bytes, as: UTF8.self) {
            decoded = s
        } else {
            decoded = windows1252(bytes)
        }
        return decoded.repairingMojibake.nfcNormalized
    }

    /// CRLF and lone CR → LF (CR never occurs inside a multi-byte UTF-8 or cp1252 sequence).
    static func normaliseLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    /// Windows-1252: Latin-1 with typographic characters in 0x80–0x9F (unassigned bytes map to C1 controls).
    static let cp1252High = Windows1252.high

    /// Decodes Windows-1252 text. Valid multi-byte UTF-8 sequences are kept as UTF-8, so a UTF-8 file
    /// with a few stray Latin-1 bytes (pasted text) still reads correctly; pure cp1252 text almost never
    /// contains such sequences (they would read as "Ã©").
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 { scalars.append(Unicode.Scalar(b)); i += 1; continue }
            if let (scalar, length) = utf8Sequence(bytes, at: i) {
                scalars.append(scalar); i += length; continue
            }
            if b <= 0x9F {
                scalars.append(Unicode.Scalar(cp1252High[Int(b) - 0x80])!)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
            i += 1
        }
        return String(scalars)
    }

    /// A well-formed multi-byte UTF-8 sequence at `i` (no overlongs, surrogates or values past U+10FFFF).
    private static func utf8Sequence(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        let lead = b[i]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard i + length <= b.count else { return nil }
        for k in 1..<length {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = (value << 6) | UInt32(c & 0x3F)
        }
        if length == 3 && value < 0x800 { return nil }
        if length == 4 && (value < 0x10000 || value > 0x10FFFF) { return nil }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Whether the text has anything but whitespace.
    static func isBlank(_ s: some StringProtocol) -> Bool {
        !s.unicodeScalars.contains { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
    }
}
