#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import PromiseTrackerPlugin
import RapportClient
import RapportEvents
import RapportPlugin

/// The promise tracker's process with many open promises in its store, beside the same with
/// an empty store: start-up time (from spawn until it is a member of its group at the bus) and
/// resident memory once started. The store is filled through the plugin's own handlers (the
/// SDK's batch transactions), each promise with its two pending deadlines, all due later.
public struct PromiseStoreBench: Sendable {
    /// One start of the plugin.
    public struct Start: Sendable {
        public let openPromises: Int
        public let storeBytes: Int
        public let startMillis: Double
        public let rssKiB: Int
    }

    public let rapportExecutable: String
    public let scratchRoot: String

    public init(rapportExecutable: String, scratchRoot: String) {
        self.rapportExecutable = rapportExecutable
        self.scratchRoot = scratchRoot
    }

    /// Fills a store with `open` promises (returns seconds taken), starts the plugin on an
    /// empty store and on the full one against a bus of its own, and reports both.
    public func run(open: Int, progress: (String) -> Void) throws -> (empty: Start, full: Start, fillSeconds: Double) {
        let scratch = try ScratchDirectory(root: scratchRoot)
        defer { scratch.remove() }
        let fullState = try scratch.subdirectory("full") + "/state.sqlite"
        let emptyState = try scratch.subdirectory("empty") + "/state.sqlite"
        progress("filling a store with \(open) open promises through the plugin's handlers")
        let started = BenchClock.nanos()
        try Self.fill(fullState, open: open)
        let fillSeconds = Double(BenchClock.nanos() - started) / 1e9
        let bus = BusProcess(executable: rapportExecutable, dataDirectory: try scratch.subdirectory("bus"),
                             logPath: scratch.path + "/bus.log")
        try bus.start()
        defer { bus.shutdown() }
        progress("starting the plugin on an empty store")
        let empty = try start(state: emptyState, open: 0, bus: bus, scratch: scratch)
        progress("starting the plugin on the store with \(open) open promises")
        let full = try start(state: fullState, open: open, bus: bus, scratch: scratch)
        return (empty, full, fillSeconds)
    }

    private func start(state: String, open: Int, bus: BusProcess, scratch: ScratchDirectory) throws -> Start {
        let executable = (rapportExecutable as NSString).deletingLastPathComponent + "/promise-tracker"
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw BenchError("no promise-tracker program next to rapport (\(executable)); build it (swift build -c release)")
        }
        let began = BenchClock.nanos()
        let child = try ChildProcess(executable: executable,
                                     arguments: ["--data-dir", bus.dataDirectory, "--state", state, "--instance", "bench-\(open)",
                                                 "--log-level", "warning"],
                                     logPath: scratch.path + "/plugin-\(open).log")
        defer { child.stop(SIGTERM, grace: 20) }
        var joined: Double?
        while joined == nil {
            if let group = try? BusConnection(bus.address).info(timeoutMilliseconds: 2_000).group(PromiseTracker.name),
               group.members.contains(where: { $0.consumer == "bench-\(open)" }) {
                joined = Double(BenchClock.nanos() - began) / 1e6
            } else if !child.isRunning {
                throw BenchError("the promise tracker \(child.exitDescription) before joining; its output:\n\(child.logTail())")
            } else if Double(BenchClock.nanos() - began) > 60e9 {
                throw BenchError("the promise tracker did not join its group within 60 s; its output:\n\(child.logTail())")
            } else {
                usleep(2_000)
            }
        }
        usleep(1_000_000)   // settled: caught up, its first ticks done
        let memory = try MemoryReading.read(pid: child.pid)
        let bytes = ["", "-wal", "-shm"].compactMap { try? FileManager.default.attributesOfItem(atPath: state + $0)[.size] as? Int }.reduce(0, +)
        return Start(openPromises: open, storeBytes: bytes, startMillis: joined!, rssKiB: memory.rssKiB)
    }

    /// `open` promise.made events through the plugin's handlers, 2,000 to a batch, due from a
    /// day to about a month ahead (instants, so no calendar is needed).
    static func fill(_ path: String, open: Int) throws {
        let store = try PluginStore(path: path, migrations: PromiseTracker.migrations)
        let router = PromiseTracker.router(settings: PromiseTrackerSettings(), locations: [:])
        let plugin = PluginIdentity(name: PromiseTracker.name, publishes: PromiseTracker.publishes)
        let logger = Logger(label: "rapport.bench.promises")
        let now = Date()
        let nowMillis = Int64(now.timeIntervalSince1970 * 1_000)
        var offset: UInt64 = 0
        for first in stride(from: 0, to: open, by: 2_000) {
            var inputs: [(offset: UInt64, bytes: [UInt8])] = []
            for i in first..<min(first + 2_000, open) {
                let due = Instant(millisecondsSinceEpoch: nowMillis + 86_400_000 + Int64(i) * 25_000)!
                let event = try TypedEvent(
                    id: "bench-made-\(i)", source: "/locations/store-\(i % 20)/desks/1", time: Instant(millisecondsSinceEpoch: nowMillis)!,
                    location: "store-\(i % 20)", agent: "a-\(i % 200)", partitionKey: "c-\(i)",
                    data: PromiseMade(promiseID: "p-\(i)", interactionID: "i-\(i)", customer: .init(id: "c-\(i)", name: "Customer \(i)"),
                                      what: "call back with the quote", due: .instant(due)))
                inputs.append((offset, event.encoded()))
                offset += 1
            }
            let outcomes = try store.process(inputs, plugin: plugin, router: router, now: now, logger: logger)
            if let failed = outcomes.first(where: { if case .failed = $0 { true } else { false } }) {
                throw BenchError("filling the store failed: \(failed)")
            }
        }
    }
}
