/// The disk's fsync rate in one mode: 4 KiB writes, each followed by `fdatasync`.
public struct FsyncResult: Sendable {
    /// `append` (each write extends the file), `preallocated` (writes into reserved space) or
    /// `zero-filled` (writes into blocks already holding zeros).
    public let mode: String
    /// Write + fdatasync pairs per second.
    public let opsPerSecond: Double
    /// Latency of one write + fdatasync.
    public let latency: LatencySummary
}
