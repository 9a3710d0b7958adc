/// Decides whether an undertaking commits, from its clause and the sentence's markers:
/// questions, conditions that govern it, reported speech, negation (refusal), hedges, the
/// customer as subject, standing practice, and states rather than actions.
struct UndertakingJudge {
    /// Verbs by which the customer receives what the business does ("you'll get a quote").
    static let receivingVerbs: Set<String> = ["get", "receive", "have", "hear", "see", "be"]
    /// Words after "you'll get" that make it the customer's own doing ("you'll get back to us").
    static let customerGets: Set<String> = ["back", "to", "there", "here", "home", "in", "on", "started", "going", "round", "around"]
    /// Places a thing will be at (delivered: "it'll be here on Tuesday") or a person will be
    /// at (available: "I'll be here until six").
    static let placeWords: Set<String> = ["here", "there", "around", "away", "in"]
    /// Verbs that, with no object, state opening hours ("we'll close at five").
    static let hoursVerbs: Set<String> = ["close", "open", "shut", "reopen"]

    /// The sentence read.
    let context: SentenceContext
    /// Its markers.
    let scopes: SentenceScopes

    /// `nil` when `undertaking` commits, otherwise why not.
    func reason(against undertaking: Undertaking, extent: ClauseExtent) -> NonCommitmentReason? {
        if isQuestion(undertaking) { return .question }
        if isConditional(undertaking) { return .conditional }
        if isReported(undertaking) { return .thirdParty }
        if undertaking.negated { return .refusal }
        if isHedged(undertaking, extent: extent) { return .hedge }
        if undertaking.subject == .customer, !customerReceives(undertaking) { return .customerPlan }
        if undertaking.subject == .nounPhrase(generic: true) || hasHabitual(in: extent) { return .policy }
        if isState(undertaking) { return .information }
        return nil
    }

    /// Asked, not stated: a question mark (except on a short tag after a comma, "..., ok?"),
    /// or a question opening (except a later "I'll"/"we'll" clause after a conjunction, in
    /// speech without punctuation).
    private func isQuestion(_ undertaking: Undertaking) -> Bool {
        if context.span.endsWithQuestionMark {
            if scopes.opensAsQuestion { return true }
            guard let lastComma = context.range.last(where: { context.tokens[$0].kind == .comma }),
                  undertaking.marker < lastComma else { return true }
            let tagIsShort = context.range.upperBound - lastComma <= 5
            return !(tagIsShort || QuestionForm(context).opensAsQuestion(from: lastComma + 1))
        }
        guard scopes.opensAsQuestion else { return false }
        guard undertaking.subject == .firstPerson, undertaking.subjectStart > context.range.lowerBound else { return true }
        let before = undertaking.subjectStart - 1
        let restarts = !context.tokens[before].isWord
            || ["and", "so", "but", "ok", "okay", "alright", "right", "then", "anyway", "yeah", "yes", "sure", "great", "perfect", "fine"]
                .contains(context.tokens[before].text)
        return !restarts
    }

    /// Governed by a condition: one before it with no contrast between, or one after it that
    /// opens no clause of its own ("we'll hold the room if your flight is delayed").
    private func isConditional(_ undertaking: Undertaking) -> Bool {
        for condition in scopes.conditions {
            if condition < undertaking.subjectStart {
                if !scopes.contrast(between: condition, and: undertaking.marker) { return true }
            } else if condition > undertaking.marker {
                let before = condition - 1
                let fronted = before >= context.range.lowerBound && context.is(before, .coordinator)
                if !fronted && !scopes.contrast(between: undertaking.marker, and: condition) { return true }
            }
        }
        return false
    }

    /// Someone else's words: a reporting verb shortly before the subject ("they told me they
    /// will"), "according to", or "..., she said" closing the sentence.
    private func isReported(_ undertaking: Undertaking) -> Bool {
        for report in scopes.reports {
            if context.word(report) == "according", report < undertaking.subjectStart { return true }
            if report < undertaking.subjectStart {
                let gap = (report + 1)..<undertaking.subjectStart
                let clean = !gap.contains { !context.tokens[$0].isWord || context.is($0, [.coordinator, .contrastive]) }
                if gap.count <= 6 && clean && !context.is(report - 1, .firstPerson) { return true }
            } else if report > undertaking.marker, context.range.upperBound - report <= 2,
                      let comma = (undertaking.marker..<report).last(where: { context.tokens[$0].kind == .comma }), report - comma <= 4 {
                return true
            }
        }
        return false
    }

    /// Hedged: an effort verb after the modal ("I'll try", "we'll aim to", "I'll do my best",
    /// "I'll see if"), or a sentence hedge not set off before a "but".
    private func isHedged(_ undertaking: Undertaking, extent: ClauseExtent) -> Bool {
        if let verb = undertaking.verb, let word = context.word(verb) {
            if context.is(verb, .hedgeVerb) { return true }
            if word == "do", let next = context.word(verb + 1) {
                if ["my", "our", "his", "her", "their", "the"].contains(next) && context.range.contains(verb + 2)
                    && (context.word(verb + 2) == "best" || context.word(verb + 3) == "best") { return true }
                if next == "what" || next == "everything" || next == "all" { return true }
            }
            if word == "see", context.word(verb + 1).map({ ["if", "whether", "what", "how", "about"].contains($0) }) ?? true { return true }
            if word == "be", let next = context.word(verb + 1), ["hoping", "trying", "aiming", "looking"].contains(next) { return true }
            // "I'll have a go", "we'll give it a try": an attempt, not an outcome.
            if word == "have" || word == "give",
               (verb + 1...verb + 3).contains(where: { ["go", "try", "shot", "crack", "bash", "stab"].contains(context.word($0) ?? "") }) {
                return true
            }
        }
        return scopes.hedges.contains { hedge in
            !(hedge < undertaking.subjectStart && scopes.contrast(between: hedge, and: undertaking.subjectStart))
        }
    }

    /// Whether the customer, as subject, receives what the business does ("you'll get a
    /// reference number", "you'll hear from us", "you'll be contacted").
    private func customerReceives(_ undertaking: Undertaking) -> Bool {
        guard undertaking.form == .modal || undertaking.form == .goingTo, let verb = undertaking.verb,
              let word = context.word(verb), Self.receivingVerbs.contains(word) else { return false }
        let next = context.word(verb + 1)
        switch word {
        case "have":
            return next != "to" && next != "got"
        case "get":
            if let next, Self.customerGets.contains(next) { return false }
            var index = verb + 1
            while let text = context.word(index), !context.isInDue(index), !context.is(index, .preposition), index - verb <= 5 {
                // "get the test done" is the customer's doing; "get a written quote" is not.
                if Morphology.isPastParticiple(text), index > verb + 1, !context.is(index - 1, .determiner) { return false }
                if text == "back" { return false }
                index += 1
            }
            // "you'll get the form to us": the customer sends, not receives.
            return !(context.word(index) == "to" && ["us", "me"].contains(context.word(index + 1) ?? ""))
        case "be":
            let after = context.skipping(UndertakingFinder.adverbs, from: verb + 1)
            guard let predicate = context.word(after), !context.is(after, .stateAdjective), predicate != "able" else { return false }
            return Morphology.isPastParticiple(predicate) || ["hearing", "getting", "receiving", "in"].contains(predicate)
        default:
            return true
        }
    }

    /// Whether an adverb of standing practice sits in the clause ("we usually", "normally").
    private func hasHabitual(in extent: ClauseExtent) -> Bool {
        (extent.start..<extent.end).contains { context.is($0, .habitual) }
    }

    /// A state, need or measure rather than an action: "there will be", "we'll be closed",
    /// "it will cost", "it'll take three days", "we'll close at five".
    private func isState(_ undertaking: Undertaking) -> Bool {
        if undertaking.subject == .existential { return true }
        guard undertaking.form == .modal || undertaking.form == .goingTo, let verb = undertaking.verb,
              let word = context.word(verb) else { return false }
        if context.is(verb, .stativeVerb) { return true }
        let after = context.skipping(UndertakingFinder.adverbs, from: verb + 1)
        switch word {
        case "be":
            guard let predicate = context.word(after), predicate != "a" && predicate != "an" else { return true }
            if let predicate = context.word(after), Self.placeWords.contains(predicate),
               !["touch", "contact"].contains(context.word(after + 1) ?? "") {
                return undertaking.subject != .thing && undertaking.subject != .nounPhrase(generic: false)
            }
            if context.is(after, .stateAdjective) { return true }
            if context.matches(["out", "of"], at: after) { return true }
            if let predicate = context.word(after), NumberWords.cardinal(context.tokens, at: after, end: context.range.upperBound) != nil
                || predicate.unicodeScalars.first.map({ "$£€¥₹".unicodeScalars.contains($0) }) == true { return true }
            return context.word(after) == "on" && ["leave", "holiday", "vacation", "annual", "sick"].contains(context.word(after + 1) ?? "")
        case "take":
            guard let next = context.word(after) else { return false }
            return NumberWords.cardinal(context.tokens, at: after, end: context.range.upperBound) != nil
                || ["about", "around", "a", "an", "up", "at", "longer", "ages", "some", "long", "time", "roughly", "approximately", "few", "several", "over", "less", "more", "between", "anywhere", "only", "just"].contains(next)
        default:
            return Self.hoursVerbs.contains(word) && !context.is(after, [.determiner, .objectPronoun])
        }
    }
}
