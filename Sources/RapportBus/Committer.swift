import Foundation
import RapportLog
import Synchronization
import ZMQ

/// The thread that makes writes durable (group commit).
///
/// The broker hands it one ``CommitTask`` at a time: the log bytes buffered since the last
/// one, which it writes, then syncs with the group journals. While it works, the broker keeps
/// accepting and buffering, and the next task takes whatever arrived meanwhile. So a slow
/// disk makes commits larger, not the bus slower. Completion wakes the broker through an
/// inproc PAIR socket it polls.
final class Committer: Sendable {
    /// Files to sync and what becomes durable when they are.
    struct CommitTask: Sendable {
        let sequence: UInt64
        let log: SyncJob?
        let groupFiles: [LogFile]

        /// Writes the log bytes, then syncs the log and the group journals.
        func perform() -> Completion {
            var failure: LogError?
            var failedWriting = false
            do {
                try log?.write()
            } catch {
                failure = error
                failedWriting = true
            }
            if failure == nil {
                do {
                    try log?.sync()
                    for file in groupFiles { try file.sync() }
                } catch {
                    failure = error
                }
            }
            return Completion(sequence: sequence, durableOffset: log?.upTo, error: failure,
                              failedWriting: failedWriting, task: self)
        }
    }

    /// How a task ended.
    struct Completion: Sendable {
        let sequence: UInt64
        let durableOffset: UInt64?
        let error: LogError?
        /// The error came from writing the log (nothing of it is durable; it can be rolled
        /// back), not from syncing (after which nothing can be known).
        let failedWriting: Bool
        let task: CommitTask
    }

    private let slot = Mutex<(task: CommitTask?, done: Completion?, stop: Bool)>((nil, nil, false))
    private let wake = DispatchSemaphore(value: 0)
    let endpoint: String
    private let context: Context

    /// Starts the thread; it signals completions on `endpoint` (inproc, bound by the broker).
    init(context: Context, endpoint: String) {
        self.context = context
        self.endpoint = endpoint
        let thread = Thread { [self] in run() }
        thread.name = "rapport-committer"
        thread.start()
    }

    /// Hands over a task. The broker submits one at a time and waits for its completion.
    func submit(_ task: CommitTask) {
        slot.withLock { $0.task = task }
        wake.signal()
    }

    /// Takes the completion the last wake-up announced.
    func takeCompletion() -> Completion? {
        slot.withLock { state in
            defer { state.done = nil }
            return state.done
        }
    }

    /// Ends the thread after the task in hand, if any.
    func stop() {
        slot.withLock { $0.stop = true }
        wake.signal()
    }

    private func run() {
        MemoryTuning.nameThread("rapport-commit")
        guard let socket = try? Socket(context, .pair), (try? socket.connect(endpoint)) != nil else { return }
        defer { socket.close() }
        while true {
            wake.wait()
            let (task, stop) = slot.withLock { state in
                defer { state.task = nil }
                return (state.task, state.stop)
            }
            if let task {
                let completion = task.perform()
                slot.withLock { $0.done = completion }
                try? socket.send([UInt8(1)])
            }
            if stop { return }
        }
    }
}
