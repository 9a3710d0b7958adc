extension ReportRenderer {
    /// The durable-ingest rows of the bus table: per producer count the median round over ipc
    /// (beside Redis and libzmq) and over tcp + CURVE (beside ipc), then every round's ratios.
    ///
    /// A ratio judged round by round is the median of the per-round ratios, which is not the
    /// quotient of the median rates printed beside it: each such cell says which it is.
    func addIngest(to t: inout ReportTable) {
        let c = report.configuration
        for n in c.producerCounts {
            let rounds = report.ingest[n] ?? []
            let ingest = report.busIngest(n)
            let redis = IngestRound.median(rounds.compactMap { $0.bestRedis?.rate })
            let zmq = report.zmq[n]
            var baseline: [String] = []
            var ratio: [String] = []
            if let redis { baseline.append("Redis XADD \(Format.rate(redis))/s (\(Self.medianOf(rounds.count, "the better of its two runs in each round")))") }
            if let zmq { baseline.append("libzmq \(Format.rate(zmq)) msg/s") }
            if let r = report.ingestRatio(n) { ratio.append(Format.ratio(r) + " Redis (\(Self.ratioOf(rounds.compactMap(\.ratio).count)))") }
            if let ingest, let zmq { ratio.append(Format.ratio(ingest.rate / zmq) + " libzmq (the rates beside it)") }
            let target = n == 4 ? "≥ 100,000/s" : ""
            let status = n == 4 ? TargetStatus(ingest.map { $0.rate >= 100_000 }).text : ""
            t.add("durable ingest over ipc, \(Self.producers(n))\(rounds.count > 1 ? " (median of \(rounds.count) rounds)" : "")",
                  ingest.map { Format.rate($0.rate) + " events/s" } ?? "-",
                  baseline.joined(separator: "; "), ratio.joined(separator: "; "), target, status)
            if let tcp = report.busIngestTCP(n) {
                let each = rounds.compactMap(\.tcpRatio)
                t.add("durable ingest over tcp + CURVE, \(Self.producers(n))\(rounds.count > 1 ? " (median of \(rounds.count) rounds)" : "")",
                      Format.rate(tcp.rate) + " events/s",
                      ingest.map { "ipc \(Format.rate($0.rate)) events/s (median round)" } ?? "",
                      report.tcpRatio(n).map { Format.ratio($0) + " ipc (\(Self.ratioOf(each.count)))" } ?? "", "", "")
            }
        }
        let ratios: [(Int, [Double], Double)] = c.producerCounts.compactMap { n in
            let each = (report.ingest[n] ?? []).compactMap(\.ratio)
            return IngestRound.median(each).map { (n, each, $0) }
        }
        t.add("durable ingest ÷ best Redis XADD, each round (same clients, same durability, same minute)",
              Self.perRound(ratios), "", "", "ahead (> 1×)",
              TargetStatus(ratios.isEmpty ? nil : ratios.allSatisfy { $0.2 > 1 }).text)
        let tcpRatios: [(Int, [Double], Double)] = c.producerCounts.compactMap { n in
            let each = (report.ingest[n] ?? []).compactMap(\.tcpRatio)
            return IngestRound.median(each).map { (n, each, $0) }
        }
        if !tcpRatios.isEmpty {
            t.add("durable ingest over tcp + CURVE ÷ over ipc, each round (back to back)", Self.perRound(tcpRatios), "", "", "", "")
        }
    }

    /// `1p: 1.10×, 1.20×, 1.30× → median 1.20×; 4p: …` (a single round: just its ratio).
    private static func perRound(_ ratios: [(Int, [Double], Double)]) -> String {
        ratios.map { n, each, median in
            "\(n)p: " + (each.count > 1 ? each.map(Format.ratio).joined(separator: ", ") + " → median " : "") + Format.ratio(median)
        }.joined(separator: "; ")
    }

    /// What a ratio cell is: the median of `rounds` per-round ratios, or one round's.
    private static func ratioOf(_ rounds: Int) -> String {
        rounds > 1 ? "median of the \(rounds) per-round ratios" : "in the same round"
    }

    /// What a baseline rate is: the median over `rounds` rounds of `what`.
    private static func medianOf(_ rounds: Int, _ what: String) -> String {
        rounds > 1 ? "median of \(rounds) rounds of \(what)" : what
    }

    /// `1 producer`, `4 producers`.
    static func producers(_ n: Int) -> String { "\(n) producer\(n == 1 ? "" : "s")" }
}
