/// The events appended to the log and not yet durable, in offset order, with the bytes they
/// hold (what ``IntakeGate`` weighs against `limits.max_uncommitted_bytes`).
struct UncommittedEvents {
    private var events: [UncommittedEvent] = []
    /// Sum of the events' payload sizes.
    private(set) var bytes = 0

    /// The oldest, if any.
    var first: UncommittedEvent? { events.first }
    /// How many there are.
    var count: Int { events.count }

    /// The `index`-th oldest.
    subscript(index: Int) -> UncommittedEvent { events[index] }

    /// Adds the newest.
    mutating func append(_ event: UncommittedEvent) {
        events.append(event)
        bytes += event.payload.count
    }

    /// How many of the oldest are below `offset` (made durable by a commit up to it).
    func count(below offset: UInt64) -> Int {
        events.firstIndex { $0.offset >= offset } ?? events.count
    }

    /// Drops the `n` oldest.
    mutating func removeFirst(_ n: Int) {
        bytes -= events.prefix(n).reduce(0) { $0 + $1.payload.count }
        events.removeFirst(n)
    }

    /// Drops every event at or above `offset` (a write failed and the log rolled back) and
    /// returns them.
    mutating func removeAll(from offset: UInt64) -> [UncommittedEvent] {
        let lost = events.filter { $0.offset >= offset }
        events.removeAll { $0.offset >= offset }
        bytes -= lost.reduce(0) { $0 + $1.payload.count }
        return lost
    }
}
