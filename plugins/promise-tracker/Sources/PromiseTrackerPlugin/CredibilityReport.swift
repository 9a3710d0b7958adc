import Foundation
import PromiseTracking
import RapportPlugin

/// `rapport report promises`: the credibility figures of a month read from the tracker's state,
/// as a table for people, CSV for spreadsheets or JSON for scripts.
public enum CredibilityReport {
    /// An output format.
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json
    }

    /// The figures for the promises made in `month` ("2026-10", in each location's zone), at
    /// `location` when given, as of `now`; with the agents' names the tracker heard.
    public static func read(_ state: PluginStateReader, month: String, location: String?, now: Date) throws
        -> (rows: [CredibilityMeasures], names: [String: String]) {
        try state.read { db in
            let records = try PromiseFactRows.records(madeIn: month, location: location, db: db)
            var names: [String: String] = [:]
            for row in try db.rows("SELECT agent, name FROM promise_agents") {
                if let agent = row.string("agent"), let name = row.string("name") { names[agent] = name }
            }
            return (CredibilityMeasures.measure(madeIn: month, records, at: now), names)
        }
    }

    static let header = ["location", "agent", "name", "made", "kept_on_time", "kept_late", "broken", "renegotiated", "cancelled", "open",
                         "on_time_rate", "missed", "missed_told_first", "told_first_share"]

    /// The rows in `format` (a table ends with a total line; empty months say so).
    public static func render(_ rows: [CredibilityMeasures], names: [String: String], month: String, format: Format) -> String {
        switch format {
        case .json:
            let objects: [[String: Any]] = rows.map { row in
                var object: [String: Any] = [:]
                for (key, value) in zip(header, cells(row, names: names, rate: { $0.map { $0 as Any } ?? NSNull() })) { object[key] = value }
                object["month"] = month
                return object
            }
            let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys])) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        case .csv:
            let lines = [["month"] + header] + rows.map { row in
                [month] + cells(row, names: names, rate: { $0.map { String(format: "%.3f", $0) } ?? "" }).map { "\($0)" }
            }
            return lines.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .table:
            guard !rows.isEmpty else { return "No promises were made in \(month).\n" }
            let titles = ["location", "agent", "made", "on time", "late", "broken", "reneg.", "cancelled", "open", "on-time rate", "told first"]
            var total = CredibilityMeasures(month: month, location: "all", agent: "")
            var table = [titles]
            for row in rows {
                total.made += row.made; total.keptOnTime += row.keptOnTime; total.keptLate += row.keptLate; total.broken += row.broken
                total.renegotiated += row.renegotiated; total.cancelled += row.cancelled; total.open += row.open
                total.missed += row.missed; total.missedToldFirst += row.missedToldFirst
                table.append(tableCells(row, agent: names[row.agent].map { "\($0) (\(row.agent))" } ?? row.agent))
            }
            if rows.count > 1 { table.append(tableCells(total, agent: "")) }
            let widths = titles.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
            let text = table.map { cells in
                cells.enumerated().map { column, cell in
                    column < 2 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[column] - cell.count) + cell
                }.joined(separator: "  ")
            }
            return "Promises made in \(month)\n" + text.joined(separator: "\n") + "\n"
        }
    }

    private static func tableCells(_ row: CredibilityMeasures, agent: String) -> [String] {
        [row.location, agent, "\(row.made)", "\(row.keptOnTime)", "\(row.keptLate)", "\(row.broken)", "\(row.renegotiated)",
         "\(row.cancelled)", "\(row.open)", percent(row.onTimeRate),
         row.toldFirstShare.map { "\(percent($0)) of \(row.missed)" } ?? "-"]
    }

    private static func cells(_ row: CredibilityMeasures, names: [String: String], rate: (Double?) -> Any) -> [Any] {
        [row.location, row.agent, names[row.agent] ?? "", row.made, row.keptOnTime, row.keptLate, row.broken, row.renegotiated,
         row.cancelled, row.open, rate(row.onTimeRate), row.missed, row.missedToldFirst, rate(row.toldFirstShare)]
    }

    private static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
    }

    private static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
