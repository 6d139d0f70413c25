import Foundation

/// One measured figure, with the target it is held to when it has one.
struct Metric: Codable, Hashable {
    enum Direction: String, Codable { case higher, lower }

    /// Stable identifier, used to match figures of two runs (`diplo-bench compare`).
    var key: String
    /// The table's section ("extraction", "import", "queries @ 1M events", …).
    var section: String
    var label: String
    var value: Double
    var unit: String
    /// Which way is better.
    var better: Direction
    /// The target, when the issue sets one (≥ for `higher`, < for `lower`).
    var target: Double?
    /// Extra facts that help reading the value (result sizes, CPU time).
    var note: String?

    var meetsTarget: Bool? {
        guard let target else { return nil }
        return better == .higher ? value >= target : value < target
    }
}

/// Everything a run measured, as written to JSON.
struct BenchResults: Codable {
    struct Machine: Codable {
        var cores: Int
        var cpu: String
        var memoryGB: Double
        var os: String
        /// 1-minute load average at the start and the end of the run (other users of the machine).
        var loadAtStart: Double
        var loadAtEnd: Double
    }

    struct Config: Codable {
        var articles: Int
        var storeEvents: Int
        var seed: UInt64
        var date: String
        var gitCommit: String?
    }

    var machine: Machine
    var config: Config
    var metrics: [Metric]
    var totalSeconds: Double

    static func machine() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let os = ProcessInfo.processInfo.operatingSystemVersionString
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model,
                       memoryGB: (Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824 * 10).rounded() / 10,
                       os: os, loadAtStart: Measure.loadAverage, loadAtEnd: 0)
    }

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(self).write(to: url)
    }

    static func read(_ path: String) throws -> BenchResults {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError.badResults("cannot read \(path)") }
        do { return try JSONDecoder().decode(BenchResults.self, from: data) } catch {
            throw BenchError.badResults("\(path) is not a diplo-bench result file: \(error)")
        }
    }
}

/// Formats figures for people: one table, sections in run order.
enum ReportTable {
    static func format(_ v: Double, unit: String) -> String {
        let a = abs(v)
        let digits = a >= 100 ? 0 : (a >= 10 ? 1 : (a >= 1 ? 2 : 3))
        let number = String(format: "%.\(digits)f", v)
        // Group thousands for readability.
        var parts = number.split(separator: ".", maxSplits: 1).map(String.init)
        var int = parts[0], sign = ""
        if int.hasPrefix("-") { sign = "-"; int.removeFirst() }
        var grouped = ""
        for (i, c) in int.reversed().enumerated() { if i > 0 && i % 3 == 0 { grouped.append(",") }; grouped.append(c) }
        parts[0] = sign + String(grouped.reversed())
        return parts.joined(separator: ".") + (unit.isEmpty ? "" : " " + unit)
    }

    static func render(_ results: BenchResults) -> String {
        var rows: [[String]] = [["section", "figure", "value", "target", "", "note"]]
        for m in results.metrics {
            let target = m.target.map { (m.better == .higher ? "≥ " : "< ") + format($0, unit: m.unit) } ?? ""
            let verdict = m.meetsTarget.map { $0 ? "ok" : "MISSED" } ?? ""
            rows.append([m.section, m.label, format(m.value, unit: m.unit), target, verdict, m.note ?? ""])
        }
        var out = table(rows)
        let machine = results.machine
        out += "\nmachine: \(machine.cores) cores, \(machine.cpu), \(machine.memoryGB) GB; load average \(String(format: "%.1f", machine.loadAtStart)) at start, \(String(format: "%.1f", machine.loadAtEnd)) at end\n"
        out += "run: \(results.config.articles) articles, store of \(results.config.storeEvents) events, seed \(results.config.seed), \(String(format: "%.0f", results.totalSeconds)) s\n"
        return out
    }

    /// Two runs side by side: figures matched by key, with the change in the better direction marked.
    static func compare(_ base: BenchResults, _ new: BenchResults) -> String {
        var rows: [[String]] = [["section", "figure", "base", "new", "change"]]
        let baseByKey = Dictionary(base.metrics.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for m in new.metrics {
            guard let b = baseByKey[m.key] else {
                rows.append([m.section, m.label, "—", format(m.value, unit: m.unit), "new"]); continue
            }
            var change = "—"
            if b.value != 0 {
                let ratio = m.value / b.value
                let improved = m.better == .higher ? ratio > 1 : ratio < 1
                let pct = (ratio - 1) * 100
                change = String(format: "%+.1f%%", pct) + (abs(pct) < 5 ? "" : (improved ? " better" : " worse"))
            }
            rows.append([m.section, m.label, format(b.value, unit: b.unit), format(m.value, unit: m.unit), change])
        }
        let newKeys = Set(new.metrics.map(\.key))
        for b in base.metrics where !newKeys.contains(b.key) {
            rows.append([b.section, b.label, format(b.value, unit: b.unit), "—", "gone"])
        }
        return table(rows) + "\nbase: \(base.config.date) (load \(String(format: "%.1f", base.machine.loadAtStart))), new: \(new.config.date) (load \(String(format: "%.1f", new.machine.loadAtStart)))\n"
    }

    /// Left-aligned columns separated by two spaces, with a rule under the header.
    static func table(_ rows: [[String]]) -> String {
        let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
        func line(_ r: [String]) -> String {
            zip(r, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = line(rows[0]) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows.dropFirst() { out += line(r) + "\n" }
        return out
    }
}
