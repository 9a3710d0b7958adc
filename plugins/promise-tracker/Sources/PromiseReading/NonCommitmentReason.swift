/// Why an utterance is not a commitment.
public enum NonCommitmentReason: String, Sendable, CaseIterable {
    /// No undertaking at all: plain information, a statement about the past, or a request.
    case noUndertaking = "no-undertaking"
    /// A question, including an offer asked as one ("shall I call you tomorrow?") and
    /// speech-recognition questions without a question mark.
    case question
    /// The undertaking depends on a condition ("if", "provided", "assuming", "should the...").
    case conditional
    /// The agent refuses ("we won't be able to deliver on Sunday").
    case refusal
    /// The agent hedges ("I'll try", "hopefully", "I can't guarantee it", "we'll aim to").
    case hedge
    /// Someone else's words, reported ("the lab said they'd have it done by tomorrow").
    case thirdParty = "third-party"
    /// The customer's own plan, repeated by the agent ("so you'll bring it in Monday").
    case customerPlan = "customer-plan"
    /// Standing practice ("refunds are normally processed within 5 working days").
    case policy
    /// A future state, not an action ("we'll be closed on Monday", "it will cost $40").
    case information
}
