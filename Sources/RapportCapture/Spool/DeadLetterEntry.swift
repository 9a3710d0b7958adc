/// An event the bus rejected for good (any code but `storage`): kept in the spool's dead
/// letters with the bus's code and reason until someone fixes the cause and retries it
/// (`rapport capture dead-letters --retry`) or leaves it for the record.
public struct DeadLetterEntry: Sendable, Equatable {
    /// Its sequence when it was pending (a retry puts it back there).
    public let sequence: Int64
    /// The event's `id`.
    public let id: String
    /// The event's `source`.
    public let source: String
    /// The event's `type`.
    public let type: String
    /// The event exactly as it was published.
    public let bytes: [UInt8]
    /// When it was spooled, milliseconds since the Unix epoch.
    public let enqueuedAt: Int64
    /// When the bus rejected it, milliseconds since the Unix epoch.
    public let rejectedAt: Int64
    /// The bus's code, e.g. `invalid-data`.
    public let code: String
    /// The bus's reason, e.g. `data.scores.nps must be an integer 0-10, got 11`.
    public let error: String

    /// A dead letter, as read from the spool.
    public init(sequence: Int64, id: String, source: String, type: String, bytes: [UInt8], enqueuedAt: Int64, rejectedAt: Int64, code: String, error: String) {
        self.sequence = sequence
        self.id = id
        self.source = source
        self.type = type
        self.bytes = bytes
        self.enqueuedAt = enqueuedAt
        self.rejectedAt = rejectedAt
        self.code = code
        self.error = error
    }
}
