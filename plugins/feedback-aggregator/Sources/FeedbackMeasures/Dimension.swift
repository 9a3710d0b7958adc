/// What a group of responses is grouped by.
public enum Dimension: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The whole organisation (the group's value is `all`).
    case organisation
    case location
    case agent
    case channel
    case source

    /// The value `organisation` groups are stored under.
    public static let everything = "all"

    /// The dimensions employee feedback is grouped by (no agent or channel: anonymity).
    public static let employee: [Dimension] = [.organisation, .location]

    /// The value of `response` in this dimension; `nil` when it has none (no agent given).
    public func value(of response: FeedbackResponse) -> String? {
        switch self {
        case .organisation: Self.everything
        case .location: response.location
        case .agent: response.agent
        case .channel: response.channel
        case .source: response.origin.rawValue
        }
    }

    public static func < (a: Dimension, b: Dimension) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
