import FeedbackMeasures

/// The monthly feedback report: customer figures per group with the trend against the previous
/// month, top themes per location split by polarity, follow-ups of unhappy customers, and
/// employee feedback apart, cut off below k respondents. Built by ``FeedbackReportReader``.
public struct FeedbackReport: Sendable, Encodable {
    /// The month reported, e.g. `2026-10`, and the one it is compared with.
    public let month: String
    public let previousMonth: String
    /// The location the report is limited to, if any.
    public let location: String?
    /// Customer figures: organisation first, then locations, agents, channels, sources.
    public let customer: [GroupFigures]
    /// Top themes per location (customer comments).
    public let themes: [LocationThemes]
    /// Follow-ups per location, and for the whole report (`location` "all").
    public let followUps: [FollowUps]
    /// Employee feedback, per location and for the organisation.
    public let employee: EmployeeSection

    /// One group's figures this month and last.
    public struct GroupFigures: Sendable, Encodable {
        public let dimension: String
        public let group: String
        public let current: Figures
        public let previous: Figures
        /// This month minus last, per measure (CSAT in percentage points); `nil` where either is missing.
        public let trend: Trend
    }

    /// The figures of one group and month.
    public struct Figures: Sendable, Encodable {
        public let responses: Int64
        /// How many responses had a comment; `nil` for an employee group whose themes are withheld (its
        /// comments are fewer than k, and how many is itself something about them).
        public let comments: Int64?
        public let csat: Figure?
        public let nps: Figure?
        public let ces: Figure?

        /// The figures of `sums`, leaving out the measures in `withheld` (employee figures on fewer
        /// than k answers) and, with its themes, the comment count.
        init(_ sums: ScoreSums, withholding withheld: Set<EmployeeDisclosure.Part> = []) {
            let m = sums.measures
            responses = m.responses
            comments = withheld.contains(.themes) ? nil : m.comments
            csat = withheld.contains(.csat) ? nil : m.csat.map { Figure(value: $0.share * 100, answers: $0.answers, lower: $0.interval.map { $0.lower * 100 },
                                       upper: $0.interval.map { $0.upper * 100 }, counts: ["satisfied": $0.satisfied, "dissatisfied": $0.dissatisfied]) }
            nps = withheld.contains(.nps) ? nil : m.nps.map { Figure(value: $0.score, answers: $0.answers, lower: $0.interval?.lower, upper: $0.interval?.upper,
                                     counts: ["promoters": $0.promoters, "passives": $0.passives, "detractors": $0.detractors]) }
            ces = withheld.contains(.ces) ? nil : m.ces.map { Figure(value: $0.mean, answers: $0.answers, lower: $0.interval?.lower, upper: $0.interval?.upper, counts: [:]) }
        }
    }

    /// One measure: CSAT in percent, NPS in points, CES as a mean; its 95% interval and counts.
    public struct Figure: Sendable, Encodable {
        public let value: Double
        public let answers: Int64
        public let lower: Double?
        public let upper: Double?
        public let counts: [String: Int64]
        /// Fewer than ``Measures/smallSample`` answers: read the interval, not the figure.
        public var small: Bool { answers < Measures.smallSample }

        enum CodingKeys: String, CodingKey { case value, answers, lower, upper, counts, small }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
            try c.encode(answers, forKey: .answers)
            try c.encodeIfPresent(lower, forKey: .lower)
            try c.encodeIfPresent(upper, forKey: .upper)
            try c.encode(counts, forKey: .counts)
            try c.encode(small, forKey: .small)
        }
    }

    /// Differences from the previous month.
    public struct Trend: Sendable, Encodable {
        public let responses: Int64
        public let csat: Double?
        public let nps: Double?
        public let ces: Double?

        init(_ current: Figures, _ previous: Figures) {
            responses = current.responses - previous.responses
            csat = Self.difference(current.csat, previous.csat)
            nps = Self.difference(current.nps, previous.nps)
            ces = Self.difference(current.ces, previous.ces)
        }

        private static func difference(_ a: Figure?, _ b: Figure?) -> Double? {
            guard let a, let b else { return nil }
            return a.value - b.value
        }
    }

    /// A location's most frequent themes this month.
    public struct LocationThemes: Sendable, Encodable {
        public let location: String
        public let positive: [ThemeCount]
        public let negative: [ThemeCount]
    }

    public struct ThemeCount: Sendable, Encodable {
        public let theme: String
        public let comments: Int64
    }

    /// Detractors of the month at one location and how they were followed up: each counted once
    /// by what closed it (`contacted + closedByManager + open == detractors`); a manager-closed one
    /// contacted later is also in `contactedAfterManager`, and its contact in the times to contact.
    public struct FollowUps: Sendable, Encodable {
        public let location: String
        public let detractors: Int
        public let contacted: Int
        public let closedByManager: Int
        public let contactedAfterManager: Int
        public let open: Int
        public let meanHoursToContact: Double?
        public let medianHoursToContact: Double?
        public let contactedWithin24Hours: Int

        init(location: String, _ summary: FollowUpSummary) {
            self.location = location
            detractors = summary.detractors
            contacted = summary.contacted
            closedByManager = summary.closedByManager
            contactedAfterManager = summary.contactedAfterManager
            open = summary.open
            meanHoursToContact = summary.meanHours
            medianHoursToContact = summary.medianHours
            contactedWithin24Hours = summary.within24Hours
        }
    }

    /// Employee feedback: a group of fewer than k respondents shows nothing but that it is
    /// withheld; a shown group withholds each figure on fewer than k answers and its themes below
    /// k comments (``EmployeeDisclosure``).
    public struct EmployeeSection: Sendable, Encodable {
        public let k: Int64
        public let groups: [EmployeeGroup]
    }

    public struct EmployeeGroup: Sendable, Encodable {
        public let group: String
        /// `nil` when withheld: fewer than k respondents, or (the organisation) a total that less
        /// the shown locations would reveal withheld ones of fewer than k together.
        public let figures: Figures?
        public let themes: LocationThemes?
        /// The whole group is withheld.
        public let withheld: Bool
        /// Every part not shown for anonymity, of `responses`, `csat`, `nps`, `ces`, `themes` (all
        /// of them when the whole group is withheld); a measure nobody answered is absent, not withheld.
        public let withheldParts: [String]
    }
}
