/// The figures of a group of responses, each with the counts behind it and a 95% confidence
/// interval (the README says which interval each uses).
public struct Measures: Sendable, Hashable {
    /// A sample is called small below this many answers: reports mark such figures.
    public static let smallSample: Int64 = 30

    /// CSAT: the share of answers of 4 or 5.
    public struct Satisfaction: Sendable, Hashable {
        public let answers: Int64
        public let satisfied: Int64
        public let dissatisfied: Int64
        /// satisfied / answers, 0...1.
        public let share: Double
        public let interval: ConfidenceInterval?
    }

    /// NPS: % promoters (9-10) minus % detractors (0-6), in points -100...100.
    public struct NetPromoter: Sendable, Hashable {
        public let answers: Int64
        public let promoters: Int64
        public let passives: Int64
        public let detractors: Int64
        public let score: Double
        public let interval: ConfidenceInterval?
    }

    /// CES: the mean effort answer, 1-7 (higher is easier); its interval is clipped to the scale.
    public struct Effort: Sendable, Hashable {
        public let answers: Int64
        public let mean: Double
        public let standardDeviation: Double?
        public let interval: ConfidenceInterval?
    }

    /// Responses, with or without scores.
    public let responses: Int64
    /// Responses with a comment.
    public let comments: Int64
    /// `nil` when no CSAT was given.
    public let csat: Satisfaction?
    /// `nil` when no NPS was given.
    public let nps: NetPromoter?
    /// `nil` when no CES was given.
    public let ces: Effort?

    /// The figures of `sums`.
    public init(_ sums: ScoreSums) {
        responses = sums.responses
        comments = sums.comments
        csat = sums.csatCount == 0 ? nil : Satisfaction(
            answers: sums.csatCount, satisfied: sums.csatSatisfied, dissatisfied: sums.csatDissatisfied,
            share: Double(sums.csatSatisfied) / Double(sums.csatCount),
            interval: .wilson(successes: sums.csatSatisfied, count: sums.csatCount))
        nps = sums.npsCount == 0 ? nil : NetPromoter(
            answers: sums.npsCount, promoters: sums.promoters, passives: sums.npsCount - sums.promoters - sums.detractors,
            detractors: sums.detractors,
            score: 100 * Double(sums.promoters - sums.detractors) / Double(sums.npsCount),
            interval: .netPromoter(promoters: sums.promoters, detractors: sums.detractors, count: sums.npsCount))
        if sums.cesCount == 0 {
            ces = nil
        } else {
            let n = Double(sums.cesCount), mean = Double(sums.cesSum) / n
            let sd = sums.cesCount > 1
                ? max(0, (Double(sums.cesSumOfSquares) - n * mean * mean) / (n - 1)).squareRoot() : nil
            ces = Effort(answers: sums.cesCount, mean: mean, standardDeviation: sd,
                         interval: .studentT(sum: sums.cesSum, sumOfSquares: sums.cesSumOfSquares, count: sums.cesCount)
                            .map { ConfidenceInterval(lower: max(1, $0.lower), upper: min(7, $0.upper)) })
        }
    }

    /// The figure of `measure`, in its own unit (CSAT as a share 0...1, NPS in points, CES as
    /// a mean), with its answer count; `nil` when nobody answered it.
    public func figure(_ measure: MeasureKind) -> (value: Double, answers: Int64)? {
        switch measure {
        case .csat: csat.map { ($0.share, $0.answers) }
        case .nps: nps.map { ($0.score, $0.answers) }
        case .ces: ces.map { ($0.mean, $0.answers) }
        }
    }
}

/// The three scored measures.
public enum MeasureKind: String, Sendable, Hashable, CaseIterable {
    case csat, nps, ces
}
