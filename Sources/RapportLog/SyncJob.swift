import Logging

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

/// Work for the committer thread: write the handed-off records, then make the files durable
/// and seal the segments closed since the previous job. When ``run()`` returns, every record
/// below ``upTo`` is on disk.
///
/// Run jobs one at a time, in the order they were made: a seal vouches for every segment
/// before the one it seals, which earlier jobs synced.
public struct SyncJob: Sendable {
    /// Records, identity hashes and index entries to write, in order.
    public let writes: [PendingWrite]
    /// The files to sync (the log files written since the previous job).
    public let files: [LogFile]
    /// Seals of the segments closed since the previous job, written once ``files`` are synced.
    let seals: [PendingSeal]
    /// Where a seal that cannot be written is reported.
    let logger: Logger
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

    /// `fdatasync`s each file, then seals the segments closed since the previous job (and
    /// syncs the seals): only now is each of them known to be whole on disk, and so is every
    /// segment before it, synced by earlier jobs.
    public func sync() throws(LogError) {
        for file in files { try file.sync() }
        for seal in seals {
            do {
                try seal.write()
            } catch {
                // The records are synced whatever becomes of the seal, and a segment without one
                // is only read whole at the next start (unless a later seal vouches for it): a
                // full disk must not fail the commit.
                logger.warning("cannot seal a closed segment; the next start may read it whole",
                               metadata: ["file": "\(seal.file.path)", "error": "\(error)"])
            }
        }
    }

    /// ``write()`` then ``sync()``.
    public func run() throws(LogError) {
        try write()
        try sync()
    }
}
