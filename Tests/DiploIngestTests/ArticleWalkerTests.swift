import Foundation
import Testing
@testable import DiploIngest

@Suite struct ArticleWalkerTests {
    @Test func walksSortedSkippingHiddenAndUnsupported() throws {
        let d = TempDir()
        d.write("b/z.txt", "z")
        d.write("b/a.html", "<p>a</p>")
        d.write("a.jsonl", "{}")
        d.write("notes.docx", "x")
        d.write(".hidden.txt", "h")
        d.write(".git/config.txt", "h")
        d.write("c/d/e/deep.md", "deep")
        let (files, errors) = ArticleWalker.files(in: [d.url])
        #expect(errors.isEmpty)
        #expect(files.map { $0.path.replacingOccurrences(of: d.url.path + "/", with: "") }
                == ["a.jsonl", "b/a.html", "b/z.txt", "c/d/e/deep.md"])
    }

    @Test func explicitFilesAndErrors() throws {
        let d = TempDir()
        let txt = d.write("x.txt", "x")
        let docx = d.write("x.docx", "x")
        let missing = d.url.appendingPathComponent("nope.txt")
        let (files, errors) = ArticleWalker.files(in: [docx, txt, missing])
        #expect(files == [txt])
        #expect(errors.count == 2)
        #expect(errors.contains(.unsupportedFormat(file: ArticleReader.displayPath(docx), extension: "docx")))
        #expect(errors.contains(.notFound(file: ArticleReader.displayPath(missing))))
    }

    @Test func survivesSymlinkLoops() throws {
        let d = TempDir()
        d.write("root/a.txt", "a")
        d.write("root/sub/b.txt", "b")
        let fm = FileManager.default
        // sub/loop → root, sub/self → sub: following links would never end.
        try fm.createSymbolicLink(atPath: d.url.appendingPathComponent("root/sub/loop").path,
                                  withDestinationPath: d.url.appendingPathComponent("root").path)
        try fm.createSymbolicLink(atPath: d.url.appendingPathComponent("root/sub/self").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: d.url.appendingPathComponent("root/alias.txt").path, withDestinationPath: "a.txt")
        try fm.createSymbolicLink(atPath: d.url.appendingPathComponent("root/dangling.txt").path, withDestinationPath: "gone.txt")
        let (files, errors) = ArticleWalker.files(in: [d.url.appendingPathComponent("root")])
        let names = files.map(\.lastPathComponent)
        #expect(names.count == 2)
        #expect(Set(names).isSubset(of: ["a.txt", "alias.txt", "b.txt"]))
        #expect(names.contains("b.txt"))
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("dangling.txt") == true)
    }

    @Test func unreadableDirectoryIsReportedAndWalkGoesOn() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let d = TempDir()
        d.write("ok/a.txt", "a")
        d.write("locked/b.txt", "b")
        let locked = d.url.appendingPathComponent("locked")
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        let (files, errors) = ArticleWalker.files(in: [d.url])
        #expect(files.map(\.lastPathComponent) == ["a.txt"])
        #expect(errors.count == 1)
    }
}
