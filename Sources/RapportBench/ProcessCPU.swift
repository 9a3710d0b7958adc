#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// CPU time a process has used (user + system), from `/proc/<pid>/stat`.
enum ProcessCPU {
    /// Seconds of CPU used so far by `pid` (`nil`: this process); `nil` if unreadable.
    static func seconds(pid: pid_t? = nil) -> Double? {
        statSeconds(pid.map { "/proc/\($0)/stat" } ?? "/proc/self/stat")
    }

    /// CPU seconds of each thread of `pid`, keyed by thread id, with the thread's name.
    static func threads(pid: pid_t) -> [String: (name: String, seconds: Double)] {
        let directory = "/proc/\(pid)/task"
        guard let tids = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        var out: [String: (name: String, seconds: Double)] = [:]
        for tid in tids {
            guard let seconds = statSeconds("\(directory)/\(tid)/stat") else { continue }
            let name = (try? String(contentsOfFile: "\(directory)/\(tid)/comm", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? tid
            out[tid] = (name, seconds)
        }
        return out
    }

    private static func statSeconds(_ path: String) -> Double? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // Fields after "(comm)": state is field 3; utime and stime are fields 14 and 15.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        return (user + system) / max(ticks, 1)
    }
}
