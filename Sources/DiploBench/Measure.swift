import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Clocks, memory and child processes, read from the kernel directly.
///
/// The machine is shared, so every timing is taken both as wall time (what a user waits) and as
/// CPU time (what the work costs, which other processes disturb much less).
enum Measure {
    /// Monotonic wall-clock seconds.
    static func wall() -> Double { clock(CLOCK_MONOTONIC) }

    /// CPU seconds used by the calling thread.
    static func threadCPU() -> Double { clock(CLOCK_THREAD_CPUTIME_ID) }

    private static func clock(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// A field of /proc/self/status in bytes (`VmHWM` is the peak resident set, `VmRSS` the current one).
    static func status(_ field: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) } ?? 0
            return kb * 1024
        }
        return 0
    }

    static var peakRSS: Int { status("VmHWM") }

    /// The 1-minute load average (how busy the shared machine was).
    static var loadAverage: Double {
        var l = [Double](repeating: 0, count: 3)
        return getloadavg(&l, 3) > 0 ? l[0] : 0
    }

    /// The value at quantile `q` (0…1) of `values`, by the nearest-rank method.
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank - 1, 0), sorted.count - 1)]
    }

    /// What a finished child process cost.
    struct ChildResult {
        var status: Int32
        var wall: Double
        var userCPU: Double
        var systemCPU: Double
        /// Peak resident set of the child, in bytes (its VmHWM).
        var peakRSS: Int
        var stderr: String
    }

    /// Runs `executable` with `arguments`, stdout to `/dev/null` (or to `stdoutPath`), and measures it:
    /// `wait4` gives the child's own CPU time, /proc its peak memory.
    static func run(_ executable: String, _ arguments: [String], stdoutPath: String = "/dev/null",
                    environment: [String: String] = [:]) throws -> ChildResult {
        let errPath = NSTemporaryDirectory() + "diplo-bench-\(getpid())-stderr.txt"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv { free(p) }; for p in envp { free(p) } }
        var pid: pid_t = 0
        let start = wall()
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw BenchError.failed("cannot run \(executable): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        // The child's peak memory is read from its own /proc/<pid>/status (VmHWM) while it runs:
        // `ru_maxrss` would also count this process's memory, which the spawned child shares until
        // it executes diplo. VmHWM only grows, so the last reading before exit is the peak, short of
        // the last 5 ms.
        var peak = 0
        while true {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if done < 0 && errno != EINTR { break }
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) {
                peak = max(peak, kb * 1024)
            }
            usleep(5_000)
        }
        let elapsed = wall() - start
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: errPath)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildResult(status: exitCode, wall: elapsed, userCPU: seconds(usage.ru_utime), systemCPU: seconds(usage.ru_stime),
                           peakRSS: peak, stderr: err)
    }

    /// Total size of a file and its SQLite companions (-wal, -shm).
    static func databaseBytes(_ path: String) -> Int {
        [path, path + "-wal", path + "-shm"].reduce(0) { total, p in
            total + ((try? FileManager.default.attributesOfItem(atPath: p)[.size] as? Int) ?? 0)
        }
    }
}
