import Foundation

/// A process's memory from `/proc/<pid>/status`.
public struct MemoryReading: Sendable {
    /// Resident set size now (`VmRSS`), KiB.
    public let rssKiB: Int
    /// Peak resident set size (`VmHWM`), KiB.
    public let hwmKiB: Int

    /// This process's resident set size (`VmRSS`), KiB; 0 where /proc cannot be read.
    public static func ownResidentKiB() -> Int {
        (try? read(pid: getpid()))?.rssKiB ?? 0
    }

    /// Reads `VmRSS` and `VmHWM` of process `pid`.
    static func read(pid: Int32) throws -> MemoryReading {
        let path = "/proc/\(pid)/status"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchError("cannot read \(path)")
        }
        func field(_ name: String) -> Int? {
            for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
                return Int(line.dropFirst(name.count + 1).filter(\.isNumber))
            }
            return nil
        }
        guard let rss = field("VmRSS"), let hwm = field("VmHWM") else {
            throw BenchError("\(path) has no VmRSS/VmHWM lines")
        }
        return MemoryReading(rssKiB: rss, hwmKiB: hwm)
    }
}
