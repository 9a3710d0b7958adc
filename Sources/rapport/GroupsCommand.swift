import ArgumentParser
import Foundation
import RapportClient
import RapportEvents

/// `rapport groups`: the log's offsets and each group's position and lag.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Show the log's offsets and each consumer group's position, lag and members."
    )

    @OptionGroup var bus: ClientOptions

    @Flag(name: .long, help: "Print the bus's INFO JSON as it is.")
    var json = false

    func run() throws {
        let text = try BusConnection(bus.address).info()
        if json {
            print(text)
            return
        }
        guard let info = try? JSONValue.parse(Array(text.utf8)) else { throw CommandFailure("the bus sent INFO that is not JSON: \(text)") }
        let log = info["log"]
        func n(_ v: JSONValue?) -> String { v?.intValue.map(String.init) ?? "?" }
        print("log: start \(n(log?["start"])), next \(n(log?["next"])), durable \(n(log?["durable"])), \(n(log?["segments"])) segments, \(n(log?["bytes"])) bytes")
        if let intake = info["intake"], let pauses = intake["pauses"]?.intValue, pauses > 0 {
            // Only worth a line when the disk has fallen behind at some point.
            print("intake: \(n(intake["held_bytes"])) bytes waiting for the disk (limit \(n(intake["limit_bytes"]))); reading paused \(pauses) times since the bus started")
        }
        let groups = info["groups"]?.arrayValue ?? []
        if groups.isEmpty {
            print("no consumer groups yet")
            return
        }
        print("GROUP".padding(toLength: 24, withPad: " ", startingAt: 0) + "POSITION    LAG         IN-FLIGHT  MEMBERS")
        for g in groups {
            let members = (g["members"]?.arrayValue ?? []).compactMap { $0["consumer"]?.stringValue }.joined(separator: ",")
            print((g["name"]?.stringValue ?? "?").padding(toLength: 24, withPad: " ", startingAt: 0)
                  + n(g["position"]).padding(toLength: 12, withPad: " ", startingAt: 0)
                  + n(g["lag"]).padding(toLength: 12, withPad: " ", startingAt: 0)
                  + n(g["in_flight"]).padding(toLength: 11, withPad: " ", startingAt: 0)
                  + (members.isEmpty ? "-" : members))
        }
    }
}
