extension BenchReport {
    /// The report for a terminal: header, aligned tables, notes.
    public var text: String {
        let r = ReportRenderer(report: self)
        var out = r.header + [""]
        for table in r.tables { out += [table.text, ""] }
        out += r.notes
        return out.joined(separator: "\n")
    }

    /// The report as Markdown: header lines, tables, notes.
    public var markdown: String {
        let r = ReportRenderer(report: self)
        var out = r.header.map { "- " + $0 } + [""]
        for table in r.tables { out += [table.markdown, ""] }
        if !r.notes.isEmpty { out += ["Notes:", ""] + r.notes.map { "- " + $0 } }
        return out.joined(separator: "\n")
    }
}
