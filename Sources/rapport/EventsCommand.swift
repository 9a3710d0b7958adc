import ArgumentParser
import Foundation
import RapportEvents
import RapportWire

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
            and prints each problem.

            --json prints one JSON object a line: without --check one a catalogue type, \
            {"type", "data"} (what its data must hold, as in the table); with --check one an \
            event, {"line", "valid": true, "type"} or {"line", "valid": false, "code", "error"}, \
            and the summary on standard error.

            Exit status:
              0   every event is valid (or the catalogue was printed)
              1   the events file could not be read
              64  a wrong option
              65  some events are invalid: fix them (each problem is printed)
            """
    )

    @Option(name: .long, help: "JSON-lines file of events to check (- for standard input).")
    var check: String?

    @Option(name: .long, help: "The size limit to check against, in bytes (the bus's limits.max_event_bytes).")
    var maxEventBytes: Int = EventLimits().maxEventBytes

    @Flag(name: .shortAndLong, help: "With --check, print only problems and the summary.")
    var quiet = false

    @Flag(name: .long, help: "Print one JSON object a line.")
    var json = false

    func validate() throws {
        guard maxEventBytes >= 1_024 else { throw ValidationError("--max-event-bytes must be at least 1024, got \(maxEventBytes)") }
    }

    func run() throws {
        guard let check else {
            if json { printCatalogueJSON() } else { print(EventCatalogue.reference()) }
            return
        }
        let validator = EventValidator(limits: EventLimits(maxEventBytes: maxEventBytes))
        var invalid = 0
        let lines = try EventLines.read(event: nil, file: check)
        for line in lines {
            var object = JSONObjectWriter()
            object.add("line", line.number)
            switch validator.validate(line.bytes) {
            case .success(let event):
                if quiet { continue }
                object.add("valid", true)
                object.add("type", event.type)
                if json { Output.json(object) } else { Output.line("line \(line.number): valid \(event.type)") }
            case .failure(let error):
                invalid += 1
                object.add("valid", false)
                object.add("code", error.code.rawValue)
                object.add("error", error.message)
                if json { Output.json(object) } else { Output.line("line \(line.number): \(error.code.rawValue): \(error.message)") }
            }
        }
        let summary = "\(lines.count - invalid) valid, \(invalid) invalid"
        if json { Output.error(summary) } else { Output.line(summary) }
        if invalid > 0 { throw ExitCode(ExitStatus.rejected.rawValue) }
    }

    /// One `{"type", "data"}` a catalogue type, `data` as the reference table says it.
    private func printCatalogueJSON() {
        for row in EventCatalogue.reference().split(separator: "\n").dropFirst(2) {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            var object = JSONObjectWriter()
            object.add("type", cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")))
            object.add("data", cells[2...].dropLast().joined(separator: "|"))
            Output.json(object)
        }
    }
}
