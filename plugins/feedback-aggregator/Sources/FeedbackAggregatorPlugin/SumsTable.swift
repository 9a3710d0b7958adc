import FeedbackMeasures
import RapportPlugin

/// `feedback_sums`: one row per aggregate, updated by adding a response's sums (an upsert per
/// aggregate key), and read back summed over days for rolling windows.
struct SumsTable {
    let db: PluginDatabase

    /// The upsert of `rows` aggregates in one statement (a response touches up to 15).
    private static func upsert(rows: Int) -> String {
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        return """
            INSERT INTO feedback_sums (audience, dimension, grp, period, label, responses, comments, csat_n, csat_satisfied,
                csat_dissatisfied, nps_n, promoters, detractors, ces_n, ces_sum, ces_sum_sq)
            VALUES \(values)
            ON CONFLICT (audience, dimension, grp, period, label) DO UPDATE SET
                responses = feedback_sums.responses + excluded.responses, comments = feedback_sums.comments + excluded.comments,
                csat_n = feedback_sums.csat_n + excluded.csat_n, csat_satisfied = feedback_sums.csat_satisfied + excluded.csat_satisfied,
                csat_dissatisfied = feedback_sums.csat_dissatisfied + excluded.csat_dissatisfied,
                nps_n = feedback_sums.nps_n + excluded.nps_n, promoters = feedback_sums.promoters + excluded.promoters,
                detractors = feedback_sums.detractors + excluded.detractors, ces_n = feedback_sums.ces_n + excluded.ces_n,
                ces_sum = feedback_sums.ces_sum + excluded.ces_sum, ces_sum_sq = feedback_sums.ces_sum_sq + excluded.ces_sum_sq
            """
    }

    /// The statements by row count, made once.
    private static let upserts = (0...AggregateKey.mostPerResponse).map { upsert(rows: $0) }

    /// Adds `sums` to each of the aggregates `keys` (distinct; one statement, so a response
    /// costs one round through SQLite instead of one per aggregate).
    func add(_ sums: ScoreSums, to keys: [AggregateKey]) throws {
        guard !keys.isEmpty else { return }
        let counts: [SQLValue] = [
            .integer(sums.responses), .integer(sums.comments), .integer(sums.csatCount), .integer(sums.csatSatisfied),
            .integer(sums.csatDissatisfied), .integer(sums.npsCount), .integer(sums.promoters), .integer(sums.detractors),
            .integer(sums.cesCount), .integer(sums.cesSum), .integer(sums.cesSumOfSquares),
        ]
        var arguments: [SQLValue] = []
        arguments.reserveCapacity(keys.count * 16)
        for key in keys {
            arguments += [.text(key.audience.rawValue), .text(key.dimension.rawValue), .text(key.group), .text(key.period.rawValue), .text(key.label)]
            arguments += counts
        }
        let sql = keys.count < Self.upserts.count ? Self.upserts[keys.count] : Self.upsert(rows: keys.count)
        try db.execute(sql, arguments)
    }

    /// The sums of the day rows of one group from `firstDay` through `lastDay` (labels).
    func days(_ audience: Audience, _ dimension: Dimension, _ group: String, from firstDay: String, through lastDay: String) throws -> ScoreSums {
        let row = try db.row("""
            SELECT SUM(responses) AS responses, SUM(comments) AS comments, SUM(csat_n) AS csat_n, SUM(csat_satisfied) AS csat_satisfied,
                SUM(csat_dissatisfied) AS csat_dissatisfied, SUM(nps_n) AS nps_n, SUM(promoters) AS promoters, SUM(detractors) AS detractors,
                SUM(ces_n) AS ces_n, SUM(ces_sum) AS ces_sum, SUM(ces_sum_sq) AS ces_sum_sq
            FROM feedback_sums WHERE audience = ? AND dimension = ? AND grp = ? AND period = 'day' AND label >= ? AND label <= ?
            """, [.text(audience.rawValue), .text(dimension.rawValue), .text(group), .text(firstDay), .text(lastDay)])
        return row.map(Self.sums) ?? ScoreSums()
    }

    /// The oldest day from `firstDay` through `lastDay` (labels) on which the group had a scored
    /// answer (CSAT, NPS or CES), or `nil` when none had: the day whose leaving the rolling window
    /// next changes its figures.
    func oldestDayWithAnswers(_ audience: Audience, _ dimension: Dimension, _ group: String, from firstDay: String,
                              through lastDay: String) throws -> String? {
        try db.row("""
            SELECT MIN(label) AS day FROM feedback_sums
            WHERE audience = ? AND dimension = ? AND grp = ? AND period = 'day' AND label >= ? AND label <= ?
                AND (csat_n > 0 OR nps_n > 0 OR ces_n > 0)
            """, [.text(audience.rawValue), .text(dimension.rawValue), .text(group), .text(firstDay), .text(lastDay)])?.string("day")
    }

    /// The sums in a row with the table's column names (NULL as 0).
    static func sums(_ row: SQLRow) -> ScoreSums {
        sums { row.int($0) ?? 0 }
    }

    /// The sums read column by column: `value` gives a column's integer by the table's name.
    static func sums(_ value: (String) -> Int64) -> ScoreSums {
        var sums = ScoreSums()
        sums.responses = value("responses")
        sums.comments = value("comments")
        sums.csatCount = value("csat_n")
        sums.csatSatisfied = value("csat_satisfied")
        sums.csatDissatisfied = value("csat_dissatisfied")
        sums.npsCount = value("nps_n")
        sums.promoters = value("promoters")
        sums.detractors = value("detractors")
        sums.cesCount = value("ces_n")
        sums.cesSum = value("ces_sum")
        sums.cesSumOfSquares = value("ces_sum_sq")
        return sums
    }
}
