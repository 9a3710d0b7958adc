/// An utterance read as a commitment: the agent or the business undertakes to do something.
public struct CommitmentReading: Sendable, Equatable {
    /// The deadline words of the commitment, or `nil` when it gives none ("I'll get you a loaner").
    public let dueWords: DueWords?
    /// The words that carry the undertaking, from its subject to its verb ("I'll send",
    /// "our engineer will call", "expect a call", "you have my word").
    public let undertaking: String
}
