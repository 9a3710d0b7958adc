import ArgumentParser

/// `rapport alerts`: the managers' live view of the alerts plugins raise, and the commands
/// that acknowledge and resolve them.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Follow the alerts plugins raise; acknowledge or resolve one.",
        discussion: """
            `rapport alerts` (the same as `rapport alerts follow`) shows rapport.alert.raised \
            events as they are committed, one line each, and a further line when an alert it \
            showed is acknowledged or resolved. `rapport alerts ack ID` and \
            `rapport alerts resolve ID --note TEXT` publish rapport.alert.acknowledged and \
            rapport.alert.resolved.

            Following takes --since DURATION|TIME, --from-start, --no-follow, --location ID \
            (repeatable), --severity LEVEL (at least: warning shows warning and critical), \
            --kind PATTERN (repeatable, e.g. 'promise.*') and --json; \
            `rapport alerts follow --help` explains them.

            Examples:
              rapport alerts
              rapport alerts --since 2h --location store-12 --severity warning
              rapport alerts --kind 'promise.*' --json
              rapport alerts ack 0193c7e2-alert --by alice
              rapport alerts resolve 0193c7e2-alert --note "customer called back" --by alice
            """,
        subcommands: [AlertsFollowCommand.self, AlertsAckCommand.self, AlertsResolveCommand.self],
        defaultSubcommand: AlertsFollowCommand.self
    )
}
