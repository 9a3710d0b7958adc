/// The capture spool's table.
extension ReportRenderer {
    /// Synced writes, the spool's size with 100,000 pending and the drain to the bus; `nil`
    /// when the phase did not run.
    var captureTable: ReportTable? {
        guard let r = report.capture else { return nil }
        var t = ReportTable(title: "Capture spool (SQLite, WAL, synchronous = FULL): written, held, drained to the bus",
                            columns: ["measure", "events", "seconds", "figure"])
        func rate(_ events: Int, _ seconds: Double) -> String { Format.rate(Double(events) / max(seconds, 1e-9)) + " events/s" }
        t.add("spooled, one synced commit per event (a one-shot capture)", Format.count(r.syncedEvents), Format.fixed(r.syncedSeconds, 1),
              rate(r.syncedEvents, r.syncedSeconds))
        if r.batchedEvents > 0 {
            t.add("spooled, 1,000 events per commit (filling)", Format.count(r.batchedEvents), Format.fixed(r.batchedSeconds, 1),
                  rate(r.batchedEvents, r.batchedSeconds))
        }
        t.add("spool on disk with \(Format.count(r.pendingEvents)) pending", Format.count(r.pendingEvents), "",
              Format.mebibytes(kibibytes: Int(r.spoolBytes / 1024)) + " (\(r.pendingEvents > 0 ? String(r.spoolBytes / Int64(r.pendingEvents)) : "-") bytes/event)")
        t.add("drained to the bus (`rapport capture flush`, batches of 200)", Format.count(r.drainedEvents), Format.fixed(r.drainSeconds, 1),
              rate(r.drainedEvents, r.drainSeconds) + (r.leftAfterDrain > 0 ? "; \(Format.count(r.leftAfterDrain)) left" : ""))
        return t
    }
}
