import RapportClient
import RapportEvents
import RapportWire

/// Reads `rapport.alert.*` from the log with READ, batch after batch without gaps, decoding
/// each event with the typed catalogue.
///
/// An event that does not decode is skipped with a warning (see ``takeWarnings()``), never a
/// failure. When the bus stops answering after the first READ (it restarted, say), the reader
/// opens a new connection and asks again from the same offset, so nothing is missed or seen
/// twice: a late answer to the abandoned READ arrives on the old socket and is never read.
struct AlertReader {
    /// A decoded event and its offset.
    struct Item {
        let offset: UInt64
        let event: TypedEvent
    }

    private let address: BusAddress
    private var connection: BusConnection?
    private var request: ReadRequest
    private var answered = false
    private var warnings: [String] = []

    /// How long the bus may hold a READ while following (ms).
    static let followWaitMillis: Int64 = 5_000

    init(address: BusAddress, from start: StartPosition) {
        self.address = address
        request = ReadRequest(from: start, types: ["rapport.alert.*"])
    }

    /// The next batch from where the last one ended; with `waiting`, the bus holds the READ
    /// until an alert event is committed (or ``followWaitMillis`` pass).
    mutating func next(waiting: Bool) throws(ClientError) -> (ReadBatch, [Item]) {
        request.waitMillis = waiting ? Self.followWaitMillis : 0
        while true {
            let connection: BusConnection
            if let open = self.connection {
                connection = open
            } else {
                connection = try BusConnection(address)
                self.connection = connection
            }
            do {
                let (batch, events) = try connection.read(request)
                answered = true
                request.from = .offset(batch.next)
                return (batch, events.compactMap { decode($0) })
            } catch .timeout(let what) where answered {
                warnings.append("warning: the bus did not answer (\(what)); asking again")
                self.connection = nil
            }
        }
    }

    /// Warnings gathered since the last call.
    mutating func takeWarnings() -> [String] {
        defer { warnings = [] }
        return warnings
    }

    private mutating func decode(_ event: ReadEvent) -> Item? {
        do {
            let typed = try TypedEvent(decoding: event.event, limits: EventLimits(maxEventBytes: .max))
            return Item(offset: event.offset, event: typed)
        } catch {
            warnings.append("warning: skipped the event at offset \(event.offset): it cannot be read as a Rapport event (\(error))")
            return nil
        }
    }
}
