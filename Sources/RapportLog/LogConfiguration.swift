/// How the log is laid out on disk and how long it keeps records.
public struct LogConfiguration: Sendable {
    /// Directory holding the segment files (created if missing).
    public var directory: String
    /// A segment is closed and a new one started when it would grow past this many bytes.
    public var segmentBytes: Int64
    /// An index entry is written every this many bytes of records.
    public var indexIntervalBytes: Int
    /// Reserve the active segment's full size on disk up front (steadier fsync times).
    public var preallocate: Bool
    /// What the log keeps.
    public var retention: RetentionPolicy

    /// Makes a configuration; the defaults suit a single-host bus.
    public init(
        directory: String,
        segmentBytes: Int64 = 64 << 20,
        indexIntervalBytes: Int = 4096,
        preallocate: Bool = true,
        retention: RetentionPolicy = RetentionPolicy()
    ) {
        self.directory = directory
        self.segmentBytes = segmentBytes
        self.indexIntervalBytes = indexIntervalBytes
        self.preallocate = preallocate
        self.retention = retention
    }
}

/// Which closed segments the log deletes. The active segment is never deleted.
public struct RetentionPolicy: Sendable, Equatable {
    /// Delete a closed segment once its newest record is older than this (ms); `nil` keeps forever.
    public var maxAgeMillis: Int64?
    /// Delete the oldest closed segments while the log is larger than this; `nil`: no limit.
    public var maxBytes: Int64?

    /// Makes a policy; by default 30 days and no size limit.
    public init(maxAgeMillis: Int64? = 30 * 24 * 3_600_000, maxBytes: Int64? = nil) {
        self.maxAgeMillis = maxAgeMillis
        self.maxBytes = maxBytes
    }
}
