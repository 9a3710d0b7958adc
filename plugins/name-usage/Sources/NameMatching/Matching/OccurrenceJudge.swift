/// Decides whether one occurrence of the customer's name is the agent addressing or
/// referring to the customer, from the words around it: first what rules it out for any name
/// (an address read back, a self-introduction, a title that fits someone else, another
/// person, another full name, a place or brand), then, for a name that is also an ordinary
/// word, whether it stands in a name slot (after a title or greeting, set off as a vocative,
/// in an identity question, capitalised in mid-sentence) rather than in its word's grammar.
struct OccurrenceJudge {
    let text: TokenizedText
    let customer: PreparedCustomer
    let occurrence: Occurrence

    /// The verdict.
    func verdict() -> Verdict {
        if readsAddress || isSelfIntroduction || titleRulesOut || Cues.titledBrand(text, occurrence) { return .reject }
        if namesSomeoneElse { return .otherPerson }
        if !occurrence.titled, besideOtherName || namesPlaceOrThing { return .reject }
        if occurrence.mixedInflection, !occurrence.titled { return .reject }
        if occurrence.titled || occurrence.nameTokens > 1 { return .accept }
        return singleWordVerdict()
    }

    /// True when the name is asked about, so the customer's reply can show it meant someone
    /// else ("Is that Alice?" - "No, she's my daughter").
    var isQuestion: Bool {
        if inIdentityFrame { return true }
        let start = occurrence.start, end = occurrence.end
        // "John, is it?", "Mrs Hall, right?": a tag question reads the name back to confirm it.
        if text.tokens[end].after == .comma, text.phrase(Self.tagQuestions, startsAt: end + 1),
           text.tokens[text.sentenceEnd(from: end + 1)].after == .question {
            return true
        }
        if text.boundary(before: start) == .comma { return readsBackAfterFormula }
        if text.tokens[end].after == .question, text.startsSentence(start) { return true }
        let sentenceEnd = text.sentenceEnd(from: end)
        let sentenceStart = text.sentenceStart(from: start)
        return text.tokens[sentenceEnd].after == .question
            && ["is", "are", "am", "was", "were"].contains(text.key(sentenceStart))
    }

    private static let tagQuestions = WordList.phrases("is it, was it, is that right, right, correct, yes, yeah")

    /// "Thank you, Natasha Ivanova?", "Hello, Mr Hall?": the name alone is the question, after
    /// only thanks or a greeting: it is read back to be confirmed (not "Anything else, Susan?",
    /// a question with a vocative).
    private var readsBackAfterFormula: Bool {
        guard text.tokens[occurrence.end].after == .question else { return false }
        let sentenceStart = text.sentenceStart(from: occurrence.start)
        guard sentenceStart < occurrence.start else { return false }
        for index in sentenceStart..<occurrence.start {
            let key = text.key(index)
            guard Discourse.greetings.contains(key) || key == "thank" || key == "you"
            else { return false }
        }
        return true
    }

    /// True when the name is set off as a vocative: after a greeting, or between punctuation
    /// and the end of a clause ("Thanks, Tom.", "Right, Tom, ...", "hi tom").
    var isVocative: Bool {
        let before = text.boundary(before: occurrence.start)
        let after = text.tokens[occurrence.end].after
        if greetingBefore(occurrence.start) { return true }
        return (before == .comma || text.startsSentence(occurrence.start)) && after.setsOff && !isQuestion
    }

    // MARK: - What rules out any name

    /// An e-mail or web address: `dana.whitfield@...`, "dana dot whitfield at mailbox dot com".
    var readsAddress: Bool {
        let start = occurrence.start, end = occurrence.end
        if start > 0, text.tokens[start - 1].after == .joiner { return true }
        if text.tokens[end].after == .joiner { return true }
        if let previous = text.joinedBefore(start), Cues.addressWords.contains(previous.key) { return true }
        if let next = text.joinedAfter(end) {
            if Cues.addressWords.contains(next.key) { return true }
            if next.key == "at", (end + 2..<min(end + 6, text.tokens.count)).contains(where: { text.key($0) == "dot" }) {
                return true
            }
        }
        return false
    }

    /// The agent saying their own name: "I'm Tom", "my name is...", "you're speaking to Jenny
    /// Baker", "Nadia speaking", and, for a name the agent shares, "this is Priya from...".
    var isSelfIntroduction: Bool {
        let start = occurrence.start
        if text.phrase(Discourse.selfFrames, endsBefore: start) { return true }
        if !occurrence.titled, let next = text.joinedAfter(occurrence.last), next.key == "speaking" { return true }
        if herePresentsSpeaker { return true }
        if occurrence.keys.allSatisfy({ customer.agentKeys.contains($0) }) {
            if text.phrase(Discourse.presentingFrames, endsBefore: start) { return true }
            if start > 0, Discourse.signOffs.contains(text.key(start - 1)) { return true }
            if let next = text.joinedAfter(occurrence.end), Discourse.selfContinuations.contains(next.key) {
                return true
            }
        }
        return formsAgentFullName
    }

    /// "Hi, Tom here from the garage", "Tom here.": an untitled name opening its sentence (or
    /// after a greeting), then "here" closing the phrase or followed by "from" or "at": the
    /// speaker saying who they are (not "Tom here will help you", a third person).
    private var herePresentsSpeaker: Bool {
        guard !occurrence.titled, let here = text.joinedAfter(occurrence.end) else { return false }
        let start = occurrence.start
        // "Hi, this is Sarah from the surgery.", "It's Tom from the garage": opening the
        // utterance (after a greeting at most), the caller saying who they are.
        if here.key == "from", text.phrase(Self.openingPresentations, endsBefore: start) {
            let phraseStart = text.spells(start - 1, "its") ? start - 1 : start - 2
            guard phraseStart <= 3 else { return false }
            return (0..<phraseStart).allSatisfy { index in
                let key = text.key(index)
                return Discourse.greetings.contains(key) || Discourse.markers.contains(key) || key == "good"
            }
        }
        guard here.key == "here" else { return false }
        guard text.startsSentence(start) || (start > 0 && text.tokens[start - 1].after == .comma
            && Discourse.greetings.contains(text.key(start - 1))) else { return false }
        let after = text.tokens[occurrence.end + 1].after
        if after.setsOff { return true }
        return text.joinedAfter(occurrence.end + 1).map { ["from", "at", "with"].contains($0.key) } ?? false
    }

    private static let openingPresentations = WordList.phrases("this is, its, it is")

    /// The occurrence and a neighbour spell the agent's full name in order ("Jenny Baker").
    private var formsAgentFullName: Bool {
        let agent = customer.agentTokens
        guard agent.count >= 2, let firstKey = occurrence.keys.first, let lastKey = occurrence.keys.last else {
            return false
        }
        for position in 0..<(agent.count - 1) {
            if let previous = text.joinedBefore(occurrence.first), previous.key == agent[position],
               firstKey == agent[position + 1] {
                return true
            }
            if let next = text.joinedAfter(occurrence.last), lastKey == agent[position], next.key == agent[position + 1] {
                return true
            }
        }
        return false
    }

    /// A title that cannot be the customer's: "Mrs Okafor" for Mr Okafor (his wife), "Dr
    /// Patel" for Mr Patel (the dentist). A couple's titles fit when one of them does.
    var titleRulesOut: Bool {
        guard let customerTitle = customer.title else { return false }
        let spoken = occurrence.titles + (occurrence.suffix.map { [$0] } ?? [])
        guard !spoken.isEmpty else { return false }
        return !spoken.contains { title in
            if title.professional { return customerTitle.professional }
            return title.weak || !title.gender.contradicts(customerTitle.gender)
        }
    }

    // MARK: - Single words

    private func singleWordVerdict() -> Verdict {
        let index = occurrence.first
        let token = text.tokens[index]
        let wordClass = occurrence.wordClass
        if occurrence.inflectedOnly { return inVocativeSlot(strict: false) ? .accept : .reject }
        if wordClass == .interjection { return .reject }
        let casedWord = text.cased && token.script == .cased
        if casedWord, !token.capitalized, !token.allCaps {
            return wordClass == .name && greetingBefore(index) ? .accept : .reject
        }
        if wordClass == .name { return .accept }
        if identityQuestion { return .accept }
        if wordReading { return .reject }
        if personalPossessive { return .accept }
        if casedWord, token.capitalized, !text.startsSentence(index), wordClass != .function { return .accept }
        return inVocativeSlot(strict: wordClass == .function) ? .accept : .reject
    }
}
