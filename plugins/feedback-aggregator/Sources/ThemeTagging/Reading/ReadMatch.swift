/// A phrase found in a comment with its meanings and what the words around it do to it.
struct ReadMatch: Sendable {
    /// Where the phrase is.
    let match: PhraseMatch
    /// What the phrase means (a phrase may be listed in several sections).
    let meanings: [CompiledLexicon.WeightedMeaning]
    /// What those meanings add up to.
    let info: PatternInfo
    /// The clause and sentence it is in.
    var clause = 0
    var sentence = 0
    /// Whether a negation reverses it.
    var negated = false
    /// Whether that negation is hedged ("not rude exactly").
    var hedged = false
    /// The product of the intensifiers around it.
    var intensity = 1.0
    /// Whether it stands in a mention ("I rang about the price") and judges nothing.
    var silenced = false
    /// Whether it stands after a counterfactual ("should have been"), so praise is a complaint.
    var counterfactual = false
    /// Whether it is a general opinion that only strengthens the judgement next to it ("lovely clean").
    var absorbed = false

    init(match: PhraseMatch, pattern: CompiledLexicon.Pattern) {
        self.match = match
        meanings = pattern.meanings
        info = pattern.info
    }

    var start: Int { match.start }
    var end: Int { match.end }
    var judges: Bool { info.judges }
    var aspectThemes: [Theme] { info.aspectThemes }
    var nounThemes: [Theme] { info.nounThemes }
    var isNegator: Bool { info.negatorScope != nil }
    var isIntensifier: Bool { info.intensifier != nil }
}
