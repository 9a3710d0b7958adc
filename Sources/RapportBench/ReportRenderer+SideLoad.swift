extension ReportRenderer {
    /// The side-load table: the paced producer's ack latency alone and beside another client
    /// (INFO cost, intake fairness), side by side; `nil` when neither phase ran.
    var sideLoad: ReportTable? {
        let phases = sideLoadPhases
        guard !phases.isEmpty else { return nil }
        var t = ReportTable(
            title: "Ack latency beside another client: the paced producer at \(Format.rate(c.latencyRate))/s alone, then beside it, back to back",
            columns: ["phase", "ack p99 alone", "ack p99 beside it", "beside ÷ alone", "p50 / p99.9 / max: alone → beside",
                      "the other client", "target (p99 beside it)", "status"])
        for (name, result) in phases {
            let log = result.logEvents.map { " (log of \(Format.count(Int($0))) events)" } ?? ""
            let alone = result.alone?.latency, loaded = result.loaded?.latency
            t.add(name + log + result.cpuWake.suffix, Self.p99(result.alone), Self.p99(result.loaded),
                  alone.flatMap { a in loaded.map { Format.ratio($0.p99 / max(a.p99, 1e-9)) } } ?? "",
                  [alone, loaded].map { l in l.map { "\(Format.millis($0.p50)) / \(Format.millis($0.p999)) / \(Format.millis($0.max))" } ?? "-" }
                      .joined(separator: " → "),
                  otherClient(result), "≤ 5 ms", TargetStatus(loaded.map { $0.p99 <= 5 }).text)
        }
        return t
    }

    /// A run's p99 and, when some requests were never answered (so the p99 of those answered
    /// understates the wait), how many.
    private static func p99(_ run: LatencyResult?) -> String {
        guard let run else { return "-" }
        let offered = run.latency.count + run.unanswered
        return Format.millis(run.latency.p99)
            + (run.unanswered > 0 ? " of those answered; \(Format.count(run.unanswered)) of \(Format.count(offered)) never answered" : "")
    }

    /// Failures of the side-load runs, for the notes.
    var sideLoadNotes: [String] {
        var out: [String] = []
        for (name, result) in sideLoadPhases {
            for (run, l) in [("alone", result.alone), ("beside the other client", result.loaded)] {
                guard let l else { continue }
                if l.failures > 0 || l.unanswered > 0 {
                    out.append("\(name), \(run): \(l.failures) failures, \(l.unanswered) unanswered; first: \(l.firstFailure ?? "-")")
                }
                if l.achievedRate < l.offeredRate * 0.95 {
                    out.append("\(name), \(run): answers came at \(Format.rate(l.achievedRate))/s of \(Format.rate(l.offeredRate))/s offered")
                }
            }
            if let polls = result.infoPolls, polls.failures > 0 {
                out.append("\(name): \(polls.failures) INFO requests failed; first: \(polls.firstFailure ?? "-")")
            }
            if let flood = result.flood, flood.logGrowth == nil {
                out.append("\(name): the bus had not caught up with the flood 15 s after it stopped (INFO log.durable < log.next)")
            }
        }
        return out
    }

    /// The side-load phases that ran, named.
    private var sideLoadPhases: [(String, SideLoadResult)] {
        [
            report.infoCost.map { ("INFO cost: a client polling INFO \(Format.fixed(c.infoPollsPerSecond, 0))×/s", $0) },
            report.intakeFairness.map {
                ("intake fairness: a producer flooding PUBLISH of \(Format.count(c.floodBatchSize)) events, reading no answers", $0)
            },
        ].compactMap { $0 }
    }

    /// The other client's figures.
    private func otherClient(_ result: SideLoadResult) -> String {
        if let polls = result.infoPolls {
            return "INFO answered \(Format.count(polls.answered))×"
                + (polls.latency.map { ", p50 \(Format.millis($0.p50)), max \(Format.millis($0.max))" } ?? "")
                + (polls.failures > 0 ? ", \(polls.failures) failed" : "")
        }
        if let flood = result.flood {
            return "sent \(Format.count(flood.eventsSent)) events (\(Format.rate(flood.sendRate))/s), held back \(Format.count(flood.heldBack))×"
                + (flood.logGrowth.map { "; the log grew by \(Format.count(Int($0))) in all" } ?? "")
                + "; stopped in \(Format.millis(flood.stopMillis))"
        }
        return ""
    }
}
