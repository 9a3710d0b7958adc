/// What an alert is about (`kind` of `rapport.alert.raised`), e.g. `promise.overdue`. An open
/// set: plugins may add kinds; the known ones are the constants below. Must be non-empty.
public struct AlertKind: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, DataValue {
    /// The kind as written, e.g. `promise.due-soon`.
    public let rawValue: String

    /// A kind from its spelling.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A kind from a string literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// A promise falls due soon.
    public static let promiseDueSoon: AlertKind = "promise.due-soon"
    /// A promise is past due and not kept.
    public static let promiseOverdue: AlertKind = "promise.overdue"
    /// A customer gave a detractor score (NPS 0-6).
    public static let feedbackDetractor: AlertKind = "feedback.detractor"
    /// A feedback measure fell below its target.
    public static let feedbackBelowTarget: AlertKind = "feedback.below-target"
    /// Name usage fell below its target.
    public static let nameBelowTarget: AlertKind = "name.below-target"
}
