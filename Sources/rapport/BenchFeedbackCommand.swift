import ArgumentParser
import Foundation

/// `rapport bench feedback`: the feedback aggregator's measures and its detractor alerts.
struct BenchFeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Benchmark the feedback aggregator: responses aggregated per second on one core, memory, and feedback-to-alert time.",
        discussion: """
            Aggregation: --events feedback responses (20 locations in three time zones, 200 agents, \
            every channel and source, 90 days) are made in memory first, then added on one thread \
            to the plugin's measures (FeedbackAggregator: every organisation, location, agent, \
            channel and source aggregate by day, ISO week and month, periods in each location's \
            zone), beside a baseline in the same run: a plain dictionary count of the same \
            responses per location. Memory: the process's resident size before and after, and the \
            aggregates kept. The plugin's handlers: --plugin-events feedback events decoded and \
            handled by the SDK's store with the plugin's SQL (sums, tags, goals) on a file store, \
            without the bus. Alerts: a bus and the real feedback-aggregator process in a scratch \
            directory; --alerts detractor surveys are published one at a time and the time from \
            publishing to the rapport.alert.raised on the bus's live feed is taken, beside the time \
            the same feedback takes to reach the live feed itself (the bus alone). \
            Build in release mode first (swift build -c release).
            """
    )

    @Option(name: .long, help: "Responses to aggregate (default 1,000,000).")
    var events: Int = 1_000_000

    @Option(name: .long, help: "Feedback events through the plugin's handlers and SQL on a file store (default 20,000; 0 skips it).")
    var pluginEvents: Int = 20_000

    @Option(name: .long, help: "Detractor surveys timed to their alert (default 200; 0 skips the plugin run).")
    var alerts: Int = 200

    @Option(name: .long, help: "Where the scratch data directory goes (default: the system's temporary directory).")
    var workDir: String?

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    func validate() throws {
        guard events >= 1_000 else { throw ValidationError("--events must be at least 1000") }
        guard alerts >= 0 else { throw ValidationError("--alerts must be 0 or more") }
    }

    func run() throws {
        FileHandle.standardError.write(Data("aggregating \(events) responses...\n".utf8))
        let aggregation = FeedbackBench.aggregate(events: events)
        var plugin: FeedbackPluginBench.Result?
        if pluginEvents > 0 {
            FileHandle.standardError.write(Data("handling \(pluginEvents) events with the plugin's handlers and SQL...\n".utf8))
            do { plugin = try FeedbackPluginBench.run(events: pluginEvents, workRoot: workDir ?? NSTemporaryDirectory()) }
            catch { throw CommandFailure("the plugin store run failed: \(error)") }
        }
        var latency: FeedbackBench.AlertLatency?
        if alerts > 0 {
            FileHandle.standardError.write(Data("timing \(alerts) detractor alerts through the real plugin...\n".utf8))
            do {
                latency = try FeedbackAlertBench(rounds: alerts, workRoot: workDir ?? NSTemporaryDirectory()).run()
            } catch {
                throw CommandFailure("the alert timing failed: \(error)")
            }
        }
        print(json ? try FeedbackBench.json(aggregation, plugin, latency) : FeedbackBench.text(aggregation, plugin, latency))
    }
}
