import ArgumentParser
import Foundation
import RapportBench
import Logging
import NameMatching
import NameUsage
import NameUsagePlugin
import RapportEvents
import RapportPlugin

/// `rapport bench names`: how fast the name-usage checker reads agent utterances, beside plain
/// whole-word matching of the same names over the same utterances, and what 10,000 open
/// interactions cost in memory.
struct BenchNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Benchmark the name-usage checker: agent utterances checked per second on one core beside whole-word matching, and memory with 10,000 open interactions.",
        discussion: """
            Throughput (one thread): a deterministic set of interactions (customers named in many \
            languages and scripts, word-names among them; everyday desk sentences, some in the lower \
            case of a speech-recognition transcript) is checked three ways over the same utterances: \
            the matcher with each customer's names prepared once (NameUsageTracker), the plugin's \
            whole decision per interaction (NameUsageDecider: ordering, preparing the names, the \
            matcher), and the baseline, plain whole-word matching of the customer's names (lower-cased \
            words compared). Each runs in rounds for at least --seconds; the target is 100,000 agent \
            utterances per second.

            Memory: --open interactions (each started, with three utterances, not ended) are delivered \
            to the plugin's own routes and SQL on a state file in a scratch directory, as the running \
            plugin would hold them (in SQLite, not in memory), and the process's resident memory and \
            the state file's size are read before and after; then the same interactions are held in \
            memory as trackers, to show what keeping them in the process would cost. Build in release \
            mode first (swift build -c release --product rapport).
            """
    )

    @Option(name: .long, help: "Interactions in the throughput set (six agent utterances each).")
    var interactions = 2_000

    @Option(name: .long, help: "Seconds each throughput method runs for at least.")
    var seconds = 2.0

    @Option(name: .long, help: "Open interactions for the memory phase.")
    var open = 10_000

    @Option(name: .long, help: "Directory to make the scratch directory in. Default: $TMPDIR or /tmp.")
    var workDir: String?

    @Flag(name: .long, help: "Print the figures as one JSON object.")
    var json = false

    func validate() throws {
        guard interactions > 0, open > 0, seconds > 0 else { throw ValidationError("--interactions, --open and --seconds must be above 0") }
    }

    func run() throws {
        let workload = BenchNamesWorkload(interactions: interactions)
        let throughput = BenchNamesThroughput(workload: workload, seconds: seconds).run()
        let root = (workDir ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/rapport-bench-names-" + String(getpid())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let memory = try BenchNamesMemory(open: open, root: root).run()
        if json {
            let object: [String: Any] = [
                "utterances": workload.utteranceCount, "tracker_per_second": throughput.tracker, "decision_per_second": throughput.decision,
                "whole_word_per_second": throughput.wholeWord, "used_by_matcher": throughput.usedByMatcher, "used_by_whole_word": throughput.usedByWholeWord,
                "open_interactions": open, "plugin_rss_delta_bytes": memory.pluginRSSDelta, "plugin_rss_bytes": memory.pluginRSS,
                "state_file_bytes": memory.stateBytes, "in_memory_rss_delta_bytes": memory.inMemoryRSSDelta,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        func rate(_ value: Double) -> String { String(format: "%9.0f /s", value) }
        func mib(_ bytes: Int) -> String { String(format: "%7.1f MiB", Double(bytes) / 1_048_576) }
        print("""
            rapport bench names: \(workload.interactions.count) interactions, \(workload.utteranceCount) agent utterances, one thread
              agent utterances checked, names prepared once (NameUsageTracker)   \(rate(throughput.tracker))   target 100,000 /s
              the plugin's decision per interaction (NameUsageDecider)          \(rate(throughput.decision))
              baseline: plain whole-word matching of the names                  \(rate(throughput.wholeWord))
              matcher / baseline                                                \(String(format: "%9.2f", throughput.tracker / throughput.wholeWord)) x
              interactions judged to use the name: matcher \(throughput.usedByMatcher), whole-word \(throughput.usedByWholeWord) (word-names such as Will, Grace, Mark, Hope used as words)

            memory with \(open) open interactions (started, three utterances each, not ended)
              the plugin (state in SQLite): resident memory +\(mib(memory.pluginRSSDelta)) (now \(mib(memory.pluginRSS))), state file \(mib(memory.stateBytes))
              held in memory as trackers instead:             +\(mib(memory.inMemoryRSSDelta))
            """)
    }
}

/// The throughput phase of `rapport bench names`.
struct BenchNamesThroughput {
    let workload: BenchNamesWorkload
    let seconds: Double

    struct Figures {
        var tracker = 0.0, decision = 0.0, wholeWord = 0.0
        var usedByMatcher = 0, usedByWholeWord = 0
    }

    func run() -> Figures {
        let matcher = NameMatcher()
        var figures = Figures()
        let prepared = workload.interactions.map { matcher.prepare(customer: $0.customer, agentName: $0.agentName) }
        let baseline = workload.interactions.map { WholeWordMatcher($0.customer) }
        let decider = NameUsageDecider(matcher: matcher)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let evidence = workload.interactions.enumerated().map { n, interaction -> InteractionEvidence in
            var evidence = InteractionEvidence(interaction: "i-\(n)", firstArrival: start)
            evidence.open(InteractionOpening(customer: interaction.customer, agentName: interaction.agentName, startedAt: start))
            for (k, text) in interaction.utterances.enumerated() {
                evidence.hear(HeardUtterance(speaker: .agent, text: text, offsetMilliseconds: k * 1_000, time: start), eventKey: "u\(k)")
            }
            return evidence
        }
        let utterances = Double(workload.utteranceCount)

        figures.tracker = Self.rate(seconds: seconds, per: utterances) {
            var used = 0
            for (n, interaction) in workload.interactions.enumerated() {
                var tracker = NameUsageTracker(customer: prepared[n])
                for text in interaction.utterances { tracker.observe(Utterance(speaker: .agent, text: text)) }
                if tracker.result.used { used += 1 }
            }
            figures.usedByMatcher = used
        }
        figures.decision = Self.rate(seconds: seconds, per: utterances) {
            var used = 0
            for item in evidence where decider.decide(item, closedBy: .ended).used { used += 1 }
            precondition(used == figures.usedByMatcher, "the decision and the tracker disagree")
        }
        figures.wholeWord = Self.rate(seconds: seconds, per: utterances) {
            var used = 0
            for (n, interaction) in workload.interactions.enumerated() where interaction.utterances.contains(where: baseline[n].matches) { used += 1 }
            figures.usedByWholeWord = used
        }
        return figures
    }

    /// Runs `round` until `seconds` have passed; `per` items per round, per second.
    static func rate(seconds: Double, per items: Double, _ round: () -> Void) -> Double {
        let clock = ContinuousClock()
        round()                                   // warm up
        var rounds = 0
        let begin = clock.now
        var elapsed = Duration.zero
        repeat {
            round()
            rounds += 1
            elapsed = clock.now - begin
        } while elapsed < .seconds(seconds)
        let (whole, fraction) = elapsed.components
        return items * Double(rounds) / (Double(whole) + Double(fraction) / 1e18)
    }
}

/// The memory phase of `rapport bench names`.
struct BenchNamesMemory {
    let open: Int
    let root: String

    struct Figures {
        var pluginRSSDelta = 0, pluginRSS = 0, stateBytes = 0, inMemoryRSSDelta = 0
    }

    func run() throws -> Figures {
        var figures = Figures()
        let path = root + "/plugins/name-usage/state.sqlite"
        let settings = NameUsageSettings()
        let router = NameUsagePlugin.router(settings: settings)
        let plugin = PluginIdentity(name: NameUsagePlugin.name, publishes: NameUsagePlugin.publishes)
        let store = try PluginStore(path: path, migrations: NameUsagePlugin.migrations)
        let logger = Logger(label: "rapport.bench.names")
        let customers = BenchNamesWorkload.customers
        let now = Date()
        let before = MemoryReading.ownResidentKiB() * 1_024
        var offset: UInt64 = 0
        var batch: [(offset: UInt64, bytes: [UInt8])] = []
        func flush() throws {
            _ = try store.process(batch, plugin: plugin, router: router, now: now, logger: logger)
            batch.removeAll(keepingCapacity: true)
        }
        for n in 0..<open {
            let customer = customers[n % customers.count]
            let id = "bench-\(n)"
            for event in try Self.events(id: id, customer: customer.full, given: customer.given, at: now) {
                batch.append((offset, event))
                offset += 1
            }
            if batch.count >= 2_000 { try flush() }
        }
        if !batch.isEmpty { try flush() }
        let openRows = try store.read { db in Int(try db.row("SELECT COUNT(*) AS n FROM name_open")?.int("n") ?? 0) }
        guard openRows == open else { throw CommandFailure("the bench's plugin holds \(openRows) open interactions, not \(open)") }
        figures.pluginRSS = MemoryReading.ownResidentKiB() * 1_024
        figures.pluginRSSDelta = figures.pluginRSS - before
        figures.stateBytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }

        let matcher = NameMatcher()
        let beforeTrackers = MemoryReading.ownResidentKiB() * 1_024
        var trackers: [NameUsageTracker] = []
        trackers.reserveCapacity(open)
        for n in 0..<open {
            let customer = customers[n % customers.count]
            var tracker = matcher.tracker(customer: CustomerName(fullName: customer.full + " \(n)"), agentName: "Sam Patel")
            for text in Self.lines(given: customer.given) { tracker.observe(Utterance(speaker: .agent, text: text)) }
            trackers.append(tracker)
        }
        figures.inMemoryRSSDelta = MemoryReading.ownResidentKiB() * 1_024 - beforeTrackers
        withExtendedLifetime(trackers) {}
        return figures
    }

    static func lines(given: String) -> [String] {
        ["Good morning, how can I help?", "I will check that for you now.", "Thanks, \(given), one moment."]
    }

    static func events(id: String, customer: String, given: String, at now: Date) throws -> [[UInt8]] {
        let time = Instant(millisecondsSinceEpoch: Int64(now.timeIntervalSince1970 * 1_000))!
        func event(_ suffix: String, _ data: some EventData) throws -> [UInt8] {
            try TypedEvent(id: "\(id)-\(suffix)", source: "/locations/store-12/desks/1", time: time, location: "store-12", agent: "a-1", data: data).encoded()
        }
        var out = [try event("start", InteractionStarted(interactionID: id, channel: .frontDesk, customer: .init(id: "c-\(id)", name: customer),
                                                         agent: .init(id: "a-1", name: "Sam Patel")))]
        for (k, text) in lines(given: given).enumerated() {
            out.append(try event("u\(k)", RapportEvents.Utterance(interactionID: id, speaker: .agent, text: text, offsetMilliseconds: k * 1_000)))
        }
        return out
    }

}
