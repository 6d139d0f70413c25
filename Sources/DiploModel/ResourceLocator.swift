import Foundation

/// Finds diplo's run-time data folders (`Knowledge/`, `Migrations/`).
///
/// The schema and the language knowledge are plain files so that people can read and edit them;
/// the binary finds them, in order: an environment variable (`DIPLO_KNOWLEDGE`, `DIPLO_MIGRATIONS`),
/// `share/diplo/<name>` beside an installed binary, a `<name>` folder in an ancestor of the executable,
/// and finally the source checkout the binary was built from.
public enum ResourceLocator {
    public static func directory(named name: String, environmentVariable: String) -> URL? {
        let fm = FileManager.default
        func isDir(_ u: URL) -> Bool { var d: ObjCBool = false; return fm.fileExists(atPath: u.path, isDirectory: &d) && d.boolValue }
        if let v = ProcessInfo.processInfo.environment[environmentVariable], !v.isEmpty {
            let u = URL(fileURLWithPath: v)
            return isDir(u) ? u : nil
        }
        // The running binary's real path (/proc/self/exe on Linux), not argv[0], which is a bare name when run through $PATH.
        let exe = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "")).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        let share = dir.deletingLastPathComponent().appendingPathComponent("share/diplo/\(name)")
        if isDir(share) { return share }
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent(name)
            if isDir(candidate) && fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        // The checkout this file was compiled from: Sources/DiploModel/ResourceLocator.swift → ../../
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(name)
        return isDir(source) ? source : nil
    }

    public static var knowledge: URL? { directory(named: "Knowledge", environmentVariable: "DIPLO_KNOWLEDGE") }
    public static var migrations: URL? { directory(named: "Migrations", environmentVariable: "DIPLO_MIGRATIONS") }
}
