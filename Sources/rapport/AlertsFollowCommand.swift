import ArgumentParser
import Foundation
import RapportClient
import RapportConfig
import RapportEvents
import RapportWire

/// `rapport alerts [follow]`: replays and follows `rapport.alert.*` through READ, without gaps.
struct AlertsFollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Show alerts as they are raised, acknowledged and resolved (the default).",
        discussion: """
            Reads the log without a consumer group (READ, docs/PROTOCOL.md §5), so it misses \
            nothing and changes nothing on the bus. Without --since or --from-start it shows only \
            alerts raised from now on. With --since it first shows every alert raised in that \
            stretch, each once with its latest state (open, acknowledged by …, resolved: …), \
            then follows new events from exactly where the replay ended.

            Each alert is one line: local time, severity, kind, location, summary and [alert id]. \
            When an alert shown earlier is acknowledged or resolved, a line says so (ACKED or \
            RESOLVED in the severity column). Acknowledgements and resolutions of alerts not \
            shown (filtered out, or raised before the view started) are not shown. Severity is \
            coloured only when standard output is a terminal and NO_COLOR is not set.

            --json prints one JSON object a line: {"time", "event" (raised, acknowledged or \
            resolved), "alert", "severity", "kind", "location"?, "agent"?, "summary", "dedup", \
            "refs", "source", "raised_at", "offset", "state" (open, acknowledged or resolved), \
            "by"?, "reason"?}.

            An event that cannot be read as a Rapport alert (stored under an older catalogue) is \
            reported on standard error as a warning and skipped.

            Examples:
              rapport alerts
              rapport alerts --since 2h
              rapport alerts --since 2026-12-01T08:00:00+01:00 --location store-12 --location store-14
              rapport alerts --severity warning --kind 'promise.*'
              rapport alerts --from-start --no-follow --json > alerts.jsonl

            \(ExitStatus.clientHelp)
            """
    )

    @OptionGroup var bus: ClientOptions

    @Option(name: .long, help: ArgumentHelp(
        "Replay alerts from this long ago (30m, 2h, 7d) or from an RFC 3339 time with an offset, then follow.",
        valueName: "duration|time"))
    var since: String?

    @Flag(name: .long, help: "Replay every retained alert, then follow.")
    var fromStart = false

    @Flag(name: .long, help: "Stop once the replay is shown, instead of following new alerts.")
    var noFollow = false

    @Option(name: .long, help: "Only alerts about this location id (the events' `location`); repeatable.")
    var location: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Only alerts of at least this severity: info, warning or critical (warning shows warning and critical).",
        valueName: "severity"))
    var severity: String?

    @Option(name: .long, help: "Only alerts whose kind matches this pattern (* any run of characters, ? one character), e.g. 'promise.*'; repeatable.")
    var kind: [String] = []

    @Flag(name: .long, help: "Print one JSON object a line.")
    var json = false

    func validate() throws {
        if since != nil && fromStart { throw ValidationError("give --since or --from-start, not both") }
        if noFollow && since == nil && !fromStart {
            throw ValidationError("--no-follow needs --since or --from-start: without them there is nothing to replay")
        }
        _ = try start(now: 0)
        _ = try filter()
    }

    /// Where reading starts; `now` is the current time in ms since the epoch.
    private func start(now: Int64) throws -> StartPosition {
        if fromStart { return .earliest }
        guard let since else { return .latest }
        if let millis = DurationText.milliseconds(since) { return .time(now - millis) }
        if let millis = RFC3339.parseMillis(since) { return .time(millis) }
        throw ValidationError("--since must be a duration (30m, 2h, 7d) or an RFC 3339 time with an offset (2026-12-01T08:00:00+01:00), got \(since)")
    }

    private func filter() throws -> AlertFilter {
        var filter = AlertFilter(locations: Set(location), kinds: kind)
        if let severity {
            guard let value = AlertSeverity(rawValue: severity) else {
                throw ValidationError("--severity must be info, warning or critical, got \(severity)")
            }
            filter.minimumSeverity = value
        }
        for pattern in kind where pattern.isEmpty { throw ValidationError("--kind must not be empty") }
        for id in location where id.isEmpty { throw ValidationError("--location must not be empty") }
        return filter
    }

    func run() throws {
        let now = Int64((Date().timeIntervalSince1970 * 1_000).rounded())
        var reader = AlertReader(address: try bus.connect(), from: try start(now: now))
        var tracker = AlertTracker(filter: try filter())
        let view = AlertView(json: json, colour: AlertView.colourWanted)
        var replaying = since != nil || fromStart
        while true {
            let (batch, events) = try reader.next(waiting: !replaying)
            for event in events {
                guard let change = tracker.apply(event.event, offset: event.offset) else { continue }
                if !replaying { Output.line(view.line(change)) }
            }
            for warning in reader.takeWarnings() { Output.error(warning) }
            if replaying && batch.caughtUp {
                for alert in tracker.inOrder { Output.line(view.line(.raised(alert))) }
                if noFollow { return }
                replaying = false
            }
        }
    }
}
