import ArgumentParser
import Foundation
import RapportClient
import RapportWire

/// `rapport tail`: follows the live feed.
struct TailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Follow the live feed: every committed event, as it is committed.",
        discussion: """
            Best effort: a follower that falls behind misses events, and events committed before \
            it connected are not shown. Use `rapport consume` for every event with acks, or \
            `rapport read --follow` for every event without a group.

            Each event is a line `offset<TAB>type<TAB>event JSON`; with --json one JSON object a \
            line: {"offset": N, "type": "...", "event": {...}}.

            --type takes the same patterns as `rapport consume` and `rapport read`: * matches any \
            run of characters (rapport.promise.*, x-acme.*, rapport.*.received). A pattern that \
            matches no type the bus accepts is warned about on standard error.

            The bus must answer on its ingest endpoint within --timeout before tail starts \
            following. With a tcp --endpoint, give the live feed's endpoint too (--live-endpoint).

            \(ExitStatus.clientHelp)
            """
    )

    @OptionGroup var bus: ClientOptions

    @Option(name: .shortAndLong, help: "Type pattern to follow (repeatable; * matches any run of characters), e.g. 'rapport.promise.*'. Default: all.")
    var type: [String] = []

    @Option(name: .shortAndLong, help: "Exit after this many events.")
    var count: Int?

    @Option(name: .long, help: "Exit after this many seconds without an event.")
    var idleTimeout: Double?

    @Flag(name: .long, help: "Print one JSON object a line: {\"offset\": N, \"type\": \"...\", \"event\": {...}}.")
    var json = false

    func validate() throws {
        for pattern in type where pattern.isEmpty { throw ValidationError("--type must not be empty") }
        if let count, count < 1 { throw ValidationError("--count must be 1 or more, got \(count)") }
    }

    func run() throws {
        TypePatternWarnings.warn(type)
        let address = try bus.connect(live: true)
        let follower = try LiveFollower(address, types: type.isEmpty ? ["*"] : type)
        var seen = 0
        let wait = idleTimeout.map { Int($0 * 1_000) } ?? 1_000
        while count.map({ seen < $0 }) ?? true {
            guard let item = try follower.next(timeoutMilliseconds: wait) else {
                if idleTimeout != nil { break }
                continue
            }
            seen += 1
            Output.line(line(item))
        }
    }

    private func line(_ item: LiveFollower.Item) -> String {
        guard json else { return "\(item.offset)\t\(item.type)\t\(String(decoding: item.event, as: UTF8.self))" }
        return Output.eventJSON(offset: item.offset, event: item.event) { $0.add("type", item.type) }
    }
}
