import RapportWire

extension Broker {
    /// INFO: the log's offsets, the intake (events waiting for the disk), each group's
    /// position, lag and members, and the counters. Every figure is kept as it changes: nothing
    /// is walked, except that a lagging group whose oldest event is not in memory has that one
    /// record read from the log for its age.
    func info() -> BusInfo {
        let now = WallClock.nowMillis()
        var info = BusInfo(
            version: RapportVersion.current,
            log: BusInfo.Log(start: log.startOffset, next: log.nextOffset, durable: durableOffset, segments: log.segmentCount,
                             bytes: UInt64(log.sizeBytes), commits: commitsDone, dedupIdentities: dedup.count),
            intake: BusInfo.Intake(heldBytes: heldBytes, limitBytes: intake.limitBytes, paused: intake.paused, pauses: intake.pauses),
            groups: groups.values.sorted { $0.name < $1.name }.map { group in
                let lag = group.lag(durableEnd: durableOffset)
                return BusInfo.Group(name: group.name, types: group.filter.patterns, position: group.position,
                                     lag: lag, inFlight: group.inFlightCount, waiting: group.waiting,
                                     members: group.members.map { BusInfo.Member(consumer: $0.name, credit: $0.credit, inFlight: $0.inFlight) },
                                     lagMillis: lag == 0 ? 0 : oldestAgeMillis(group, now: now), deadLetters: group.deadLettered)
            },
            counters: counters.reported)
        info.keysVersion = clientKeys?.registry.version
        return info
    }

    /// How long ago (bus clock) the event at `group`'s position was appended: the age of the
    /// oldest event it has not done. 0 when there is none or it cannot be read.
    private func oldestAgeMillis(_ group: ConsumerGroup, now: Int64) -> UInt64 {
        let position = max(group.position, log.startOffset)
        guard position < durableOffset else { return 0 }
        let timestamp = group.heldTimestamp(at: position) ?? ((try? log.record(at: position)) ?? nil)?.timestamp
        guard let timestamp, now > timestamp else { return 0 }
        return UInt64(now - timestamp)
    }
}
