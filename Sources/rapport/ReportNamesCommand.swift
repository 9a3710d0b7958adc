import ArgumentParser
import Foundation
import NameUsage
import NameUsagePlugin

/// `rapport report names`: the name-usage rate of a month per location and agent, with the
/// counts behind it, read from the name-usage plugin's state (read-only; it may be running).
struct ReportNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Name usage for a month: how often agents addressed customers by name, per location and agent.",
        discussion: """
            Reads the name-usage plugin's state (<data dir>/plugins/name-usage/state.sqlite) read-only; \
            the plugin may be running. An interaction counts in the month of its start in its \
            location's time zone, once it has been decided (its end arrived and the grace passed, or \
            it went idle). For each location, then each of its agents: interactions decided, how many \
            used the customer's name, the rate, and how many were decided from a transcript, from the \
            agent's tick alone (no agent words captured), and how many the agent ticked.

            --format csv writes one row per location (agent empty) and per agent; --format json one \
            object with the locations and their agents.

            \(ExitStatus.help(.failure))
            """
    )

    @Option(name: .long, help: ArgumentHelp("The month, YYYY-MM.", valueName: "YYYY-MM"))
    var month: String

    @Option(name: .long, help: "Only this location (its id, as events name it).")
    var location: String?

    @Option(name: .long, help: ArgumentHelp("Output format: table, csv or json.", valueName: "table|csv|json"))
    var format: ReportFormat = .table

    @Option(name: .long, help: "The bus's data directory (the plugin's state is under plugins/name-usage/). Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?

    @Option(name: .long, help: "The plugin's state file itself, instead of the one under the data directory.")
    var state: String?

    func validate() throws {
        guard UsageMonth(parsing: month) != nil else {
            throw ValidationError("--month must be a month as YYYY-MM, e.g. 2026-10; got '\(month)'")
        }
    }

    func run() throws {
        guard let month = UsageMonth(parsing: month) else { throw ValidationError("--month must be YYYY-MM") }
        let path = state ?? DataDirectory.resolve(dataDir) + "/plugins/name-usage/state.sqlite"
        let rates: UsageRates
        do {
            let reader = try NameUsageStateReader(path: path)
            rates = UsageRates(try reader.decided(month: month, location: location))
        } catch {
            throw CommandFailure(error.description)
        }
        print(NameUsageReportText(month: month, location: location, rates: rates).render(format), terminator: "")
    }
}

/// How `rapport report` prints.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
