/// The kinds of feature a ``ThemeModel`` weighs (``CommentFeatures``), named in its file's `features`
/// setting so that a build that cannot make one of them refuses the model instead of tagging with part of
/// it: a build from before the lexicon's classes of words (`x:`) read model 2026-12-07.7's file without a
/// word and weighed none of them.
public enum FeatureKind: String, CaseIterable, Sendable, Comparable {
    /// `u:word`, and `n:word` for a word a negation governs.
    case words
    /// `b:word_word`, neighbouring words.
    case pairs
    /// `s:stem`.
    case stems
    /// `author:customer|employee`.
    case author
    /// What the lexicon read of each theme: `lt:`, `le:`, `lp:`, `ln:`.
    case lexicon
    /// What the lexicon's phrases name, judging or not (``LexiconCues``): `x:`.
    case cues

    /// The prefix of each kind's feature names, before the first colon.
    static let prefixes: KeyValuePairs<Substring, FeatureKind> = [
        "u": .words, "n": .words, "b": .pairs, "s": .stems, "author": .author,
        "lt": .lexicon, "le": .lexicon, "lp": .lexicon, "ln": .lexicon, "x": .cues,
    ]

    /// The kind of the feature named `name`, by its prefix; `nil` for a prefix no kind has.
    public init?(feature name: Substring) {
        guard let colon = name.firstIndex(of: ":"), let kind = Self.prefixes.first(where: { $0.key == name[..<colon] })?.value else {
            return nil
        }
        self = kind
    }

    /// The kinds of a model file with no `features` setting, written before the setting was: those of the
    /// features it weighs.
    static func of(_ names: some Sequence<String>) -> Set<FeatureKind> {
        Set(names.compactMap { FeatureKind(feature: $0[...]) })
    }

    public static func < (lhs: FeatureKind, rhs: FeatureKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
