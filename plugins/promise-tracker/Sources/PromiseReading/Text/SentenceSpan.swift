/// A sentence of an utterance: a range of token indices, and whether a question mark ended it.
///
/// Speech-recognition text has no punctuation, so there the whole utterance is one sentence.
struct SentenceSpan: Sendable {
    /// The indices of the sentence's tokens (the ending punctuation excluded).
    let range: Range<Int>
    /// Whether the sentence ended with a question mark.
    let endsWithQuestionMark: Bool
}
