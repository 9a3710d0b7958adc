import RapportWire

/// The parts of the bus's INFO answer (``RapportWire/BusInfo``) the benchmark reads.
extension BusInfo {
    /// The next offset to be assigned (= events in the log when nothing was retained away).
    var next: UInt64 { log.next }
    /// One past the last durable event.
    var durable: UInt64 { log.durable }
    /// Group commits completed since the bus started.
    var commits: UInt64? { log.commits }

    /// Reads INFO's JSON frame; a bus that does not speak the documented JSON is a bench error.
    init(json frame: [UInt8]) throws {
        do throws(WireError) {
            try self.init(decoding: frame)
        } catch {
            throw BenchError("the bus's INFO answer is not the documented JSON (\(error)): \(String(decoding: frame.prefix(300), as: UTF8.self))")
        }
    }
}
