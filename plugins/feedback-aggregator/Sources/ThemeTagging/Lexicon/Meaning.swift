/// What a phrase of the lexicon means to the tagger: the section it was listed in.
enum Meaning: Hashable, Sendable {
    /// Something a theme is about (`queue`, `staff`, `toilets`); general opinions judge it.
    case aspect(Theme)
    /// A judgement of a theme on its own ("rude", "spotless", "rip-off").
    case cue(Theme, Polarity)
    /// A judgement of a theme only next to one of its aspects ("long" beside "queue").
    case near(Theme, Polarity)
    /// An aspect whose absence is praise ("no queue").
    case problem(Theme)
    /// An aspect whose absence is a complaint ("no update").
    case need(Theme)
    /// A general opinion that judges whatever aspect it is paired with ("great", "awful").
    case opinion(Polarity)
    /// Strengthens or weakens the judgement that follows (its weight is the factor).
    case intensifier
    /// Strengthens or weakens the judgement just before ("clean *enough*").
    case afterIntensifier
    /// Reverses the judgements that follow within the negation scope ("not", "never").
    case negator
    /// Reverses the judgement just before ("the queue has *vanished*").
    case afterNegator
    /// Marks a negation as hedged ("not *exactly* quick").
    case hedge
    /// Makes praise in the rest of the clause a complaint ("should have been", "if only").
    case counterfactual
    /// Makes the rest of the clause a mere mention ("I rang about").
    case mention
    /// Starts a new clause and weights it (its weight): "but", "although".
    case contrast
    /// Starts a new clause ("and the", "because").
    case clauseBreak
    /// A phrase that means nothing to the tagger but hides a keyword ("waiting room", "clean break").
    case neutral
    /// A matter of the workplace itself ("rota", "staff room", "payslip"): an employee's sentence about
    /// one that names no customer judges nothing.
    case workplace
    /// Reveals what really was, after what staff were reported to say ("turned out", "second opinion"):
    /// wrong information, unless a `confirming` word follows ("turned out to be true").
    case revelation
    /// Marks its sentence as sarcastic ("thanks for nothing", "🙄").
    case sarcasmMarker
    /// Opens a sentence that is sarcastic when a complaint follows ("so glad", "love").
    case sarcasmFrame
    /// Marks its sentence as sarcastic when the sentence also complains ("as usual").
    case sarcasmHint
}
