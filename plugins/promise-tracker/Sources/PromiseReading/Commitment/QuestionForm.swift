/// Whether a sentence opens as a question, read from its word order so that speech
/// recognition without a question mark works too: an auxiliary or modal before its subject
/// ("shall I", "can we", "would you like", "do you want"), a question word before an
/// auxiliary ("what time should I", "when would suit"), "how about", or "want me to".
struct QuestionForm {
    /// Verbs after "should you" that make it a condition ("should you need anything, ...").
    static let conditionVerbs: Set<String> = [
        "need", "want", "require", "have", "wish", "decide", "prefer", "change", "find", "experience", "notice",
        "be", "get", "run", "feel", "encounter", "see", "hear", "receive", "choose",
    ]

    /// The sentence read.
    let context: SentenceContext

    /// Reads `context`.
    init(_ context: SentenceContext) {
        self.context = context
    }

    /// The index of the first word at or after `start` past opening fillers ("ok so", "um", "sir").
    func opening(from start: Int) -> Int {
        var at = start
        while context.range.contains(at), context.tokens[at].kind == .comma
            || context.is(at, .filler) && !context.is(at, [.weakModal, .futureModal, .auxiliary, .whWord, .subjectPronoun]) {
            at += 1
        }
        return at
    }

    /// Whether the sentence opens as a question.
    var opensAsQuestion: Bool { opensAsQuestion(from: context.range.lowerBound) }

    /// Whether the words from `start` open as a question.
    func opensAsQuestion(from start: Int) -> Bool {
        let first = opening(from: start)
        guard let word = context.word(first) else { return false }
        if context.matches(["want", "me", "to"], at: first) || context.matches(["want", "us", "to"], at: first) { return true }
        if word == "you", let verb = context.word(first + 1), ["want", "need", "like"].contains(verb),
           let object = context.word(first + 2), object == "me" || object == "us" {
            return true
        }
        if context.is(first, .whWord) { return whQuestion(at: first) }
        if context.is(first, [.weakModal, .futureModal, .auxiliary]), !["be", "been", "being"].contains(word) {
            return inverted(at: first)
        }
        return false
    }

    /// An auxiliary or modal at `index` followed by its subject.
    private func inverted(at index: Int) -> Bool {
        var subject = index + 1
        if context.word(subject) == "not" { subject += 1 }
        guard context.is(subject, [.subjectPronoun, .determiner]) || context.word(subject) == "anyone" else { return false }
        guard context.word(index) == "should" else { return true }
        if context.is(subject, .firstPerson) { return true }
        if context.is(subject, .secondPerson) {
            return !(context.word(subject + 1).map(Self.conditionVerbs.contains) ?? false)
        }
        return false
    }

    /// A question word at `index` followed, within two words, by an auxiliary or modal, or by "about"/"if".
    private func whQuestion(at index: Int) -> Bool {
        if let next = context.word(index + 1), next == "about" || next == "if" { return true }
        for offset in 1...3 {
            let at = index + offset
            guard context.word(at) != nil else { return false }
            if context.is(at, [.weakModal, .futureModal, .auxiliary]) { return true }
            if context.is(at, .subjectPronoun) { return false }
        }
        return false
    }
}

extension QuestionForm {
    /// Whether "should" at `index` asks (an offer: "should I call you", "should we book it")
    /// rather than opens a condition ("should the transfer fail", "should you need anything").
    func isOffer(should index: Int) -> Bool {
        let subject = index + 1
        if context.is(subject, .firstPerson) { return true }
        if context.is(subject, .secondPerson) {
            return !(context.word(subject + 1).map(Self.conditionVerbs.contains) ?? false)
        }
        return false
    }
}
