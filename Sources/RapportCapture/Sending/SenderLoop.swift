import Foundation
import Logging
import RapportClient

/// The long-running sender (`rapport capture sender`): drains the spool, then watches it for
/// new events (every ``pollMillis``), and after a failed send (no answer, `storage`, a spool
/// error) waits by its ``Backoff`` before trying again. It survives the bus being down for as
/// long as the spool has room: nothing is dropped, the events wait.
public final class SenderLoop {
    /// The sender each pass uses.
    public let sender: SpoolSender
    /// How often an empty spool is looked at again.
    public let pollMillis: Int
    /// The longest one pass runs before the loop looks at the stop flag again.
    public let passMillis: Int
    private var backoff: Backoff
    private let logger: Logger

    /// A loop over `sender`.
    public init(sender: SpoolSender, pollMillis: Int = 200, passMillis: Int = 10_000, backoff: Backoff = Backoff(),
                logger: Logger = Logger(label: "rapport.capture")) {
        self.sender = sender
        self.pollMillis = max(1, pollMillis)
        self.passMillis = max(1, passMillis)
        self.backoff = backoff
        self.logger = logger
    }

    /// Runs until `stop` is set; returns the total of what it sent. Spool errors are logged
    /// and retried with backoff (a disk that was full may have room again).
    @discardableResult
    public func run(stop: StopSignal) -> SendReport {
        var total = SendReport()
        var lastProblem: String?
        while !stop.isStopped {
            let wait: Int
            do throws(CaptureError) {
                let report = try sender.drain(until: CaptureClock.millis() + Int64(passMillis))
                total.accepted += report.accepted
                total.duplicates += report.duplicates
                total.deadLettered += report.deadLettered
                if report.stored > 0 || report.deadLettered > 0 {
                    logger.info("sent", metadata: ["accepted": "\(report.accepted)", "duplicates": "\(report.duplicates)",
                                                   "dead_lettered": "\(report.deadLettered)"])
                }
                if let error = report.lastError {
                    if error != lastProblem { logger.warning("bus unavailable; events kept in the spool", metadata: ["error": "\(error)"]) }
                    lastProblem = error
                    wait = backoff.failed()
                } else {
                    if lastProblem != nil { logger.notice("sending again") }
                    lastProblem = nil
                    backoff.succeeded()
                    wait = report.drained ? pollMillis : 0
                }
            } catch {
                let text = "\(error)"
                if text != lastProblem { logger.error("spool failed", metadata: ["error": "\(text)"]) }
                lastProblem = text
                wait = backoff.failed()
            }
            Self.sleep(millis: wait, unless: stop)
        }
        total.drained = (try? sender.spool.status().pendingEvents == 0) ?? false
        return total
    }

    /// Sleeps `millis` in short steps, returning early once `stop` is set.
    static func sleep(millis: Int, unless stop: StopSignal) {
        var left = millis
        while left > 0 && !stop.isStopped {
            let step = min(left, 50)
            Thread.sleep(forTimeInterval: Double(step) / 1_000)
            left -= step
        }
    }
}
