/// How a word written without an apostrophe expands.
enum ContractionRule: Sendable {
    /// Always into these words ("youll" is "you will").
    case always([String])
    /// "ill": "I will" unless it is the adjective.
    case ill
    /// "well": "we will" only before a plain verb.
    case well
    /// "hell", "shell": "he will", "she will" only before a plain verb.
    case pronounWill(String)
    /// "were": "we are" only at the start of a clause before "going" or a verb in -ing.
    case were
    /// "its": "it is" before "going", "not", a participle or "ready"; otherwise the possessive.
    case its
}
