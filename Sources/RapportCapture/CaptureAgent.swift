import RapportClient
import RapportEvents

/// Captures one event the store-and-forward way: writes it to the spool (on disk before
/// anything is sent), then tries for a short time to send the spool, in order, up to and
/// including it, and says whether it was sent or queued.
///
/// Fault point (``FaultPoint``): `capture.after-spool-write`, after the spool commit and
/// before any send; a crash there leaves the event in the spool for the sender.
public struct CaptureAgent {
    /// The spool written first.
    public let spool: CaptureSpool
    /// The sender tried afterwards.
    public let sender: SpoolSender

    /// An agent writing to `spool` and sending with `sender`.
    public init(spool: CaptureSpool, sender: SpoolSender) {
        self.spool = spool
        self.sender = sender
    }

    /// Spools `event`, then sends for up to `sendWithinMillis`. Throws only what kept it out
    /// of the spool (a full spool or disk, a spool that cannot be written): then the event was
    /// not captured and the caller must keep it.
    public func capture(_ event: TypedEvent, sendWithinMillis: Int) throws(CaptureError) -> CaptureOutcome {
        let sequence = try spool.enqueue(event)
        FaultPoint.reach("capture.after-spool-write")
        let report = try sender.drain(until: CaptureClock.millis() + Int64(max(0, sendWithinMillis)))
        switch report.outcomes[sequence] {
        case .accepted(let offset)?: return .sent(offset: offset, duplicate: false)
        case .duplicate(let offset)?: return .sent(offset: offset, duplicate: true)
        case .rejected(let code, let error)? where code != "storage": return .deadLettered(code: code, error: error)
        case .rejected?, nil: break
        }
        guard try spool.isPending(sequence) else {
            if let dead = try spool.deadLetters().first(where: { $0.sequence == sequence }) {
                return .deadLettered(code: dead.code, error: dead.error)
            }
            return .sent(offset: nil, duplicate: false)
        }
        if let error = report.lastError { return .queued(reason: error) }
        let ahead = try spool.status().pendingEvents - 1
        return .queued(reason: ahead > 0 ? "\(ahead) older events are still being sent ahead of it" : "not sent within \(sendWithinMillis) ms")
    }
}
