#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measures how fast the disk under a directory makes small writes durable: 4 KiB `pwrite`
/// + `fdatasync` in a loop, in the three ways a log can place its writes: appending to a new
/// file, writing into space reserved with `posix_fallocate`, and writing into a file already
/// full of zeros (which saves the file system the extent update that reserved space needs;
/// see docs/PERFORMANCE.md for why the log does not do it).
///
/// The bus's group commit costs one such sync per commit, so this rate, measured in the same
/// run, is what its ingest figures must be read against.
struct FsyncProbe {
    /// How the probe's file is laid out before the timed writes.
    enum Mode: String, CaseIterable {
        /// Each write extends the file.
        case append
        /// Writes go into space reserved with `posix_fallocate` (unwritten extents).
        case preallocated
        /// Writes go into blocks that already hold zeros, written and synced beforehand.
        case zeroFilled = "zero-filled"
    }

    /// Where the test files are made (removed afterwards).
    let directory: String
    /// How long each mode runs.
    let seconds: Double

    /// Bytes reserved for the preallocated and zero-filled modes; writes wrap around inside it.
    private static let reservedBytes: Int64 = 64 << 20

    /// Runs every mode.
    func run() throws -> [FsyncResult] {
        try Mode.allCases.map(measure)
    }

    private func measure(_ mode: Mode) throws -> FsyncResult {
        let path = directory + "/fsync-\(mode.rawValue).dat"
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchError("fsync probe: cannot create \(path): \(String(cString: strerror(errno)))") }
        defer {
            close(fd)
            unlink(path)
        }
        switch mode {
        case .append:
            break
        case .preallocated:
            // Reserve the space as the log does for a segment (posix_fallocate), durably.
            let rc = posix_fallocate(fd, 0, off_t(Self.reservedBytes))
            if rc != 0 { throw BenchError("fsync probe: posix_fallocate on \(path) failed: \(String(cString: strerror(rc)))") }
        case .zeroFilled:
            // Blocks already written, so a write only replaces data.
            let zeros = [UInt8](repeating: 0, count: 1 << 20)
            var at: Int64 = 0
            while at < Self.reservedBytes {
                let n = zeros.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(at)) }
                guard n > 0 else { throw BenchError("fsync probe: cannot write zeros to \(path): \(String(cString: strerror(errno)))") }
                at += Int64(n)
            }
        }
        if fsync(fd) != 0 { throw BenchError("fsync probe: fsync \(path) failed: \(String(cString: strerror(errno)))") }
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
            if mode != .append && position >= Self.reservedBytes { position = 0 }
        }
        let elapsed = BenchClock.seconds(since: start)
        guard let latency = LatencySummary(nanoseconds: samples) else {
            throw BenchError("fsync probe: no write completed in \(seconds) s")
        }
        return FsyncResult(mode: mode.rawValue, opsPerSecond: Double(samples.count) / elapsed, latency: latency)
    }
}
