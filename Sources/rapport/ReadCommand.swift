import ArgumentParser
import Foundation
import RapportClient
import RapportEvents
import RapportWire

/// `rapport read`: reads the log from an offset or a time, without a consumer group.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read the log from an offset or a time, without a consumer group.",
        discussion: """
            Prints each event read as a line: its offset, a tab, and the event JSON as it was \
            published (with --json, one JSON object a line: {"offset": N, "event": {...}}). Without \
            --follow it stops once it has read everything durable; with --follow it goes on into \
            new events as they are committed, without gaps (unlike `rapport tail`, which is best \
            effort), until interrupted. Nothing is acknowledged and no group is created, so it \
            is safe on a live bus: replay tools and `rapport alerts --since` read this way.

            Examples:
              rapport read --from earliest --type 'rapport.promise.*'
              rapport read --from 2026-12-01T00:00:00+01:00 --type rapport.alert.raised --follow
              rapport read --from 1042 --limit 10 --json

            --type takes the same patterns as `rapport tail` and `rapport consume`: * matches \
            any run of characters. A pattern that matches no type the bus accepts is warned \
            about on standard error.

            \(ExitStatus.clientHelp)
            """
    )

    @OptionGroup var bus: ClientOptions

    @Option(name: .shortAndLong, help: "Type pattern to read (repeatable; * matches any run of characters), e.g. 'rapport.promise.*'. Default: all.")
    var type: [String] = []

    @Option(name: .long, help: "Where to start: earliest, latest, an offset (1042) or an RFC 3339 time with an offset (2026-12-01T08:00:00+01:00).")
    var from: String = "earliest"

    @Flag(name: .long, help: "Go on reading new events as they are committed, until interrupted.")
    var follow = false

    @Option(name: .long, help: "Stop after this many events.")
    var limit: Int?

    @Flag(name: .long, help: "Print one JSON object a line: {\"offset\": N, \"event\": {...}}.")
    var json = false

    func validate() throws {
        _ = try position()
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, got \(limit)") }
        for pattern in type where pattern.isEmpty { throw ValidationError("--type must not be empty") }
    }

    /// `--from` as a start position.
    private func position() throws -> StartPosition {
        switch from {
        case "earliest": return .earliest
        case "latest": return .latest
        default:
            if let offset = UInt64(from) { return .offset(offset) }
            if let millis = RFC3339.parseMillis(from) { return .time(millis) }
            throw ValidationError("--from must be earliest, latest, an offset (e.g. 1042) or an RFC 3339 time with an offset (e.g. 2026-12-01T08:00:00+01:00), got \(from)")
        }
    }

    func run() throws {
        TypePatternWarnings.warn(type)
        let connection = try BusConnection(try bus.connect())
        let wait = bus.requestMilliseconds(atLeast: 5_000)
        var request = ReadRequest(from: try position(), types: type.isEmpty ? ["*"] : type)
        var printed = 0
        while true {
            if let limit { request.maxEvents = min(ReadRequest.maxEventsLimit, limit - printed) }
            request.waitMillis = follow ? 1_000 : 0
            let (batch, events) = try connection.read(request, timeoutMilliseconds: wait)
            if case .offset(let asked) = request.from, batch.start > asked {
                // Retention deleted events between two READs: say so rather than skip them silently.
                Output.error("warning: events \(asked)…\(batch.start - 1) were deleted by retention before they were read; reading on from \(batch.start)")
            }
            for event in events {
                Output.line(line(event))
                printed += 1
            }
            if let limit, printed >= limit { return }
            if batch.caughtUp && !follow { return }
            request.from = .offset(batch.next)
        }
    }

    private func line(_ event: ReadEvent) -> String {
        let text = String(decoding: event.event, as: UTF8.self)
        guard json else { return "\(event.offset)\t\(text)" }
        return Output.eventJSON(offset: event.offset, event: event.event)
    }
}
