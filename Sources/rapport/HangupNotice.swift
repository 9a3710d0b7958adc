import Dispatch
import Foundation
import Logging

/// Keeps SIGHUP from killing a bare `rapport bus` (its default action ends the process) and
/// logs each one instead: the bus reads its configuration once, at start, so there is nothing
/// to reload; `rapport up` is what reloads on SIGHUP.
///
/// An operator (or a habit from other daemons: `systemctl reload`, `kill -HUP`) sending it then
/// learns that from the log rather than losing the bus.
final class HangupNotice {
    private let source: any DispatchSourceSignal

    /// Starts ignoring SIGHUP and logging each one to `logger`; stops on ``cancel()``.
    init(logger: Logger) {
        signal(SIGHUP, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler {
            logger.notice("SIGHUP: the bare bus has nothing to reload (it reads its configuration at start) and goes on running; restart it to apply a changed configuration, or, when `rapport up` runs it, send SIGHUP to `rapport up`, which reloads")
        }
        source.resume()
    }

    /// Stops logging (SIGHUP stays ignored until the process ends).
    func cancel() {
        source.cancel()
    }
}
