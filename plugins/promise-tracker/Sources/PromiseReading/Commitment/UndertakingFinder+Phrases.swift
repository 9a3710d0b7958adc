/// Undertakings made by a set phrase ("you have my word", "I promise", "rest assured") or by
/// an imperative that announces the business's action ("expect a call from us").
extension UndertakingFinder {
    /// Set phrases that promise on their own.
    static let promisePhrases = PhraseIndex([
        ["you", "have", "my", "word"], ["you", "have", "our", "word"], ["i", "give", "you", "my", "word"],
        ["we", "give", "you", "our", "word"], ["rest", "assured"], ["consider", "it", "done"], ["leave", "it", "with", "me"],
        ["leave", "it", "with", "us"], ["leave", "that", "with", "me"], ["leave", "this", "with", "me"], ["i", "am", "on", "it"],
        ["we", "are", "on", "it"], ["count", "on", "me"], ["count", "on", "us"], ["without", "fail"], ["will", "do"],
    ])
    /// Verbs that promise with a first-person subject ("I promise", "we guarantee").
    static let promiseVerbs: Set<String> = ["promise", "guarantee", "assure", "swear", "pledge", "vouch", "undertake"]
    /// Imperatives that announce what the business will do.
    static let expectationPhrases = PhraseIndex([
        ["expect"], ["look", "out", "for"], ["watch", "out", "for"], ["keep", "an", "eye", "out", "for"], ["watch", "for"],
        ["be", "on", "the", "lookout", "for"],
    ])
    /// Words that may follow "expect" when it announces something ("expect a call", "expect to hear").
    static let expectedThings: Set<String> = ["a", "an", "the", "our", "my", "his", "her", "their", "your", "to", "some", "delivery", "it", "them"]

    /// A set phrase of promise, or "I promise"/"we guarantee", at `index`.
    func promise(at index: Int) -> Undertaking? {
        if context.matches(Self.promisePhrases, at: index) {
            if context.word(index - 1) == "not" { return nil }
            // "Will do." answers a request; "will do" after a subject is the modal's.
            if context.word(index) == "will", context.skippingBack([.filler], from: index - 1) >= context.range.lowerBound { return nil }
            return Undertaking(form: .promise, subject: .none, subjectStart: index, marker: index, verb: nil, negated: false)
        }
        guard let word = context.word(index), Self.promiseVerbs.contains(word) else { return nil }
        var before = context.skippingBack(Self.adverbs, from: index - 1)
        if let helper = context.word(before), helper == "can" || helper == "do" || helper == "will" {
            before = context.skippingBack(Self.adverbs, from: before - 1)
        }
        guard context.is(before, .firstPerson) else { return nil }
        return Undertaking(form: .promise, subject: .firstPerson, subjectStart: before, marker: index, verb: index, negated: false)
    }

    /// "expect a call from us", "you can expect an email", "look out for a text" at the start of a clause.
    func expectation(at index: Int) -> Undertaking? {
        guard let next = context.match(Self.expectationPhrases, at: index) else { return nil }
        guard let thing = context.word(next), Self.expectedThings.contains(thing) || next - index > 1 else { return nil }
        let before = context.skippingBack([.filler, .midAdverb], from: index - 1)
        let opensClause = before < context.range.lowerBound || !context.tokens[before].isWord
            || context.is(before, .coordinator)
            || context.word(before) == "can" && context.word(before - 1) == "you"
        guard opensClause else { return nil }
        return Undertaking(form: .expectation, subject: .none, subjectStart: index, marker: index, verb: index, negated: false)
    }
}
