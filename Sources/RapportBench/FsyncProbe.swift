/// Measures how fast the disk under a directory makes small writes durable: 4 KiB `pwrite`
/// + `fdatasync` in a loop, in the three ways a log can place its writes (``SyncedFile/Layout``):
/// appending to a new file, writing into space reserved with `posix_fallocate`, and writing
/// into a file already full of zeros (which saves the file system the extent update that
/// reserved space needs; see docs/PERFORMANCE.md for why the log does not do it).
///
/// The bus's group commit costs one such sync per commit, so this rate, measured in the same
/// run, is what its ingest figures must be read against.
struct FsyncProbe {
    /// Where the test files are made (removed afterwards).
    let directory: String
    /// How long each layout runs.
    let seconds: Double

    /// Runs every layout.
    func run() throws -> [FsyncResult] {
        try SyncedFile.Layout.allCases.map(measure)
    }

    private func measure(_ layout: SyncedFile.Layout) throws -> FsyncResult {
        let file = try SyncedFile(path: directory + "/fsync-\(layout.rawValue).dat", layout: layout, purpose: "fsync probe")
        defer { file.remove() }
        let block = [UInt8](repeating: 0x5A, count: 4096)
        var samples: [UInt64] = []
        samples.reserveCapacity(50_000)
        let start = BenchClock.nanos()
        let end = start + UInt64(seconds * 1e9)
        while BenchClock.nanos() < end {
            let t0 = BenchClock.nanos()
            try file.writeAndSync(block)
            samples.append(BenchClock.nanos() - t0)
        }
        let elapsed = BenchClock.seconds(since: start)
        guard let latency = LatencySummary(nanoseconds: samples) else {
            throw BenchError("fsync probe: no write completed in \(seconds) s")
        }
        return FsyncResult(mode: layout.rawValue, opsPerSecond: Double(samples.count) / elapsed, latency: latency)
    }
}
