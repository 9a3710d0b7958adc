import ArgumentParser
import Foundation
import RapportClient
import RapportWire

/// `rapport emit`: publishes events and reports what happened to each.
struct EmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit",
        abstract: "Publish one event or a JSON-lines file and report each ack or rejection.",
        discussion: """
            Pass an event as an argument, or --file with one CloudEvent JSON per line \
            (- for standard input). Blank lines and lines starting with # are skipped.

            Prints `line N: accepted at offset M` (or `duplicate of offset M`, or \
            `rejected (CODE): why`) for each event, then a summary. With --json, one JSON object \
            an event on standard output, {"line": N, "status": "accepted"|"duplicate"|"rejected", \
            "offset"?: M, "code"?: "...", "error"?: "..."}, and the summary on standard error.

            \(ExitStatus.help(.failure, .rejected, .unavailable, .noPermission))

            An event the bus could not store for want of disk or memory (code storage) counts as \
            69, retry later; any other rejection as 65 (65 wins when both happen).
            """
    )

    @OptionGroup var bus: ClientOptions

    @Option(name: .shortAndLong, help: "JSON-lines file of events (- for standard input).")
    var file: String?

    @Option(name: .long, help: "Events per PUBLISH batch (1-1000).")
    var batch: Int = 200

    @Flag(name: .shortAndLong, help: "Print only rejections and the summary.")
    var quiet = false

    @Flag(name: .long, help: "Print one JSON object per event (the summary goes to standard error).")
    var json = false

    @Argument(help: "An event as JSON (when --file is not given).")
    var event: String?

    func validate() throws {
        guard (1...1_000).contains(batch) else { throw ValidationError("--batch must be from 1 to 1000, got \(batch)") }
        guard (file == nil) != (event == nil) else { throw ValidationError("give either an event argument or --file, not both or neither") }
    }

    func run() throws {
        let lines = try EventLines.read(event: event, file: file)
        let producer = try Producer(try bus.connect())
        let wait = bus.requestMilliseconds(atLeast: 10_000)
        var accepted = 0, rejected = 0, unstored = 0, duplicates = 0
        let progress = lines.count >= 10_000
        for start in stride(from: 0, to: lines.count, by: batch) {
            let chunk = Array(lines[start..<min(start + batch, lines.count)])
            let outcomes = try producer.publish(chunk.map(\.bytes), timeoutMilliseconds: wait)
            for (line, outcome) in zip(chunk, outcomes) {
                switch outcome {
                case .accepted: accepted += 1
                case .duplicate: duplicates += 1
                case .rejected(ErrorCode.storage.rawValue, _): unstored += 1
                case .rejected: rejected += 1
                }
                if quiet && outcome.isStored { continue }
                if json {
                    Output.line(Self.flattened(line: line.number, outcome))
                } else {
                    Output.line("line \(line.number): \(outcome)")
                }
            }
            if progress && !quiet {
                Output.error("sent \(min(start + batch, lines.count))/\(lines.count)")
            }
        }
        let refused = rejected + unstored
        let summary = "\(accepted) accepted, \(duplicates) duplicate\(duplicates == 1 ? "" : "s") (already stored), \(refused) rejected"
            + (unstored > 0 ? " (\(unstored) for want of storage at the bus: send them again later)" : "")
        if json { Output.error(summary) } else { Output.line(summary) }
        if rejected > 0 { throw ExitCode(ExitStatus.rejected.rawValue) }
        if unstored > 0 { throw ExitCode(ExitStatus.unavailable.rawValue) }
    }

    /// `{"line": N, "status": …, "offset"|"code", "error": …}`: the RESULT entry with the line.
    private static func flattened(line: Int, _ outcome: PublishOutcome) -> String {
        var object = JSONObjectWriter()
        object.add("line", line)
        outcome.add(to: &object)
        return String(decoding: object.finished(), as: UTF8.self)
    }
}
