import DiploModel
import Foundation
import Testing
@testable import DiploIngest

@Suite struct LineSplitterTests {
    /// Feeds `input` in pieces of `chunk` bytes.
    func lines(_ input: [UInt8], chunk: Int, max: Int = 100) -> [LineSplitter.Line] {
        var splitter = LineSplitter(maxLineBytes: max)
        var out: [LineSplitter.Line] = []
        var i = 0
        while i < input.count {
            let piece = Array(input[i..<min(input.count, i + chunk)])
            piece.withUnsafeBytes { splitter.feed($0) { out.append($0) } }
            i += chunk
        }
        splitter.finish { out.append($0) }
        return out
    }

    @Test func lfCrlfAndCrEndLinesWhateverTheChunks() {
        let input = Array("one\ntwo\r\nthree\rfour\r\n\r\nsix".utf8)
        let expected: [LineSplitter.Line] = [
            .text(number: 1, bytes: Array("one".utf8)), .text(number: 2, bytes: Array("two".utf8)),
            .text(number: 3, bytes: Array("three".utf8)), .text(number: 4, bytes: Array("four".utf8)),
            .text(number: 5, bytes: []), .text(number: 6, bytes: Array("six".utf8)),
        ]
        // Every chunk size, so that CR/LF pairs are split across chunks too.
        for chunk in 1...input.count { #expect(lines(input, chunk: chunk) == expected, "chunk \(chunk)") }
        #expect(lines(Array("a\n".utf8), chunk: 4) == [.text(number: 1, bytes: [UInt8(ascii: "a")])])
        #expect(lines([], chunk: 4).isEmpty)
    }

    @Test func overlongLinesAreMeasuredNotKept() {
        let input = Array("short\n".utf8) + [UInt8](repeating: 0x61, count: 1_000) + Array("\nafter".utf8)
        for chunk in [7, 64, 4096] {
            #expect(lines(input, chunk: chunk, max: 100) == [
                .text(number: 1, bytes: Array("short".utf8)), .tooLong(number: 2, size: 1_000), .text(number: 3, bytes: Array("after".utf8)),
            ])
        }
    }
}

@Suite struct HostileInputTests {
    @Test func jsonLinesWithCRLineEndsKeepTheirLineNumbers() throws {
        let d = TempDir()
        let u = d.write("cr.jsonl", "{\"maintext\": \"One.\"}\r{bad\r\r{\"maintext\": \"Four.\"}\r")
        let r = try ArticleReader.read(fileAt: u)
        #expect(articles(r).map(\.name) == ["cr.jsonl#1", "cr.jsonl#4"])
        #expect(failures(r).map(\.description) == ["\(ArticleReader.displayPath(u)):2: invalid JSON (\(reason(of: failures(r).first)))"])
    }

    private func reason(of e: IngestError?) -> String {
        guard case .invalidJSON(_, _, let reason)? = e else { return "?" }
        return reason
    }

    @Test func jsonLinesAreDecodedLineByLine() throws {
        let d = TempDir()
        // A BOM, then one Windows-1252 line among UTF-8 ones.
        let u = d.write("mixed.jsonl", bytes: [0xEF, 0xBB, 0xBF] + Array("{\"maintext\": \"Erdoğan.\"}\n{\"maintext\": \"Caf".utf8) + [0xE9]
                        + Array(".\"}\n".utf8))
        let r = try ArticleReader.read(fileAt: u)
        #expect(articles(r).map(\.text) == ["Erdoğan.", "Café."])
        let blank = d.write("blank.jsonl", "\n  \n\r\n")
        #expect(throws: IngestError.emptyFile(file: ArticleReader.displayPath(blank))) { try ArticleReader.read(fileAt: blank) }
        let binary = d.write("x.jsonl", bytes: [0x1F, 0x8B, 0x08, 0])
        #expect(throws: IngestError.binaryFile(file: ArticleReader.displayPath(binary), kind: "gzip archive")) { try ArticleReader.read(fileAt: binary) }
    }

    @Test func articleTextOverTheLimitIsRefused() throws {
        let long = String(repeating: "Emmanuel Macron a appelé Vladimir Poutine. ", count: ArticleReader.Limits.maxArticleBytes / 40)
        #expect(throws: IngestError.self) { try ArticleReader.read(bytes: Array(long.utf8), name: "long.txt") }
        let html = "<p>" + long + "</p>"
        #expect(throws: IngestError.self) { try ArticleReader.read(bytes: Array(html.utf8), name: "long.html") }
        let json = try JSONSerialization.data(withJSONObject: [["maintext": long], ["maintext": "Court."]])
        let r = try ArticleReader.read(bytes: [UInt8](json), name: "feed.json")
        #expect(articles(r).map(\.text) == ["Court."])
        guard case .tooLarge(let f, let line, let what, let size, let limit)? = failures(r).first else {
            Issue.record("\(r)"); return
        }
        #expect(f == "feed.json" && line == 1 && what == "article text")
        #expect(size == long.utf8.count && limit == ArticleReader.Limits.maxArticleBytes)
        #expect(failures(r).first?.description.hasPrefix("feed.json:1: article text too large (") == true)
    }

    @Test func namedPipesAreRefusedWithoutBlocking() throws {
        let d = TempDir()
        let fifo = d.url.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: IngestError.notRegularFile(file: ArticleReader.displayPath(fifo), kind: "a named pipe")) {
            try ArticleReader.read(fileAt: fifo)
        }
        let walk = ArticleWalker.walk([d.url])
        #expect(walk.files.isEmpty)
        #expect(walk.errors == [.notRegularFile(file: ArticleReader.displayPath(fifo), kind: "a named pipe")])
    }

    @Test func foldersListWhatTheySkip() throws {
        let d = TempDir()
        d.write("a.txt", "a")
        d.write("photo.jpg", "x")
        d.write("sub/scan.pdf", "%PDF")
        d.write(".hidden.pdf", "x")
        let walk = ArticleWalker.walk([d.url])
        #expect(walk.files.map(\.lastPathComponent) == ["a.txt"])
        #expect(walk.skipped.map(\.lastPathComponent) == ["photo.jpg", "scan.pdf"])
    }

    @Test func readFailuresGiveTheSystemReason() throws {
        let d = TempDir()
        // /proc/self/mem cannot be read at offset 0, even by root (chmod 000 stops everyone else only).
        guard FileManager.default.fileExists(atPath: "/proc/self/mem") else { return }
        let link = d.url.appendingPathComponent("mem.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/proc/self/mem")
        #expect(throws: IngestError.unreadable(file: ArticleReader.displayPath(link), reason: "Input/output error")) {
            try ArticleReader.read(fileAt: link)
        }
    }

    @Test func sizesInMessages() {
        #expect(IngestError.megabytes(200 << 20) == "200 MB")
        #expect(IngestError.megabytes((10 << 20) + 5_000) == "10.0 MB")
        #expect(IngestError.megabytes(3_000) == "2 KB")
    }
}
