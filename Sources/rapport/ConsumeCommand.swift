import ArgumentParser
import Foundation
import RapportClient
import RapportWire

/// `rapport consume`: joins a consumer group and prints (and acknowledges) deliveries.
struct ConsumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consume",
        abstract: "Join a consumer group, print each delivered event and acknowledge it.",
        discussion: """
            Output lines are `offset<TAB>attempt<TAB>event JSON`; with --json one JSON object a \
            line: {"offset": N, "attempt": N, "event": {...}}. With --no-ack events are printed \
            but never acknowledged (they come back after the ack timeout).

            --type takes the same patterns as `rapport tail` and `rapport read`: * matches any \
            run of characters (rapport.promise.*, x-acme.*). A pattern that matches no type the \
            bus accepts is warned about on standard error.

            A JOIN the bus refuses (bad-join: for instance other types than the group's live \
            members asked for) ends the command with status 1 and the bus's reason.

            \(ExitStatus.clientHelp)
            """
    )

    @OptionGroup var bus: ClientOptions

    @Option(name: .shortAndLong, help: "Consumer group name.")
    var group: String

    @Option(name: .long, help: "This consumer's name (shown by `rapport groups`).")
    var name: String = "rapport-consume"

    @Option(name: .shortAndLong, help: "Type pattern (repeatable), e.g. 'rapport.promise.*'. Default: all.")
    var type: [String] = []

    @Option(name: .long, help: "Start: committed, earliest, latest, offset:N or time:RFC3339 (used when the group has no live members).")
    var start: String = "committed"

    @Option(name: .long, help: "Events to hold at once.")
    var credit: Int = 256

    @Option(name: .long, help: "Redelivery timeout in milliseconds for this consumer.")
    var ackTimeoutMs: Int?

    @Option(name: .long, help: "Heartbeat interval in milliseconds.")
    var heartbeatMs: Int = 1_000

    @Option(name: .shortAndLong, help: "Exit after acknowledging this many events (once the bus confirmed the acks).")
    var count: Int?

    @Option(name: .long, help: "Exit after this many seconds without a delivery.")
    var idleTimeout: Double?

    @Flag(name: .long, help: "Do not acknowledge.")
    var noAck = false

    @Flag(name: .long, help: "Print one JSON object a line: {\"offset\": N, \"attempt\": N, \"event\": {...}}.")
    var json = false

    func run() throws {
        TypePatternWarnings.warn(type)
        let address = try bus.connect()
        var options = Consumer.Options(group: group)
        options.name = name
        options.types = type.isEmpty ? ["*"] : type
        options.start = try startPosition()
        // With --count, never take more than are still wanted: the rest stay with the group.
        options.credit = count.map { min(credit, $0) } ?? credit
        options.ackTimeoutMillis = ackTimeoutMs
        options.heartbeatMillis = heartbeatMs
        let consumer = try Consumer(address, options: options, timeoutMilliseconds: bus.requestMilliseconds(atLeast: 10_000))
        if let joined = consumer.joined {
            Output.error("joined \(joined.group) at position \(joined.position) (types \(joined.types.joined(separator: ", ")); max_deliveries \(joined.maxDeliveries))")
        }
        var confirmed = 0
        var taken = 0
        let wait = idleTimeout.map { Int($0 * 1_000) } ?? 1_000
        while count.map({ confirmed < $0 }) ?? true {
            guard let message = try consumer.next(timeoutMilliseconds: wait) else {
                if idleTimeout != nil { break }
                continue
            }
            switch message {
            case .deliver(let delivered):
                // Exactly --count events are printed and acknowledged; any beyond are left
                // unacknowledged and go back to the group when this consumer leaves.
                let deliveries = count.map { Array(delivered.prefix(max(0, $0 - taken))) } ?? delivered
                taken += deliveries.count
                for d in deliveries { Output.line(line(d)) }
                if !noAck { try consumer.ack(deliveries.map(\.offset)) }
                if noAck { confirmed += deliveries.count }
            case .acked(let offsets):
                confirmed += offsets.count
            case .error(let context, let code, let text):
                Output.error("bus error (\(code)) on \(context): \(text)")
            default:
                break
            }
        }
        try? consumer.leave(timeoutMilliseconds: 1_000)
    }

    func validate() throws {
        _ = try startPosition()
        for pattern in type where pattern.isEmpty { throw ValidationError("--type must not be empty") }
    }

    private func line(_ delivery: Delivery) -> String {
        guard json else { return "\(delivery.offset)\t\(delivery.attempt)\t\(String(decoding: delivery.event, as: UTF8.self))" }
        return Output.eventJSON(offset: delivery.offset, event: delivery.event) { $0.add("attempt", delivery.attempt) }
    }

    private func startPosition() throws -> StartPosition {
        guard let position = StartPosition(argument: start) else {
            throw ValidationError("--start must be committed, earliest, latest, offset:N or time:RFC3339 (e.g. time:2026-11-23T08:00:00+01:00), got \(start)")
        }
        return position
    }
}
