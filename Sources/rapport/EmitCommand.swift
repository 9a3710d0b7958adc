import ArgumentParser
import Foundation
import RapportClient

/// `rapport emit`: publishes events and reports what happened to each.
struct EmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit",
        abstract: "Publish one event or a JSON-lines file and report each ack or rejection.",
        discussion: """
            Pass an event as an argument, or --file with one CloudEvent JSON per line \
            (- for standard input). Blank lines and lines starting with # are skipped. \
            Exits 0 when every event was stored (accepted or duplicate), 1 when any was rejected.
            """
    )

    @OptionGroup var bus: ClientOptions

    @Option(name: .shortAndLong, help: "JSON-lines file of events (- for standard input).")
    var file: String?

    @Option(name: .long, help: "Events per PUBLISH batch (1-1000).")
    var batch: Int = 200

    @Flag(name: .shortAndLong, help: "Print only rejections and the summary.")
    var quiet = false

    @Argument(help: "An event as JSON (when --file is not given).")
    var event: String?

    func validate() throws {
        guard (1...1_000).contains(batch) else { throw ValidationError("--batch must be from 1 to 1000, got \(batch)") }
        guard (file == nil) != (event == nil) else { throw ValidationError("give either an event argument or --file, not both or neither") }
    }

    func run() throws {
        let lines = try EventLines.read(event: event, file: file)
        let producer = try Producer(bus.address)
        var accepted = 0, rejected = 0, duplicates = 0
        let progress = lines.count >= 10_000
        for start in stride(from: 0, to: lines.count, by: batch) {
            let chunk = Array(lines[start..<min(start + batch, lines.count)])
            let outcomes = try producer.publish(chunk.map(\.bytes))
            for (line, outcome) in zip(chunk, outcomes) {
                switch outcome {
                case .accepted: accepted += 1
                case .duplicate: duplicates += 1
                case .rejected: rejected += 1
                }
                if !quiet || !outcome.isStored { print("line \(line.number): \(outcome)") }
            }
            if progress && !quiet {
                FileHandle.standardError.write(Data("sent \(min(start + batch, lines.count))/\(lines.count)\n".utf8))
            }
        }
        print("\(accepted) accepted, \(duplicates) duplicate\(duplicates == 1 ? "" : "s") (already stored), \(rejected) rejected")
        if rejected > 0 { throw ExitCode(1) }
    }
}
