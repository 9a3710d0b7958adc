import Foundation

/// Who gave feedback: customers (comment cards, surveys, focus groups) or the employees who
/// serve them. The two are measured and reported apart.
public enum Audience: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Customers: every source but `employee`.
    case customer
    /// Employees: anonymous, shown only for groups of at least k respondents.
    case employee

    public static func < (a: Audience, b: Audience) -> Bool { a.rawValue < b.rawValue }
}

/// Where a piece of feedback came from (`source` of `rapport.feedback.received`).
public enum FeedbackOrigin: String, Sendable, Hashable, CaseIterable {
    case commentCard = "comment-card"
    case survey = "survey"
    case focusGroup = "focus-group"
    case employee = "employee"

    /// Customers for every origin but `employee`.
    public var audience: Audience { self == .employee ? .employee : .customer }
}

/// The scores of one response, each optional (a comment card may carry only words).
public struct ResponseScores: Sendable, Hashable {
    /// Customer satisfaction, 1-5.
    public var csat: Int?
    /// Net promoter score, 0-10.
    public var nps: Int?
    /// Customer effort, 1-7 (1 = very difficult, 7 = very easy).
    public var ces: Int?

    public init(csat: Int? = nil, nps: Int? = nil, ces: Int? = nil) {
        self.csat = csat
        self.nps = nps
        self.ces = ces
    }
}

/// One response as the measures see it: when, where, about whom, and its scores.
///
/// For employee feedback the agent and channel are dropped when it is made (anonymity: the
/// `agent` of an employee's remark may be the employee).
public struct FeedbackResponse: Sendable, Hashable {
    /// When it was given (the event `time`).
    public let time: Date
    /// The location (store, branch) it is about.
    public let location: String
    /// The agent it is about; always `nil` for employee feedback.
    public let agent: String?
    /// How it was given (`front-desk`, `phone`, ...); always `nil` for employee feedback.
    public let channel: String?
    /// Where it came from.
    public let origin: FeedbackOrigin
    /// Its scores.
    public let scores: ResponseScores
    /// Whether it carries a comment.
    public let hasComment: Bool

    public init(time: Date, location: String, agent: String?, channel: String?, origin: FeedbackOrigin,
                scores: ResponseScores, hasComment: Bool) {
        self.time = time
        self.location = location
        self.origin = origin
        self.agent = origin == .employee ? nil : agent
        self.channel = origin == .employee ? nil : channel
        self.scores = scores
        self.hasComment = hasComment
    }

    /// Customer or employee.
    public var audience: Audience { origin.audience }
}
