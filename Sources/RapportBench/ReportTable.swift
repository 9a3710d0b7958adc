/// A titled table of text cells, rendered as aligned plain text or as Markdown.
struct ReportTable: Sendable {
    /// Heading above the table.
    let title: String
    /// Column names.
    let columns: [String]
    /// Rows of cells (one per column).
    var rows: [[String]] = []

    /// Appends a row; missing cells are blank.
    mutating func add(_ cells: String...) {
        rows.append(cells + Array(repeating: "", count: max(0, columns.count - cells.count)))
    }

    /// Aligned columns for a terminal.
    var text: String {
        let all = [columns] + rows
        let widths = columns.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = [title, line(columns), line(widths.map { String(repeating: "-", count: $0) })]
        out += rows.map(line)
        return out.joined(separator: "\n")
    }

    /// A Markdown table under a `###` heading.
    var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |"
        }
        var out = ["### \(title)", "", line(columns), "|" + columns.map { _ in "---|" }.joined()]
        out += rows.map(line)
        return out.joined(separator: "\n")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }

    func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
