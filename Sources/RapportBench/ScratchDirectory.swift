#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The benchmark's temporary directory: made fresh under a root, removed at the end.
struct ScratchDirectory {
    /// Its path.
    let path: String

    /// Makes `<root>/rapport-bench-XXXXXX`.
    init(root: String) throws {
        var template = Array("\(root)/rapport-bench-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw BenchError("cannot make a scratch directory under \(root): \(String(cString: strerror(errno)))")
        }
        path = String(cString: made)
    }

    /// Makes a subdirectory and returns its path.
    func subdirectory(_ name: String) throws -> String {
        let sub = path + "/" + name
        guard mkdir(sub, 0o755) == 0 || errno == EEXIST else {
            throw BenchError("cannot make \(sub): \(String(cString: strerror(errno)))")
        }
        return sub
    }

    /// Bytes free for an unprivileged user on the directory's file system (`statvfs`), or
    /// `nil` when that cannot be read.
    func freeBytes() -> Int? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        return Int(stats.f_bavail) * Int(stats.f_frsize)
    }

    /// Deletes a subtree (or the whole directory with no argument).
    func remove(_ name: String? = nil) {
        try? FileManager.default.removeItem(atPath: name.map { path + "/" + $0 } ?? path)
    }
}
