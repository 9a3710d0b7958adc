/// One pending event of a spool, as stored: its place in the spool, identity and the exact
/// JSON bytes that are sent (every resend sends the same bytes, so de-duplication by
/// (`source`, `id`) makes resends safe).
public struct SpooledEvent: Sendable, Equatable {
    /// Its place in the spool: events are sent in this order.
    public let sequence: Int64
    /// The event's `id`.
    public let id: String
    /// The event's `source`.
    public let source: String
    /// The event's `type`.
    public let type: String
    /// The event exactly as published.
    public let bytes: [UInt8]
    /// When it was spooled, milliseconds since the Unix epoch.
    public let enqueuedAt: Int64
    /// Sends tried so far without an answer that settled it.
    public let attempts: Int
    /// Why the last send did not settle it, if one was tried.
    public let lastError: String?

    /// A spooled event, as read from the spool.
    public init(sequence: Int64, id: String, source: String, type: String, bytes: [UInt8], enqueuedAt: Int64, attempts: Int, lastError: String?) {
        self.sequence = sequence
        self.id = id
        self.source = source
        self.type = type
        self.bytes = bytes
        self.enqueuedAt = enqueuedAt
        self.attempts = attempts
        self.lastError = lastError
    }
}
