/// The verdict on one interaction: did the agent use the customer's name, and how.
public struct NameCheck: Sendable, Hashable {
    /// True when at least one agent utterance addressed or referred to the customer by name.
    public var used: Bool
    /// The distinct name forms as heard, in order of first use, each a substring of an agent
    /// utterance (after NFC normalisation) with any attached title, honorific or possessive:
    /// `Mrs Okafor`, `田中様`, `Sharma ji`, `Dave's`, `mr oconnor`.
    public var forms: [String]
    /// Index (into the interaction's utterances, counting every speaker) of the first agent
    /// utterance that used the name; nil when ``used`` is false.
    public var firstUtteranceIndex: Int?
    /// How many agent turns the interaction had.
    public var agentTurns: Int

    /// Creates a verdict.
    public init(used: Bool, forms: [String], firstUtteranceIndex: Int?, agentTurns: Int) {
        self.used = used
        self.forms = forms
        self.firstUtteranceIndex = firstUtteranceIndex
        self.agentTurns = agentTurns
    }
}
