/// Deadline words found among an utterance's tokens, and what they mean.
struct DuePhrase: Sendable {
    /// What the words mean.
    let expression: DueExpression
    /// The tokens they cover, leading "by"/"on"/"in"/"within"/"at" included.
    let range: Range<Int>

    /// Bundles a meaning and its tokens.
    init(_ expression: DueExpression, _ range: Range<Int>) {
        self.expression = expression
        self.range = range
    }
}
