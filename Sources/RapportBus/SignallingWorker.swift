import Foundation
import Synchronization
import ZMQ

/// A thread that runs jobs handed over by the broker and wakes the broker when outputs are
/// ready, through an inproc PAIR socket the broker polls (its own sockets are never shared).
/// Jobs run one at a time, in submission order; outputs come back in the same order.
final class SignallingWorker<Job: Sendable, Output: Sendable>: Sendable {
    private let state = Mutex<(jobs: [Job], outputs: [Output], stop: Bool)>(([], [], false))
    private let wake = DispatchSemaphore(value: 0)

    /// Starts a thread named `name` that runs `work` on each job and signals on `endpoint`
    /// (inproc, bound by the broker before this is made).
    init(name: String, context: Context, endpoint: String, work: @escaping @Sendable (Job) -> Output) {
        let thread = Thread { [self] in
            MemoryTuning.nameThread(name)
            guard let socket = try? Socket(context, .pair), (try? socket.connect(endpoint)) != nil else { return }
            defer { socket.close() }
            while true {
                wake.wait()
                let (jobs, stop) = state.withLock { s in
                    defer { s.jobs.removeAll(keepingCapacity: true) }
                    return (s.jobs, s.stop)
                }
                if !jobs.isEmpty {
                    let outputs = jobs.map(work)
                    state.withLock { $0.outputs += outputs }
                    try? socket.send([UInt8(1)])
                }
                if stop { return }
            }
        }
        thread.name = name
        thread.start()
    }

    /// Queues a job.
    func submit(_ job: Job) {
        state.withLock { $0.jobs.append(job) }
        wake.signal()
    }

    /// Whether an output is ready (cheap: one uncontended lock).
    var hasOutputs: Bool { state.withLock { !$0.outputs.isEmpty } }

    /// Takes every output ready so far, in submission order.
    func takeOutputs() -> [Output] {
        state.withLock { s in
            defer { s.outputs.removeAll(keepingCapacity: true) }
            return s.outputs
        }
    }

    /// Ends the thread once the jobs in hand are done.
    func stop() {
        state.withLock { $0.stop = true }
        wake.signal()
    }
}
