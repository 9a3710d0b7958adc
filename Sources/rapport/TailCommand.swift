import ArgumentParser
import Foundation
import RapportClient

/// `rapport tail`: follows the live feed.
struct TailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Follow the live feed: every committed event, as it is committed.",
        discussion: """
            Best effort: a follower that falls behind misses events, and events committed before \
            it connected are not shown. Use `rapport consume` for every event with acks.
            """
    )

    @OptionGroup var bus: ClientOptions

    @Option(name: .shortAndLong, help: "Type prefix to follow (repeatable), e.g. rapport.promise. Default: all.")
    var type: [String] = []

    @Option(name: .shortAndLong, help: "Exit after this many events.")
    var count: Int?

    @Option(name: .long, help: "Exit after this many seconds without an event.")
    var idleTimeout: Double?

    func run() throws {
        let follower = try LiveFollower(bus.address, prefixes: type.isEmpty ? [""] : type)
        var seen = 0
        let wait = idleTimeout.map { Int($0 * 1_000) } ?? 1_000
        while count.map({ seen < $0 }) ?? true {
            guard let item = try follower.next(timeoutMilliseconds: wait) else {
                if idleTimeout != nil { break }
                continue
            }
            seen += 1
            Output.line("\(item.offset)\t\(item.type)\t\(String(decoding: item.event, as: UTF8.self))")
        }
    }
}
