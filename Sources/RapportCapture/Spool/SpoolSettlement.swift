/// What the bus's answer means for one spooled event, for ``CaptureSpool/settle(_:at:)``.
public enum SpoolSettlement: Sendable, Equatable {
    /// Stored by the bus (accepted or duplicate): delete it from the spool.
    case stored(offset: UInt64)
    /// Rejected for good: move it to the dead letters with the bus's code and reason.
    case deadLetter(code: String, error: String)
    /// Not stored, worth retrying (`storage`, no answer): keep it, count the attempt and the reason.
    case retry(error: String)
}
