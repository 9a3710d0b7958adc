#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The whole machine's CPU time so far, from the first line of `/proc/stat`.
struct SystemCPU {
    /// Seconds all cores spent running anything (user, nice, system, irq, softirq).
    let busySeconds: Double
    /// Seconds the hypervisor ran something else while a core wanted to run (steal).
    let stealSeconds: Double

    /// Reads `/proc/stat`; `nil` where it cannot be read.
    static func read() -> SystemCPU? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = text.split(separator: "\n").first, line.hasPrefix("cpu ") else { return nil }
        let v = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard v.count >= 8 else { return nil }
        let ticks = max(Double(sysconf(Int32(_SC_CLK_TCK))), 1)
        // user nice system idle iowait irq softirq steal
        return SystemCPU(busySeconds: (v[0] + v[1] + v[2] + v[5] + v[6]) / ticks, stealSeconds: v[7] / ticks)
    }
}
