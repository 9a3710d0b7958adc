import ArgumentParser

/// `rapport report`: monthly figures per agent and location, read from the plugins' state.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Monthly figures per agent and location, read from the plugins' state stores.",
        subcommands: [ReportPromisesCommand.self, ReportNamesCommand.self, ReportFeedbackCommand.self]
    )
}
