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
            month's unhappy customers were followed up, each counted once by what closed its \
            alert (contacted, closed by a manager, open: they add up to the detractors; a \
            manager-closed one contacted afterwards stays closed by a manager and is also shown \
            as "then contacted"), with the mean and median hours to contact and the contacts \
            within 24 hours, over every recorded contact; and employee feedback, apart and \
            anonymous (k is the plugin's employee_min_group: read from --config, else --k, \
            default 5): a group of fewer than k respondents shows only that it is withheld, a \
            CSAT, NPS or CES answered by fewer than k reads "withheld", themes are shown only for \
            a group of at least k comments, and no organisation figure is shown that less the \
            shown locations would reveal fewer than k.

            --location limits the location, theme, follow-up and employee sections to one \
            location; agents, channels and sources stay organisation-wide. A location the state \
            has no feedback or detractor from, and --config does not name, exits 64 listing the \
            known ones; so does an empty --location.

            --format csv gives every section, one row each, under one header whose first \
            column, section, says what the row is: "figures" (a customer or employee group: \
            its figures, the change for customers, and for employees the withheld column, the \
            parts withheld, whose cells read "withheld"), "theme" (audience, dimension, group: a \
            location, or "all" for employees; theme, polarity, comments, rank) or "follow-up" (a \
            location, or "all", and its follow-up counts and hours); a row's other cells are empty. --format json has the same, with \
            withheld and withheldParts for each employee group.

            \(ExitStatus.help(.failure))
            """
    )

    @Option(name: .long, help: "The month, YYYY-MM (e.g. 2026-10).")
    var month: String

    @Option(name: .long, help: "Only this location (its id, e.g. store-12); one the state or --config knows.")
    var location: String?

    @Option(name: .long, help: "table (default), csv or json.")
    var format: Format = .table

    @Option(name: .long, help: "The data directory rapport up runs on. Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?

    @Option(name: .long, help: "The plugin's state file (overrides --data-dir).")
    var state: String?

    @Option(name: .long, help: "The site configuration (rapport.yaml): k is its plugins.feedback-aggregator.settings.employee_min_group.")
    var config: String?

    @Option(name: .long, help: "k of employee anonymity when there is no --config: employee groups of fewer respondents, figures on fewer answers and themes of fewer comments are withheld (default 5).")
    var k: Int = 5

    func validate() throws {
        guard MonthLabel(month) != nil else { throw ValidationError("--month must be YYYY-MM, e.g. 2026-10; got '\(month)'") }
        guard k >= 1 else { throw ValidationError("--k must be at least 1") }
        if let location, location.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--location must name a location, e.g. store-12; got an empty one")
        }
    }

    func run() throws {
        let path = state ?? DataDirectory.resolve(dataDir) + "/plugins/feedback-aggregator/state.sqlite"
        let site = try config.map(Self.configured(in:))
        let k = site?.k ?? self.k
        let report: FeedbackReport
        do {
            let reader = try FeedbackReportReader(statePath: path)
            report = try reader.report(month: MonthLabel(month)!, location: location, anonymity: AnonymityThreshold(k: Int64(k)),
                                       alsoKnown: site?.locations ?? [])
        } catch let error as FeedbackSettingsError {
            throw CommandFailure(error.description)
        } catch let error as FeedbackReportError {
            throw CommandFailure("--location: \(error)", status: .usage)
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

    /// The plugin's `employee_min_group` in the site configuration at `path` (5 when not set),
    /// and the locations it configures.
    static func configured(in path: String) throws -> (k: Int, locations: Set<String>) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CommandFailure.cannotRead("the configuration", path) }
        let reading = RapportConfigFile.read(text, source: path)
        guard let configuration = reading.configuration, reading.errors.isEmpty else {
            throw CommandFailure("\(path) has errors:\n" + reading.errors.map(\.description).joined(separator: "\n"))
        }
        let locations = Set(configuration.locations.keys)
        switch configuration.plugins["feedback-aggregator"]?.settings["employee_min_group"] {
        case nil: return (5, locations)
        case .int(let value)? where value >= 1: return (value, locations)
        case let other?: throw CommandFailure("\(path): plugins.feedback-aggregator.settings.employee_min_group is \(other); give a whole number of at least 1")
        }
    }
}
