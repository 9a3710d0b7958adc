import ArgumentParser
import RapportClient
import RapportEvents
import RapportWire

/// What `groups reset` and `groups delete` share: the group, dry run, force, JSON output.
struct GroupChangeOptions: ParsableArguments {
    @Argument(help: "The consumer group.")
    var group: String

    @Flag(name: .long, help: "Only say what would change.")
    var dryRun = false

    @Flag(name: .long, help: "Go ahead although the group has live members: they are dropped and, when they join again, go on from the new position.")
    var force = false

    @Flag(name: .long, help: "Print the bus's answer as JSON.")
    var json = false

    func validate() throws {
        if let problem = GroupName.problem(group) { throw ValidationError(problem) }
    }

    /// Sends the request and prints the answer.
    func send(_ request: GroupRequest, bus: ClientOptions) throws {
        let report: GroupReport
        do {
            report = try BusConnection(try bus.connect()).group(request, timeoutMilliseconds: bus.requestMilliseconds(atLeast: 10_000))
        } catch ClientError.refused(let code, let message) {
            throw CommandFailure("the bus refused (\(code)): \(message)")
        }
        if json {
            Output.line(String(decoding: report.encoded(), as: UTF8.self))
        } else {
            Output.line((report.applied ? "" : "dry run: ") + report.summary)
        }
    }
}

/// `rapport groups reset NAME --to …`: moves a group's position.
struct GroupsResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Move a consumer group's position, to replay events or skip them.",
        discussion: """
            The group forgets its acknowledgements above the new position and reads from there. \
            A group with live members is changed only with --force. Try --dry-run first: it says \
            how far the group would move and which members would be dropped.

            Examples:
              rapport groups reset promise-tracker --to earliest --dry-run
              rapport groups reset promise-tracker --to 2026-12-01T00:00:00+01:00 --force

            \(ExitStatus.clientHelp)
            """
    )

    @OptionGroup var bus: ClientOptions
    @OptionGroup var change: GroupChangeOptions

    @Option(name: .long, help: "The new position: earliest, latest, an offset (1042) or an RFC 3339 time with an offset.")
    var to: String

    func validate() throws { _ = try position() }

    private func position() throws -> StartPosition {
        switch to {
        case "earliest": return .earliest
        case "latest": return .latest
        default:
            if let offset = UInt64(to) { return .offset(offset) }
            if let millis = RFC3339.parseMillis(to) { return .time(millis) }
            throw ValidationError("--to must be earliest, latest, an offset (e.g. 1042) or an RFC 3339 time with an offset, got \(to)")
        }
    }

    func run() throws {
        try change.send(GroupRequest(group: change.group, action: .reset, to: try position(),
                                     dryRun: change.dryRun, force: change.force), bus: bus)
    }
}

/// `rapport groups delete NAME`: removes a group and its state.
struct GroupsDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a consumer group and its state.",
        discussion: """
            A group with live members is deleted only with --force; a member that joins again \
            then starts a new group from the log's oldest event. Try --dry-run first.

            \(ExitStatus.clientHelp)
            """
    )

    @OptionGroup var bus: ClientOptions
    @OptionGroup var change: GroupChangeOptions

    func run() throws {
        try change.send(GroupRequest(group: change.group, action: .delete, dryRun: change.dryRun, force: change.force), bus: bus)
    }
}
