/// The words and keys of a location's `name.below-target` alert: each time a location's rate
/// falls below target is one episode, with its own alert id and de-duplication key, so the
/// same episode never raises twice and a later fall raises anew.
public struct RateAlert: Sendable, Hashable {
    /// The location.
    public let location: String
    /// The episode's number at the location, from 1.
    public let episode: Int

    /// The alert of `location`'s `episode`.
    public init(location: String, episode: Int) {
        self.location = location
        self.episode = episode
    }

    /// The alert's id, e.g. `name-below-target:store-12:1`.
    public var alertID: String { "name-below-target:\(location):\(episode)" }
    /// The de-duplication key (the id: one episode raises once).
    public var dedupKey: String { alertID }

    /// The alert's one-sentence summary.
    public func summary(rate: Double, tally: UsageTally, target: RateTarget) -> String {
        "Name usage at \(location) is \(Self.percent(rate)) over the last \(Self.span(target.window)) "
            + "(\(tally.used) of \(tally.interactions) interactions used the customer's name), below the target of \(Self.percent(target.target))."
    }

    /// Why the alert was resolved.
    public func recovery(rate: Double, tally: UsageTally, target: RateTarget) -> String {
        "name usage at \(location) recovered to \(Self.percent(rate)) over the last \(Self.span(target.window)) "
            + "(\(tally.used) of \(tally.interactions) interactions; target \(Self.percent(target.target)))"
    }

    /// Why the alert was resolved when the window no longer holds the minimum sample.
    public func tooFew(tally: UsageTally, target: RateTarget) -> String {
        "sample below minimum: \(tally.interactions) interaction\(tally.interactions == 1 ? "" : "s") at \(location) over the last "
            + "\(Self.span(target.window)), fewer than the \(max(target.minimumSample, 1)) the rate needs to be judged"
    }

    /// A window in words: `7 days`, `12 hours`, `90 seconds`.
    public static func span(_ window: Duration) -> String {
        let seconds = window.components.seconds
        func plural(_ n: Int64, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }
        if seconds >= 86_400, seconds % 86_400 == 0 { return plural(seconds / 86_400, "day") }
        if seconds >= 3_600, seconds % 3_600 == 0 { return plural(seconds / 3_600, "hour") }
        if seconds >= 60, seconds % 60 == 0 { return plural(seconds / 60, "minute") }
        return plural(seconds, "second")
    }

    /// `0.875` as `87.5%`.
    public static func percent(_ rate: Double) -> String {
        let tenths = Int((rate * 1_000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
