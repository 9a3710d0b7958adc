import Foundation

/// The window of a location's rolling rate as of an instant: the decided interactions that
/// started after ``start`` and at or before ``asOf``.
///
/// The window moves with time, so the rate changes without any new verdict: whenever the oldest
/// interaction in it leaves it. ``nextChange(oldestStart:)`` says when that next happens, so the
/// plugin can judge the rate again then. Pure: the instant is given, no clock is read.
public struct RateWindow: Sendable, Hashable {
    /// The instant the window is taken as of (its end, included).
    public let asOf: Date
    /// Its length.
    public let length: Duration

    /// The window of `length` ending at `asOf`.
    public init(length: Duration, asOf: Date) {
        self.length = length
        self.asOf = asOf
    }

    /// Its start, excluded: an interaction that started exactly then has left the window.
    public var start: Date { asOf.adding(.zero - length) }

    /// When the rate next changes by itself: the moment the oldest interaction in the window
    /// (started at `oldestStart`) leaves it; `nil` when the window holds none.
    public func nextChange(oldestStart: Date?) -> Date? {
        guard let oldestStart, oldestStart > start, oldestStart <= asOf else { return nil }
        return oldestStart.adding(length)
    }

    /// How far ahead of the plugin's clock an interaction's start is believed (a desk clock
    /// running a little fast): one hour.
    public static let clockAllowance: Duration = .seconds(3_600)

    /// The instant a location's rate is taken as of: `candidate` (the start of the interaction
    /// just decided, or the moment a re-check timer fired), but never earlier than the previous
    /// judgement, so a late verdict is counted in the window the rate was last judged in and an
    /// alert a re-check resolved is not raised again from interactions that have left it; and
    /// never later than `now` (the plugin's clock) plus ``clockAllowance``, so one start dated in
    /// the future by a wrong desk clock cannot hold the location's window there.
    public static func asOf(_ candidate: Date, after previous: Date?, now: Date) -> Date {
        let believed = min(candidate, now.adding(clockAllowance))
        guard let previous else { return believed }
        return max(believed, previous)
    }
}

extension RateTarget {
    /// The rate's window as of `instant`.
    public func window(asOf instant: Date) -> RateWindow { RateWindow(length: window, asOf: instant) }
}
