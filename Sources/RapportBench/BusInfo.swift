import RapportEvents

/// The parts of the bus's INFO answer the benchmark reads.
struct BusInfo: Sendable {
    /// The next offset to be assigned (= events in the log when nothing was retained away).
    let next: UInt64
    /// One past the last durable event.
    let durable: UInt64
    /// Group commits completed since the bus started (`nil` from a bus that does not say).
    let commits: UInt64?

    /// Parses INFO's JSON frame.
    init(json: [UInt8]) throws {
        guard let value = try? JSONValue.parse(json), let log = value["log"],
              let next = log["next"]?.intValue, let durable = log["durable"]?.intValue else {
            throw BenchError("the bus's INFO answer is not the documented JSON: \(String(decoding: json.prefix(300), as: UTF8.self))")
        }
        self.next = UInt64(max(0, next))
        self.durable = UInt64(max(0, durable))
        commits = log["commits"]?.intValue.map { UInt64(max(0, $0)) }
    }
}
