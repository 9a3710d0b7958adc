/// One element of a lexicon phrase.
enum PhrasePart: Hashable, Sendable {
    /// A word, matched in any of its forms ("wait" matches "waited", "waiting").
    case word(String)
    /// `*`: up to the lexicon's `gap` setting of any words, within one clause.
    case gap
    /// `@name`: any word of a `[class: name]` section, or a built-in class (`@money`, `@number`,
    /// `@time`, `@short-time`, `@long-time`, `@name`, `@late-clock`, `@higher-money`, `@quoted-money`).
    case wordClass(String)
}
