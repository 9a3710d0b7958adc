import Foundation
import RapportEvents

/// One capture point (a front desk, a phone line, a kiosk): its location, its `source` and
/// the agent working it. It turns typed `data` into complete desk events, each with a new
/// ULID `id`, the desk's `source`, `location` and `agent`, the interaction as `subject`, and
/// `partitionkey` set to the customer id so that one customer's interactions, promises and
/// complaints reach every consumer group in the order they were captured.
///
/// Events whose data names the customer (``CustomerEventData``: interaction started, promise
/// made, customer contacted, complaint received) are built here with ``event(_:at:)``. Every
/// other desk event (an utterance, the name-used tick, an interaction's end, a promise's
/// revision, keeping or cancelling, a complaint's resolution) is built through
/// ``customer(_:)``, which takes the customer id the data lacks, so an interaction's later
/// events stay in order with its start:
///
/// ```swift
/// let desk = try Desk(location: "store-12", desk: "3", agent: "a-17")
/// let started = try desk.event(InteractionStarted(interactionID: "i-9", channel: .frontDesk,
///     customer: .init(id: "c-1", name: "Zoë"), agent: .init(id: "a-17", name: "Sam")))
/// let zoe = try desk.customer("c-1")
/// let ended = try zoe.event(InteractionEnded(interactionID: "i-9"))
/// ```
///
/// Feedback may be anonymous: ``event(_:at:)`` with a ``FeedbackReceived`` keys it by the
/// respondent's id when there is one, else leaves `partitionkey` out (the bus then orders it
/// by its interaction, else its id).
public struct Desk: Sendable {
    /// The location id, e.g. `store-12` (the `location` extension every desk event needs).
    public let location: String
    /// The agent (employee) id working this desk (the `agent` extension), if known.
    public let agent: String?
    /// The events' `source`, e.g. `/locations/store-12/desks/3`.
    public let source: String
    /// Where event ids come from.
    public let ids: ULIDGenerator
    /// The current time in the desk's offset.
    private let now: @Sendable () -> Instant

    /// A desk whose `source` is ``defaultSource(location:desk:)``. Throws
    /// ``CaptureError/invalidDesk(_:)`` for an empty location or desk.
    public init(
        location: String, desk: String, agent: String? = nil, ids: ULIDGenerator = ULIDGenerator(),
        now: @escaping @Sendable () -> Instant = Desk.systemNow
    ) throws(CaptureError) {
        guard !desk.isEmpty else { throw .invalidDesk("the desk id is empty: set `desk` (e.g. 3 or front-1)") }
        try self.init(location: location, source: Self.defaultSource(location: location, desk: desk), agent: agent, ids: ids, now: now)
    }

    /// A desk with an explicit `source` (non-empty, at most 256 characters, like every
    /// `source`). Throws ``CaptureError/invalidDesk(_:)`` for an empty location or source, or
    /// an empty agent (leave it `nil` instead).
    public init(
        location: String, source: String, agent: String? = nil, ids: ULIDGenerator = ULIDGenerator(),
        now: @escaping @Sendable () -> Instant = Desk.systemNow
    ) throws(CaptureError) {
        guard !location.isEmpty else { throw .invalidDesk("the location id is empty: set `location` (e.g. store-12)") }
        guard !source.isEmpty, source.count <= 256 else {
            throw .invalidDesk("the source must be 1 to 256 characters, got \(source.count): set `source` or `desk`")
        }
        if let agent, agent.isEmpty { throw .invalidDesk("the agent id is empty: set `agent`, or leave it out") }
        self.location = location
        self.source = source
        self.agent = agent
        self.ids = ids
        self.now = now
    }

    /// `/locations/<location>/desks/<desk>`.
    public static func defaultSource(location: String, desk: String) -> String {
        "/locations/\(location)/desks/\(desk)"
    }

    /// The system clock, in this machine's current UTC offset.
    @Sendable public static func systemNow() -> Instant {
        let date = Date()
        let millis = Int64((date.timeIntervalSince1970 * 1_000).rounded(.down))
        let offset = TimeZone.current.secondsFromGMT(for: date) / 60
        return Instant(millisecondsSinceEpoch: millis, utcOffsetMinutes: offset)
            ?? Instant(millisecondsSinceEpoch: millis)!
    }

    /// An event whose data names its customer; `partitionkey` is that customer's id. `time`
    /// defaults to now. Throws ``CaptureError/invalidEvent(_:)`` with the bus's own message
    /// when the bus would refuse it.
    public func event(_ data: some CustomerEventData & DeskEventData, at time: Instant? = nil) throws(CaptureError) -> TypedEvent {
        try make(data, partitionKey: data.customerID, at: time)
    }

    /// A feedback event: keyed by the respondent's id when there is one, else without
    /// `partitionkey` (anonymous feedback belongs to no customer). To key it by a customer the
    /// data does not name, build it through ``customer(_:)``. Employee feedback is anonymous: it never
    /// carries the desk's `agent`.
    public func event(_ feedback: FeedbackReceived, at time: Instant? = nil) throws(CaptureError) -> TypedEvent {
        let key = feedback.respondent?.id.flatMap { $0.isEmpty ? nil : $0 }
        return try make(feedback, partitionKey: key, at: time)
    }

    /// The builder for events about customer `id` (non-empty), whatever their data names.
    public func customer(_ id: String) throws(CaptureError) -> CustomerContext {
        guard !id.isEmpty else {
            throw .invalidEvent(EventValidationError(code: .invalidData, message: "the customer id is empty: pass the customer's id (e.g. c-1042)"))
        }
        return CustomerContext(desk: self, customerID: id)
    }

    /// The event: a new id, this desk's attributes, the data's interaction as `subject`. Employee feedback
    /// leaves out the desk's agent: it would name the employee who gave it, in the durable log.
    func make(_ data: some DeskEventData, partitionKey: String?, at time: Instant?) throws(CaptureError) -> TypedEvent {
        let anonymous = (data as? FeedbackReceived)?.source == .employee
        do {
            return try TypedEvent(
                id: ids.next().description, source: source, time: time ?? now(), subject: data.subject,
                location: location, agent: anonymous ? nil : agent, partitionKey: partitionKey, data: data)
        } catch {
            throw .invalidEvent(error)
        }
    }
}
