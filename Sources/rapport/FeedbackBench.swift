import FeedbackMeasures
import Foundation
import RapportBench
import RapportCalendar

/// The aggregation half of `rapport bench feedback`, and the printing of its figures.
enum FeedbackBench {
    struct Aggregation: Encodable {
        let events: Int
        let seconds: Double
        /// Thread CPU seconds (the machine may be shared: this is the one core's time).
        let cpuSeconds: Double
        /// Events per second of the thread's CPU: the rate on one core.
        let perSecond: Double
        let perWallSecond: Double
        let baselineSeconds: Double
        let baselinePerSecond: Double
        let aggregates: Int
        let rssBeforeKiB: Int
        let rssAfterKiB: Int
        let rssOfAggregatesKiB: Int
    }

    struct AlertLatency: Encodable {
        let rounds: Int
        let alertMillis: Percentiles
        let busMillis: Percentiles
    }

    struct Percentiles: Encodable {
        let p50: Double
        let p90: Double
        let p99: Double
        let max: Double

        init(_ values: [Double]) {
            let sorted = values.sorted()
            func at(_ q: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.up)) - 1)] }
            p50 = at(0.5)
            p90 = at(0.9)
            p99 = at(0.99)
            max = sorted.last ?? 0
        }
    }

    /// Makes `count` responses in time order over 90 days, deterministically.
    static func responses(_ count: Int) -> [FeedbackResponse] {
        let locations = (0..<20).map { "store-\($0)" }
        let agents = (0..<200).map { "agent-\($0)" }
        let channels = ["front-desk", "phone", "chat", "email", "other"]
        var generator = SplitMix(seed: 17)
        let start = 1_790_812_800.0   // 2026-10-01T00:00:00Z
        let step = 90 * 86_400 / Double(count)
        return (0..<count).map { i in
            let r = generator.next()
            let origin: FeedbackOrigin = switch r % 10 { case 0: .employee; case 1, 2: .commentCard; case 3: .focusGroup; default: .survey }
            let scores = ResponseScores(csat: r % 3 == 0 ? nil : Int(1 + (r >> 8) % 5), nps: r % 4 == 0 ? nil : Int((r >> 16) % 11),
                                        ces: r % 5 == 0 ? nil : Int(1 + (r >> 24) % 7))
            return FeedbackResponse(time: Date(timeIntervalSince1970: start + Double(i) * step), location: locations[Int((r >> 32) % 20)],
                                    agent: agents[Int((r >> 40) % 200)], channel: channels[Int((r >> 48) % 5)], origin: origin,
                                    scores: scores, hasComment: r % 2 == 0)
        }
    }

    /// The calendars: the locations in London, New York and Tokyo.
    static func resolver() -> PeriodResolver {
        let zones = ["Europe/London", "America/New_York", "Asia/Tokyo"]
        var calendars: [String: LocationCalendar] = [:]
        for i in 0..<20 { calendars["store-\(i)"] = try? LocationCalendar(timeZone: zones[i % 3], weekly: [:]) }
        return PeriodResolver(calendars: calendars)
    }

    static func aggregate(events: Int) -> Aggregation {
        let responses = responses(events)
        // Baseline: a plain dictionary count of the same responses.
        let baselineStart = ThreadCPUTime.seconds()
        var counts: [String: Int] = [:]
        for response in responses { counts[response.location, default: 0] += 1 }
        let baselineSeconds = ThreadCPUTime.seconds() - baselineStart
        precondition(counts.values.reduce(0, +) == events)

        let before = MemoryReading.ownResidentKiB()
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = ThreadCPUTime.seconds()
        var aggregator = FeedbackAggregator(resolver: resolver())
        for response in responses { aggregator.add(response) }
        let cpuSeconds = ThreadCPUTime.seconds() - cpuStart
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let after = MemoryReading.ownResidentKiB()
        precondition(aggregator.added == events)
        withExtendedLifetime(responses) {}   // the input stays in both readings: the difference is the aggregates
        return Aggregation(events: events, seconds: seconds, cpuSeconds: cpuSeconds, perSecond: Double(events) / cpuSeconds,
                           perWallSecond: Double(events) / seconds, baselineSeconds: baselineSeconds,
                           baselinePerSecond: Double(events) / baselineSeconds, aggregates: aggregator.sums.count,
                           rssBeforeKiB: before, rssAfterKiB: after, rssOfAggregatesKiB: after - before)
    }

    static func text(_ a: Aggregation, _ plugin: FeedbackPluginBench.Result?, _ latency: AlertLatency?) -> String {
        func rate(_ value: Double) -> String { String(format: "%.0f", value).reversed().enumerated().map { $0 > 0 && $0 % 3 == 0 ? "\($1)," : "\($1)" }.reversed().joined() }
        var out = """
            Feedback aggregation (one thread, \(a.events) responses)
              aggregated          \(rate(a.perSecond))/s of one core's CPU (\(String(format: "%.2f", a.cpuSeconds)) s CPU, \(String(format: "%.2f", a.seconds)) s wall: \(rate(a.perWallSecond))/s), \(a.aggregates) aggregates   target >= 100,000/s: \(a.perSecond >= 100_000 ? "met" : "missed")
              baseline            \(rate(a.baselinePerSecond))/s of CPU: a plain dictionary count per location of the same responses
              memory              resident \(a.rssBeforeKiB / 1024) MiB with the responses made, \(a.rssAfterKiB / 1024) MiB after aggregating them: the aggregates take \(a.rssOfAggregatesKiB / 1024) MiB
            """
        if let plugin {
            out += """

                The plugin's handlers and SQL (SDK store, file, synchronous = FULL, batches of 256; no bus)
                  handled             \(rate(plugin.perSecond))/s of one core's CPU (\(String(format: "%.0f", plugin.cpuSeconds / Double(plugin.events) * 1e6)) us an event; \(rate(plugin.perWallSecond))/s wall): decode, sums, tags, goals, alerts
                """
        }
        if let latency {
            out += """

                Feedback to detractor alert (real bus and feedback-aggregator process, \(latency.rounds) surveys one at a time)
                  to the alert        p50 \(String(format: "%.1f", latency.alertMillis.p50)) ms, p90 \(String(format: "%.1f", latency.alertMillis.p90)) ms, p99 \(String(format: "%.1f", latency.alertMillis.p99)) ms, max \(String(format: "%.1f", latency.alertMillis.max)) ms
                  baseline            p50 \(String(format: "%.1f", latency.busMillis.p50)) ms, p99 \(String(format: "%.1f", latency.busMillis.p99)) ms: the same feedback reaching the live feed (the bus alone)
                """
        }
        return out
    }

    static func json(_ a: Aggregation, _ plugin: FeedbackPluginBench.Result?, _ latency: AlertLatency?) throws -> String {
        struct Report: Encodable { let aggregation: Aggregation; let pluginStore: FeedbackPluginBench.Result?; let alerts: AlertLatency? }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(Report(aggregation: a, pluginStore: plugin, alerts: latency)), as: UTF8.self)
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
