/// Recognises, word by word, the words that open a condition and the hedges whose scope is
/// the whole sentence.
struct MarkerScan {
    /// Two- and three-word openers of a condition.
    static let conditionPhrases = PhraseIndex([
        ["as", "long", "as"], ["so", "long", "as"], ["in", "case"], ["in", "that", "case"], ["in", "which", "case"],
        ["in", "the", "event"], ["on", "condition"], ["subject", "to"], ["depending", "on"], ["dependent", "on"],
        ["contingent", "on"], ["on", "the", "condition"],
    ])
    /// Words that open a condition when they start a clause ("provided the documents check out").
    static let clauseConditions: Set<String> = ["provided", "providing", "assuming", "supposing", "presuming", "given"]
    /// "if ..." that hedges rather than conditions.
    static let hedgingIfs = PhraseIndex([
        ["if", "possible"], ["if", "at", "all", "possible"], ["if", "i", "can"], ["if", "we", "can"], ["if", "all", "goes", "well"],
        ["if", "everything", "goes", "well"], ["if", "all", "goes", "to", "plan"], ["if", "we", "are", "lucky"],
        ["if", "i", "am", "lucky"], ["if", "time", "allows"], ["if", "time", "permits"],
    ])
    /// Hedges that need no verb around them.
    static let hedgePhrases = PhraseIndex([
        ["no", "promises"], ["no", "promise"], ["no", "guarantee"], ["no", "guarantees"], ["not", "sure"], ["unsure"],
        ["not", "certain"], ["fingers", "crossed"], ["touch", "wood"], ["knock", "on", "wood"], ["with", "any", "luck"],
        ["with", "luck"], ["all", "being", "well"], ["all", "going", "well"], ["god", "willing"], ["hard", "to", "say"],
        ["difficult", "to", "say"], ["it", "depends"], ["who", "knows"], ["no", "way", "of", "knowing"],
        ["do", "not", "quote", "me"], ["do", "not", "hold", "me"], ["cannot", "be", "sure"], ["can", "not", "be", "sure"],
        ["not", "a", "hundred", "percent"], ["not", "100"], ["best", "case"], ["in", "theory"], ["if", "possible"],
        ["hopefully"], ["i", "would", "say"], ["we", "would", "say"], ["give", "or", "take"], ["or", "thereabouts"],
    ])
    /// Verbs that, negated, disclaim ("I can't promise", "we cannot guarantee").
    static let disclaimedVerbs: Set<String> = ["promise", "guarantee", "commit", "say", "confirm", "swear", "be", "hold", "predict"]

    /// Words that can open a condition or a hedge: the first words of the phrase lists and
    /// the single words the checks below look for.
    static let cueWords: Set<String> = conditionPhrases.firstWords.union(hedgingIfs.firstWords).union(hedgePhrases.firstWords)
        .union(clauseConditions).union(["if", "unless", "should", "were", "had", "not", "hope"])

    /// The sentence read.
    let context: SentenceContext

    /// Reads `context`.
    init(_ context: SentenceContext) {
        self.context = context
    }

    /// Whether a condition opens at `index`.
    func opensCondition(at index: Int) -> Bool {
        guard let word = context.word(index) else { return false }
        switch word {
        case "if":
            if context.matches(Self.hedgingIfs, at: index) { return false }
            let before = context.skippingBack([.objectPronoun], from: index - 1)
            if let previous = context.word(before), ["even", "as", "what"].contains(previous) || context.is(before, .inquiryVerb) {
                return false
            }
            return true
        case "unless":
            return true
        case "should":
            return opensClause(at: index) && !QuestionForm(context).isOffer(should: index)
        case "were", "had":
            return opensClause(at: index) && context.is(index + 1, .subjectPronoun)
                && (word == "were" ? context.word(index + 2) == "to" : Morphology.isPastParticiple(context.word(index + 2) ?? ""))
        default:
            if Self.clauseConditions.contains(word) {
                return !context.is(index - 1, [.subjectPronoun, .auxiliary, .weakModal, .futureModal])
                    && context.word(index + 1) != nil && !context.is(index + 1, .preposition)
                    && !(context.is(index + 1, .objectPronoun) && !context.is(index + 1, .subjectPronoun))
                    && (word != "given" || context.word(index + 1) == "that")
            }
            return context.matches(Self.conditionPhrases, at: index)
                && !(word == "in" && context.word(index + 1) == "case" && context.word(index - 1) == "any")
        }
    }

    /// Whether a hedge whose scope is the sentence sits at `index`.
    func hedges(at index: Int) -> Bool {
        let token = context.tokens[index]
        if token.is(.hedgeAdverb) { return true }
        if context.matches(Self.hedgePhrases, at: index) { return true }
        if context.matches(Self.hedgingIfs, at: index) { return true }
        if token.text == "not", let verb = context.word(index + 1), Self.disclaimedVerbs.contains(verb),
           context.is(index - 1, [.weakModal, .futureModal, .auxiliary]) {
            return verb != "be" || ["sure", "certain"].contains(context.word(index + 2) ?? "")
        }
        if token.is(.opinionVerb), context.is(index - 1, .firstPerson), !context.is(index - 2, .whWord) {
            return true
        }
        if token.text == "hope", context.is(index - 1, .firstPerson) {
            let next = context.word(index + 1)
            return !((next == "that" || next == "this" || next == "it") && context.word(index + 2) == "helps")
        }
        return false
    }

    /// Whether `index` starts a clause: the sentence start, or after a comma, a conjunction or a filler.
    func opensClause(at index: Int) -> Bool {
        let before = index - 1
        return before < context.range.lowerBound || !context.tokens[before].isWord
            || context.is(before, [.coordinator, .filler, .subordinator])
    }
}
