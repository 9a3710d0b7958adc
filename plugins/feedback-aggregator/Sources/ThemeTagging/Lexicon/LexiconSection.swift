/// A section of the lexicon text: what its lines hold.
enum LexiconSection: Hashable, Sendable {
    /// `[themes]`: the theme ids.
    case themes
    /// `[settings]`: `key = number` lines.
    case settings
    /// `[spellings]`: `written = meant` pairs.
    case spellings
    /// `[word-forms]`: `irregular = base` pairs ("knew = know").
    case wordForms
    /// `[numbers]`: `word = value` pairs.
    case numbers
    /// `[durations]`: `unit = minutes` pairs.
    case durations
    /// `[class: name]`: single words matched by `@name`.
    case wordClass(String)
    /// Any other section: a list of phrases with one meaning.
    case phrases(Meaning)

    /// The built-in classes a phrase may use without a `[class: ...]` section.
    static let builtInClasses = Set(CompiledLexicon.BuiltInClass.allCases.map(\.rawValue))

    /// The section named by a header's `name` and optional `part`, given the themes declared so far.
    static func named(_ name: String, part: String?, themes: Set<Theme>, line: Int) throws(ThemeLexiconError)
        -> LexiconSection
    {
        let whole = part.map { "\(name): \($0)" } ?? name
        switch (name, part) {
        case ("themes", nil): return .themes
        case ("settings", nil): return .settings
        case ("spellings", nil): return .spellings
        case ("word-forms", nil): return .wordForms
        case ("numbers", nil): return .numbers
        case ("durations", nil): return .durations
        case ("class", let part?) where !part.isEmpty: return .wordClass(part)
        case ("opinions", "positive"): return .phrases(.opinion(.positive))
        case ("opinions", "negative"): return .phrases(.opinion(.negative))
        case ("sarcasm", "markers"): return .phrases(.sarcasmMarker)
        case ("sarcasm", "frames"): return .phrases(.sarcasmFrame)
        case ("sarcasm", "hints"): return .phrases(.sarcasmHint)
        case (let name, nil):
            guard let meaning = grammar[name] else { throw ThemeLexiconError(line: line, .unknownSection(whole)) }
            return .phrases(meaning)
        case (let name, let part?):
            guard !globalNames.contains(name), let meaning = themeMeaning(Theme(name), part) else {
                throw ThemeLexiconError(line: line, .unknownSection(whole))
            }
            guard themes.contains(Theme(name)) else { throw ThemeLexiconError(line: line, .undeclaredTheme(name)) }
            return .phrases(meaning)
        }
    }

    private static let grammar: [String: Meaning] = [
        "intensifiers": .intensifier, "after-intensifiers": .afterIntensifier, "negators": .negator,
        "after-negators": .afterNegator, "hedges": .hedge, "counterfactuals": .counterfactual,
        "mentions": .mention, "contrasts": .contrast, "breaks": .clauseBreak, "neutral": .neutral,
        "workplace": .workplace, "revelations": .revelation,
    ]

    private static let globalNames = Set([
        "themes", "settings", "spellings", "word-forms", "numbers", "durations", "class", "opinions", "sarcasm",
    ]).union(grammar.keys)

    private static func themeMeaning(_ theme: Theme, _ part: String) -> Meaning? {
        switch part {
        case "aspects": .aspect(theme)
        case "positive": .cue(theme, .positive)
        case "negative": .cue(theme, .negative)
        case "positive-near": .near(theme, .positive)
        case "negative-near": .near(theme, .negative)
        case "problems": .problem(theme)
        case "needs": .need(theme)
        default: nil
        }
    }
}
