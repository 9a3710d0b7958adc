import RapportWire

extension Broker {
    /// INFO: the log's offsets, the intake (events waiting for the disk) and each group's
    /// position, lag and members. Every figure is kept as it changes: nothing is walked.
    func info() -> BusInfo {
        var info = BusInfo(
            version: RapportVersion.current,
            log: BusInfo.Log(start: log.startOffset, next: log.nextOffset, durable: durableOffset, segments: log.segmentCount,
                             bytes: UInt64(log.sizeBytes), commits: commitsDone, dedupIdentities: dedup.count),
            intake: BusInfo.Intake(heldBytes: heldBytes, limitBytes: intake.limitBytes, paused: intake.paused, pauses: intake.pauses),
            groups: groups.values.sorted { $0.name < $1.name }.map { group in
                BusInfo.Group(name: group.name, types: group.filter.patterns, position: group.position,
                              lag: group.lag(durableEnd: durableOffset), inFlight: group.inFlightCount, waiting: group.waiting,
                              members: group.members.map { BusInfo.Member(consumer: $0.name, credit: $0.credit, inFlight: $0.inFlight) })
            })
        info.keysVersion = clientKeys?.registry.version
        return info
    }
}
