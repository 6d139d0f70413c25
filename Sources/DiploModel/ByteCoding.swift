/// Compact binary encoding for diplo's caches (the knowledge cache, event digests): little-endian
/// integers and length-prefixed UTF-8 strings, appended to one byte array.
public struct ByteWriter: Sendable {
    public var bytes: [UInt8] = []

    public init(reserve: Int = 0) { if reserve > 0 { bytes.reserveCapacity(reserve) } }

    public mutating func u8(_ v: UInt8) { bytes.append(v) }
    public mutating func u32(_ v: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: v).littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func string(_ s: String) { u32(s.utf8.count); bytes.append(contentsOf: s.utf8) }
    public mutating func strings(_ a: [String]) { u32(a.count); for s in a { string(s) } }

    /// A flag byte (0: nil), then the string.
    public mutating func optionalString(_ s: String?) {
        if let s { u8(1); string(s) } else { u8(0) }
    }
}

/// Reads what `ByteWriter` wrote from a buffer; every read returns nil past the end (a truncated
/// or foreign buffer is never read out of bounds).
public struct ByteReader {
    public let buffer: UnsafeBufferPointer<UInt8>
    public private(set) var offset = 0

    public init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    public var atEnd: Bool { offset == buffer.count }

    public mutating func bytes(_ n: Int) -> UnsafeBufferPointer<UInt8>? {
        guard n >= 0, n <= buffer.count - offset else { return nil }
        defer { offset += n }
        return UnsafeBufferPointer(rebasing: buffer[offset..<offset + n])
    }

    public mutating func u8() -> UInt8? { bytes(1)?.first }

    public mutating func u32() -> UInt32? {
        guard let b = bytes(4) else { return nil }
        return UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
    }

    public mutating func u64() -> UInt64? {
        guard let lo = u32(), let hi = u32() else { return nil }
        return UInt64(lo) | UInt64(hi) << 32
    }

    public mutating func string() -> String? {
        guard let n = u32(), let b = bytes(Int(n)) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }

    public mutating func strings() -> [String]? {
        guard let n = u32(), Int(n) <= buffer.count - offset else { return nil }
        var out: [String] = []
        out.reserveCapacity(Int(n))
        for _ in 0..<n {
            guard let s = string() else { return nil }
            out.append(s)
        }
        return out
    }

    /// `.some(nil)` for a nil written by `optionalString`, nil when the buffer ends.
    public mutating func optionalString() -> String?? {
        guard let flag = u8() else { return nil }
        if flag == 0 { return .some(nil) }
        guard let s = string() else { return nil }
        return .some(s)
    }
}
