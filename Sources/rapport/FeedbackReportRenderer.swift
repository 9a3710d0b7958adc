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

    /// The CSV columns. Every row has them all; its `section` says which it fills:
    /// `figures` (a customer or employee group: audience, dimension, group, the figures, the
    /// change for customers, and for employees `withheld`, the parts withheld for anonymity,
    /// space-separated, whose value cells read `withheld`), `theme` (one of a location's or, for
    /// employees, the organisation's top themes: audience, dimension, group, theme, polarity,
    /// comments, rank) and `follow-up` (a location's or the organisation's detractors: dimension,
    /// group and the follow-up columns).
    static let csvColumns = [
        "section", "audience", "dimension", "group", "responses",
        "csat_pct", "csat_lower", "csat_upper", "csat_answers", "nps", "nps_lower", "nps_upper", "nps_answers",
        "ces", "ces_lower", "ces_upper", "ces_answers", "responses_change", "csat_change", "nps_change", "ces_change", "withheld",
        "theme", "polarity", "comments", "rank",
        "detractors", "contacted", "closed_by_manager", "open", "contacted_after_manager",
        "mean_hours_to_contact", "median_hours_to_contact", "contacted_within_24h",
    ]

    /// Every section of the report, one row per group, theme and follow-up (``csvColumns``).
    func csv() -> String {
        var lines = [Self.csvColumns.joined(separator: ",")]
        func add(_ cells: [String: String]) {
            lines.append(Self.csvColumns.map { Self.quoted(cells[$0] ?? "") }.joined(separator: ","))
        }
        func themes(_ themes: FeedbackReport.LocationThemes, audience: String, dimension: String) {
            for (polarity, counts) in [("positive", themes.positive), ("negative", themes.negative)] {
                for (rank, count) in counts.enumerated() {
                    add(["section": "theme", "audience": audience, "dimension": dimension, "group": themes.location, "theme": count.theme,
                         "polarity": polarity, "comments": String(count.comments), "rank": String(rank + 1)])
                }
            }
        }
        for row in report.customer {
            add(["section": "figures", "audience": "customer", "dimension": row.dimension, "group": row.group]
                .merging(Self.cells(row.current, withheld: [])) { a, _ in a }
                .merging(["responses_change": String(row.trend.responses), "csat_change": Self.number(row.trend.csat),
                          "nps_change": Self.number(row.trend.nps), "ces_change": Self.number(row.trend.ces, digits: 2)]) { a, _ in a })
        }
        for location in report.themes { themes(location, audience: "customer", dimension: "location") }
        for f in report.followUps {
            add(["section": "follow-up", "dimension": f.location == "all" ? "organisation" : "location", "group": f.location,
                 "detractors": String(f.detractors), "contacted": String(f.contacted), "closed_by_manager": String(f.closedByManager),
                 "open": String(f.open), "contacted_after_manager": String(f.contactedAfterManager),
                 "mean_hours_to_contact": Self.number(f.meanHoursToContact, digits: 2),
                 "median_hours_to_contact": Self.number(f.medianHoursToContact, digits: 2),
                 "contacted_within_24h": String(f.contactedWithin24Hours)])
        }
        for group in report.employee.groups {
            let dimension = group.group == "all" ? "organisation" : "location"
            var cells = ["section": "figures", "audience": "employee", "dimension": dimension, "group": group.group,
                         "withheld": group.withheldParts.joined(separator: " ")]
            let withheld = Set(group.withheldParts)
            if let figures = group.figures {
                cells.merge(Self.cells(figures, withheld: withheld)) { a, _ in a }
            } else {
                for column in ["responses", "csat_pct", "nps", "ces"] { cells[column] = "withheld" }
            }
            add(cells)
        }
        for group in report.employee.groups {
            if let groupThemes = group.themes { themes(groupThemes, audience: "employee", dimension: group.group == "all" ? "organisation" : "location") }
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
        var follow = [["location", "detractors", "contacted", "closed by manager", "open", "then contacted", "mean hours", "median hours", "within 24 h"]]
        for f in report.followUps {
            follow.append([f.location, "\(f.detractors)", "\(f.contacted)", "\(f.closedByManager)", "\(f.open)", "\(f.contactedAfterManager)",
                           f.meanHoursToContact.map { String(format: "%.1f", $0) } ?? "-",
                           f.medianHoursToContact.map { String(format: "%.1f", $0) } ?? "-", "\(f.contactedWithin24Hours)"])
        }
        out += follow.count == 1 ? "  no detractors this month\n" : Self.aligned(follow)
            + "  each detractor counted once by what closed it: contacted + closed by manager + open = detractors; then contacted:\n"
            + "  closed by a manager and contacted afterwards; hours to contact and within 24 h count every recorded contact\n"

        let k = report.employee.k
        out += "\nEmployees (anonymous; withheld below k = \(k): a group's respondents, a figure's answers, a group's comments for\n"
            + "themes, or what a total less the locations shown would reveal)\n"
        var employees = [["group", "responses", "CSAT", "NPS", "CES", "themes"]]
        for group in report.employee.groups {
            guard let figures = group.figures else {
                employees.append([group.group, "withheld", "withheld", "withheld", "withheld", "withheld"])
                continue
            }
            let withheld = Set(group.withheldParts)
            func shown(_ name: String, _ text: @autoclosure () -> String) -> String { withheld.contains(name) ? "withheld" : text() }
            let themes = withheld.contains("themes") ? "withheld" : group.themes.map { "+ " + Self.list($0.positive) + "  - " + Self.list($0.negative) } ?? "-"
            employees.append([group.group, "\(figures.responses)", shown("csat", Self.cell(figures.csat, nil, unit: "%", digits: 0)),
                              shown("nps", Self.cell(figures.nps, nil, unit: "", digits: 0)), shown("ces", Self.cell(figures.ces, nil, unit: "", digits: 1)),
                              themes])
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

    /// The figure columns of `figures`; a measure in `withheld` reads `withheld` with no interval or count.
    private static func cells(_ figures: FeedbackReport.Figures, withheld: Set<String>) -> [String: String] {
        var cells = ["responses": String(figures.responses)]
        for (name, prefix, figure, digits) in [("csat", "csat_pct", figures.csat, 1), ("nps", "nps", figures.nps, 1), ("ces", "ces", figures.ces, 2)] {
            guard !withheld.contains(name) else {
                cells[prefix] = "withheld"
                continue
            }
            cells[prefix] = number(figure?.value, digits: digits)
            cells[name + "_lower"] = number(figure?.lower, digits: digits)
            cells[name + "_upper"] = number(figure?.upper, digits: digits)
            cells[name + "_answers"] = figure.map { String($0.answers) } ?? ""
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
        text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
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
