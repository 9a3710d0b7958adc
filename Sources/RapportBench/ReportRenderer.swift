/// Turns a ``BenchReport`` into tables: the disk, the baselines, and the bus's figures beside
/// their baselines, ratios and targets.
struct ReportRenderer {
    let report: BenchReport

    var c: BenchConfiguration { report.configuration }
    private var events: String { Format.count(c.events) }

    /// Lines describing the run, above the tables.
    var header: [String] {
        let m = report.machine
        var extras: [String] = []
        if !c.skipTCP { extras.append("every ingest round also runs over tcp + CURVE") }
        let sides = [c.skipInfoLoad ? nil : "INFO cost", c.skipFlood ? nil : "intake fairness"].compactMap { $0 }
        if !sides.isEmpty {
            let seconds = Format.fixed(c.sideLoadSeconds, 1)
            extras.append(sides.joined(separator: " and ") + ": the paced producer \(seconds) s alone, then \(seconds) s beside the other client")
        }
        return [
            "Rapport bench, \(report.startedAt), \(Format.fixed(report.seconds, 0)) s",
            "machine: \(m.processors) cores\(m.cpu.isEmpty ? "" : " (\(m.cpu))"), \(Format.count(m.memoryMiB)) MiB memory, Linux \(m.kernel)",
            "run: \(events) events of \(c.eventBytes) bytes; batch \(c.batchSize), window \(c.window) batches per producer; "
                + "latency at \(Format.rate(c.latencyRate))/s, \(c.latencyRounds) round\(c.latencyRounds == 1 ? "" : "s") of \(Format.fixed(c.latencySeconds, 0)) s"
                + (c.cpuWakeModes.contains(.held) ? " (each round with the machine as it is, then with CPU wake-up latency held at 0 µs)" : "")
                + "; consumer credit \(Format.count(c.credit))",
        ] + (extras.isEmpty ? [] : ["also: " + extras.joined(separator: "; ")])
    }

    /// All tables in order.
    var tables: [ReportTable] { [disk, baselines, bus] + (sideLoad.map { [$0] } ?? []) + (pluginTable.map { [$0] } ?? []) + (captureTable.map { [$0] } ?? []) + [cpu] }

    /// Failures and checks worth reading, below the tables.
    var notes: [String] {
        var out: [String] = []
        let busy = report.cpu.filter { ($0.otherCores ?? 0) >= 0.2 }
        if !busy.isEmpty {
            out.append("the machine was not idle: other processes used ≥ 0.2 cores during \(busy.map(\.phase).joined(separator: ", ")); those figures are low")
        }
        if let skipped = report.redisSkipped { out.append("Redis baseline skipped: \(skipped)") }
        for warning in report.warnings { out.append("warning: \(warning)") }
        for failure in report.failures { out.append("FAILED: \(failure)") }
        for restart in report.restarts where restart.logNextAfter != restart.logNextBefore {
            out.append("after \(restart.signal) the log's next offset was \(restart.logNextAfter), before it was \(restart.logNextBefore)")
        }
        if let length = report.redisConsumeStreamLength, length != c.events {
            out.append("Redis's consume phase read a stream of \(Format.count(length)) entries (XLEN), not the intended \(Format.count(c.events)): its rate is not comparable with the bus's")
        }
        if let consume = report.redisConsume, let length = report.redisConsumeStreamLength, consume.items < length {
            out.append("Redis's consume phase stopped after \(Format.count(consume.items)) of \(Format.count(length)) entries (its time limit, \(Format.fixed(c.redisConsumeMaxSeconds, 0)) s)")
        }
        let errorSources: [(String, ThroughputResult?)] =
            report.ingest.sorted { $0.key < $1.key }.flatMap { n, rounds in
                rounds.enumerated().flatMap {
                    [("ingest \(n)p round \($0.offset + 1)", $0.element.bus), ("ingest over tcp + CURVE \(n)p round \($0.offset + 1)", $0.element.busTCP)]
                }
            }
            + [("fill", report.busFill), ("consume", report.busConsume)]
        for (name, result) in errorSources {
            if let result, result.errors > 0 {
                out.append("bus \(name): \(Format.count(result.errors)) errors; first: \(result.firstError ?? "?")")
            }
        }
        if let skipped = report.heldSkipped { out.append("rounds with CPUs held awake skipped: \(skipped)") }
        out += sideLoadNotes
        for mode in CPUWake.allCases {
            for (i, l) in (report.latency[mode]?.bus ?? []).enumerated() where l.failures > 0 || l.unanswered > 0 {
                out.append("bus latency round \(i + 1)\(mode.suffix): \(l.failures) failures, \(l.unanswered) unanswered; first: \(l.firstFailure ?? "-")")
            }
        }
        for (n, rounds) in report.ingest.sorted(by: { $0.key < $1.key }) {
            for (i, round) in rounds.enumerated() {
                for result in [round.redisDeep, round.redisShallow].compactMap({ $0 }) where result.errors > 0 {
                    out.append("Redis XADD \(n)c round \(i + 1): \(result.errors) errors; first: \(result.firstError ?? "?")")
                }
            }
        }
        return out
    }

    // MARK: Tables

    private var disk: ReportTable {
        var t = ReportTable(title: "Disk: 4 KiB write + fdatasync in the bench's data directory",
                            columns: ["mode", "start: ops/s", "p50", "p99", "end: ops/s", "p50", "p99"])
        let names = ["append": "append", "preallocated": "preallocated (posix_fallocate)", "zero-filled": "zero-filled (blocks written beforehand)"]
        for mode in ["append", "preallocated", "zero-filled"] {
            let s = report.fsyncStart.first { $0.mode == mode }
            let e = report.fsyncEnd.first { $0.mode == mode }
            t.add(names[mode] ?? mode,
                  s.map { Format.rate($0.opsPerSecond) } ?? "-", s.map { Format.millis($0.latency.p50) } ?? "-",
                  s.map { Format.millis($0.latency.p99) } ?? "-",
                  e.map { Format.rate($0.opsPerSecond) } ?? "-", e.map { Format.millis($0.latency.p50) } ?? "-",
                  e.map { Format.millis($0.latency.p99) } ?? "-")
        }
        return t
    }

    private var baselines: ReportTable {
        var t = ReportTable(title: "Baselines, measured in the same run", columns: ["baseline", "figure", "notes"])
        for n in c.producerCounts {
            t.add("raw libzmq DEALER→ROUTER, \(n) client\(n == 1 ? "" : "s")",
                  report.zmq[n].map { Format.rate($0) + " msg/s" } ?? "-",
                  "ipc, \(c.eventBytes)-byte messages, \(Format.count(c.zmqWindow)) in flight per client")
        }
        let skipped = report.redisSkipped != nil ? "skipped" : "-"
        let pipelines: [(String, KeyPath<IngestRound, ThroughputResult?>, Int)] =
            [("", \.redisDeep, c.eventsInFlight), (", shallow pipeline", \.redisShallow, c.redisWindow)]
        for (name, path, inFlight) in pipelines {
            for n in c.producerCounts {
                let rates = (report.ingest[n] ?? []).compactMap { $0[keyPath: path]?.rate }
                t.add("Redis XADD, \(n) client\(n == 1 ? "" : "s")\(name)",
                      IngestRound.median(rates).map { Format.rate($0) + " entries/s" } ?? skipped,
                      "AOF appendfsync always, \(Format.count(inFlight)) commands in flight per client"
                        + (path == \IngestRound.redisDeep ? " (as a bus producer)" : "")
                        + (rates.count > 1 ? "; median of rounds: " + rates.map(Format.rate).joined(separator: ", ") : ""))
            }
        }
        t.add("Redis XREADGROUP + XACK, 1 client",
              report.redisConsume.map { Format.rate($0.rate) + " entries/s" } ?? skipped,
              (report.redisConsume.map { "COUNT \(c.redisReadCount), \(Format.count($0.items)) entries read" } ?? "")
                + (report.redisConsumeStreamLength.map { "; the stream held \(Format.count($0)) (XLEN)" } ?? ""))
        for mode in c.cpuWakeModes {
            let rounds = report.latency[mode]?.redis ?? []
            if let l = LatencyRounds.median(rounds) {
                t.add("Redis XADD latency at \(Format.rate(l.offeredRate))/s\(mode.suffix)",
                      "p50 \(Format.millis(l.latency.p50)), p99 \(Format.millis(l.latency.p99))",
                      "p99.9 \(Format.millis(l.latency.p999)), max \(Format.millis(l.latency.max)), \(Format.count(l.latency.count)) samples"
                        + (rounds.count > 1 ? "; the median of \(rounds.count) rounds by p99" : ""))
            } else if mode == .asIs {
                t.add("Redis XADD latency at \(Format.rate(c.latencyRate))/s", skipped)
            }
        }
        return t
    }

    private var bus: ReportTable {
        var t = ReportTable(title: "The bus (rapport bus as a child process), beside its baselines and targets",
                            columns: ["measure", "Rapport", "baseline", "ratio", "target", "status"])
        addIngest(to: &t)
        if let fill = report.busFill {
            t.add("fill to \(events) events (\(fill.clients) producers)", Format.rate(fill.rate) + " events/s",
                  "", "", "", "")
        }
        if let best = c.producerCounts.last, let ingest = report.busIngest(best) {
            let rates = report.appendFsyncRates
            t.add("events per commit needed (\(best)p ingest ÷ the disk's append fsync/s)",
                  rates.map { Format.fixed(ingest.rate / $0, 1) }.joined(separator: " / ") + (rates.count == 2 ? " (start / end)" : ""),
                  rates.map { Format.rate($0) + " fsync/s" }.joined(separator: " / "), "", "", "")
        }
        for n in c.producerCounts {
            let measured = (report.ingest[n] ?? []).compactMap { round in
                round.busCommits.flatMap { commits in round.bus.map { (commits, $0.seconds) } }
            }
            guard !measured.isEmpty else { continue }
            t.add("group commits in the \(n)p ingest rounds (INFO log.commits): events per commit, commits/s",
                  measured.map { commits, seconds in
                      Format.fixed(Double(commits.events) / Double(commits.commits), 0) + " × " + Format.rate(Double(commits.commits) / max(seconds, 1e-9)) + "/s"
                  }.joined(separator: ", "),
                  "", "", "", "")
        }
        for mode in CPUWake.allCases {
            if let rounds = report.latency[mode], !rounds.isEmpty { addLatency(rounds, mode, to: &t) }
        }
        let consume = report.busConsume
        let redisConsume = report.redisConsume
        t.add("consume, 1 consumer (credit \(Format.count(c.credit)), ack per DELIVER)",
              consume.map { Format.rate($0.rate) + " events/s" } ?? "-",
              redisConsume.map { "Redis XREADGROUP+XACK \(Format.rate($0.rate))/s" } ?? "",
              consume.flatMap { b in redisConsume.map { Format.ratio(b.rate / $0.rate) + " Redis" } } ?? "",
              "≥ 100,000/s", TargetStatus(consume.map { $0.rate >= 100_000 }).text)
        let logged = report.logEvents.map { Format.count(Int($0)) } ?? events
        let memory = report.memoryAfterConsume
        t.add("broker RSS with \(logged) events (VmRSS after consume)",
              memory.map { Format.mebibytes(kibibytes: $0.rssKiB) } ?? "-",
              report.memoryAfterFill.map { "after fill: \(Format.mebibytes(kibibytes: $0.rssKiB))" } ?? "",
              "", "≤ 64 MiB", TargetStatus(memory.map { $0.rssKiB <= 64 * 1024 }).text)
        t.add("broker peak RSS (VmHWM)", memory.map { Format.mebibytes(kibibytes: $0.hwmKiB) } ?? "-", "", "", "", "")
        t.add("broker RSS just after restart with \(logged) events", report.memoryAfterRestart.map { Format.mebibytes(kibibytes: $0.rssKiB) } ?? "-",
              report.memoryAtStart.map { "empty log at first start: \(Format.mebibytes(kibibytes: $0.rssKiB))" } ?? "", "", "", "")
        for signal in ["SIGTERM", "SIGKILL"] {
            let r = report.restarts.first { $0.signal == signal }
            t.add("restart after \(signal == "SIGKILL" ? "kill -9" : "SIGTERM"): spawn → INFO answered",
                  r.map { Format.millis($0.readyMillis) } ?? "-",
                  r.map { "old bus exited in \(Format.millis($0.stopMillis))" } ?? "",
                  "", "≤ 1 s", TargetStatus(r.map { $0.readyMillis <= 1_000 }).text)
        }
        let rounds: [IngestRound] = report.ingest.values.flatMap { $0 }
        let throughputs: [ThroughputResult] = rounds.compactMap(\.bus) + rounds.compactMap(\.busTCP)
            + [report.busFill, report.busConsume].compactMap { $0 }
        let sides: [SideLoadResult] = [report.infoCost, report.intakeFairness].compactMap { $0 }
        // The side-load runs' unanswered requests are what those phases measure (shown there), not errors.
        let sideRuns: [LatencyResult] = sides.flatMap { [$0.alone, $0.loaded].compactMap { $0 } }
        let errors = throughputs.reduce(0) { $0 + $1.errors }
            + report.latency.values.flatMap(\.bus).reduce(0) { $0 + $1.failures + $1.unanswered }
            + sideRuns.reduce(0) { $0 + $1.failures }
        t.add("errors (outcomes other than accepted, ERRORs, redeliveries)", Format.count(errors), "", "", "0",
              errors == 0 ? "met" : "MISSED")
        return t
    }

    private var cpu: ReportTable {
        var t = ReportTable(title: "CPU during each phase (cores = CPU seconds ÷ wall seconds; this machine has \(report.machine.processors))",
                            columns: ["phase", "server process", "its busiest threads", "bench process (clients)", "other processes", "steal"])
        for share in report.cpu {
            t.add(share.phase, share.serverCores.map { Format.fixed($0, 2) } ?? "in-process",
                  share.serverThreads.prefix(3).map { "\($0.name) \(Format.fixed($0.cores, 2))" }.joined(separator: ", "),
                  Format.fixed(share.benchCores, 2),
                  share.otherCores.map { Format.fixed($0, 2) } ?? "-", share.stealCores.map { Format.fixed($0, 2) } ?? "-")
        }
        return t
    }

    private func addLatency(_ measured: LatencyRounds, _ mode: CPUWake, to t: inout ReportTable) {
        let bus = LatencyRounds.median(measured.bus)
        let redis = LatencyRounds.median(measured.redis)
        let rate = Format.rate(c.latencyRate)
        let rounds = measured.bus.count > 1 ? "; the round with the median p99 of \(measured.bus.count)" : ""
        let parts: [(String, KeyPath<LatencySummary, Double>)] = [("p50", \.p50), ("p99", \.p99), ("p99.9", \.p999), ("max", \.max)]
        for (name, path) in parts {
            let target = name == "p99" ? "≤ 5 ms" : ""
            let status = name == "p99" ? TargetStatus(bus.map { $0.latency.p99 <= 5 }).text : ""
            t.add("ack latency at \(rate)/s\(mode.suffix), \(name) (send → RESULT\(rounds))",
                  bus.map { Format.millis($0.latency[keyPath: path]) } ?? "-",
                  redis.map { "Redis XADD \(Format.millis($0.latency[keyPath: path]))" } ?? "",
                  bus.flatMap { b in redis.map { Format.ratio(b.latency[keyPath: path] / max($0.latency[keyPath: path], 1e-9)) + " Redis" } } ?? "",
                  target, status)
        }
        if measured.bus.count > 1 || measured.redis.count > 1 {
            let each = { (rounds: [LatencyResult]) in rounds.map { Format.millis($0.latency.p99) }.joined(separator: ", ") }
            t.add("ack latency p99 in each round\(mode.suffix) (bus, then Redis, back to back)", each(measured.bus),
                  measured.redis.isEmpty ? "" : "Redis XADD " + each(measured.redis), "", "", "")
        }
        let floors: [(String, [LatencyResult])] = [
            ("raw libzmq round trip at \(rate)/s\(mode.suffix) (DEALER → echoing ROUTER, ipc; no validation, no disk)", measured.zmq),
            ("disk: write of 1 ms of events + fdatasync, \(Format.rate(min(c.latencyRate, 1_000)))/s\(mode.suffix) (preallocated file)", measured.disk),
        ]
        for (name, rounds) in floors {
            guard let median = LatencyRounds.median(rounds) else { continue }
            t.add(name, "p50 \(Format.millis(median.latency.p50)), p99 \(Format.millis(median.latency.p99))",
                  "p99 in each round: " + rounds.map { Format.millis($0.latency.p99) }.joined(separator: ", "), "", "", "")
        }
        if let bus {
            t.add("latency run\(mode.suffix): rate achieved", Format.rate(bus.achievedRate) + " events/s",
                  redis.map { "Redis \(Format.rate($0.achievedRate))/s" } ?? "", "", "", "")
        }
    }
}
