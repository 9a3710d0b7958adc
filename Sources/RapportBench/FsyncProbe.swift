#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measures how fast the disk under a directory makes small writes durable: 4 KiB `pwrite`
/// + `fdatasync` in a loop, appending to a new file and writing into a preallocated one.
///
/// The bus's group commit costs one such sync per commit, so this rate, measured in the same
/// run, is what its ingest figures must be read against.
struct FsyncProbe {
    /// Where the test files are made (removed afterwards).
    let directory: String
    /// How long each mode runs.
    let seconds: Double

    /// Bytes reserved for the preallocated mode; writes wrap around inside it.
    private static let preallocatedBytes: Int64 = 64 << 20

    /// Runs both modes.
    func run() throws -> [FsyncResult] {
        [try measure(preallocate: false), try measure(preallocate: true)]
    }

    private func measure(preallocate: Bool) throws -> FsyncResult {
        let mode = preallocate ? "preallocated" : "append"
        let path = directory + "/fsync-\(mode).dat"
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchError("fsync probe: cannot create \(path): \(String(cString: strerror(errno)))") }
        defer {
            close(fd)
            unlink(path)
        }
        if preallocate {
            // Reserve the space as the log does (posix_fallocate), and make that durable first.
            let rc = posix_fallocate(fd, 0, off_t(Self.preallocatedBytes))
            if rc != 0 { throw BenchError("fsync probe: posix_fallocate on \(path) failed: \(String(cString: strerror(rc)))") }
            if fsync(fd) != 0 { throw BenchError("fsync probe: fsync \(path) failed: \(String(cString: strerror(errno)))") }
        }
        let block = [UInt8](repeating: 0x5A, count: 4096)
        var samples: [UInt64] = []
        samples.reserveCapacity(50_000)
        var position: Int64 = 0
        let start = BenchClock.nanos()
        let end = start + UInt64(seconds * 1e9)
        while BenchClock.nanos() < end {
            let t0 = BenchClock.nanos()
            let written = block.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(position)) }
            guard written == block.count else {
                throw BenchError("fsync probe: write to \(path) failed: \(String(cString: strerror(errno)))")
            }
            guard fdatasync(fd) == 0 else {
                throw BenchError("fsync probe: fdatasync \(path) failed: \(String(cString: strerror(errno)))")
            }
            samples.append(BenchClock.nanos() - t0)
            position += Int64(block.count)
            if preallocate && position >= Self.preallocatedBytes { position = 0 }
        }
        let elapsed = BenchClock.seconds(since: start)
        guard let latency = LatencySummary(nanoseconds: samples) else {
            throw BenchError("fsync probe: no write completed in \(seconds) s")
        }
        return FsyncResult(mode: mode, opsPerSecond: Double(samples.count) / elapsed, latency: latency)
    }
}
