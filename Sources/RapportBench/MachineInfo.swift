#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The machine a run was made on, for the report's header.
public struct MachineInfo: Sendable {
    /// Online processors (`nproc`).
    public let processors: Int
    /// Total memory in MiB (`MemTotal`).
    public let memoryMiB: Int
    /// Kernel release (`uname -r`).
    public let kernel: String
    /// The CPU model name, when `/proc/cpuinfo` says.
    public let cpu: String

    /// Reads this machine.
    public static func current() -> MachineInfo {
        var name = utsname()
        uname(&name)
        let kernel = withUnsafeBytes(of: &name.release) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memKiB = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .map { Int($0.filter(\.isNumber)) ?? 0 } ?? 0
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let cpu = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? ""
        return MachineInfo(processors: ProcessInfo.processInfo.activeProcessorCount, memoryMiB: memKiB / 1024,
                           kernel: kernel, cpu: cpu)
    }
}
