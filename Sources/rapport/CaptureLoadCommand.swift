import ArgumentParser
import Foundation
import RapportCapture
import RapportEvents

/// `rapport capture load`: spools synthetic events, for benchmarks and drills (how fast the
/// spool takes synced writes, how big it grows, how a sender copes with a backlog).
struct CaptureLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Spool synthetic feedback events (for benchmarks and drills); sends nothing.",
        discussion: "Each commit is synced to disk. Prints the events spooled, the seconds taken and the spool's size on disk."
    )

    @OptionGroup var capture: CaptureOptions

    @Option(name: .long, help: "Events to spool.")
    var count: Int

    @Option(name: .long, help: "Events per commit (1: one synced write per event, as a one-shot capture does).")
    var perCommit: Int = 1

    @Option(name: .long, help: "Stop after this many seconds even if fewer than --count were spooled.")
    var maxSeconds: Double = 3_600

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1") }
        guard (1...10_000).contains(perCommit) else { throw ValidationError("--per-commit must be 1-10000") }
    }

    func run() throws {
        let settings = try capture.settings()
        let started = Date()
        var spooled = 0
        do {
            let spool = try settings.openSpool()
            let desk = try settings.makeDesk()
            while spooled < count && Date().timeIntervalSince(started) < maxSeconds {
                let n = min(perCommit, count - spooled)
                let events = try (0..<n).map { i throws(CaptureError) -> TypedEvent in
                    let number = spooled + i
                    let data = try CaptureArguments.data { () throws(EventValidationError) in
                        try FeedbackReceived(source: .commentCard, scores: .init(csat: 1 + number % 5, nps: number % 11),
                                             comment: "Synthetic comment card \(number): the queue moved quickly and the staff were friendly.",
                                             channel: .frontDesk)
                    }
                    return try desk.customer("c-\(number % 1_000)").event(data)
                }
                if n == 1 { try spool.enqueue(events[0]) } else { try spool.enqueue(contentsOf: events) }
                spooled += n
            }
            let seconds = Date().timeIntervalSince(started)
            let status = try spool.status()
            if capture.json {
                CaptureJSON.print(["events": spooled, "seconds": seconds, "file_bytes": status.fileBytes, "pending": status.pendingEvents])
            } else {
                Output.line("\(spooled) events spooled in \(String(format: "%.2f", seconds)) s (\(Int(Double(spooled) / max(seconds, 1e-9))) events/s); "
                    + "\(status.pendingEvents) pending, \(status.fileBytes) bytes on disk")
            }
        } catch let error as CaptureError {
            throw CommandFailure("\(error)")
        }
    }
}
