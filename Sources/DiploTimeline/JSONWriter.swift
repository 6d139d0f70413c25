/// A small JSON emitter writing UTF-8 bytes directly, with hand-written string escaping.
///
/// Keys come out in the order they are written, so the output is deterministic; the exporters
/// use it rather than `JSONEncoder`/`JSONSerialization`, which neither keep a fixed key order nor
/// escape as fast.
public struct JSONWriter: Sendable {
    public var bytes: [UInt8] = []
    public let pretty: Bool
    private var depth = 0
    /// Whether the current container already holds an element (so the next one needs a comma).
    private var hasElement: [Bool] = []
    /// A key has just been written: the value follows it directly.
    private var afterKey = false

    public init(pretty: Bool = false, reserve: Int = 0) {
        self.pretty = pretty
        if reserve > 0 { bytes.reserveCapacity(reserve) }
    }

    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        depth = 0; hasElement.removeAll(keepingCapacity: true); afterKey = false
    }

    // MARK: Structure

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Writes the separator due before a value or a key in the current container.
    private mutating func beforeElement() {
        if afterKey { afterKey = false; return }
        guard !hasElement.isEmpty else { return }
        if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasElement[hasElement.count - 1] = true
        if pretty { newline() }
    }

    public mutating func beginObject() { beforeElement(); bytes.append(UInt8(ascii: "{")); depth += 1; hasElement.append(false) }
    public mutating func beginArray() { beforeElement(); bytes.append(UInt8(ascii: "[")); depth += 1; hasElement.append(false) }

    public mutating func endObject() { end(UInt8(ascii: "}")) }
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func end(_ c: UInt8) {
        depth -= 1
        let had = hasElement.popLast() ?? false
        if pretty && had { newline() }
        bytes.append(c)
    }

    public mutating func key(_ k: StaticString) {
        beforeElement()
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    // MARK: Values

    public mutating func string(_ s: String) { beforeElement(); JSONWriter.appendEscaped(s, to: &bytes) }
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    public mutating func null() { beforeElement(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
    public mutating func int(_ v: Int) { beforeElement(); bytes.append(contentsOf: String(v).utf8) }
    public mutating func bool(_ v: Bool) { beforeElement(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `s` as a quoted JSON string. Quotes, backslashes and control characters are escaped;
    /// U+2028/U+2029 too (they end lines in JavaScript); everything else is copied as UTF-8.
    public static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { buf in
            var runStart = 0
            var i = 0
            let n = buf.count
            while i < n {
                let b = buf[i]
                var escape: (UInt8, UInt8?)? = nil  // (letter, nil) or (0, nil) for \u00XX
                var skip = 1
                if b == 0x22 { escape = (UInt8(ascii: "\""), nil) }
                else if b == 0x5C { escape = (UInt8(ascii: "\\"), nil) }
                else if b < 0x20 {
                    switch b {
                    case 0x0A: escape = (UInt8(ascii: "n"), nil)
                    case 0x0D: escape = (UInt8(ascii: "r"), nil)
                    case 0x09: escape = (UInt8(ascii: "t"), nil)
                    case 0x08: escape = (UInt8(ascii: "b"), nil)
                    case 0x0C: escape = (UInt8(ascii: "f"), nil)
                    default: escape = (0, b)
                    }
                } else if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80, buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9 {
                    escape = (1, buf[i + 2] == 0xA8 ? 0x28 : 0x29); skip = 3
                }
                if let (letter, code) = escape {
                    if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                    out.append(UInt8(ascii: "\\"))
                    if letter == 0, let c = code {
                        out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                    } else if letter == 1, let c = code {
                        out.append(contentsOf: [UInt8(ascii: "u"), 0x32, 0x30, 0x32, c == 0x28 ? 0x38 : 0x39])
                    } else {
                        out.append(letter)
                    }
                    i += skip
                    runStart = i
                } else {
                    i += 1
                }
            }
            if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
