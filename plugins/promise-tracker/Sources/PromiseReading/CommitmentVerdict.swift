/// The verdict on one utterance: a commitment, or the reason it is not one.
public enum CommitmentVerdict: Sendable, Equatable {
    /// The utterance commits the agent or the business.
    case commitment(CommitmentReading)
    /// It does not; the reason is that of its first undertaking-like clause (or
    /// ``NonCommitmentReason/noUndertaking`` when there is none).
    case notCommitment(NonCommitmentReason)

    /// The reading when it is a commitment.
    public var commitment: CommitmentReading? {
        if case .commitment(let reading) = self { return reading }
        return nil
    }
}
