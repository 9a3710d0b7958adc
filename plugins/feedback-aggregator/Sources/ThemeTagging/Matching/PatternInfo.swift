/// What a phrase's meanings add up to, worked out once when the lexicon is compiled so that reading
/// asks plain questions ("is it a negator?", "which themes is it an aspect of?").
struct PatternInfo: Sendable {
    /// The negator's weight (its own scope when above 1), when it is a negator.
    var negatorScope: Double?
    /// The factor of an intensifier before a judgement.
    var intensifier: Double?
    /// The factor of an intensifier after a judgement.
    var afterIntensifier: Double?
    /// The weight a contrast gives the rest of its sentence.
    var contrast: Double?
    var isHedge = false
    var isAfterNegator = false
    var isCounterfactual = false
    var isMention = false
    var isBreak = false
    /// Whether it only starts a clause ("and the", "because"): it hides no phrase starting inside it.
    var isOnlyBreak = false
    var isSarcasmMarker = false
    var isSarcasmFrame = false
    var isSarcasmHint = false
    /// Whether it names a matter of the workplace itself ("rota"): it keeps any other meaning it has.
    var isWorkplace = false
    /// Whether it reveals what really was after a report ("turned out", "second opinion").
    var isRevelation = false
    /// Whether it judges: a cue, a near opinion, a general opinion, a problem or a need.
    var judges = false
    /// Whether it is a general opinion, and a positive one.
    var isOpinion = false
    var isPositiveOpinion = false
    /// Whether it judges a theme by itself or beside an aspect (a cue or a near opinion).
    var judgesTheme = false
    /// Whether every meaning is an aspect, a problem or a need: a noun, which matches plurals but not
    /// verb forms ("handle" matches "handles", not "handled").
    var nounOnly = true
    /// The themes it is an aspect, problem or need of (what a general opinion can describe).
    var aspectThemes: [Theme] = []
    /// The themes it is an aspect or problem of (what a near opinion can judge beside it).
    var nounThemes: [Theme] = []
    /// The themes of its problems, with their weights.
    var problems: [(Theme, Double)] = []
    /// The theme of its first cue.
    var cueTheme: Theme?
    /// The theme of its first cue or near opinion.
    var judgedTheme: Theme?

    init() {}

    init(_ meanings: [CompiledLexicon.WeightedMeaning]) {
        isOnlyBreak = meanings.allSatisfy { if case .clauseBreak = $0.meaning { true } else { false } }
        for weighted in meanings {
            let weight = weighted.weight
            switch weighted.meaning {
            case .aspect(let theme):
                aspectThemes.append(theme)
                nounThemes.append(theme)
            case .problem(let theme):
                aspectThemes.append(theme)
                nounThemes.append(theme)
                problems.append((theme, weight))
                judges = true
            case .need(let theme):
                aspectThemes.append(theme)
                judges = true
            case .cue(let theme, _):
                judges = true
                judgesTheme = true
                cueTheme = cueTheme ?? theme
                judgedTheme = judgedTheme ?? theme
                nounOnly = false
            case .near(let theme, _):
                judges = true
                judgesTheme = true
                judgedTheme = judgedTheme ?? theme
                nounOnly = false
            case .opinion(let polarity):
                judges = true
                isOpinion = true
                isPositiveOpinion = isPositiveOpinion || polarity == .positive
                nounOnly = false
            case .intensifier: intensifier = weight; nounOnly = false
            case .afterIntensifier: afterIntensifier = weight; nounOnly = false
            case .negator: negatorScope = weight; nounOnly = false
            case .afterNegator: isAfterNegator = true; nounOnly = false
            case .hedge: isHedge = true; nounOnly = false
            case .counterfactual: isCounterfactual = true; nounOnly = false
            case .mention: isMention = true; nounOnly = false
            case .contrast: contrast = weight; nounOnly = false
            case .clauseBreak: isBreak = true; nounOnly = false
            case .neutral: nounOnly = false
            case .workplace: isWorkplace = true; nounOnly = false
            case .revelation: isRevelation = true; nounOnly = false
            case .sarcasmMarker: isSarcasmMarker = true; nounOnly = false
            case .sarcasmFrame: isSarcasmFrame = true; nounOnly = false
            case .sarcasmHint: isSarcasmHint = true; nounOnly = false
            }
        }
    }
}
