/// Expands contractions into the words they stand for, with and without apostrophes (speech
/// recognition drops them: "ill", "youll", "wont", "cant").
///
/// Forms that are also other words are expanded only where the neighbours show the
/// contraction: "ill" is "I will" unless it follows a verb like "is" or "feel"; "well" is "we
/// will" only before a plain verb ("well call you"); "were" is "we are" only at the start of a
/// clause before "going" or a verb in -ing; "hell" and "shell" only before a plain verb.
enum Contractions {
    /// Apostrophe-less contractions that are no other word.
    static let plain: [String: [String]] = [
        "youll": ["you", "will"], "theyll": ["they", "will"], "itll": ["it", "will"], "thatll": ["that", "will"],
        "therell": ["there", "will"], "wholl": ["who", "will"], "whatll": ["what", "will"],
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"], "cant": ["can", "not"],
        "cannot": ["can", "not"], "wont": ["will", "not"], "wouldnt": ["would", "not"], "shouldnt": ["should", "not"],
        "couldnt": ["could", "not"], "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
        "werent": ["were", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"], "hadnt": ["had", "not"],
        "mustnt": ["must", "not"], "neednt": ["need", "not"], "aint": ["is", "not"], "shant": ["shall", "not"],
        "im": ["i", "am"], "ive": ["i", "have"], "youre": ["you", "are"], "theyre": ["they", "are"],
        "youve": ["you", "have"], "weve": ["we", "have"], "theyve": ["they", "have"], "youd": ["you", "would"],
        "theyd": ["they", "would"], "itd": ["it", "would"], "hed": ["he", "would"], "thats": ["that", "is"],
        "theres": ["there", "is"], "whats": ["what", "is"], "heres": ["here", "is"], "wheres": ["where", "is"],
        "hows": ["how", "is"], "lets": ["let", "us"], "gonna": ["going", "to"], "wanna": ["want", "to"],
        "gotta": ["got", "to"], "lemme": ["let", "me"],
    ]

    /// Words before which "'s" means "is" rather than a possessive.
    static let isBefore: Set<String> = [
        "it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "when", "this",
        "everything", "nothing", "something", "someone", "everyone", "somebody", "everybody", "one",
    ]

    /// Words after which "ill" is the adjective, not "I will".
    static let illAfter: Set<String> = [
        "is", "am", "are", "was", "were", "be", "been", "being", "feel", "feels", "feeling", "felt", "fell", "falls",
        "look", "looks", "looking", "seem", "seems", "get", "got", "getting", "become", "became", "an", "the",
    ]

    /// Intensifiers after which "ill" is the adjective unless a verb follows ("so ill" but "so ill call").
    static let illIntensifiers: Set<String> = [
        "very", "so", "too", "quite", "really", "seriously", "critically", "terminally", "mentally", "gravely", "rather",
    ]

    /// Words after which "well" is the adverb or noun, not "we will".
    static let wellAfter: Set<String> = [
        "as", "very", "so", "pretty", "quite", "really", "too", "how", "doing", "went", "going", "go", "is", "was",
        "are", "were", "be", "been", "feel", "feeling", "get", "got", "the", "a", "oh", "ah", "just", "done", "work",
        "works", "worked", "fairly", "reasonably", "extremely", "equally", "perfectly",
    ]

    /// Every word without an apostrophe that can be a contraction, and how it expands.
    static let rules: [String: ContractionRule] = {
        var rules = plain.mapValues { ContractionRule.always($0) }
        rules["ill"] = .ill
        rules["well"] = .well
        rules["hell"] = .pronounWill("he")
        rules["shell"] = .pronounWill("she")
        rules["were"] = .were
        rules["its"] = .its
        return rules
    }()

    /// The tokens of `words`, contractions expanded.
    static func expand(_ words: [RawWord]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count + 4)
        for index in words.indices {
            let word = words[index]
            guard word.kind == .word else {
                tokens.append(Token(text: word.text, kind: word.kind, start: word.start, end: word.end, capitalised: false, classes: []))
                continue
            }
            let parts: [String]
            if word.hasApostrophe {
                parts = apostropheParts(of: word.text)
            } else {
                let entry = Lexicon.entries[word.text]
                guard let rule = entry?.contraction else {
                    tokens.append(Token(text: word.text, kind: .word, start: word.start, end: word.end, capitalised: word.capitalised,
                                        classes: entry?.classes ?? []))
                    continue
                }
                let previous = index > 0 && words[index - 1].kind == .word ? words[index - 1].text : nil
                let next = index + 1 < words.count && words[index + 1].kind == .word ? words[index + 1].text : nil
                parts = expand(word.text, by: rule, previous: previous, next: next)
            }
            for part in parts {
                tokens.append(Token(text: part, kind: .word, start: word.start, end: word.end, capitalised: word.capitalised))
            }
        }
        return tokens
    }

    /// The words `text` stands for, given its neighbours (text with an apostrophe or not).
    static func parts(of text: String, previous: String?, next: String?) -> [String] {
        if text.utf8.contains(0x27) { return apostropheParts(of: text) }
        guard let rule = rules[text] else { return [text] }
        return expand(text, by: rule, previous: previous, next: next)
    }

    /// The words a contraction written with an apostrophe stands for.
    private static func apostropheParts(of text: String) -> [String] {
        guard let apostrophe = text.utf8.firstIndex(of: 0x27) else { return [text] }
        let stem = String(text[..<apostrophe])
        let suffix = String(text[text.utf8.index(after: apostrophe)...])
        return withApostrophe(stem: stem, suffix: suffix)
    }

    /// The words `text` stands for by `rule`, given its neighbours.
    private static func expand(_ text: String, by rule: ContractionRule, previous: String?, next: String?) -> [String] {
        switch rule {
        case .always(let expansion):
            return expansion
        case .ill:
            if let previous, illAfter.contains(previous) { return [text] }
            if let previous, illIntensifiers.contains(previous), !(next.map(startsPredicate) ?? false) { return [text] }
            if let next, next == "health" || next == "effects" || next == "effect" { return [text] }
            return ["i", "will"]
        case .well:
            if let previous, wellAfter.contains(previous) { return [text] }
            guard let next, startsPredicate(next) else { return [text] }
            return ["we", "will"]
        case .pronounWill(let pronoun):
            if let previous, Lexicon.classes(of: previous).contains(.determiner) { return [text] }
            guard let next, startsPredicate(next) else { return [text] }
            return [pronoun, "will"]
        case .its:
            guard let next else { return [text] }
            if ["going", "gonna", "about", "not", "being", "been", "ready", "on", "all"].contains(next) || Morphology.isPastParticiple(next) {
                return ["it", "is"]
            }
            return [text]
        case .were:
            guard let previous else { return clauseInitialWere(next: next) }
            if !Lexicon.classes(of: previous).isDisjoint(with: [.filler, .coordinator]) { return clauseInitialWere(next: next) }
            return [text]
        }
    }

    /// "were" at the start of a clause: "we are" before "going", "about" or a verb in -ing.
    private static func clauseInitialWere(next: String?) -> [String] {
        guard let next else { return ["were"] }
        if next == "going" || next == "gonna" || next == "about" || Morphology.presentParticipleStem(next) != nil {
            return ["we", "are"]
        }
        return ["were"]
    }

    /// Whether `word` can start a verb phrase after a modal: a plain verb or an adverb that sits
    /// between a modal and its verb.
    private static func startsPredicate(_ word: String) -> Bool {
        let classes = Lexicon.classes(of: word)
        return classes.contains(.verb) || classes.contains(.midAdverb)
    }

    private static func withApostrophe(stem: String, suffix: String) -> [String] {
        switch suffix {
        case "t" where stem.hasSuffix("n"):
            let base = String(stem.dropLast())
            switch base {
            case "wo": return ["will", "not"]
            case "ca": return ["can", "not"]
            case "sha": return ["shall", "not"]
            case "ai": return ["is", "not"]
            default: return [base, "not"]
            }
        case "ll": return [stem, "will"]
        case "re": return [stem, "are"]
        case "ve": return [stem, "have"]
        case "m": return [stem, "am"]
        case "d": return [stem, "would"]
        case "s":
            if stem == "let" { return ["let", "us"] }
            return isBefore.contains(stem) ? [stem, "is"] : [stem]
        case "":
            return [stem]
        default:
            return [stem + suffix]
        }
    }
}
