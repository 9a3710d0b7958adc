/// What the lexicon knows of a word as written: its classes, and how it expands when it is a
/// contraction written without an apostrophe ("youll", "ill", "well").
struct LexiconEntry: Sendable {
    /// The word's classes (of the word itself, not of its expansion).
    var classes: WordClass
    /// How the word expands, when it can be a contraction.
    var contraction: ContractionRule?
}
