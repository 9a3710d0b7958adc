/// Finds the clauses of a sentence that may commit, by their structure: a subject before a
/// future modal ("we will", "our engineer'll", "it will"), "going to", a present-progressive
/// arrangement with a deadline, a set phrase of promise, or an imperative "expect a call".
///
/// Inverted modals ("will you...?"), "will" as a noun ("your will") and past "was going to"
/// are no undertakings. Deadline words are skipped ("before we close" has no subject "we").
struct UndertakingFinder {
    /// Adverbs that may sit between subject, modal and verb.
    static let adverbs: WordClass = [.midAdverb, .hedgeAdverb, .habitual]
    /// Words that end a noun phrase when walking back from its head.
    static let phraseStoppers: WordClass = [
        .coordinator, .subordinator, .filler, .weakModal, .futureModal, .auxiliary, .negation, .whWord,
        .objectPronoun, .reportingVerb, .firstPerson, .secondPerson, .thirdPerson, .existential,
    ]
    /// Words that can open an undertaking other than a modal: the first words of the set
    /// phrases, the promise verbs, "going"/"about" (to), "am"/"are" (-ing) and "let" (me).
    static let cueWords: Set<String> = promisePhrases.firstWords.union(expectationPhrases.firstWords).union(promiseVerbs)
        .union(["going", "about", "am", "are", "let"])

    /// Words before which "will" is the noun ("your will", "the will").
    static let nounWillAfter: Set<String> = ["the", "a", "an", "your", "my", "his", "her", "their", "our", "its", "free", "good", "ill"]
    /// Relative pronouns a noun phrase may run back through ("customers who book online").
    static let relativePronouns: Set<String> = ["who", "which", "that"]
    /// Verbs in -ing that make no arrangement ("we're closing", "we're hoping").
    static let idleProgressives: Set<String> = [
        "go", "close", "open", "shut", "wait", "expect", "hope", "try", "plan", "look", "think", "work", "run",
        "aim", "attempt", "keep", "stay", "be", "have", "struggle", "busy", "experience", "feel",
    ]

    /// The sentence read.
    let context: SentenceContext

    /// The undertakings of the sentence, in order.
    func undertakings() -> [Undertaking] {
        var found: [Undertaking] = []
        for index in context.range where context.tokens[index].is([.futureModal, .undertakingCue]) && !context.isInDue(index) {
            if let undertaking = modal(at: index) ?? goingTo(at: index) ?? progressive(at: index)
                ?? promise(at: index) ?? expectation(at: index) ?? letMe(at: index) {
                found.append(undertaking)
            }
        }
        return found
    }

    /// "we will call", "the part'll be here", "I won't be able to".
    private func modal(at index: Int) -> Undertaking? {
        guard context.is(index, .futureModal), !Self.nounWillAfter.contains(context.word(index - 1) ?? ""),
              !context.is(index + 1, .subjectPronoun) else { return nil }
        let (verb, negated) = predicate(after: index + 1)
        let before = context.skippingBack(Self.adverbs, from: index - 1)
        if let word = context.word(before), ["and", "or", "then", "but"].contains(word),
           let subject = elidedSubject(before: before, verb: verb) {
            return Undertaking(form: .modal, subject: subject, subjectStart: index, marker: index, verb: verb, negated: negated)
        }
        guard let (subject, start) = subject(endingAt: before, verb: verb) else { return nil }
        return Undertaking(form: .modal, subject: subject, subjectStart: start, marker: index, verb: verb, negated: negated)
    }

    /// "I'm going to send", "we are about to ship".
    private func goingTo(at index: Int) -> Undertaking? {
        guard let word = context.word(index), word == "going" || word == "about", context.word(index + 1) == "to" else { return nil }
        var auxiliary = context.skippingBack(Self.adverbs, from: index - 1)
        var negated = false
        if context.word(auxiliary) == "not" {
            negated = true
            auxiliary = context.skippingBack(Self.adverbs, from: auxiliary - 1)
        }
        guard let form = context.word(auxiliary), form == "am" || form == "is" || form == "are" else { return nil }
        let verbIndex = context.skipping(Self.adverbs, from: index + 2)
        guard context.word(verbIndex) != nil,
              !context.is(verbIndex, [.determiner, .preposition, .subjectPronoun, .objectPronoun, .timeWord]) else { return nil }
        guard let (subject, start) = subject(endingAt: context.skippingBack(Self.adverbs, from: auxiliary - 1), verb: verbIndex) else {
            return nil
        }
        return Undertaking(form: .goingTo, subject: subject, subjectStart: start, marker: index, verb: verbIndex, negated: negated)
    }

    /// "we're sending a technician tomorrow": "I am"/"we are" + an action verb in -ing, with
    /// readable deadline words after it.
    private func progressive(at index: Int) -> Undertaking? {
        guard let form = context.word(index), form == "am" || form == "are" else { return nil }
        let subjectIndex = context.skippingBack(Self.adverbs, from: index - 1)
        guard context.is(subjectIndex, .firstPerson) else { return nil }
        let verbIndex = context.skipping(Self.adverbs, from: index + 1)
        guard let verb = context.word(verbIndex), let stem = Morphology.presentParticipleStem(verb),
              !Self.idleProgressives.contains(stem), !Lexicon.classes(of: stem).contains(.stativeVerb),
              context.dues.contains(where: { $0.range.lowerBound > verbIndex && $0.expression != .vague }) else { return nil }
        return Undertaking(form: .progressive, subject: .firstPerson, subjectStart: subjectIndex, marker: index, verb: verbIndex,
                           negated: false)
    }

    /// Verbs after "let me" that make no undertaking ("let me know", "let me see", "let me think").
    static let idleAfterLetMe: Set<String> = [
        "know", "see", "think", "say", "tell", "ask", "explain", "be", "guess", "assume", "put", "understand",
        "repeat", "just", "double", "clarify", "introduce", "apologise", "apologize", "start", "stop", "finish",
    ]

    /// "let me call them", "let me check with the warehouse": the agent undertakes an action.
    private func letMe(at index: Int) -> Undertaking? {
        guard context.word(index) == "let", context.word(index + 1) == "me", !context.is(index - 1, .negation) else { return nil }
        let verbIndex = context.skipping([.midAdverb], from: index + 2)
        guard let verb = context.word(verbIndex), context.is(verbIndex, .verb), !Self.idleAfterLetMe.contains(verb),
              context.word(verbIndex + 2) != "straight" else { return nil }
        return Undertaking(form: .modal, subject: .firstPerson, subjectStart: index, marker: index + 1, verb: verbIndex, negated: false)
    }

    /// The verb after a modal (adverbs skipped) and whether "not"/"never"/"no longer" negates it.
    private func predicate(after index: Int) -> (verb: Int?, negated: Bool) {
        var at = context.skipping(Self.adverbs, from: index)
        var negated = false
        if let word = context.word(at), word == "not" || word == "never" {
            negated = true
            at = context.skipping(Self.adverbs, from: at + 1)
        } else if context.matches(["no", "longer"], at: at) {
            negated = true
            at = context.skipping(Self.adverbs, from: at + 2)
        }
        return (context.word(at) != nil ? at : nil, negated)
    }

    /// The subject a coordinated verb phrase shares with the clause before it ("we've received
    /// your form and will process it"): the nearest subject pronoun before the conjunction, or
    /// the noun phrase that opens the sentence.
    private func elidedSubject(before conjunction: Int, verb: Int?) -> UndertakingSubject? {
        var index = conjunction - 1
        while index >= context.range.lowerBound {
            if let found = pronounSubject(at: index) { return found }
            index -= 1
        }
        let start = context.skipping([.filler], from: context.range.lowerBound)
        var end = start
        while end < conjunction, context.word(end) != nil, !context.is(end, [.auxiliary, .weakModal, .futureModal]) { end += 1 }
        guard end > start, end < conjunction else { return nil }
        return .nounPhrase(generic: isGeneric(start...(end - 1), verb: verb))
    }

    /// The subject a pronoun at `index` is ("I", "you", "they", "it").
    private func pronounSubject(at index: Int) -> UndertakingSubject? {
        let token = context.tokens[index]
        guard token.isWord else { return nil }
        if token.is(.firstPerson) { return .firstPerson }
        if token.is(.secondPerson) { return .customer }
        if token.is(.thirdPerson) { return .thirdPerson }
        if token.text == "it" { return .thing }
        return nil
    }

    /// The subject whose last word is at `index`: a pronoun, or a noun phrase read back to
    /// where it starts; `nil` when there is none (the clause is inverted or elliptical).
    func subject(endingAt index: Int, verb: Int?) -> (UndertakingSubject, Int)? {
        guard context.word(index) != nil else { return nil }
        let token = context.tokens[index]
        if token.is(.firstPerson) { return (.firstPerson, index) }
        if token.is(.secondPerson) { return (.customer, index) }
        if token.is(.thirdPerson) { return (.thirdPerson, index) }
        if token.is(.existential) { return (.existential, index) }
        if token.is(.impersonal) { return (.thing, index) }
        if token.text == "who", index > context.range.lowerBound { return (.nounPhrase(generic: false), index) }
        if token.is(Self.phraseStoppers.union(.preposition)) { return nil }
        if context.is(index - 1, .negation) { return nil }
        var start = index
        while start - 1 >= context.range.lowerBound, context.tokens[start - 1].isWord, !context.isInDue(start - 1), index - start < 7 {
            let previous = context.tokens[start - 1]
            let relative = Self.relativePronouns.contains(previous.text) && start - 2 >= context.range.lowerBound
                && context.tokens[start - 2].isWord && !context.tokens[start - 2].is(Self.phraseStoppers.union(.preposition))
            guard relative || !previous.is(Self.phraseStoppers) else { break }
            start -= 1
        }
        while start < index, context.tokens[start].is(.preposition) { start += 1 }
        return (.nounPhrase(generic: isGeneric(start...index, verb: verb)), start)
    }

    /// Whether the noun phrase at `phrase` speaks of things in general ("refunds", "all
    /// repairs", "parcels left at the desk") rather than of this customer's.
    private func isGeneric(_ phrase: ClosedRange<Int>, verb: Int?) -> Bool {
        let first = context.tokens[phrase.lowerBound]
        if ["all", "every", "each", "any", "most", "many"].contains(first.text) { return true }
        if first.is(.someone) || first.is(.determiner) || first.is(.quantifier) { return false }
        let sentenceStart = phrase.lowerBound == context.range.lowerBound
        var plural = false
        for index in phrase {
            let token = context.tokens[index]
            if token.is(.preposition) { break }
            if token.capitalised && !(sentenceStart && index == phrase.lowerBound) { return false }
            if Morphology.looksPlural(token.text) { plural = true }
        }
        guard plural else { return false }
        let passive = verb.map { context.word($0) == "be" && Morphology.isPastParticiple(context.word($0 + 1) ?? "") } ?? false
        return phrase.count >= 2 || passive
    }
}
