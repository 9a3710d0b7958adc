/// The counts behind a name-usage rate: interactions decided, how many used the name, and how
/// many of each were decided from a transcript or from the tick alone.
public struct UsageTally: Sendable, Hashable {
    /// Interactions decided.
    public var interactions = 0
    /// Of those, interactions where the name was used.
    public var used = 0
    /// Interactions decided from a transcript.
    public var fromTranscript = 0
    /// Interactions decided from the tick alone (no agent words captured).
    public var fromTickAlone = 0
    /// Interactions the agent ticked.
    public var ticked = 0

    /// An empty tally.
    public init() {}

    /// Counts one more decided interaction.
    public mutating func add(_ decided: DecidedInteraction) {
        interactions += 1
        if decided.used { used += 1 }
        if decided.transcript { fromTranscript += 1 } else { fromTickAlone += 1 }
        if decided.ticked { ticked += 1 }
    }

    /// `used / interactions`, or `nil` with no interactions.
    public var rate: Double? { interactions == 0 ? nil : Double(used) / Double(interactions) }
}
