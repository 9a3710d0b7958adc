/// The goals of the feedback measures: organisation targets with per-location overrides, checked
/// on a rolling window of local days once it holds a minimum sample.
public struct Goals: Sendable, Hashable {
    /// The organisation's targets (and every location's, unless overridden).
    public var organisation: Targets
    /// Per-location overrides, by location id.
    public var locations: [String: Targets]
    /// How many answers a rolling figure needs before it is checked.
    public var minimumSample: Int64
    /// The rolling window, in local days (including today).
    public var rollingDays: Int

    public init(organisation: Targets, locations: [String: Targets] = [:], minimumSample: Int64 = 20, rollingDays: Int = 28) {
        self.organisation = organisation
        self.locations = locations
        self.minimumSample = minimumSample
        self.rollingDays = rollingDays
    }

    /// The targets that apply to `scope`.
    public func targets(for scope: GoalScope) -> Targets {
        switch scope {
        case .organisation: organisation
        case .location(let id): organisation.overridden(by: locations[id])
        }
    }

    /// What to do about `measure` in `scope` given its rolling figure (value and answers) and
    /// whether a below-target alert is open for it:
    /// - a figure with at least ``minimumSample`` answers below its target raises (once: not
    ///   while one is open);
    /// - an open alert is resolved when the figure, with the minimum sample, is at or above the
    ///   target again, or when the target was removed;
    /// - an open alert is resolved too when the window no longer holds the minimum sample (days
    ///   left it): the shortfall it states can no longer be shown, and a stale warning would stay
    ///   open for as long as the location gets too few answers; a new fall on the minimum sample
    ///   raises a new alert;
    /// - otherwise a figure on fewer answers changes nothing.
    public func decide(_ measure: MeasureKind, in scope: GoalScope, figure: (value: Double, answers: Int64)?,
                       alertOpen: Bool) -> GoalDecision {
        guard let target = targets(for: scope)[measure] else { return alertOpen ? .resolve(.targetRemoved) : .keep }
        let minimum = max(minimumSample, 1)
        guard let figure, figure.answers >= minimum else {
            return alertOpen ? .resolve(.sampleBelowMinimum(answers: figure?.answers ?? 0, minimum: minimum, days: rollingDays)) : .keep
        }
        if figure.value < target {
            return alertOpen ? .keep : .raise(GoalShortfall(measure: measure, scope: scope, value: figure.value,
                                                             answers: figure.answers, target: target, days: rollingDays))
        }
        return alertOpen ? .resolve(.recovered(value: figure.value, answers: figure.answers, target: target)) : .keep
    }
}

/// The outcome of a goal check.
public enum GoalDecision: Sendable, Hashable {
    /// Nothing changes.
    case keep
    /// The figure fell below target: raise `feedback.below-target`.
    case raise(GoalShortfall)
    /// The open alert is resolved.
    case resolve(GoalRecovery)
}

/// Why a below-target alert is resolved.
public enum GoalRecovery: Sendable, Hashable {
    case recovered(value: Double, answers: Int64, target: Double)
    case targetRemoved
    /// The window holds fewer answers than the minimum sample: the figure is no longer judged.
    case sampleBelowMinimum(answers: Int64, minimum: Int64, days: Int)

    /// The resolution's reason, e.g. "recovered: 84% on 40 answers, target 80%", or "sample below
    /// minimum: 12 answers over the last 28 days, fewer than the 20 a figure needs to be judged".
    public func reason(_ measure: MeasureKind) -> String {
        switch self {
        case let .recovered(value, answers, target):
            "recovered: \(MeasureFormat.figure(measure, value)) on \(answers) answers, target \(MeasureFormat.figure(measure, target))"
        case .targetRemoved: "the target was removed from the configuration"
        case let .sampleBelowMinimum(answers, minimum, days):
            "sample below minimum: \(answers) answer\(answers == 1 ? "" : "s") over the last \(days) days, "
                + "fewer than the \(minimum) a figure needs to be judged"
        }
    }
}

/// A rolling figure below its target.
public struct GoalShortfall: Sendable, Hashable {
    public let measure: MeasureKind
    public let scope: GoalScope
    public let value: Double
    public let answers: Int64
    public let target: Double
    public let days: Int

    /// One sentence for the alert, e.g. "CSAT at store-12 over the last 28 days is 62% (31
    /// answers), below its target of 80%."
    public var summary: String {
        "\(MeasureFormat.name(measure)) at \(scope) over the last \(days) days is \(MeasureFormat.figure(measure, value)) "
            + "(\(answers) answers), below its target of \(MeasureFormat.figure(measure, target))."
    }
}
