/// A lexicon phrase found in a comment's tokens.
struct PhraseMatch: Sendable {
    /// The first token of the match.
    let start: Int
    /// The token after the match.
    let end: Int
    /// The index of the matched pattern in the compiled lexicon.
    let pattern: Int
    /// Whether a `not` or `never` inside the match negates it ("could not tell me" for "could tell me").
    let innerNegated: Bool
}
