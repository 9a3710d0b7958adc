import RapportWire

extension JoinRequest {
    /// Reads a JOIN body as the bus does: any problem is a `bad-join` refusal.
    init(_ frame: [UInt8]) throws(BusError) {
        do throws(WireError) {
            try self.init(decoding: frame)
        } catch {
            throw BusError(.badJoin, error.message)
        }
    }

    /// The group's type filter.
    var filter: TypeFilter { TypeFilter(patterns: types) }
}
