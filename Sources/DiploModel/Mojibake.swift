extension String {
    /// The text with UTF-8 that was decoded as Latin-1 or Windows-1252 somewhere upstream put back:
    /// "Luiz InÃ¡cio Lula" → "Luiz Inácio Lula", "Ã‰lysÃ©e" → "Élysée", "â€™" → "’".
    ///
    /// Scrapers and feeds often pass text through such a wrong decoding, and names then no longer match
    /// the knowledge base. A run is repaired only when its characters, read back as the single bytes
    /// they came from, form one well-formed multi-byte UTF-8 sequence (a lead byte Â–ô followed by
    /// continuation bytes), which ordinary French or English text essentially never contains. Text
    /// without any candidate lead character is returned as is, without copying.
    public var repairingMojibake: String {
        // French text is full of lead candidates ("é" is U+00E9) and almost never has anything to repair:
        // look for one repairable run first, without copying (rebuilding every article scalar by scalar
        // cost more than extracting its events).
        guard Self.hasRepairableRun(unicodeScalars) else { return self }
        var scalars = Array(unicodeScalars)
        var out = String.UnicodeScalarView()
        var changed = false
        var i = 0
        while i < scalars.count {
            let lead = scalars[i].value
            if lead >= 0xC2 && lead <= 0xF4 {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if i + length <= scalars.count {
                    var bytes: [UInt8] = [UInt8(lead)]
                    for k in 1..<length {
                        guard let b = Self.singleByte(scalars[i + k]), b >= 0x80 && b <= 0xBF else { break }
                        bytes.append(b)
                    }
                    if bytes.count == length, let s = String(validating: bytes, as: UTF8.self),
                       let scalar = s.unicodeScalars.first, s.unicodeScalars.count == 1 {
                        out.append(scalar); i += length; changed = true; continue
                    }
                }
            }
            out.append(scalars[i]); i += 1
        }
        scalars.removeAll()
        return changed ? String(out) : self
    }

    /// Whether `repairingMojibake` would change something: some lead character Â–ô followed by the
    /// characters of the continuation bytes of one well-formed UTF-8 sequence (the check the repair
    /// makes at each position, up to the first success).
    private static func hasRepairableRun(_ view: String.UnicodeScalarView) -> Bool {
        var i = view.startIndex
        let end = view.endIndex
        while i < end {
            let lead = view[i].value
            i = view.index(after: i)
            guard lead >= 0xC2 && lead <= 0xF4, i < end, let first = singleByte(view[i]), first >= 0x80 && first <= 0xBF else { continue }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var bytes: [UInt8] = [UInt8(lead), first]
            var j = view.index(after: i)
            while bytes.count < length, j < end, let b = singleByte(view[j]), b >= 0x80 && b <= 0xBF {
                bytes.append(b); j = view.index(after: j)
            }
            if bytes.count == length, let s = String(validating: bytes, as: UTF8.self), s.unicodeScalars.count == 1 { return true }
        }
        return false
    }

    /// The byte a character stands for in Latin-1 or Windows-1252, nil for any other character.
    private static func singleByte(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v >= 0x80 && v <= 0xFF { return UInt8(v) }
        return Windows1252.byte[v]
    }
}

/// Windows-1252, the encoding that text wrongly decoded from UTF-8 usually went through.
public enum Windows1252 {
    /// The characters of the bytes 0x80–0x9F (Latin-1 elsewhere; unassigned bytes map to C1 controls).
    public static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The byte of each of those characters.
    static let byte: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for (k, v) in high.enumerated() { map[v] = UInt8(0x80 + k) }
        return map
    }()
}
