/// The additive sums behind every measure of a group of responses: counts, sums and sums of
/// squares, so two groups' sums add up to the sums of their union (per day rows add up to a
/// month or a rolling window, and an aggregate is updated with one addition per response).
public struct ScoreSums: Sendable, Hashable {
    /// Responses (with or without scores).
    public var responses: Int64 = 0
    /// Responses with a comment.
    public var comments: Int64 = 0
    /// CSAT answers, and those of 4 or 5, and those of 1 or 2.
    public var csatCount: Int64 = 0
    public var csatSatisfied: Int64 = 0
    public var csatDissatisfied: Int64 = 0
    /// NPS answers; promoters (9-10) and detractors (0-6).
    public var npsCount: Int64 = 0
    public var promoters: Int64 = 0
    public var detractors: Int64 = 0
    /// CES answers, their sum and sum of squares.
    public var cesCount: Int64 = 0
    public var cesSum: Int64 = 0
    public var cesSumOfSquares: Int64 = 0

    /// No responses.
    public init() {}

    /// The sums of the one response `scores` (with a comment or not).
    public init(scores: ResponseScores, hasComment: Bool) {
        responses = 1
        comments = hasComment ? 1 : 0
        if let csat = scores.csat {
            csatCount = 1
            csatSatisfied = csat >= 4 ? 1 : 0
            csatDissatisfied = csat <= 2 ? 1 : 0
        }
        if let nps = scores.nps {
            npsCount = 1
            promoters = nps >= 9 ? 1 : 0
            detractors = nps <= 6 ? 1 : 0
        }
        if let ces = scores.ces {
            cesCount = 1
            cesSum = Int64(ces)
            cesSumOfSquares = Int64(ces * ces)
        }
    }

    /// Adds `other`'s sums to these.
    public mutating func add(_ other: ScoreSums) {
        responses += other.responses
        comments += other.comments
        csatCount += other.csatCount
        csatSatisfied += other.csatSatisfied
        csatDissatisfied += other.csatDissatisfied
        npsCount += other.npsCount
        promoters += other.promoters
        detractors += other.detractors
        cesCount += other.cesCount
        cesSum += other.cesSum
        cesSumOfSquares += other.cesSumOfSquares
    }

    /// The sums of both.
    public static func + (a: ScoreSums, b: ScoreSums) -> ScoreSums {
        var sum = a
        sum.add(b)
        return sum
    }

    /// The figures these sums give.
    public var measures: Measures { Measures(self) }
}
