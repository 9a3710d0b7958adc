/// Name-usage rates per agent, location and month, with the counts behind them.
public struct UsageRates: Sendable, Hashable {
    /// One row: a month, a location and an agent (or the location's total when `agent` is `nil`).
    public struct Row: Sendable, Hashable {
        /// The month.
        public var month: UsageMonth
        /// The location (`nil`: events named none).
        public var location: String?
        /// The agent; `nil` in a location's total row.
        public var agent: String?
        /// The counts.
        public var tally: UsageTally
    }

    /// Per agent, ordered by month, location, agent.
    public let byAgent: [Row]
    /// Per location (all its agents), ordered by month, location.
    public let byLocation: [Row]

    /// The rates of `decided`, each interaction counted once (by its id).
    public init(_ decided: [DecidedInteraction]) {
        var seen = Set<String>()
        var agents: [Key: UsageTally] = [:]
        var locations: [Key: UsageTally] = [:]
        for interaction in decided where seen.insert(interaction.interaction).inserted {
            agents[Key(month: interaction.month, location: interaction.location, agent: interaction.agent ?? ""), default: UsageTally()].add(interaction)
            locations[Key(month: interaction.month, location: interaction.location, agent: nil), default: UsageTally()].add(interaction)
        }
        byAgent = agents.sorted { $0.key < $1.key }.map { Row(month: $0.key.month, location: $0.key.location, agent: $0.key.agent, tally: $0.value) }
        byLocation = locations.sorted { $0.key < $1.key }.map { Row(month: $0.key.month, location: $0.key.location, agent: nil, tally: $0.value) }
    }

    private struct Key: Hashable, Comparable {
        var month: UsageMonth
        var location: String?
        var agent: String?

        static func < (a: Key, b: Key) -> Bool {
            if a.month != b.month { return a.month < b.month }
            if a.location != b.location { return (a.location ?? "") < (b.location ?? "") }
            return (a.agent ?? "") < (b.agent ?? "")
        }
    }
}
