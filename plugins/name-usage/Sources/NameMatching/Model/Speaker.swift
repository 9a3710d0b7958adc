/// Who said an utterance in an interaction.
///
/// Only ``agent`` turns can count as the agent using the customer's name; ``customer`` turns are
/// read only for context (a reply such as "no, she's my daughter" after "Is that Alice?"), and
/// ``other`` (a colleague or third person) is ignored.
public enum Speaker: String, Sendable, Hashable, CaseIterable {
    /// The member of staff whose name usage is measured.
    case agent
    /// The customer the interaction is about.
    case customer
    /// Anyone else who speaks: a colleague, a porter, a doctor.
    case other
}
