import Foundation
import RapportEvents

/// Desk events for the name-usage tests: one store, interactions by id.
enum Desk {
    static let base = Date(timeIntervalSince1970: 1_795_425_300)     // 2026-11-23T09:15:00Z, the kit's start

    static func time(_ seconds: Double) -> Instant {
        Instant(millisecondsSinceEpoch: Int64(((base.timeIntervalSince1970 + seconds) * 1_000).rounded()))!
    }

    static func event(_ id: String, at seconds: Double, location: String = "store-12", agent: String = "a-7", _ data: some EventData) -> TypedEvent {
        try! TypedEvent(id: id, source: "/locations/\(location)/desks/1", time: time(seconds), location: location, agent: agent, data: data)
    }

    static func started(_ interaction: String, customer: String, preferred: String? = nil, title: String? = nil,
                        agentName: String = "Sam Patel", at seconds: Double = 0, location: String = "store-12", agent: String = "a-7") -> TypedEvent {
        event("\(interaction)-start", at: seconds, location: location, agent: agent, try! InteractionStarted(
            interactionID: interaction, channel: .frontDesk,
            customer: .init(id: "c-\(interaction)", name: customer, preferred: preferred, title: title),
            agent: .init(id: agent, name: agentName)))
    }

    static func said(_ interaction: String, _ n: Int, _ speaker: Speaker, _ text: String, at seconds: Double? = nil,
                     location: String = "store-12", agent: String = "a-7") -> TypedEvent {
        event("\(interaction)-u\(n)", at: seconds ?? Double(n), location: location, agent: agent,
              try! Utterance(interactionID: interaction, speaker: speaker, text: text, offsetMilliseconds: n * 1_000))
    }

    static func ticked(_ interaction: String, at seconds: Double = 30, location: String = "store-12", agent: String = "a-7") -> TypedEvent {
        event("\(interaction)-tick", at: seconds, location: location, agent: agent, try! NameUsed(interactionID: interaction))
    }

    static func ended(_ interaction: String, at seconds: Double = 60, location: String = "store-12", agent: String = "a-7") -> TypedEvent {
        event("\(interaction)-end", at: seconds, location: location, agent: agent, try! InteractionEnded(interactionID: interaction))
    }

    /// A copy of `event` under another id (a capture tool that sent the same thing twice).
    static func copy(_ event: TypedEvent, id: String) -> TypedEvent {
        try! TypedEvent(id: id, source: event.source, time: event.time, subject: event.subject, location: event.location,
                        agent: event.agent, payload: event.payload)
    }
}
