/// The words and phrases the tagger reads comments with, parsed from an editable text.
///
/// A lexicon declares its themes and, for each, the aspects it is about and the phrases that judge it,
/// plus the language the tagger needs (general opinions, negators, intensifiers, sarcasm markers,
/// spellings). The format is described at the top of ``defaultText``; ``default`` is that text parsed.
/// The plugin can load an edited copy with ``init(parsing:)``.
public struct ThemeLexicon: Sendable {
    /// The lexicon's version, from its `version:` line; reported with every tagged comment.
    public let version: String
    /// The themes the lexicon declares, in the order of its `[themes]` section.
    public let themes: [Theme]
    /// Every phrase with its meaning, in the order written.
    let entries: [LexiconEntry]
    /// Misspellings, slang and foreign words with what they stand for.
    let spellings: [SpellingEntry]
    /// Irregular word forms and their base word ("knew" → "know").
    let wordForms: [String: String]
    /// Number words and their values.
    let numbers: [String: Double]
    /// Units of time and their length in minutes.
    let durations: [String: Double]
    /// Word classes by name.
    let classes: [String: Set<String>]
    /// The tuning numbers.
    let settings: LexiconSettings

    /// Whether `id` is a valid theme id: lower-case letters, digits and hyphens, starting with a letter.
    static func isThemeID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
