import ArgumentParser
import Foundation
import RapportEvents

/// `rapport events`: the event catalogue as the bus checks it, and an offline check of events.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Show the event types the bus accepts, or check events against them without a bus.",
        discussion: """
            With no option, prints every catalogue type and what its `data` must hold (a Markdown \
            table, the same as in docs/PROTOCOL.md). Types starting with x- are site types: the bus \
            carries them with only the envelope checked.

            With --check, validates one CloudEvent JSON per line (- for standard input; blank \
            lines and # comments skipped) exactly as the bus does, except for de-duplication, \
            and prints each problem. Exits 0 when every event is valid, 1 otherwise.
            """
    )

    @Option(name: .long, help: "JSON-lines file of events to check (- for standard input).")
    var check: String?

    @Option(name: .long, help: "The size limit to check against, in bytes (the bus's limits.max_event_bytes).")
    var maxEventBytes: Int = EventLimits().maxEventBytes

    @Flag(name: .shortAndLong, help: "With --check, print only problems and the summary.")
    var quiet = false

    func validate() throws {
        guard maxEventBytes >= 1_024 else { throw ValidationError("--max-event-bytes must be at least 1024, got \(maxEventBytes)") }
    }

    func run() throws {
        guard let check else {
            print(EventCatalogue.reference())
            return
        }
        let validator = EventValidator(limits: EventLimits(maxEventBytes: maxEventBytes))
        var invalid = 0
        let lines = try EventLines.read(event: nil, file: check)
        for line in lines {
            switch validator.validate(line.bytes) {
            case .success(let event):
                if !quiet { print("line \(line.number): valid \(event.type)") }
            case .failure(let error):
                invalid += 1
                print("line \(line.number): \(error.code.rawValue): \(error.message)")
            }
        }
        print("\(lines.count - invalid) valid, \(invalid) invalid")
        if invalid > 0 { throw ExitCode(1) }
    }
}
