import RapportLog

/// Why ``Deduplicator/load(from:from:)`` failed. The bus does not start (``Broker`` reports
/// it as a ``BrokerStartError``, and `rapport bus` exits with status 2); the message says
/// what to change.
enum DeduplicatorLoadError: Error, Sendable, CustomStringConvertible {
    /// The log's identity files could not be read.
    case log(LogError)
    /// The table for the `events` identities of the window could not be allocated.
    case memory(SlotAllocationError, events: Int)

    var description: String {
        switch self {
        case .log(let error):
            "cannot read the identities for de-duplication: \(error)"
        case .memory(let error, let events):
            "cannot load the \(events) identities of the de-duplication window: \(error)"
        }
    }
}
