import RapportWire

/// A message from the bus, parsed.
public enum BusMessage: Sendable {
    /// RESULT: the outcome of each event of the batch with this tag.
    case result(tag: String, outcomes: [PublishOutcome])
    /// JOINED: the join's details (JSON text).
    case joined(Joined)
    /// DELIVER: events to handle.
    case deliver([Delivery])
    /// ACKED: these acknowledgements are durable.
    case acked([UInt64])
    /// HEARTBEAT: with the group name when it is the bus's heartbeat to a group member,
    /// without when it answers a client's heartbeat.
    case heartbeat(group: String?)
    /// INFO (JSON text).
    case info(BusInfo)
    /// ERROR: context, code, message.
    case error(context: String, code: String, message: String)
    /// The answer to READ: where to read on from, and the events read.
    case events(ReadBatch, [ReadEvent])
    /// The answer to GROUP.
    case group(GroupReport)

    /// Parses frames (without a routing id).
    public init(frames: [[UInt8]]) throws(ClientError) {
        guard frames.count >= 2, frames[0] == Wire.version else {
            throw .protocolViolation("message does not start with RAP1")
        }
        let rest = Array(frames[2...])
        switch Command(rawValue: Frames.string(frames[1])) {
        case .result?:
            guard let tag = rest.first else { throw .protocolViolation("RESULT without a tag") }
            var outcomes: [PublishResult] = []
            for frame in rest.dropFirst() { outcomes.append(try Self.decode { () throws(WireError) in try PublishResult(decoding: frame) }) }
            self = .result(tag: Frames.string(tag), outcomes: outcomes)
        case .joined?:
            guard let body = rest.first else { throw .protocolViolation("JOINED without a body") }
            self = .joined(try Self.decode { () throws(WireError) in try Joined(decoding: body) })
        case .deliver?:
            guard rest.count % 2 == 0 else { throw .protocolViolation("DELIVER frames must come in pairs") }
            var out: [Delivery] = []
            var i = 0
            while i < rest.count {
                out.append(try Delivery(meta: rest[i], event: rest[i + 1]))
                i += 2
            }
            self = .deliver(out)
        case .acked?: self = .acked(rest.compactMap(Frames.unsigned))
        case .heartbeat?: self = .heartbeat(group: rest.first.map(Frames.string))
        case .info?:
            guard let body = rest.first else { throw .protocolViolation("INFO without a body") }
            self = .info(try Self.decode { () throws(WireError) in try BusInfo(decoding: body) })
        case .error?:
            guard rest.count == 3 else { throw .protocolViolation("ERROR must have 3 frames after the command") }
            self = .error(context: Frames.string(rest[0]), code: Frames.string(rest[1]), message: Frames.string(rest[2]))
        case .events?:
            guard let header = rest.first, rest.count % 2 == 1 else {
                throw .protocolViolation("EVENTS needs a header frame and (meta, event) pairs")
            }
            let batch = try Self.decode { () throws(WireError) in try ReadBatch(decoding: header) }
            var events: [ReadEvent] = []
            var i = 1
            while i < rest.count {
                let meta = rest[i]
                let offset = try Self.decode { () throws(WireError) in try LiveMeta(decoding: meta).offset }
                events.append(ReadEvent(offset: offset, event: rest[i + 1]))
                i += 2
            }
            self = .events(batch, events)
        case .group?:
            guard let body = rest.first else { throw .protocolViolation("GROUP without a body") }
            self = .group(try Self.decode { () throws(WireError) in try GroupReport(decoding: body) })
        default:
            throw .protocolViolation("unexpected command \(Frames.string(frames[1]))")
        }
    }

    /// Runs a typed decoding; its error is the bus breaking the protocol.
    private static func decode<T>(_ body: () throws(WireError) -> T) throws(ClientError) -> T {
        do throws(WireError) { return try body() } catch { throw .protocolViolation(error.message) }
    }
}
