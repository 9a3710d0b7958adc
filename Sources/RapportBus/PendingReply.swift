import RapportWire

/// A RESULT, ACKED or DELIVER message held until the commit it depends on is durable.
struct PendingReply {
    /// What one event of a batch came to.
    typealias Outcome = PublishResult

    enum Body {
        /// A PUBLISH's answer.
        case result(tag: [UInt8], outcomes: [PublishResult])
        /// Acknowledgements now durable.
        case acked([UInt64])
        /// Deliveries for `member` of `group`: `frames` are the DELIVER body (meta, event pairs).
        /// Sent once the deliveries' counts are in the group's journal on disk, and only if that
        /// member is still in the group (else its events were given back meanwhile).
        case deliver(group: String, member: UInt64, offsets: [UInt64], frames: [[UInt8]])
        /// Any other answer held for a commit: its frames after the routing id.
        case frames([[UInt8]])
    }

    let identity: [UInt8]
    /// The commit sequence that must complete first.
    var commit: UInt64
    var body: Body
    /// Bytes of the PUBLISH this answers, held against its client's intake share until sent.
    var intakeBytes = 0
    /// Whether the client was told (ERROR `storage`) that this ACKED waits for the disk.
    var toldWaiting = false

    init(identity: [UInt8], commit: UInt64, body: Body, intakeBytes: Int = 0) {
        self.identity = identity
        self.commit = commit
        self.body = body
        self.intakeBytes = intakeBytes
    }

    /// The frames to send, routing id first.
    func frames() -> [[UInt8]] {
        switch body {
        case .result(let tag, let outcomes):
            return [identity] + Frames.header(.result) + [tag] + outcomes.map { $0.encoded() }
        case .acked(let offsets):
            return [identity] + Frames.header(.acked) + offsets.map { Array(String($0).utf8) }
        case .deliver(_, _, _, let body):
            return [identity] + Frames.header(.deliver) + body
        case .frames(let frames):
            return [identity] + frames
        }
    }
}
