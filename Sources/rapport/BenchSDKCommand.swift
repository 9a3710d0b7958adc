import ArgumentParser
import Foundation
import RapportBench
import RapportPlugin

/// `rapport bench sdk`: the plugin SDK's store per event, without the bus.
struct BenchSDKCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdk",
        abstract: "Benchmark the plugin SDK's store without the bus: CPU per event for handlers of growing weight beside SQLite alone.",
        discussion: """
            The same feedback responses are handled by the SDK's store (one transaction per batch of \
            256 deliveries on a state file, synchronous = FULL, the handled record and the outbox) \
            with a handler doing nothing, one inserting a row, and one inserting a row and emitting an \
            event (the plugin-throughput phase's handler of `rapport bench bus`); beside them the \
            decoding alone and the baseline, SQLite alone writing the same row per event in the same \
            transactions. Each phase is timed in its thread's CPU time (one core). Build in release \
            mode first (swift build -c release --product rapport).
            """
    )

    @Option(name: .long, help: "Events per phase.")
    var events = 100_000

    @Option(name: .long, help: "Deliveries per transaction (the SDK's batch).")
    var batch = PluginOptions.defaultBatch

    @Option(name: .long, help: "Directory to make the scratch directory in. Default: $TMPDIR or /tmp.")
    var workDir: String?

    @Option(name: .long, help: "The phases to run, comma-separated: decode, baseline, none, insert, emit (default: all). One at a time suits `perf stat`.")
    var phases: String?

    @Flag(name: .long, help: "Print the figures as one JSON object.")
    var json = false

    func validate() throws {
        guard events > 0 else { throw ValidationError("--events must be above 0") }
        guard batch > 0 else { throw ValidationError("--batch must be above 0") }
        _ = try selectedPhases()
    }

    private func selectedPhases() throws -> Set<SDKStoreBench.PhaseName> {
        guard let phases else { return Set(SDKStoreBench.PhaseName.allCases) }
        return Set(try phases.split(separator: ",").map { name in
            guard let phase = SDKStoreBench.PhaseName(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--phases: '\(name)' is not a phase; use decode, baseline, none, insert or emit")
            }
            return phase
        })
    }

    func run() throws {
        let root = (workDir ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/rapport-bench-sdk-" + String(getpid())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let phases = try SDKStoreBench(events: events, batch: batch, directory: root, phases: selectedPhases()).run()
        if json {
            let object = phases.map { ["phase": $0.name, "events": $0.events, "cpu_seconds": $0.cpuSeconds, "wall_seconds": $0.wallSeconds,
                                       "micros_per_event": $0.microsPerEvent, "per_second": $0.perSecond] as [String: Any] }
            let data = try JSONSerialization.data(withJSONObject: ["phases": object], options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("rapport bench sdk: \(events) feedback responses per phase, batches of \(batch), one thread (CPU time)")
        let width = phases.map(\.name.count).max() ?? 0
        for phase in phases {
            let name = phase.name.padding(toLength: width, withPad: " ", startingAt: 0)
            print("  \(name)  \(String(format: "%6.1f µs/event  %9.0f /s  (wall %.2f s)", phase.microsPerEvent, phase.perSecond, phase.wallSeconds))")
        }
    }
}
