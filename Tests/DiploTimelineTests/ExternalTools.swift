import Foundation
import Testing

/// Running the programs that read diplo's exports (Python, LibreOffice) from tests.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The full path of a program on PATH, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program to completion, capturing its outputs through files (pipes could fill up).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let tmp = FileManager.default.temporaryDirectory
        let out = tmp.appendingPathComponent("diplo-tool-out-\(UUID().uuidString)")
        let err = tmp.appendingPathComponent("diplo-tool-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let o = try FileHandle(forWritingTo: out), e = try FileHandle(forWritingTo: err)
        p.standardOutput = o
        p.standardError = e
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try o.close(); try e.close()
        return Result(status: p.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// LibreOffice's `soffice`, when installed. `make test` installs it (target `test-deps`) and sets
    /// DIPLO_REQUIRE_LIBREOFFICE=1, so that there its absence fails the round-trip test instead of skipping it.
    static let soffice = find("soffice")
    static var libreOfficeRequired: Bool { ProcessInfo.processInfo.environment["DIPLO_REQUIRE_LIBREOFFICE"] == "1" }
}
