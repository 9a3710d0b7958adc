/// One decided interaction as the figures count it: where, by whom, in which month, and the
/// verdict's flags.
public struct DecidedInteraction: Sendable, Hashable {
    /// The interaction's id.
    public var interaction: String
    /// Its location (`nil` when no event named one).
    public var location: String?
    /// The agent's id (`nil` when no event named one).
    public var agent: String?
    /// The month it counts in (its start, in the location's zone).
    public var month: UsageMonth
    /// Whether the name was used.
    public var used: Bool
    /// Whether the agent ticked "addressed by name".
    public var ticked: Bool
    /// Whether the transcript decided it (else the tick alone).
    public var transcript: Bool

    /// Bundles the values.
    public init(interaction: String, location: String?, agent: String?, month: UsageMonth, used: Bool, ticked: Bool, transcript: Bool) {
        self.interaction = interaction
        self.location = location
        self.agent = agent
        self.month = month
        self.used = used
        self.ticked = ticked
        self.transcript = transcript
    }
}

extension DecidedInteraction {
    /// The decided interaction `verdict` makes of `evidence`, counted in `month`.
    public init(_ verdict: NameVerdict, evidence: InteractionEvidence, month: UsageMonth) {
        self.init(interaction: verdict.interaction, location: evidence.location, agent: evidence.agent, month: month,
                  used: verdict.used, ticked: verdict.ticked, transcript: verdict.transcript)
    }
}
