/// One element of a lexicon phrase.
enum PhrasePart: Hashable, Sendable {
    /// A word, matched in any of its forms ("wait" matches "waited", "waiting").
    case word(String)
    /// `*`: up to the lexicon's `gap` setting of any words, within one clause.
    case gap
    /// `@name`: any word of a `[class: name]` section, or a built-in class (`@money`, `@number`,
    /// `@time`, `@late-clock`, `@high-rating`, …: ``CompiledLexicon/BuiltInClass``).
    case wordClass(String)
}
