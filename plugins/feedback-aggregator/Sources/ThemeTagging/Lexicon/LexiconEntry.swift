/// One phrase of the lexicon with its meaning and weight.
struct LexiconEntry: Hashable, Sendable {
    /// The phrase's elements.
    let phrase: [PhrasePart]
    /// What it means.
    let meaning: Meaning
    /// Its weight (1 unless written `~w`).
    let weight: Double
    /// The lexicon line it came from.
    let line: Int
}
