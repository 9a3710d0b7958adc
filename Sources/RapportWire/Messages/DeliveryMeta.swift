/// The meta frame before each event in a DELIVER: `{"offset":N,"attempt":K}`.
public struct DeliveryMeta: Equatable, Sendable {
    /// The event's offset in the log.
    public var offset: UInt64
    /// 1 on the first delivery, counting up on redeliveries (durably, across restarts).
    public var attempt: Int

    public init(offset: UInt64, attempt: Int) {
        self.offset = offset
        self.attempt = attempt
    }

    /// The JSON object.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 36)
        object.add("offset", offset)
        object.add("attempt", attempt)
        return object.finished()
    }

    /// Reads a meta frame.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "DELIVER meta")
        offset = try json.unsigned("offset")
        attempt = Int(try json.int("attempt"))
    }
}
