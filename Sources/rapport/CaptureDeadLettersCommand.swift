import ArgumentParser
import Foundation
import RapportCapture

/// `rapport capture dead-letters [--retry]`: the events the bus rejected, with its reasons.
struct CaptureDeadLettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dead-letters",
        abstract: "List the events the bus rejected, with its code and reason; --retry puts them back to be sent.",
        discussion: "Retry after fixing the cause at the bus (e.g. a larger limits.max_event_bytes); the sender or `rapport capture flush` then sends them."
    )

    @OptionGroup var capture: CaptureOptions

    @Flag(name: .long, help: "Move every dead letter back to pending.")
    var retry = false

    func run() throws {
        let settings = try capture.settings()
        do {
            let spool = try settings.openSpool()
            if retry {
                let moved = try spool.retryDeadLetters()
                if capture.json {
                    CaptureJSON.print(["retried": moved])
                } else {
                    Output.line("\(moved) dead letter\(moved == 1 ? "" : "s") moved back to pending; the sender (or `rapport capture flush`) sends them")
                }
                return
            }
            let letters = try spool.deadLetters()
            if capture.json {
                CaptureJSON.print(["dead_letters": letters.map { letter -> [String: Any] in
                    ["sequence": letter.sequence, "id": letter.id, "source": letter.source, "type": letter.type,
                     "code": letter.code, "error": letter.error,
                     "enqueued_at": CaptureStatusCommand.timestamp(letter.enqueuedAt),
                     "rejected_at": CaptureStatusCommand.timestamp(letter.rejectedAt),
                     "event": String(decoding: letter.bytes, as: UTF8.self)]
                }])
                return
            }
            if letters.isEmpty { Output.line("no dead letters") }
            for letter in letters {
                Output.line("\(letter.type) \(letter.id) rejected \(CaptureStatusCommand.timestamp(letter.rejectedAt)) (\(letter.code)): \(letter.error)")
            }
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
