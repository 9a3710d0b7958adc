/// What became of one captured event by the time ``CaptureAgent/capture(_:sendWithinMillis:)``
/// returned. In every case it is safe: sent, or in the spool for the sender.
public enum CaptureOutcome: Sendable, Equatable {
    /// The bus stored it at `offset` (`duplicate`: it was already there, from an earlier send).
    /// `offset` is `nil` when another process (the sender) sent it meanwhile.
    case sent(offset: UInt64?, duplicate: Bool)
    /// It waits in the spool; `reason` says why it was not sent yet (the bus did not answer,
    /// older events are still ahead of it).
    case queued(reason: String)
    /// The bus rejected it; it is in the spool's dead letters with the bus's code and reason.
    case deadLettered(code: String, error: String)
}
