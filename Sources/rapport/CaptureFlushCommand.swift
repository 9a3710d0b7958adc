import ArgumentParser
import RapportCapture
import RapportConfig

/// `rapport capture flush`: sends everything pending now and says what happened.
struct CaptureFlushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flush",
        abstract: "Send every pending event now; exit 0 when the spool is empty afterwards.",
        discussion: "Exit status: 0 when nothing is left pending, 4 when events remain (the bus did not answer in time, or answered storage), 1 when the spool failed."
    )

    @OptionGroup var capture: CaptureOptions

    @Option(name: .long, help: "How long to keep sending, e.g. 30s.")
    var timeout: String = "30s"

    func run() throws {
        guard let millis = DurationText.milliseconds(timeout) else {
            throw ValidationError("--timeout must be a duration such as 30s; got \(timeout)")
        }
        let settings = try capture.settings()
        let report: SendReport
        let left: Int
        do {
            let spool = try settings.openSpool()
            report = try settings.sender(spool).drain(until: CaptureClock.millis() + millis)
            left = try spool.status().pendingEvents
        } catch {
            throw CommandFailure("\(error)")
        }
        if capture.json {
            CaptureJSON.print(["accepted": report.accepted, "duplicates": report.duplicates, "dead_lettered": report.deadLettered,
                               "pending": left, "error": CaptureJSON.orNull(report.lastError)])
        } else {
            Output.line("\(report.accepted) accepted, \(report.duplicates) duplicates (already stored), "
                + "\(report.deadLettered) dead-lettered; \(left) pending" + (report.lastError.map { " (\($0))" } ?? ""))
        }
        if left > 0 { throw ExitCode(4) }
    }
}
