#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// The child processes and scratch directory of the running benchmark, so an interrupt
/// (Ctrl-C, SIGTERM) can stop the children and remove the directory before exiting.
final class ChildRegistry: Sendable {
    /// The one registry of this process.
    static let shared = ChildRegistry()

    private let state = Mutex<(pids: Set<pid_t>, scratch: String?, installed: Bool)>(([], nil, false))

    /// Remembers a running child.
    func add(_ pid: pid_t) { state.withLock { _ = $0.pids.insert(pid) } }

    /// Forgets a child that was reaped.
    func remove(_ pid: pid_t) { state.withLock { _ = $0.pids.remove(pid) } }

    /// Remembers the scratch directory to delete on interrupt (`nil`: none).
    func setScratch(_ path: String?) { state.withLock { $0.scratch = path } }

    /// Installs SIGINT and SIGTERM handlers that kill the children, delete the scratch
    /// directory and exit with status 130. Safe to call more than once.
    func installInterruptHandlers() {
        let first = state.withLock { s in
            defer { s.installed = true }
            return !s.installed
        }
        guard first else { return }
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in cleanUpAndExit() }
            source.resume()
            SignalSources.keep(source)
        }
    }

    private func cleanUpAndExit() {
        let (pids, scratch) = state.withLock { ($0.pids, $0.scratch) }
        for pid in pids { kill(pid, SIGKILL) }
        if let scratch { try? FileManager.default.removeItem(atPath: scratch) }
        FileHandle.standardError.write(Data("[bench] interrupted: stopped the bus and redis, removed \(scratch ?? "nothing")\n".utf8))
        exit(130)
    }
}
