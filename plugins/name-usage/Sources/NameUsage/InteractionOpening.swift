import Foundation
import NameMatching

/// What `rapport.interaction.started` says about an interaction: who the customer is (their
/// name as given, preferred name, title), who serves them, and when it began at the desk.
public struct InteractionOpening: Sendable, Hashable {
    /// The customer's name, preferred name and title.
    public var customer: CustomerName
    /// The serving agent's name (to tell a self-introduction from the customer's name).
    public var agentName: String
    /// When the interaction started at the desk (the event's `time`).
    public var startedAt: Date
    /// The UTC offset the start's time was written with, in minutes.
    public var startOffsetMinutes: Int

    /// Bundles the values.
    public init(customer: CustomerName, agentName: String, startedAt: Date, startOffsetMinutes: Int = 0) {
        self.customer = customer
        self.agentName = agentName
        self.startedAt = startedAt
        self.startOffsetMinutes = startOffsetMinutes
    }
}
