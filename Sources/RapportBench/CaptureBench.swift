import Foundation

/// Measures the capture spool through the `rapport` executable (the bench has no SQLite of
/// its own): `rapport capture load` for writes, `rapport capture flush` for the drain to a
/// real bus. Each child prints one JSON line, read back from its log.
struct CaptureBench {
    /// The `rapport` executable.
    let executable: String
    /// A directory of its own in the scratch directory.
    let directory: String
    /// The pending events to measure the spool with.
    let pendingTarget: Int
    /// Seconds of the synced-write run.
    let syncedSeconds: Double

    /// The options naming the spool, the desk and the bus.
    private func common(busDataDirectory: String) -> [String] {
        ["--spool", directory + "/spool.sqlite", "--location", "bench", "--desk", "1", "--agent", "a-1",
         "--data-dir", busDataDirectory, "--json"]
    }

    /// Synced writes for ``syncedSeconds``, then batched writes up to ``pendingTarget``
    /// pending, into `result`.
    func fill(busDataDirectory: String, into result: inout CaptureBenchResult) throws {
        let synced = try run(["capture", "load", "--count", String(pendingTarget), "--per-commit", "1",
                              "--max-seconds", String(syncedSeconds)] + common(busDataDirectory: busDataDirectory), name: "load-synced")
        result.syncedEvents = synced["events"] as? Int ?? 0
        result.syncedSeconds = synced["seconds"] as? Double ?? 0
        let missing = pendingTarget - result.syncedEvents
        if missing > 0 {
            let batched = try run(["capture", "load", "--count", String(missing), "--per-commit", "1000"]
                + common(busDataDirectory: busDataDirectory), name: "load-batched")
            result.batchedEvents = batched["events"] as? Int ?? 0
            result.batchedSeconds = batched["seconds"] as? Double ?? 0
            result.pendingEvents = batched["pending"] as? Int ?? 0
            result.spoolBytes = Int64(batched["file_bytes"] as? Int ?? 0)
        } else {
            result.pendingEvents = synced["pending"] as? Int ?? 0
            result.spoolBytes = Int64(synced["file_bytes"] as? Int ?? 0)
        }
    }

    /// Drains the spool to the bus whose data directory is `busDataDirectory`, into `result`.
    func drain(busDataDirectory: String, into result: inout CaptureBenchResult) throws {
        let started = BenchClock.nanos()
        let flush = try run(["capture", "flush", "--timeout", "600s"] + common(busDataDirectory: busDataDirectory), name: "flush",
                            allowStatus: [0, 4])
        result.drainSeconds = BenchClock.seconds(since: started)
        result.drainedEvents = (flush["accepted"] as? Int ?? 0) + (flush["duplicates"] as? Int ?? 0)
        result.leftAfterDrain = flush["pending"] as? Int ?? 0
    }

    /// Runs `rapport arguments` to its end (at most 15 minutes) and parses its last line.
    private func run(_ arguments: [String], name: String, allowStatus: Set<Int32> = [0]) throws -> [String: Any] {
        let log = directory + "/\(name).log"
        let child = try ChildProcess(executable: executable, arguments: arguments, logPath: log)
        guard child.wait(seconds: 900) else {
            child.stop(SIGKILL)
            throw BenchError("rapport \(arguments.prefix(2).joined(separator: " ")) did not finish in 15 minutes")
        }
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").last.map(String.init) ?? ""
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            throw BenchError("rapport \(arguments.prefix(2).joined(separator: " ")) \(child.exitDescription): \(child.logTail())")
        }
        return object
    }
}
