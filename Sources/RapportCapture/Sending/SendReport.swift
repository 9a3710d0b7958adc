import RapportClient

/// What one ``SpoolSender/drain(until:)`` pass did.
public struct SendReport: Sendable {
    /// Events the bus accepted.
    public var accepted = 0
    /// Events the bus already had (a resend after a crash or a lost answer): success too.
    public var duplicates = 0
    /// Events moved to the dead letters (rejected with a code other than `storage`).
    public var deadLettered = 0
    /// Events kept for a later try (`storage`, or no answer).
    public var retried = 0
    /// Whether the pass left the spool empty.
    public var drained = false
    /// Why the pass stopped early (no answer from the bus, `storage`), if it did.
    public var lastError: String?
    /// The bus's answer for each event sent, by spool sequence.
    public var outcomes: [Int64: PublishOutcome] = [:]

    /// An empty report.
    public init() {}

    /// Events that left the spool as stored (accepted or duplicate).
    public var stored: Int { accepted + duplicates }
}
