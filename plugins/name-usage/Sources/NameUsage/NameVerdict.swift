/// The verdict on one interaction: the content of `rapport.name.checked`
/// (../shared/EVENTS.md) and why the interaction was closed.
public struct NameVerdict: Sendable, Hashable {
    /// The interaction's id.
    public var interaction: String
    /// Whether the agent addressed or referred to the customer by name.
    public var used: Bool
    /// The name forms heard, in order of first use (empty when decided from the tick alone).
    public var forms: [String]
    /// Milliseconds from the start to the first use, when known.
    public var firstOffsetMilliseconds: Int?
    /// How many turns the agent spoke.
    public var agentTurns: Int
    /// Whether the agent ticked "addressed by name".
    public var ticked: Bool
    /// Whether the verdict read utterances (`false`: it rests on the tick alone).
    public var transcript: Bool
    /// Why the interaction was closed.
    public var closedBy: CloseReason

    /// Bundles the values.
    public init(interaction: String, used: Bool, forms: [String], firstOffsetMilliseconds: Int?, agentTurns: Int,
                ticked: Bool, transcript: Bool, closedBy: CloseReason) {
        self.interaction = interaction
        self.used = used
        self.forms = forms
        self.firstOffsetMilliseconds = firstOffsetMilliseconds
        self.agentTurns = agentTurns
        self.ticked = ticked
        self.transcript = transcript
        self.closedBy = closedBy
    }
}
