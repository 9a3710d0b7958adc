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

    /// The instant a location's rate is taken as of: `candidate` (the start of the interaction
    /// just decided, or the moment a re-check timer fired), but never earlier than the previous
    /// judgement, so a late verdict is counted in the window the rate was last judged in and an
    /// alert a re-check resolved is not raised again from interactions that have left it.
    public static func asOf(_ candidate: Date, after previous: Date?) -> Date {
        guard let previous else { return candidate }
        return max(candidate, previous)
    }
}

extension RateTarget {
    /// The rate's window as of `instant`.
    public func window(asOf instant: Date) -> RateWindow { RateWindow(length: window, asOf: instant) }
}
