/// An event that passed validation; `bytes` are the exact bytes received (never re-encoded).
public struct ValidatedEvent: Sendable, Equatable {
    /// The event's `id` (with `source`, the de-duplication identity).
    public let id: String
    /// The event's `source`.
    public let source: String
    /// The event's `type`: a catalogue type or a site type starting with `x-`.
    public let type: String
    /// The event's `time`, in milliseconds since the Unix epoch (UTC).
    public let timeMillis: Int64
    /// The ordering key: the `partitionkey` extension, else `data.customer.id` (a string),
    /// else `subject`, else `id` (empty strings are skipped).
    public let partitionKey: String
    /// The `location` extension, when the event carries one.
    public let location: String?
    /// The bytes as received.
    public let bytes: [UInt8]

    /// The event whose envelope passed, with its bytes.
    init(_ envelope: Envelope, bytes: [UInt8]) {
        self.id = envelope.id
        self.source = envelope.source
        self.type = envelope.type
        self.timeMillis = envelope.timeMillis
        self.partitionKey = envelope.partitionKey
        self.location = envelope.location
        self.bytes = bytes
    }
}
