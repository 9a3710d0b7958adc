import Foundation
import Synchronization

/// Progress on standard error during long phases: once a second, the phase, the count so far
/// and the rate over the last second. Safe to update from any thread.
public final class Progress: Sendable {
    private let count = Atomic<Int>(0)
    private let state = Mutex<(phase: String?, unit: String, lastCount: Int, lastTime: UInt64)>((nil, "", 0, 0))
    private let enabled: Bool

    /// A reporter; with `enabled` false it prints nothing.
    public init(enabled: Bool = true) {
        self.enabled = enabled
        guard enabled else { return }
        let thread = Thread { [self] in tick() }
        thread.name = "rapport-bench-progress"
        thread.start()
    }

    /// Starts reporting a phase counting `unit` (e.g. "events").
    func begin(_ phase: String, unit: String = "events") {
        count.store(0, ordering: .relaxed)
        state.withLock { $0 = (phase, unit, 0, BenchClock.nanos()) }
        say("\(phase)…")
    }

    /// Adds `n` to the current phase's count.
    func add(_ n: Int) { count.add(n, ordering: .relaxed) }

    /// Stops the per-second lines until the next ``begin(_:unit:)``.
    func end() { state.withLock { $0.phase = nil } }

    /// Prints one line on standard error, prefixed with `[bench]`.
    func say(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("[bench] \(text)\n".utf8))
    }

    private func tick() {
        while true {
            BenchClock.sleep(seconds: 1)
            let now = BenchClock.nanos()
            let total = count.load(ordering: .relaxed)
            let line: String? = state.withLock { s in
                guard let phase = s.phase else { return nil }
                let rate = Double(total - s.lastCount) / max(1e-9, Double(now &- s.lastTime) / 1e9)
                s.lastCount = total
                s.lastTime = now
                return "  \(phase): \(Format.count(total)) \(s.unit), \(Format.count(Int(rate)))/s"
            }
            if let line { say(line) }
        }
    }
}
