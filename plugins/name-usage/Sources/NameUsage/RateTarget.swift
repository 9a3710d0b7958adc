/// The target a location's rolling name-usage rate is held to: over the decided interactions
/// that started within `window` up to the moment the rate is taken as of (``RateWindow/asOf(_:after:now:)``),
/// once there are at least `minimumSample` of them, the rate must be at least `target`.
public struct RateTarget: Sendable, Hashable {
    /// How far back the rolling rate looks from the moment it is taken as of.
    public var window: Duration
    /// How many interactions the window must hold before the rate is judged.
    public var minimumSample: Int
    /// The lowest acceptable rate, 0 through 1.
    public var target: Double

    /// Bundles the values.
    public init(window: Duration, minimumSample: Int, target: Double) {
        self.window = window
        self.minimumSample = minimumSample
        self.target = target
    }

    /// What to do about the `name.below-target` alert of a location whose window holds
    /// `tally`, its alert being open or not: raise it once when the rate falls below the
    /// target, resolve it when the rate is back at or above it, and resolve it too when the
    /// window no longer holds the minimum sample (interactions left it): the shortfall can no
    /// longer be shown, and the warning would otherwise stay open, stale, for as long as the
    /// location has too few interactions. Nothing while the sample is too small and no alert is
    /// open, or when nothing changed.
    public func judge(_ tally: UsageTally, alertOpen: Bool) -> RateAlarmChange? {
        guard tally.interactions >= max(minimumSample, 1), let rate = tally.rate else {
            return alertOpen ? .tooFewToJudge(tally: tally) : nil
        }
        if rate < target, !alertOpen { return .raise(rate: rate, tally: tally) }
        if rate >= target, alertOpen { return .resolve(rate: rate, tally: tally) }
        return nil
    }
}

/// A change to a location's `name.below-target` alert.
public enum RateAlarmChange: Sendable, Hashable {
    /// The rolling rate fell below the target: raise the alert.
    case raise(rate: Double, tally: UsageTally)
    /// The rolling rate recovered: resolve the alert.
    case resolve(rate: Double, tally: UsageTally)
    /// The window holds fewer interactions than the minimum sample: resolve the alert, the rate
    /// being no longer judged.
    case tooFewToJudge(tally: UsageTally)
}
