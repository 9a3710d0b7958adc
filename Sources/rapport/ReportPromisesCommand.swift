import ArgumentParser
import Foundation
import PromiseTrackerPlugin
import PromiseTracking
import RapportPlugin

/// `rapport report promises`: promise credibility per agent and location for a month.
struct ReportPromisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promises",
        abstract: "Promise credibility per agent and location for a month, from the promise tracker's state.",
        discussion: """
            For the promises made in the month (in each location's time zone): made, kept on time, \
            kept late, broken (due passed, not kept), renegotiated (revised with the customer told \
            before the old due), cancelled, still open, the on-time rate (kept on time out of kept \
            and broken) and, of the promises whose first due passed before they were kept, the \
            share where the customer was told first. A promise renegotiated and kept by its new due \
            counts as on time. Figures are as of now. Reads the tracker's state read-only (the \
            plugin may be running).

            \(ExitStatus.help(.success, .failure, .usage))
            """)

    @Option(help: "The month, YYYY-MM (e.g. 2026-10).") var month: String
    @Option(help: "Only this location (e.g. store-12).") var location: String?
    @Option(help: "table (for people), csv or json.") var format: CredibilityReport.Format = .table
    @Option(help: "The bus's data directory (the state is <data-dir>/plugins/promise-tracker/state.sqlite). Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?
    @Option(help: "The tracker's state file, instead of the one under --data-dir.") var state: String?

    func validate() throws {
        let parts = month.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let number = Int(parts[1]),
              year > 0, (1...12).contains(number) else {
            throw ValidationError("--month must be a month as YYYY-MM, e.g. 2026-10; got '\(month)'")
        }
    }

    func run() throws {
        let path = state ?? PluginApp.defaultStatePath(dataDirectory: DataDirectory.resolve(dataDir), plugin: PromiseTracker.name)
        let reader: PluginStateReader
        do { reader = try PluginStateReader(path: path) } catch { throw CommandFailure(error.description) }
        let report: (rows: [CredibilityMeasures], names: [String: String])
        do {
            report = try CredibilityReport.read(reader, month: month, location: location, now: Date())
        } catch {
            throw CommandFailure("cannot read the promise tracker's state at \(path): \(error)")
        }
        print(CredibilityReport.render(report.rows, names: report.names, month: month, format: format), terminator: "")
    }
}

extension CredibilityReport.Format: ExpressibleByArgument {}
