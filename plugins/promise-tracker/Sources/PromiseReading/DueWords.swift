/// The deadline words of a commitment, as they appear in the utterance ("by Friday",
/// "within 48 hours", "as soon as possible").
///
/// The span includes a leading "by", "on", "in", "within", "at", "before" or "until" when
/// there is one. Hand it to ``DueTimeReader`` to resolve it, or keep ``text`` verbatim.
public struct DueWords: Sendable, Equatable {
    /// The words verbatim, with the utterance's own case and spelling.
    public let text: String
    /// Where they are in the utterance that was read.
    public let range: Range<String.Index>
    /// What the words mean, read once by the detector.
    let expression: DueExpression

    /// Whether the words are deadline words too vague ever to give an instant ("soon",
    /// "in due course", "as soon as possible"): such a promise is reported as unreadable.
    public var isVague: Bool { expression == .vague }
}
