/// An event's `type` and `data`, typed: one case per catalogue type, and ``site(type:data:)``
/// for site-specific `x-...` types, which the bus carries without interpreting.
public enum EventPayload: Sendable, Equatable {
    /// `rapport.interaction.started`.
    case interactionStarted(InteractionStarted)
    /// `rapport.interaction.utterance`.
    case utterance(Utterance)
    /// `rapport.interaction.name-used`.
    case nameUsed(NameUsed)
    /// `rapport.interaction.ended`.
    case interactionEnded(InteractionEnded)
    /// `rapport.promise.made`.
    case promiseMade(PromiseMade)
    /// `rapport.promise.revised`.
    case promiseRevised(PromiseRevised)
    /// `rapport.promise.kept`.
    case promiseKept(PromiseKept)
    /// `rapport.promise.cancelled`.
    case promiseCancelled(PromiseCancelled)
    /// `rapport.customer.contacted`.
    case customerContacted(CustomerContacted)
    /// `rapport.feedback.received`.
    case feedbackReceived(FeedbackReceived)
    /// `rapport.complaint.received`.
    case complaintReceived(ComplaintReceived)
    /// `rapport.complaint.resolved`.
    case complaintResolved(ComplaintResolved)
    /// `rapport.alert.raised`.
    case alertRaised(AlertRaised)
    /// `rapport.alert.resolved`.
    case alertResolved(AlertResolved)
    /// `rapport.alert.acknowledged`.
    case alertAcknowledged(AlertAcknowledged)
    /// `rapport.name.checked`.
    case nameChecked(NameChecked)
    /// `rapport.promise.detected`.
    case promiseDetected(PromiseDetected)
    /// `rapport.feedback.tagged`.
    case feedbackTagged(FeedbackTagged)
    /// `rapport.bus.dead-lettered`.
    case deadLettered(DeadLettered)
    /// A site-specific type (starting with `x-`) and its `data`, any JSON value.
    case site(type: String, data: JSONValue)

    /// The typed `data`, or `nil` for a site type.
    public var eventData: (any EventData)? {
        switch self {
        case .interactionStarted(let data): return data
        case .utterance(let data): return data
        case .nameUsed(let data): return data
        case .interactionEnded(let data): return data
        case .promiseMade(let data): return data
        case .promiseRevised(let data): return data
        case .promiseKept(let data): return data
        case .promiseCancelled(let data): return data
        case .customerContacted(let data): return data
        case .feedbackReceived(let data): return data
        case .complaintReceived(let data): return data
        case .complaintResolved(let data): return data
        case .alertRaised(let data): return data
        case .alertResolved(let data): return data
        case .alertAcknowledged(let data): return data
        case .nameChecked(let data): return data
        case .promiseDetected(let data): return data
        case .feedbackTagged(let data): return data
        case .deadLettered(let data): return data
        case .site: return nil
        }
    }

    /// The catalogue type, or `nil` for a site type. A switch, not ``eventData``: boxing the data
    /// in an existential to ask its type was 3% of a plugin's batch (every event's `type` is
    /// asked for several times: routing, encoding, the outbox).
    public var eventType: EventType? {
        switch self {
        case .interactionStarted: .interactionStarted
        case .utterance: .utterance
        case .nameUsed: .nameUsed
        case .interactionEnded: .interactionEnded
        case .promiseMade: .promiseMade
        case .promiseRevised: .promiseRevised
        case .promiseKept: .promiseKept
        case .promiseCancelled: .promiseCancelled
        case .customerContacted: .customerContacted
        case .feedbackReceived: .feedbackReceived
        case .complaintReceived: .complaintReceived
        case .complaintResolved: .complaintResolved
        case .alertRaised: .alertRaised
        case .alertResolved: .alertResolved
        case .alertAcknowledged: .alertAcknowledged
        case .nameChecked: .nameChecked
        case .promiseDetected: .promiseDetected
        case .feedbackTagged: .feedbackTagged
        case .deadLettered: .deadLettered
        case .site: nil
        }
    }

    /// The typed `data` if it is a `D` (without boxing it in an existential as ``eventData`` does).
    public func data<D: EventData>(as type: D.Type) -> D? {
        switch self {
        case .interactionStarted(let data): data as? D
        case .utterance(let data): data as? D
        case .nameUsed(let data): data as? D
        case .interactionEnded(let data): data as? D
        case .promiseMade(let data): data as? D
        case .promiseRevised(let data): data as? D
        case .promiseKept(let data): data as? D
        case .promiseCancelled(let data): data as? D
        case .customerContacted(let data): data as? D
        case .feedbackReceived(let data): data as? D
        case .complaintReceived(let data): data as? D
        case .complaintResolved(let data): data as? D
        case .alertRaised(let data): data as? D
        case .alertResolved(let data): data as? D
        case .alertAcknowledged(let data): data as? D
        case .nameChecked(let data): data as? D
        case .promiseDetected(let data): data as? D
        case .feedbackTagged(let data): data as? D
        case .deadLettered(let data): data as? D
        case .site: nil
        }
    }

    /// The event's `type`: the catalogue type or the site type.
    public var type: String {
        if case .site(let type, _) = self { return type }
        return eventType?.rawValue ?? ""
    }

    /// The event's `data` as JSON.
    public var json: JSONValue {
        if case .site(_, let data) = self { return data }
        return eventData?.json ?? .null
    }
}
