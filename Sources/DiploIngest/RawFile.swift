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
        // Uninitialised storage: zero-filling a buffer that `read` overwrites cost more than reading.
        var failure: Int32 = 0
        let out = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var filled = 0
            while filled < count {
                let n = Foundation.read(fd, buffer.baseAddress! + filled, count - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                filled += n
            }
            initialized = filled
        }
        if failure != 0 { throw Self.error(display, failure) }
        return out
    }

    /// The whole file, refusing to hold more than `limit` bytes (sizes reported by `stat` can be
    /// wrong for special files, and files can grow while they are read).
    func readAll(limit: Int, sizeHint: Int) throws -> [UInt8] {
        var out = [UInt8]()
        // First the size `stat` gave and one byte more (a typical article is then one read and one
        // read of nothing at the end), then larger chunks if the file turns out longer.
        var chunkSize = min(max(sizeHint, 0), limit) + 1
        out.reserveCapacity(chunkSize)
        while true {
            let chunk = try read(upTo: chunkSize)
            chunkSize = 1 << 16
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
