import RapportWire

/// One event delivered to a consumer.
public struct Delivery: Sendable {
    /// Its offset in the log: acknowledge with this.
    public let offset: UInt64
    /// Which delivery this is (1 the first time).
    public let attempt: Int
    /// The event JSON as the producer sent it.
    public let event: [UInt8]

    init(meta: [UInt8], event: [UInt8]) throws(ClientError) {
        let decoded: DeliveryMeta
        do throws(WireError) { decoded = try DeliveryMeta(decoding: meta) } catch {
            throw .protocolViolation(error.message)
        }
        self.offset = decoded.offset
        self.attempt = decoded.attempt
        self.event = event
    }

}
