/// The plugin-throughput table.
extension ReportRenderer {
    /// The plugin's input and output rates beside the raw consume rate over the same events;
    /// `nil` when the phase did not run.
    var pluginTable: ReportTable? {
        guard let r = report.plugin else { return nil }
        var t = ReportTable(title: "Plugin throughput: a plugin on the SDK with durable state (a state row and an outbox row per event, "
                                + "one transaction per DELIVER, outputs published back), beside a raw consumer group over the same events",
                            columns: ["measure", "figure", "baseline", "ratio", "target", "status"])
        let events = Format.count(r.events)
        let raw = r.rawConsume.map { Format.rate($0.rate) + " events/s" }
        t.add("raw consume of the \(events) events (credit \(Format.count(c.credit)), ack per DELIVER, events counted, not parsed)",
              raw ?? "-", "", "", "", "")
        t.add("plugin input events/s (first delivery → its group's position at \(events); credit \(Format.count(r.credit)), batch \(Format.count(r.batch)))",
              r.inputRate.map { Format.rate($0) + " events/s" } ?? "-", raw.map { "raw consume " + $0 } ?? "",
              r.ratio.map(Format.ratio) ?? "", "≥ 50,000/s", TargetStatus(r.inputRate.map { $0 >= 50_000 }).text)
        t.add("plugin outputs published/s (first delivery → all \(events) outputs durable in the log)",
              r.outputRate.map { Format.rate($0) + " events/s" } ?? "-",
              r.outputSeconds.map { "\(Format.fixed($0, 2)) s" } ?? "", "", "", "")
        t.add("plugin start: service started (store open, JOIN) → first delivery", r.startSeconds.map { Format.millis($0 * 1_000) } ?? "-",
              "", "", "", "")
        let counts = [("state rows", r.stateRows), ("handled records", r.handledRows), ("left in the outbox", r.outboxRows)]
            .map { "\($0.1.map(Format.count) ?? "?") \($0.0)" }.joined(separator: ", ")
        t.add("plugin store afterwards", counts,
              r.stateBytes.map { Format.mebibytes(kibibytes: Int($0 / 1024)) + " on disk (database + WAL)" } ?? "", "", "",
              r.stateRows == r.events && r.handledRows == r.events && r.outboxRows == 0 ? "each once" : "CHECK")
        t.add("CPU while it ran (cores): the plugin's threads (its loop, its libzmq I/O) / the whole bench process / the bus",
              [r.pluginThreadCores, r.processCores, r.busCores].map { $0.map { Format.fixed($0, 2) } ?? "-" }.joined(separator: " / "),
              "", "", "", "")
        if let before = r.memoryBefore, let after = r.memoryAfter {
            t.add("bench process RSS (the plugin runs in it): before → after",
                  Format.mebibytes(kibibytes: before.rssKiB) + " → " + Format.mebibytes(kibibytes: after.rssKiB),
                  "", "", "", "")
        }
        return t
    }
}
