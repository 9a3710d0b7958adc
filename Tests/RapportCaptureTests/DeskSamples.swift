import RapportCapture
import RapportEvents

/// One event of every desk type, built the way a capture tool builds them, for the builder tests.
enum DeskSamples {
    static let customer = "c-1042"
    static let at = Instant(rfc3339: "2026-11-23T10:15:00+01:00")!

    static func desk() throws -> Desk {
        try Desk(location: "store-12", desk: "3", agent: "a-17")
    }

    /// Every desk type with the event built for it.
    static func all() throws -> [(type: EventType, event: TypedEvent)] {
        let desk = try desk()
        let zoe = try desk.customer(customer)
        return [
            (.interactionStarted, try desk.event(InteractionStarted(
                interactionID: "i-9", channel: .frontDesk, customer: .init(id: customer, name: "Zoë Ångström-Nakamura", preferred: "Zoë"),
                agent: .init(id: "a-17", name: "Sam")), at: at)),
            (.utterance, try zoe.event(Utterance(interactionID: "i-9", speaker: .agent, text: "Good morning, Zoë", offsetMilliseconds: 1_200), at: at)),
            (.nameUsed, try zoe.event(NameUsed(interactionID: "i-9"), at: at)),
            (.interactionEnded, try zoe.event(InteractionEnded(interactionID: "i-9", outcome: "resolved"), at: at)),
            (.promiseMade, try desk.event(PromiseMade(
                promiseID: "p-1", interactionID: "i-9", customer: .init(id: customer, name: "Zoë"), what: "Call back", due: .words("by Friday")), at: at)),
            (.promiseRevised, try zoe.event(PromiseRevised(promiseID: "p-1", due: .words("Monday"), customerContacted: true), at: at)),
            (.promiseKept, try zoe.event(PromiseKept(promiseID: "p-1"), at: at)),
            (.promiseCancelled, try zoe.event(PromiseCancelled(promiseID: "p-1", reason: "no longer needed"), at: at)),
            (.customerContacted, try desk.event(CustomerContacted(customerID: customer, promiseID: "p-1", channel: .phone), at: at)),
            (.feedbackReceived, try zoe.event(FeedbackReceived(source: .commentCard, scores: .init(nps: 3), comment: "slow"), at: at)),
            (.complaintReceived, try desk.event(ComplaintReceived(
                complaintID: "k-1", customer: .init(id: customer, name: "Zoë"), text: "Waited 25 minutes", severity: .high), at: at)),
            (.complaintResolved, try zoe.event(ComplaintResolved(complaintID: "k-1", resolution: "apologised", customerSatisfied: true), at: at)),
        ]
    }
}
