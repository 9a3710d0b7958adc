/// Bytes to write at a position of a file.
public struct PendingWrite: Sendable {
    /// The file.
    public let file: LogFile
    /// Where the bytes go.
    public let position: Int64
    /// The bytes.
    public let bytes: [UInt8]
}

/// Where a segment stood before a commit's records were handed off, to roll back to if
/// writing them fails.
struct SegmentMark: Sendable {
    let segmentBase: UInt64
    let size: Int64
    let nextOffset: UInt64
    let idsCount: UInt64
    let indexCount: Int
    let bytesSinceIndex: Int
    let lastTimestamp: Int64
}

/// Work for the committer thread: write the handed-off records, then make the files durable.
/// When ``run()`` returns, every record below ``upTo`` is on disk.
public struct SyncJob: Sendable {
    /// Records, identity hashes and index entries to write, in order.
    public let writes: [PendingWrite]
    /// The files to sync (the log files written since the previous job).
    public let files: [LogFile]
    /// One past the last offset this job makes durable.
    public let upTo: UInt64
    /// The first offset whose bytes are in ``writes`` (``upTo`` when there are none).
    public let firstOffset: UInt64
    /// The state to roll back to if ``write()`` fails.
    let mark: SegmentMark?

    /// Writes the handed-off bytes (`pwrite`). On failure nothing of this job is durable:
    /// call ``Log/rollback(_:)`` before appending more.
    public func write() throws(LogError) {
        for item in writes { try item.file.write(item.bytes, at: item.position) }
    }

    /// `fdatasync`s each file.
    public func sync() throws(LogError) {
        for file in files { try file.sync() }
    }

    /// ``write()`` then ``sync()``.
    public func run() throws(LogError) {
        try write()
        try sync()
    }
}
