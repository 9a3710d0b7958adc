/// The meta frame of a live-feed message: `{"offset":N}`.
public struct LiveMeta: Equatable, Sendable {
    /// The event's offset in the log.
    public var offset: UInt64

    public init(offset: UInt64) { self.offset = offset }

    /// The JSON object.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 24)
        object.add("offset", offset)
        return object.finished()
    }

    /// Reads a meta frame.
    public init(decoding frame: [UInt8]) throws(WireError) {
        offset = try WireJSON(frame, what: "live meta").unsigned("offset")
    }
}
