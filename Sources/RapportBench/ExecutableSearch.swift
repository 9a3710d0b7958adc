#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Finds programs: others on `PATH`, and this process's own executable.
enum ExecutableSearch {
    /// The full path of `name` on `PATH`, or `nil`.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        // Debian installs redis-server in /usr/bin, but PATH may lack /usr/sbin-style dirs.
        for directory in ["/usr/sbin", "/usr/local/sbin"] where access("\(directory)/\(name)", X_OK) == 0 {
            return "\(directory)/\(name)"
        }
        return nil
    }

    /// The running executable (`/proc/self/exe`, else `argv[0]` resolved).
    static func current() throws -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        let first = CommandLine.arguments.first ?? "rapport"
        if first.contains("/"), let resolved = realpath(first, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if let found = onPath(first) { return found }
        throw BenchError("cannot find the rapport executable to start the bus (argv[0] is \(first))")
    }
}
