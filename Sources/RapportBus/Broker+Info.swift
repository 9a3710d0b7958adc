import RapportWire

extension Broker {
    /// INFO: the log's offsets, the intake (events waiting for the disk) and each group's
    /// position, lag and members, as JSON.
    func info() -> [UInt8] {
        var out = "{\"log\":{\"start\":\(log.startOffset),\"next\":\(log.nextOffset),\"durable\":\(durableOffset),"
        out += "\"segments\":\(log.segmentCount),\"bytes\":\(log.sizeBytes),\"commits\":\(commitsDone),"
        out += "\"dedup_identities\":\(dedup.count)},"
        out += "\"intake\":{\"held_bytes\":\(heldBytes),\"limit_bytes\":\(intake.limitBytes),\"paused\":\(intake.paused),\"pauses\":\(intake.pauses)},"
        out += "\"groups\":["
        out += groups.values.sorted { $0.name < $1.name }.map { group in
            let position = group.position
            let members = group.members.map {
                "{\"consumer\":\(Frames.jsonString($0.name)),\"credit\":\($0.credit),\"in_flight\":\($0.inFlight)}"
            }.joined(separator: ",")
            return "{\"name\":\(Frames.jsonString(group.name)),\"types\":[\(group.filter.patterns.map(Frames.jsonString).joined(separator: ","))],"
                + "\"position\":\(position),\"lag\":\(group.lag(durableEnd: durableOffset)),"
                + "\"in_flight\":\(group.inFlightCount),\"waiting\":\(group.waiting),\"members\":[\(members)]}"
        }.joined(separator: ",")
        out += "]}"
        return Array(out.utf8)
    }
}
