import Foundation
import NameUsage

/// The name-usage report as text: a table for people, CSV for spreadsheets, JSON for scripts.
struct NameUsageReportText {
    let month: UsageMonth
    let location: String?
    let rates: UsageRates

    func render(_ format: ReportFormat) -> String {
        switch format {
        case .table: table()
        case .csv: csv()
        case .json: json()
        }
    }

    /// Each location's total row followed by its agents' rows.
    private var grouped: [(total: UsageRates.Row, agents: [UsageRates.Row])] {
        rates.byLocation.map { total in (total, rates.byAgent.filter { $0.location == total.location }) }
    }

    private static func rate(_ tally: UsageTally) -> String { tally.rate.map(RateAlert.percent) ?? "-" }

    private func table() -> String {
        var lines = ["Name usage, \(month)" + (location.map { " at \($0)" } ?? "") + " (each interaction in the month of its start, in its location's time zone)", ""]
        guard !rates.byLocation.isEmpty else {
            return (lines + ["No interactions decided in \(month)" + (location.map { " at \($0)" } ?? "") + "."]).joined(separator: "\n") + "\n"
        }
        var rows = [["location", "agent", "interactions", "used name", "rate", "from transcript", "tick alone", "ticked"]]
        for (total, agents) in grouped {
            rows.append(Self.cells(location: total.location ?? "(none)", agent: "all agents", total.tally))
            for agent in agents { rows.append(Self.cells(location: "", agent: agent.agent.flatMap { $0.isEmpty ? nil : $0 } ?? "(none)", agent.tally)) }
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let padded = row.enumerated().map { column, cell in
                column < 2 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                           : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            lines.append(padded.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cells(location: String, agent: String, _ tally: UsageTally) -> [String] {
        [location, agent, "\(tally.interactions)", "\(tally.used)", rate(tally), "\(tally.fromTranscript)", "\(tally.fromTickAlone)", "\(tally.ticked)"]
    }

    private func csv() -> String {
        var lines = ["month,location,agent,interactions,used,rate,from_transcript,tick_alone,ticked"]
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        func line(_ row: UsageRates.Row) -> String {
            let rate = row.tally.rate.map { String(format: "%.4f", $0) } ?? ""
            return [month.description, field(row.location ?? ""), field(row.agent ?? ""), "\(row.tally.interactions)", "\(row.tally.used)", rate,
                    "\(row.tally.fromTranscript)", "\(row.tally.fromTickAlone)", "\(row.tally.ticked)"].joined(separator: ",")
        }
        for (total, agents) in grouped {
            lines.append(line(total))
            lines.append(contentsOf: agents.map(line))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        func object(_ tally: UsageTally) -> [String: Any] {
            ["interactions": tally.interactions, "used": tally.used, "rate": tally.rate.map { $0 as Any } ?? NSNull(),
             "from_transcript": tally.fromTranscript, "tick_alone": tally.fromTickAlone, "ticked": tally.ticked]
        }
        let locations: [[String: Any]] = grouped.map { total, agents in
            var entry = object(total.tally)
            entry["location"] = total.location.map { $0 as Any } ?? NSNull()
            entry["agents"] = agents.map { agent -> [String: Any] in
                var row = object(agent.tally)
                row["agent"] = agent.agent.flatMap { $0.isEmpty ? nil : $0 }.map { $0 as Any } ?? NSNull()
                return row
            }
            return entry
        }
        var root: [String: Any] = ["month": month.description, "locations": locations]
        if let location { root["location"] = location }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
