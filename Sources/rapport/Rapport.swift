import ArgumentParser
import RapportWire

/// `rapport`: the Rapport bus and its tools.
@main
struct Rapport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Rapport: a durable customer-interaction event bus on ZeroMQ.",
        discussion: """
            Start a bus with `rapport bus`, then publish with `rapport emit`, watch with \
            `rapport tail`, consume with `rapport consume` and check positions with `rapport groups`. \
            `rapport events` shows what the bus accepts. \
            Clients find the bus through --data-dir (its ipc sockets) or explicit --endpoint options.
            """,
        version: RapportVersion.current,
        subcommands: [UpCommand.self, StatusCommand.self, BusCommand.self, EmitCommand.self, TailCommand.self, ConsumeCommand.self,
                      GroupsCommand.self, ReadCommand.self, PingCommand.self, AlertsCommand.self, EventsCommand.self, KeygenCommand.self, KeysCommand.self, ConfigCommand.self, PluginsCommand.self, BenchCommand.self, CaptureCommand.self, ReportCommand.self,
                      ThemesCommand.self]
    )
}
