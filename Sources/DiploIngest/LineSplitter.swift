import Foundation

/// Cuts JSON Lines input into numbered lines as it arrives, so a file of any size is read with at
/// most one line in memory, and a line over the limit is measured and dropped instead of buffered.
///
/// LF, CRLF and a lone CR each end a line (JSON strings cannot hold a raw CR, so a CR is always a
/// line end). Lines are numbered from 1 as an editor shows them.
struct LineSplitter {
    enum Line: Equatable {
        /// A line's bytes, without its line end.
        case text(number: Int, bytes: [UInt8])
        /// A line longer than the limit; `size` is its full length in bytes.
        case tooLong(number: Int, size: Int)
    }

    let maxLineBytes: Int
    private var number = 0
    private var buffer: [UInt8] = []
    /// Bytes of the current line so far (the buffer is emptied once this passes the limit).
    private var size = 0
    /// The previous chunk ended with a CR: a LF starting this one belongs to it.
    private var afterCR = false

    init(maxLineBytes: Int) { self.maxLineBytes = maxLineBytes }

    /// Splits the next piece of input, calling `emit` for each line it completes.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (Line) throws -> Void) rethrows {
        guard let base = chunk.baseAddress else { return }
        let n = chunk.count
        var i = 0
        // Next LF and CR at or after `i` (n when none): found with memchr, and only searched again once passed,
        // so a chunk of many short lines is scanned once.
        var nextLF = -1, nextCR = -1
        func find(_ byte: UInt8, from: Int) -> Int {
            guard let p = memchr(base + from, Int32(byte), n - from) else { return n }
            return UnsafeRawPointer(p) - base
        }
        while i < n {
            if afterCR {
                afterCR = false
                if chunk[i] == 0x0A { i += 1; continue }
            }
            if nextLF < i { nextLF = find(0x0A, from: i) }
            if nextCR < i { nextCR = find(0x0D, from: i) }
            let end = min(nextLF, nextCR)
            append(UnsafeRawBufferPointer(rebasing: chunk[i..<end]))
            if end == n { break }
            try endLine(emit)
            afterCR = end == nextCR
            i = end + 1
        }
    }

    /// Emits the last line when the input does not end with a line end.
    mutating func finish(_ emit: (Line) throws -> Void) rethrows {
        if size > 0 { try endLine(emit) }
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer) {
        size += bytes.count
        if size <= maxLineBytes {
            buffer.append(contentsOf: bytes)
        } else if !buffer.isEmpty {
            buffer = []
        }
    }

    private mutating func endLine(_ emit: (Line) throws -> Void) rethrows {
        number += 1
        let line: Line = size > maxLineBytes ? .tooLong(number: number, size: size) : .text(number: number, bytes: buffer)
        buffer = []
        size = 0
        try emit(line)
    }
}
