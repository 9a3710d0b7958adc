import RapportEvents

/// The `data` of a desk event (`rapport.interaction.*`, `rapport.promise.*`,
/// `rapport.customer.contacted`, `rapport.feedback.received`, `rapport.complaint.*`): what a
/// ``Desk`` or ``CustomerContext`` builds events from. ``subject`` is the interaction the
/// data names, which becomes the event's `subject`.
public protocol DeskEventData: EventData {
    /// The interaction id in the data, when it names one.
    var subject: String? { get }
}

extension InteractionStarted: DeskEventData {
    /// The interaction.
    public var subject: String? { interactionID }
}

extension Utterance: DeskEventData {
    /// The interaction.
    public var subject: String? { interactionID }
}

extension NameUsed: DeskEventData {
    /// The interaction.
    public var subject: String? { interactionID }
}

extension InteractionEnded: DeskEventData {
    /// The interaction.
    public var subject: String? { interactionID }
}

extension PromiseMade: DeskEventData {
    /// The interaction it was made in, if given.
    public var subject: String? { interactionID }
}

extension PromiseRevised: DeskEventData {
    /// None: the data names no interaction.
    public var subject: String? { nil }
}

extension PromiseKept: DeskEventData {
    /// None: the data names no interaction.
    public var subject: String? { nil }
}

extension PromiseCancelled: DeskEventData {
    /// None: the data names no interaction.
    public var subject: String? { nil }
}

extension CustomerContacted: DeskEventData {
    /// None: the data names no interaction.
    public var subject: String? { nil }
}

extension FeedbackReceived: DeskEventData {
    /// The interaction it is about, if given.
    public var subject: String? { interactionID }
}

extension ComplaintReceived: DeskEventData {
    /// The interaction it arose in, if given.
    public var subject: String? { interactionID }
}

extension ComplaintResolved: DeskEventData {
    /// None: the data names no interaction.
    public var subject: String? { nil }
}
