/// EVENTS' header frame, the answer to READ: where the reader goes on from, and the log's ends.
///
/// The events follow as (meta `{"offset":N}`, event) frame pairs, in offset order.
public struct ReadBatch: Equatable, Sendable {
    /// Send the next READ from this offset: everything below it that matched was sent (now or
    /// in earlier answers), so reading on from here leaves no gap.
    public var next: UInt64
    /// One past the last durable event: `next == durable` means the reader is caught up.
    public var durable: UInt64
    /// The oldest retained offset. A READ from below it starts here (retention deleted the rest).
    public var start: UInt64

    public init(next: UInt64, durable: UInt64, start: UInt64) {
        self.next = next
        self.durable = durable
        self.start = start
    }

    /// Whether the reader has read everything durable.
    public var caughtUp: Bool { next >= durable }

    /// The JSON header.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter()
        object.add("next", next)
        object.add("durable", durable)
        object.add("start", start)
        return object.finished()
    }

    /// Reads the header frame.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "EVENTS header")
        next = try json.unsigned("next")
        durable = try json.unsigned("durable")
        start = try json.unsigned("start")
    }
}
