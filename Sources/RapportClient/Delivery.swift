import RapportEvents

/// One event delivered to a consumer.
public struct Delivery: Sendable {
    /// Its offset in the log: acknowledge with this.
    public let offset: UInt64
    /// Which delivery this is (1 the first time).
    public let attempt: Int
    /// The event JSON as the producer sent it.
    public let event: [UInt8]

    init(meta: [UInt8], event: [UInt8]) throws(ClientError) {
        guard let value = try? JSONValue.parse(meta), let offset = value["offset"]?.intValue, offset >= 0 else {
            throw .protocolViolation("DELIVER meta frame is not {\"offset\":N,\"attempt\":K}")
        }
        self.offset = UInt64(offset)
        self.attempt = Int(value["attempt"]?.intValue ?? 1)
        self.event = event
    }
}
