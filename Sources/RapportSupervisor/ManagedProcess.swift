import Foundation

/// The supervisor's record of one process it keeps running: its spec, the current run, its
/// exits and restart schedule (``RestartPolicy``).
struct ManagedProcess {
    var spec: ProcessSpec
    var child: ChildProcess?
    var history = RestartPolicy.History()
    /// When to start it again (monotonic seconds), while waiting.
    var restartAt: Double?
    var restarts = 0
    var lastExit: ProcessExit?
    var lastExitAt: Date?
    /// Why it is not started again (a crash loop, or it could not be started).
    var failed: String?

    init(_ spec: ProcessSpec) { self.spec = spec }

    /// The status line of it.
    func status(now: Double, stopping: Bool) -> SupervisorStatus.Process {
        let state: String
        if let child, child.isRunning { state = stopping ? "stopping" : "running" }
        else if failed != nil { state = "failed" }
        else if restartAt != nil { state = "restarting" }
        else if stopping { state = "stopped" }
        else { state = "starting" }
        return SupervisorStatus.Process(
            id: spec.id, state: state, pid: child?.isRunning == true ? child?.pid : nil,
            startedAt: child?.isRunning == true ? child?.startedDate : nil, restarts: restarts,
            lastExit: lastExit?.description, lastExitAt: lastExitAt,
            restartAt: restartAt.map { Date().addingTimeInterval($0 - now) }, detail: failed)
    }
}
