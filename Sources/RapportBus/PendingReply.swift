import RapportWire

/// A RESULT or ACKED reply held until the commit it depends on is durable.
struct PendingReply {
    /// What one event of a batch came to.
    enum Outcome {
        case accepted(UInt64)
        case duplicate(UInt64)
        case rejected(code: String, message: String)
    }

    enum Body {
        case result(tag: [UInt8], outcomes: [Outcome])
        case acked([UInt64])
    }

    let identity: [UInt8]
    /// The commit sequence that must complete first.
    var commit: UInt64
    var body: Body

    /// The frames to send, routing id first.
    func frames() -> [[UInt8]] {
        switch body {
        case .result(let tag, let outcomes):
            return [identity] + Frames.header(.result) + [tag] + outcomes.map { Self.encode($0) }
        case .acked(let offsets):
            return [identity] + Frames.header(.acked) + offsets.map { Array(String($0).utf8) }
        }
    }

    static func encode(_ outcome: Outcome) -> [UInt8] {
        switch outcome {
        case .accepted(let offset): Array("{\"status\":\"accepted\",\"offset\":\(offset)}".utf8)
        case .duplicate(let offset): Array("{\"status\":\"duplicate\",\"offset\":\(offset)}".utf8)
        case .rejected(let code, let message):
            Array("{\"status\":\"rejected\",\"code\":\(Frames.jsonString(code)),\"error\":\(Frames.jsonString(message))}".utf8)
        }
    }
}
