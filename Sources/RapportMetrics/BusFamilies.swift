import RapportWire

/// The bus's metrics, from INFO: ingest, rejections, commits, the log, the intake and each
/// consumer group. Counters count since the bus started.
enum BusFamilies {
    typealias Family = ScrapeRegistry.Family

    static let up = Family(name: "rapport_bus_up", help: "1 when the bus answered INFO for this scrape, else 0.")
    static let ingest = Family(name: "rapport_ingest_events_total", help: "Events published and stored (answered accepted).")
    static let duplicates = Family(name: "rapport_ingest_duplicates_total", help: "Events published again (answered duplicate; not stored twice).")
    static let rejections = Family(name: "rapport_rejections_total", help: "Events rejected, by code (invalid-data, unknown-type, storage, ...).")
    static let requestErrors = Family(name: "rapport_request_errors_total", help: "Requests refused as a whole with ERROR, by code (malformed, busy, ...).")
    static let commits = Family(name: "rapport_group_commits_total", help: "Group commits: writes of the log made durable with one fsync.")
    static let fsync = Family(name: "rapport_fsync_seconds", help: "Time to sync the log and the group journals, per group commit.")
    static let logBytes = Family(name: "rapport_log_bytes", help: "Bytes of records in the log.")
    static let logSegments = Family(name: "rapport_log_segments", help: "Segment files of the log.")
    static let logNext = Family(name: "rapport_log_next_offset", help: "The offset the next stored event gets.")
    static let heldBytes = Family(name: "rapport_intake_held_bytes", help: "Bytes of events taken in and not yet durable.")
    static let paused = Family(name: "rapport_intake_paused", help: "1 while the bus has stopped reading requests because too much waits for the disk.")
    static let groupPosition = Family(name: "rapport_group_position", help: "The group's committed position: every event below it is done.")
    static let groupLag = Family(name: "rapport_group_lag_events", help: "Events not yet done by the group.")
    static let groupLagSeconds = Family(name: "rapport_group_lag_seconds", help: "How long the oldest event not yet done by the group has been in the log.")
    static let groupInFlight = Family(name: "rapport_group_in_flight", help: "Events delivered to the group's members and not yet acknowledged.")
    static let groupMembers = Family(name: "rapport_group_members", help: "Consumers joined to the group.")
    static let groupDeadLetters = Family(name: "rapport_group_dead_letters_total", help: "Events the group gave up on (dead-lettered) since the bus started.")

    /// Sets the bus's series from `info`.
    static func report(_ info: BusInfo, into series: ScrapeRegistry) {
        series.counter(commits, total: info.log.commits)
        series.gauge(logBytes, Double(info.log.bytes))
        series.gauge(logSegments, Double(info.log.segments))
        series.gauge(logNext, Double(info.log.next))
        series.gauge(heldBytes, Double(info.intake.heldBytes))
        series.gauge(paused, info.intake.paused ? 1 : 0)
        if let counters = info.counters {
            series.counter(ingest, total: counters.accepted)
            series.counter(duplicates, total: counters.duplicates)
            for (code, count) in counters.rejected { series.counter(rejections, [("code", code)], total: count) }
            for (code, count) in counters.errors { series.counter(requestErrors, [("code", code)], total: count) }
        }
        for group in info.groups {
            let label = [("group", group.name)]
            series.gauge(groupPosition, label, Double(group.position))
            series.gauge(groupLag, label, Double(group.lag))
            series.gauge(groupInFlight, label, Double(group.inFlight))
            series.gauge(groupMembers, label, Double(group.members.count))
            if let millis = group.lagMillis { series.gauge(groupLagSeconds, label, Double(millis) / 1_000) }
            if let dead = group.deadLetters { series.counter(groupDeadLetters, label, total: dead) }
        }
    }
}
