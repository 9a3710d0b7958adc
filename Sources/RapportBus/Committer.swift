import RapportLog
import ZMQ

/// The thread that makes writes durable (group commit).
///
/// The broker hands it one ``CommitTask`` at a time: the log bytes buffered since the last
/// one, which it writes, then syncs with the group journals. While it works, the broker keeps
/// accepting and buffering, and the next task takes whatever arrived meanwhile. So a slow
/// disk makes commits larger, not the bus slower. Completion wakes the broker through an
/// inproc PAIR socket it polls.
enum Committer {
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
            let syncStart = MonotonicNanos.now()
            if failure == nil {
                do {
                    try log?.sync()
                    for file in groupFiles { try file.sync() }
                } catch {
                    failure = error
                }
            }
            return Completion(sequence: sequence, durableOffset: log?.upTo, error: failure,
                              failedWriting: failedWriting, syncNanoseconds: MonotonicNanos.now() - syncStart, task: self)
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
        /// How long syncing the log and the group journals took (INFO's `commit_sync`).
        let syncNanoseconds: UInt64
        let task: CommitTask
    }

    /// Starts the committer thread; it signals completions on `endpoint`.
    static func start(context: Context, endpoint: String) -> SignallingWorker<CommitTask, Completion> {
        SignallingWorker(name: "rapport-commit", context: context, endpoint: endpoint) { $0.perform() }
    }
}
