import RapportEvents

/// Why a capture call failed. Every case means the event was **not** taken: the caller
/// still holds it and must act (fix the data, free space, drain the spool), since capture
/// never drops an event silently.
public enum CaptureError: Error, Sendable, CustomStringConvertible {
    /// The builder refused the event with the bus's own check (`code: message`); it was
    /// not spooled. Fix the data and capture it again.
    case invalidEvent(EventValidationError)
    /// The desk settings cannot make events (e.g. an empty location): what and which setting.
    case invalidDesk(String)
    /// The spool holds its maximum (`max_pending_events` or `max_spool_bytes`); the event was
    /// not spooled. Start the sender (`rapport capture sender`) or check the bus is reachable.
    case spoolFull(path: String, pendingEvents: Int, pendingBytes: Int64, limit: String)
    /// SQLite reported the disk full (`SQLITE_FULL`) writing the spool; nothing was written.
    case diskFull(path: String, detail: String)
    /// The spool file could not be opened, read or written: the path, what was being done,
    /// and SQLite's message.
    case spool(path: String, doing: String, detail: String)

    /// One line: what failed, where, and what to do.
    public var description: String {
        switch self {
        case .invalidEvent(let error):
            "event refused, not spooled: \(error)"
        case .invalidDesk(let what):
            "capture settings: \(what)"
        case .spoolFull(let path, let events, let bytes, let limit):
            "spool \(path) is full (\(events) events, \(bytes) bytes pending; limit \(limit)); the event was NOT captured: "
                + "start `rapport capture sender` or check that the bus is reachable, then capture it again"
        case .diskFull(let path, let detail):
            "disk full writing spool \(path) (\(detail)); the event was NOT captured: free space on that disk, then capture it again"
        case .spool(let path, let doing, let detail):
            "spool \(path): \(doing) failed: \(detail)"
        }
    }
}
