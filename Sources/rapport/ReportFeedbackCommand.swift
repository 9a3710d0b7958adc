import ArgumentParser
import FeedbackAggregatorPlugin
import FeedbackMeasures
import Foundation
import RapportConfig

/// `rapport report feedback`: the feedback aggregator's monthly report.
struct ReportFeedbackCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "The month's customer feedback (CSAT, NPS, CES) against the month before, themes, follow-ups, and employee feedback.",
        discussion: """
            Reads the feedback-aggregator plugin's state read-only (the plugin may be running): \
            <data dir>/plugins/feedback-aggregator/state.sqlite, or --state. Months are the \
            locations' own (each location's time zone, as the plugin counted them).

            Customer figures per organisation, location, agent, channel and source: responses; \
            CSAT, the share of 4-5 answers; NPS, % promoters (9-10) minus % detractors (0-6); CES, \
            the mean effort answer (1-7, 7 = very easy); each with its answers, a 95% interval \
            (Wilson for CSAT, trinomial variance for NPS, Student's t for CES) and the change from \
            the previous month. A figure on fewer than 30 answers is marked ~: read its interval. \
            Then the top themes of each location's comments, positive and negative; how the \
            month's unhappy customers were followed up (contacted, closed by a manager, open; \
            hours to contact); and employee feedback, apart, with nothing shown for a group of \
            fewer than k respondents (the plugin's employee_min_group: read from --config, else \
            --k, default 5), nor an organisation total that would reveal such a group.

            --location limits the location, theme, follow-up and employee sections to one \
            location; agents, channels and sources stay organisation-wide.

            \(ExitStatus.help(.failure))
            """
    )

    @Option(name: .long, help: "The month, YYYY-MM (e.g. 2026-10).")
    var month: String

    @Option(name: .long, help: "Only this location (its id, e.g. store-12).")
    var location: String?

    @Option(name: .long, help: "table (default), csv or json.")
    var format: Format = .table

    @Option(name: .long, help: "The data directory rapport up runs on. Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?

    @Option(name: .long, help: "The plugin's state file (overrides --data-dir).")
    var state: String?

    @Option(name: .long, help: "The site configuration (rapport.yaml): k is its plugins.feedback-aggregator.settings.employee_min_group.")
    var config: String?

    @Option(name: .long, help: "k of employee anonymity when there is no --config: employee groups of fewer respondents show nothing (default 5).")
    var k: Int = 5

    func validate() throws {
        guard MonthLabel(month) != nil else { throw ValidationError("--month must be YYYY-MM, e.g. 2026-10; got '\(month)'") }
        guard k >= 1 else { throw ValidationError("--k must be at least 1") }
    }

    func run() throws {
        let path = state ?? DataDirectory.resolve(dataDir) + "/plugins/feedback-aggregator/state.sqlite"
        let k = try config.map(Self.k(configuredIn:)) ?? self.k
        let report: FeedbackReport
        do {
            let reader = try FeedbackReportReader(statePath: path)
            report = try reader.report(month: MonthLabel(month)!, location: location, anonymity: AnonymityThreshold(k: Int64(k)))
        } catch let error as FeedbackSettingsError {
            throw CommandFailure(error.description)
        } catch {
            throw CommandFailure("cannot read the feedback report from \(path): \(error)")
        }
        let renderer = FeedbackReportRenderer(report: report)
        switch format {
        case .table: print(renderer.table(), terminator: "")
        case .csv: print(renderer.csv(), terminator: "")
        case .json: print(try renderer.json())
        }
    }

    /// The plugin's `employee_min_group` in the site configuration at `path` (5 when not set).
    static func k(configuredIn path: String) throws -> Int {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CommandFailure.cannotRead("the configuration", path) }
        let reading = RapportConfigFile.read(text, source: path)
        guard let configuration = reading.configuration, reading.errors.isEmpty else {
            throw CommandFailure("\(path) has errors:\n" + reading.errors.map(\.description).joined(separator: "\n"))
        }
        switch configuration.plugins["feedback-aggregator"]?.settings["employee_min_group"] {
        case nil: return 5
        case .int(let value)? where value >= 1: return value
        case let other?: throw CommandFailure("\(path): plugins.feedback-aggregator.settings.employee_min_group is \(other); give a whole number of at least 1")
        }
    }
}
