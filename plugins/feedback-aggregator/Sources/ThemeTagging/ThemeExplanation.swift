/// Why a comment got its tags: each judgement the tagger read in it, and how they netted. For people
/// editing a lexicon (`rapport themes tag --explain`), not for the plugin's hot path.
public struct ThemeExplanation: Sendable {
    /// One judgement read in the comment; encodes as `{"theme", "polarity", "weight", "word", "sentence", "negated"}`.
    public struct Evidence: Sendable, Equatable, Encodable {
        /// The theme judged.
        public let theme: Theme
        /// Which way, after negation, contrast and sarcasm were read.
        public let polarity: Polarity
        /// How strongly (intensifiers, negation and contrast included).
        public let weight: Double
        /// The word the judging phrase starts at, as the tagger read it (lower case, spelling corrected,
        /// contractions expanded).
        public let word: String
        /// The sentence it is in, counted from 1.
        public let sentence: Int
        /// Whether a negation made it what it is ("nobody was rude").
        public let negated: Bool
    }

    /// The comment's tags, as ``ThemeTagger/tag(_:)`` gives them.
    public let tags: [Theme: Polarity]
    /// Every judgement that counts, in the order read.
    public let evidence: [Evidence]
    /// Judgements read in an employee's sentences about the workplace itself, which do not count.
    public let workplace: [Evidence]
    /// Each judged theme's net judgement: praise weighs plus, complaints minus.
    public let net: [Theme: Double]
    /// The size a net judgement needs to be tagged (the lexicon's `threshold` setting).
    public let threshold: Double
    /// The themes the learned reader added (``ThemeModel``), each with the probability it gave that the
    /// comment judges it; their tags are in ``tags``.
    public let learned: [Theme: Double]
    /// The themes the lexicon tagged and the learned reader withdrew, each with the probability (below the
    /// model's `keep`) it gave that the comment judges it; they are not in ``tags``.
    public let withdrawn: [Theme: Double]
    /// The themes the lexicon tagged whose polarity the learned reader turned, each with the probability it
    /// gave that the judgement is praise; their turned tags are in ``tags``.
    public let turned: [Theme: Double]
}
