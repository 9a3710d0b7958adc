/// Every catalogue type (EVENTS.md), one case each; a test keeps this list and
/// ``EventCatalogue/entries`` the same, so a catalogue row without a typed payload fails it.
public enum EventType: String, Sendable, Hashable, CaseIterable {
    /// `rapport.interaction.started`: ``InteractionStarted``.
    case interactionStarted = "rapport.interaction.started"
    /// `rapport.interaction.utterance`: ``Utterance``.
    case utterance = "rapport.interaction.utterance"
    /// `rapport.interaction.name-used`: ``NameUsed``.
    case nameUsed = "rapport.interaction.name-used"
    /// `rapport.interaction.ended`: ``InteractionEnded``.
    case interactionEnded = "rapport.interaction.ended"
    /// `rapport.promise.made`: ``PromiseMade``.
    case promiseMade = "rapport.promise.made"
    /// `rapport.promise.revised`: ``PromiseRevised``.
    case promiseRevised = "rapport.promise.revised"
    /// `rapport.promise.kept`: ``PromiseKept``.
    case promiseKept = "rapport.promise.kept"
    /// `rapport.promise.cancelled`: ``PromiseCancelled``.
    case promiseCancelled = "rapport.promise.cancelled"
    /// `rapport.customer.contacted`: ``CustomerContacted``.
    case customerContacted = "rapport.customer.contacted"
    /// `rapport.feedback.received`: ``FeedbackReceived``.
    case feedbackReceived = "rapport.feedback.received"
    /// `rapport.complaint.received`: ``ComplaintReceived``.
    case complaintReceived = "rapport.complaint.received"
    /// `rapport.complaint.resolved`: ``ComplaintResolved``.
    case complaintResolved = "rapport.complaint.resolved"
    /// `rapport.alert.raised`: ``AlertRaised``.
    case alertRaised = "rapport.alert.raised"
    /// `rapport.alert.resolved`: ``AlertResolved``.
    case alertResolved = "rapport.alert.resolved"
    /// `rapport.alert.acknowledged`: ``AlertAcknowledged``.
    case alertAcknowledged = "rapport.alert.acknowledged"
    /// `rapport.name.checked`: ``NameChecked``.
    case nameChecked = "rapport.name.checked"
    /// `rapport.promise.detected`: ``PromiseDetected``.
    case promiseDetected = "rapport.promise.detected"
    /// `rapport.feedback.tagged`: ``FeedbackTagged``.
    case feedbackTagged = "rapport.feedback.tagged"
    /// `rapport.bus.dead-lettered`: ``DeadLettered``.
    case deadLettered = "rapport.bus.dead-lettered"

    /// The Swift type of this type's `data`.
    var dataType: any (EventData & DataReadable).Type {
        switch self {
        case .interactionStarted: return InteractionStarted.self
        case .utterance: return Utterance.self
        case .nameUsed: return NameUsed.self
        case .interactionEnded: return InteractionEnded.self
        case .promiseMade: return PromiseMade.self
        case .promiseRevised: return PromiseRevised.self
        case .promiseKept: return PromiseKept.self
        case .promiseCancelled: return PromiseCancelled.self
        case .customerContacted: return CustomerContacted.self
        case .feedbackReceived: return FeedbackReceived.self
        case .complaintReceived: return ComplaintReceived.self
        case .complaintResolved: return ComplaintResolved.self
        case .alertRaised: return AlertRaised.self
        case .alertResolved: return AlertResolved.self
        case .alertAcknowledged: return AlertAcknowledged.self
        case .nameChecked: return NameChecked.self
        case .promiseDetected: return PromiseDetected.self
        case .feedbackTagged: return FeedbackTagged.self
        case .deadLettered: return DeadLettered.self
        }
    }
}
