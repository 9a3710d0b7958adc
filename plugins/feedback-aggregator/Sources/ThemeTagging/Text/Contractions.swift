/// Expands English contractions so that "wasn't" and "was not" read the same.
enum Contractions {
    /// The words a contraction stands for, or nil when `word` is not one.
    ///
    /// "n't" becomes a separate `not` ("didn't" is `did not`, "can't" is `can not`, "won't" is
    /// `will not`); "'ll", "'ve", "'re", "'m" and "'d" become `will`, `have`, `are`, `am` and `would`;
    /// "'s" after a pronoun ("it's", "that's", "there's", "what's") is `is`; after anything else it is dropped,
    /// because it may be "is", "has" or a possessive.
    static func expand(_ word: String) -> [String]? {
        guard let apostrophe = word.lastIndex(of: "'") else { return nil }
        let base = String(word[..<apostrophe])
        let suffix = word[word.index(after: apostrophe)...]
        if suffix == "t", base.hasSuffix("n") {
            let stem = String(base.dropLast())
            switch stem {
            case "ca": return ["can", "not"]
            case "wo": return ["will", "not"]
            case "sha": return ["shall", "not"]
            case "ai": return ["is", "not"]
            case "": return nil
            default: return [stem, "not"]
            }
        }
        guard !base.isEmpty else { return nil }
        switch suffix {
        case "s": return pronouns.contains(base) ? [base, "is"] : [base]
        case "ll": return [base, "will"]
        case "ve": return [base, "have"]
        case "re": return [base, "are"]
        case "m": return [base, "am"]
        case "d": return [base, "would"]
        default: return nil
        }
    }

    /// Words whose "'s" is "is" ("it's wrong", "that's not on").
    static let pronouns: Set<String> = [
        "it", "that", "there", "here", "he", "she", "what", "who", "where", "how", "this", "everything",
        "nothing", "nobody", "everyone", "someone", "something",
    ]

    /// The plain words of a lexicon phrase fragment: tokenized, lower-cased, contractions expanded.
    static func words(of fragment: String) -> [String] {
        Tokenizer.tokens(of: fragment).flatMap { token -> [String] in
            token.kind == .word || token.kind == .emoji ? (expand(token.text) ?? [token.text]) : []
        }
    }
}
