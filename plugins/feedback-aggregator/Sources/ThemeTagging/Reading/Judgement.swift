/// One weighted judgement of a theme found in a comment.
struct Judgement: Sendable {
    /// The theme judged.
    let theme: Theme
    /// Which way.
    var polarity: Polarity
    /// How strongly (intensifiers, negation and contrast included).
    var weight: Double
    /// Where: the first token of the judging phrase, its clause and sentence.
    let position: Int
    let clause: Int
    let sentence: Int
    /// Whether a negation made it what it is ("nobody was rude" is praise by negation).
    var negated = false
}
