import Foundation
import RapportCapture
import ServiceLifecycle

/// The sender loop as a `Service`: runs ``SenderLoop`` on a thread of its own (it blocks on
/// SQLite and ZeroMQ) and stops it on graceful shutdown (SIGTERM, SIGINT) or cancellation,
/// after the batch in hand is settled.
struct CaptureSenderService: Service {
    /// The loop run.
    private let loop: UncheckedLoop

    /// A service running `loop`.
    init(loop: SenderLoop) {
        self.loop = UncheckedLoop(loop: loop)
    }

    func run() async throws {
        let stop = StopSignal()
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                    let thread = Thread {
                        loop.loop.run(stop: stop)
                        done.resume()
                    }
                    thread.name = "rapport-capture-sender"
                    thread.start()
                }
            } onGracefulShutdown: {
                stop.stop()
            }
        } onCancel: {
            stop.stop()
        }
    }

    /// Hands the loop, used by its one thread only, to that thread.
    private struct UncheckedLoop: @unchecked Sendable {
        let loop: SenderLoop
    }
}
