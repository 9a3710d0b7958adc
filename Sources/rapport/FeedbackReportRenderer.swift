import FeedbackAggregatorPlugin
import Foundation

/// Writes a ``FeedbackReport`` as a table for people, CSV for spreadsheets, or JSON for scripts.
struct FeedbackReportRenderer {
    let report: FeedbackReport

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// One row per customer group and employee group: the figures, intervals and trend.
    func csv() -> String {
        var lines = ["audience,dimension,group,responses,csat_pct,csat_lower,csat_upper,csat_answers,nps,nps_lower,nps_upper,nps_answers,ces,ces_lower,ces_upper,ces_answers,responses_change,csat_change,nps_change,ces_change"]
        for row in report.customer {
            lines.append((["customer", row.dimension, Self.quoted(row.group)] + Self.cells(row.current) + [
                String(row.trend.responses), Self.number(row.trend.csat), Self.number(row.trend.nps), Self.number(row.trend.ces, digits: 2),
            ]).joined(separator: ","))
        }
        for group in report.employee.groups {
            let cells = group.figures.map(Self.cells) ?? Array(repeating: "", count: 13)
            lines.append((["employee", group.group == "all" ? "organisation" : "location", Self.quoted(group.group)] + cells + ["", "", "", ""]).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func table() -> String {
        var out = "Feedback for \(report.month)" + (report.location.map { " at \($0)" } ?? "") + " (change from \(report.previousMonth) in brackets)\n\n"
        out += "Customers\n"
        var rows = [["by", "group", "responses", "CSAT", "NPS", "CES"]]
        for row in report.customer {
            rows.append([row.dimension, row.group, "\(row.current.responses) (\(Self.signed(Double(row.trend.responses), digits: 0)))",
                         Self.cell(row.current.csat, row.trend.csat, unit: "%", digits: 0),
                         Self.cell(row.current.nps, row.trend.nps, unit: "", digits: 0),
                         Self.cell(row.current.ces, row.trend.ces, unit: "", digits: 1)])
        }
        out += rows.count == 1 ? "  no customer feedback this month\n" : Self.aligned(rows)
        out += "  ~ fewer than 30 answers; [a, b] is the 95% interval; CSAT in %, NPS in points, CES mean 1-7\n\n"

        out += "Top themes (customer comments)\n"
        if report.themes.isEmpty { out += "  no themes this month\n" }
        for location in report.themes {
            out += "  \(location.location)  + " + Self.list(location.positive) + "\n"
            out += "  \(String(repeating: " ", count: location.location.count))  - " + Self.list(location.negative) + "\n"
        }
        out += "\nFollow-ups of unhappy customers\n"
        var follow = [["location", "detractors", "contacted", "closed by manager", "open", "median hours", "within 24 h"]]
        for f in report.followUps {
            follow.append([f.location, "\(f.detractors)", "\(f.contacted)", "\(f.closedByManager)", "\(f.open)",
                           f.medianHoursToContact.map { String(format: "%.1f", $0) } ?? "-", "\(f.contactedWithin24Hours)"])
        }
        out += follow.count == 1 ? "  no detractors this month\n" : Self.aligned(follow)

        out += "\nEmployees (anonymous; withheld: fewer than \(report.employee.k) respondents, or a total that would reveal such a group)\n"
        var employees = [["group", "responses", "CSAT", "NPS", "CES", "themes"]]
        for group in report.employee.groups {
            guard let figures = group.figures else {
                employees.append([group.group, "withheld", "-", "-", "-", "-"])
                continue
            }
            let themes = group.themes.map { "+ " + Self.list($0.positive) + "  - " + Self.list($0.negative) } ?? "-"
            employees.append([group.group, "\(figures.responses)", Self.cell(figures.csat, nil, unit: "%", digits: 0),
                              Self.cell(figures.nps, nil, unit: "", digits: 0), Self.cell(figures.ces, nil, unit: "", digits: 1), themes])
        }
        out += employees.count == 1 ? "  no employee feedback this month\n" : Self.aligned(employees)
        return out
    }

    // MARK: Cells

    private static func cell(_ figure: FeedbackReport.Figure?, _ change: Double?, unit: String, digits: Int) -> String {
        guard let figure else { return "-" }
        var text = (figure.small ? "~" : "") + String(format: "%.\(digits)f", figure.value) + unit
        if let lower = figure.lower, let upper = figure.upper {
            text += " [" + String(format: "%.\(digits)f", lower) + ", " + String(format: "%.\(digits)f", upper) + "]"
        }
        text += " n=\(figure.answers)"
        if let change { text += " (" + signed(change, digits: digits) + ")" }
        return text
    }

    private static func cells(_ figures: FeedbackReport.Figures) -> [String] {
        var cells = [String(figures.responses)]
        for (figure, digits) in [(figures.csat, 1), (figures.nps, 1), (figures.ces, 2)] {
            cells += [number(figure?.value, digits: digits), number(figure?.lower, digits: digits), number(figure?.upper, digits: digits),
                      figure.map { String($0.answers) } ?? ""]
        }
        return cells
    }

    private static func number(_ value: Double?, digits: Int = 1) -> String {
        value.map { String(format: "%.\(digits)f", $0) } ?? ""
    }

    private static func signed(_ value: Double, digits: Int) -> String {
        (value >= 0 ? "+" : "") + String(format: "%.\(digits)f", value)
    }

    private static func list(_ counts: [FeedbackReport.ThemeCount]) -> String {
        counts.isEmpty ? "none" : counts.map { "\($0.theme) \($0.comments)" }.joined(separator: ", ")
    }

    private static func quoted(_ text: String) -> String {
        text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private static func aligned(_ rows: [[String]]) -> String {
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            var line = "  " + row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
