import ArgumentParser
import Foundation
import RapportClient

/// `rapport groups`: the log's offsets and each group's position and lag; `reset` and
/// `delete` change a group.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Show consumer groups, or reset or delete one.",
        discussion: ExitStatus.clientHelp,
        subcommands: [GroupsShowCommand.self, GroupsResetCommand.self, GroupsDeleteCommand.self],
        defaultSubcommand: GroupsShowCommand.self
    )
}

/// `rapport groups [show]`: the log's offsets and each group's position, lag and members.
struct GroupsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the log's offsets and each consumer group's position, lag and members.",
        discussion: ExitStatus.clientHelp
    )

    @OptionGroup var bus: ClientOptions

    @Flag(name: .long, help: "Print the bus's INFO as JSON (docs/PROTOCOL.md §6).")
    var json = false

    func run() throws {
        let info = try BusConnection(try bus.connect()).info(timeoutMilliseconds: bus.requestMilliseconds(atLeast: 5_000))
        if json {
            Output.line(String(decoding: info.encoded(), as: UTF8.self))
            return
        }
        let log = info.log
        Output.line("log: start \(log.start), next \(log.next), durable \(log.durable), \(log.segments) segments, \(log.bytes) bytes")
        if info.intake.pauses > 0 {
            // Only worth a line when the disk has fallen behind at some point.
            Output.line("intake: \(info.intake.heldBytes) bytes waiting for the disk (limit \(info.intake.limitBytes)); reading paused \(info.intake.pauses) times since the bus started")
        }
        if info.groups.isEmpty {
            Output.line("no consumer groups yet")
            return
        }
        Output.line("GROUP".padding(toLength: 24, withPad: " ", startingAt: 0) + "POSITION    LAG         IN-FLIGHT  MEMBERS")
        for g in info.groups {
            let members = g.members.map(\.consumer).joined(separator: ",")
            Output.line(g.name.padding(toLength: 24, withPad: " ", startingAt: 0)
                        + String(g.position).padding(toLength: 12, withPad: " ", startingAt: 0)
                        + String(g.lag).padding(toLength: 12, withPad: " ", startingAt: 0)
                        + String(g.inFlight).padding(toLength: 11, withPad: " ", startingAt: 0)
                        + (members.isEmpty ? "-" : members))
        }
    }
}
