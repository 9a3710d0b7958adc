/// Work for the committer thread: make the listed files durable. When ``run()`` returns,
/// every record below ``upTo`` is on disk.
public struct SyncJob: Sendable {
    /// The files written since the previous job.
    public let files: [LogFile]
    /// One past the last offset this job makes durable.
    public let upTo: UInt64

    /// `fdatasync`s each file.
    public func run() throws(LogError) {
        for file in files { try file.sync() }
    }
}
