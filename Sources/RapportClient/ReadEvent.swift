/// One event read from the log without a group (READ).
public struct ReadEvent: Sendable, Equatable {
    /// Its offset in the log.
    public let offset: UInt64
    /// The event JSON as the producer sent it.
    public let event: [UInt8]

    public init(offset: UInt64, event: [UInt8]) {
        self.offset = offset
        self.event = event
    }
}
