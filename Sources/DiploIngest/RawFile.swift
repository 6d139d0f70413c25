import Foundation

/// A file read with POSIX calls, so that a failure reports the system's reason ("Permission denied",
/// "Input/output error") rather than a generic Foundation error, and never reads more than asked.
struct RawFile {
    private let fd: Int32
    let display: String

    init(_ url: URL, display: String) throws {
        self.display = display
        fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.error(display, errno) }
    }

    func close() { _ = Foundation.close(fd) }

    /// Up to `count` bytes; empty at the end of the file.
    func read(upTo count: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = out.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + filled, count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.error(display, errno)
            }
            if n == 0 { break }
            filled += n
        }
        out.removeLast(count - filled)
        return out
    }

    /// The whole file, refusing to hold more than `limit` bytes (sizes reported by `stat` can be
    /// wrong for special files, and files can grow while they are read).
    func readAll(limit: Int, sizeHint: Int) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(min(sizeHint, limit) + 1)
        while true {
            let chunk = try read(upTo: 1 << 20)
            if chunk.isEmpty { return out }
            out += chunk
            if out.count > limit {
                throw IngestError.tooLarge(file: display, line: nil, what: "file", size: out.count, limit: limit)
            }
        }
    }

    private static func error(_ display: String, _ code: Int32) -> IngestError {
        if code == ENOENT { return .notFound(file: display) }
        return .unreadable(file: display, reason: String(cString: strerror(code)))
    }
}
