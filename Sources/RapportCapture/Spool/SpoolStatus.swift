/// What a spool holds and how sending has gone (`rapport capture status`).
public struct SpoolStatus: Sendable, Equatable {
    /// Events waiting for the bus's acknowledgement.
    public let pendingEvents: Int
    /// Bytes of their JSON.
    public let pendingBytes: Int64
    /// When the oldest pending event was spooled (ms since the Unix epoch), if any is pending.
    public let oldestEnqueuedAt: Int64?
    /// When the bus last acknowledged (accepted or duplicate) an event of this spool.
    public let lastAckAt: Int64?
    /// When a send last failed, and why (no answer, `storage`), until one succeeds.
    public let lastErrorAt: Int64?
    /// The last send failure's text.
    public let lastError: String?
    /// Events in the dead-letter list.
    public let deadLetters: Int
    /// Bytes of the spool's files on disk (the database and its write-ahead log).
    public let fileBytes: Int64
    /// The limits in force.
    public let limits: SpoolLimits

    /// A status, as read from the spool.
    public init(pendingEvents: Int, pendingBytes: Int64, oldestEnqueuedAt: Int64?, lastAckAt: Int64?, lastErrorAt: Int64?,
                lastError: String?, deadLetters: Int, fileBytes: Int64, limits: SpoolLimits) {
        self.pendingEvents = pendingEvents
        self.pendingBytes = pendingBytes
        self.oldestEnqueuedAt = oldestEnqueuedAt
        self.lastAckAt = lastAckAt
        self.lastErrorAt = lastErrorAt
        self.lastError = lastError
        self.deadLetters = deadLetters
        self.fileBytes = fileBytes
        self.limits = limits
    }
}
