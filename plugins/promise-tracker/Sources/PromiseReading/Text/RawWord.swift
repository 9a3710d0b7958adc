/// A word or punctuation mark as the tokeniser cut it, before contractions are expanded.
struct RawWord: Sendable {
    /// Lower-cased text without dots ("i'll", "4pm", "am" for "a.m.").
    var text: String
    /// Kind of token it becomes.
    var kind: Token.Kind
    /// UTF-8 offset of the first byte.
    var start: Int
    /// UTF-8 offset just past the last byte.
    var end: Int
    /// Whether it began with a capital letter.
    var capitalised: Bool
    /// Whether it had a dot inside ("a.m", "e.g"): a full stop right after it is not a sentence end.
    var hadInnerDot: Bool
    /// Whether it has an apostrophe inside ("i'll", "don't").
    var hasApostrophe: Bool
}
