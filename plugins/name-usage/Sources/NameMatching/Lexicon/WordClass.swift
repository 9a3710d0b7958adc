/// How risky a name is because it is also an ordinary word, and which reading competes.
enum WordClass: UInt8, Sendable {
    /// Not an ordinary word: any whole-word use is taken as the name unless the context says
    /// otherwise (another person, a place, a self-introduction).
    case name
    /// Also a noun, adjective, verb, place or brand (Grace, Mark, Rose, Chelsea, Ford, klein):
    /// counts only in a name slot.
    case word
    /// Also a modal verb (Will, May, Can): a name slot, and not followed by a subject ("May I").
    case modal
    /// Also an article, preposition or conjunction (An, Or, Le, Do): a title, a full name, or a
    /// vocative set off by punctuation.
    case function
    /// Also an interjection (Oh, Ah): only with a title or as part of the full name.
    case interjection
}
