import RapportLog

/// An event a group gave up on after too many deliveries; the broker stores it as a
/// `rapport.bus.dead-lettered` event and counts the original as done for the group.
struct DeadLetter {
    let group: String
    let record: LogRecord
    let attempts: Int
    let error: String
}
