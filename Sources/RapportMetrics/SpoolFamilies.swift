/// Capture spools on this host: what waits to be sent to the bus.
enum SpoolFamilies {
    typealias Family = ScrapeRegistry.Family

    static let readable = Family(name: "rapport_capture_spool_readable", help: "1 when the capture spool could be read for this scrape, else 0.")
    static let pending = Family(name: "rapport_capture_spool_pending", help: "Events in the capture spool not yet acknowledged by the bus.")
    static let pendingBytes = Family(name: "rapport_capture_spool_pending_bytes", help: "Bytes of the events pending in the capture spool.")
    static let oldest = Family(name: "rapport_capture_spool_oldest_seconds", help: "Age of the oldest pending event of the capture spool (0 when none is pending).")
    static let deadLetters = Family(name: "rapport_capture_spool_dead_letters", help: "Events the bus rejected, kept in the capture spool's dead letters.")

    /// Sets each spool's series; an unreadable one reports only `readable 0`.
    static func report(_ spools: [MetricsSnapshot.Spool], nowMillis: Int64, into series: ScrapeRegistry) {
        for spool in spools {
            let label = [("spool", spool.path)]
            guard case .success(let status) = spool.status else {
                series.gauge(readable, label, 0)
                continue
            }
            series.gauge(readable, label, 1)
            series.gauge(pending, label, Double(status.pendingEvents))
            series.gauge(pendingBytes, label, Double(status.pendingBytes))
            series.gauge(oldest, label, status.oldestEnqueuedAt.map { Double(max(0, nowMillis - $0)) / 1_000 } ?? 0)
            series.gauge(deadLetters, label, Double(status.deadLetters))
        }
    }
}
