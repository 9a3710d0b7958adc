import Foundation
import NameMatching

/// Everything heard about one interaction until it is decided: the opening, the utterances,
/// the "addressed by name" ticks, whether it ended and when events last arrived.
///
/// Order-free and idempotent: utterances and ticks are kept by the identity of the event that
/// brought them (its `source` and `id`), so an event delivered twice is kept once, and the
/// utterances are put in interaction order (``orderedUtterances``) only when the verdict is
/// made, so the arrival order never changes it.
public struct InteractionEvidence: Sendable, Hashable {
    /// The interaction's id.
    public let interaction: String
    /// From `rapport.interaction.started`, once it has arrived.
    public private(set) var opening: InteractionOpening?
    /// The utterances by the identity of their event.
    public private(set) var utterances: [String: HeardUtterance] = [:]
    /// Whether a `rapport.interaction.name-used` tick arrived.
    public private(set) var ticked = false
    /// When `rapport.interaction.ended` arrived (the plugin's clock), the start of the grace.
    public private(set) var endedArrival: Date?
    /// When the last event about the interaction arrived (the plugin's clock), for the idle close.
    public private(set) var lastArrival: Date
    /// The location and agent the desk events named (their extensions).
    public private(set) var location: String?
    /// The agent's id.
    public private(set) var agent: String?
    /// The earliest desk time (event `time`) of the events heard, and the UTC offset it was
    /// written with: when the interaction counts if its start never arrived.
    public private(set) var earliestDeskTime: DeskTime?

    /// Evidence for `interaction`, its first event having arrived at `arrival`.
    public init(interaction: String, firstArrival arrival: Date) {
        self.interaction = interaction
        lastArrival = arrival
    }

    /// Records the interaction's start (a repeat replaces it with the same values).
    public mutating func open(_ opening: InteractionOpening) {
        self.opening = opening
    }

    /// Records an utterance brought by the event `eventKey`; a second delivery is kept once.
    public mutating func hear(_ utterance: HeardUtterance, eventKey: String) {
        utterances[eventKey] = utterance
    }

    /// Records a tick ("the agent addressed the customer by name").
    public mutating func tick() {
        ticked = true
    }

    /// Records that the interaction ended, the end having arrived at `arrival`; the earliest
    /// arrival counts when the end is delivered again.
    public mutating func end(arrivedAt arrival: Date) {
        endedArrival = min(endedArrival ?? arrival, arrival)
    }

    /// Records that an event about the interaction, written at the desk at `deskTime`,
    /// arrived at `arrival`, naming `location` and `agent` (the first non-nil values are kept;
    /// the start's, when it arrives, win).
    public mutating func touch(at arrival: Date, deskTime: DeskTime, location: String?, agent: String?, isStart: Bool = false) {
        lastArrival = max(lastArrival, arrival)
        if isStart || self.location == nil, let location { self.location = location }
        if isStart || self.agent == nil, let agent { self.agent = agent }
        if earliestDeskTime.map({ deskTime.date < $0.date }) ?? true { earliestDeskTime = deskTime }
    }

    /// When the interaction started at the desk: the start's time, else the earliest event's.
    public var startedAt: DeskTime? {
        if let opening { return DeskTime(date: opening.startedAt, utcOffsetMinutes: opening.startOffsetMinutes) }
        return earliestDeskTime
    }

    /// The utterances in interaction order: by offset from the start (or, without one, by the
    /// time after the start), then by time, then by event identity, so any arrival order gives
    /// the same list.
    public var orderedUtterances: [HeardUtterance] {
        let start = opening?.startedAt
        func position(_ utterance: HeardUtterance) -> Int64 {
            if let offset = utterance.offsetMilliseconds { return Int64(offset) }
            let base = start ?? utterances.values.map(\.time).min() ?? utterance.time
            return Int64((utterance.time.timeIntervalSince(base) * 1_000).rounded())
        }
        return utterances.sorted { a, b in
            let (pa, pb) = (position(a.value), position(b.value))
            if pa != pb { return pa < pb }
            if a.value.time != b.value.time { return a.value.time < b.value.time }
            return a.key < b.key
        }.map(\.value)
    }
}
