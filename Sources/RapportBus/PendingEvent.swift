import RapportLog

/// An event of a group waiting to be delivered or acknowledged.
struct PendingEvent {
    let record: LogRecord
    /// Deliveries so far.
    var attempts: Int = 0
    /// Routing ids of the members it was delivered to (a late ack from any of them counts).
    var deliveredTo: [[UInt8]] = []
    /// The member holding it now and when it is due back.
    var holder: [UInt8]?
    var deadline: Int64 = 0
    /// Why the last delivery failed, if a consumer said.
    var lastError: String?

    var offset: UInt64 { record.offset }
}
