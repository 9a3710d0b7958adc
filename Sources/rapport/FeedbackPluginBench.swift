import FeedbackAggregatorPlugin
import FeedbackMeasures
import Foundation
import RapportBench
import Logging
import RapportEvents
import RapportPlugin

/// The plugin's handlers with their SQL, without the bus: `events` feedback events (half with a
/// comment, so tagging is included) decoded and handled by the SDK's store (`PluginStore.process`,
/// batches of 256, a file store with `synchronous = FULL`), as the plugin process runs them.
enum FeedbackPluginBench {
    struct Result: Encodable {
        let events: Int
        let seconds: Double
        let cpuSeconds: Double
        /// Events per second of the thread's CPU.
        let perSecond: Double
        let perWallSecond: Double
    }

    static let comments = [
        "Waited 40 minutes and nobody said sorry.", "Spotless shop, and the staff knew their stuff.",
        "Great service!", "A bit dear for what it is, but the staff were lovely.",
    ]

    static func run(events count: Int, workRoot: String) throws -> Result {
        let root = workRoot + "/rapport-bench-feedback-store-\(getpid())"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try PluginStore(path: root + "/state.sqlite", migrations: FeedbackAggregatorPlugin.migrations)
        let router = FeedbackAggregatorPlugin.router(settings: FeedbackSettings(periods: FeedbackBench.resolver()))
        let plugin = PluginIdentity(name: FeedbackAggregatorPlugin.name, publishes: FeedbackAggregatorPlugin.publishes)
        let inputs = try FeedbackBench.responses(count).enumerated().map { index, response -> (offset: UInt64, bytes: [UInt8]) in
            let source = FeedbackSource(rawValue: response.origin.rawValue)!
            let comment = index % 2 == 0 ? comments[(index / 2) % comments.count] : nil
            let scores = FeedbackReceived.Scores(csat: response.scores.csat, nps: response.scores.nps, ces: response.scores.ces)
            let data = try FeedbackReceived(source: source, scores: scores.isEmpty && comment == nil ? .init(csat: 4) : scores, comment: comment,
                                            channel: response.channel.flatMap(Channel.init(rawValue:)))
            let event = try TypedEvent(id: "e-\(index)", source: "/locations/\(response.location)/desks/1",
                                       time: Instant(millisecondsSinceEpoch: Int64(response.time.timeIntervalSince1970 * 1_000))!,
                                       location: response.location, agent: response.agent, data: data)
            return (UInt64(index), event.encoded())
        }
        let logger = Logger(label: "rapport.bench.feedback")
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = ThreadCPUTime.seconds()
        var offset = 0
        while offset < inputs.count {
            let batch = Array(inputs[offset..<min(offset + 256, inputs.count)])
            _ = try store.process(batch, plugin: plugin, router: router, now: Date(), logger: logger)
            store.sent(try store.outbox(limit: .max))   // as if published: they leave with the next batch
            offset += batch.count
        }
        try store.forgetSent()
        let cpuSeconds = ThreadCPUTime.seconds() - cpuStart
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Result(events: count, seconds: seconds, cpuSeconds: cpuSeconds, perSecond: Double(count) / cpuSeconds,
                      perWallSecond: Double(count) / seconds)
    }
}
