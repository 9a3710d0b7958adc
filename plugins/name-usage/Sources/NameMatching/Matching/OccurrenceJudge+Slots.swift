/// Name slots (where a word is a name) and word readings (where it is the ordinary word).
extension OccurrenceJudge {
    private static let questionSubjects = WordList.keys("""
        i you we they he she it there this that these those one u ya the a an your my our
        their his her any some
        """)

    /// The name comes right after an identity-question frame: "Is that Ruth?", "is that
    /// mike", "Am I speaking to Mrs Bennett?", "Is this Kate's bag?".
    var inIdentityFrame: Bool {
        text.phrase(Discourse.identityFrames, endsBefore: occurrence.start)
    }

    /// An identity question that ends at the name (or continues after a possessive).
    var identityQuestion: Bool {
        guard inIdentityFrame else { return false }
        let after = text.tokens[occurrence.end].after
        if after == .question || after == .end || after == .comma || occurrence.possessive {
            return true
        }
        return text.joinedAfter(occurrence.end).map { ["please", "thanks", "there"].contains($0.key) } ?? false
    }

    /// A greeting, thanks or apology right before the word: "Hi Gene", "thanks ed",
    /// "Welcome back, Joy", "thank you may".
    func greetingBefore(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let boundary = text.tokens[index - 1].after
        guard boundary.joins || boundary == .comma else { return false }
        if Discourse.greetings.contains(text.key(index - 1)) { return true }
        return text.phrase(Discourse.greetingPhrases, endsBefore: index, allowComma: true)
    }

    /// The word reads as the ordinary word: after a determiner, a preposition, a number, a
    /// single letter ("x ray"), a subject or an auxiliary ("I hope", "it's rich", "to be
    /// frank"); before a noun it qualifies ("grace period", "Chelsea branch"), a number
    /// ("Ward 7"); a modal before its subject ("May I", "will you", "can your"); inside a
    /// hyphenated word ("X-ray", "king-size").
    var wordReading: Bool {
        let index = occurrence.first
        if text.boundary(before: index) == .hyphen || text.tokens[index].after == .hyphen { return true }
        if let previous = text.joinedBefore(index) {
            let key = previous.key
            if Grammar.determiners.contains(key) || Grammar.prepositions.contains(key) || Grammar.isNumber(key) {
                return true
            }
            if key.count == 1, previous.script == .cased, !["i", "a", "o"].contains(key) { return true }
            let token = text.tokens[index]
            if Grammar.conjunctions.contains(key), !(text.cased && token.capitalized) { return true }
            if Grammar.subjects.contains(key) || Grammar.verbal.contains(key) || Grammar.isPronounCopula(previous),
               !greetingBefore(index), !closesClauseBefore(index) {
                return true
            }
        }
        if !occurrence.possessive, let next = text.joinedAfter(index) {
            if Cues.placeOrThing.contains(next.key) || Grammar.isNumber(next.key) { return true }
            if occurrence.wordClass == .modal,
               Self.questionSubjects.contains(next.key) {
                return true
            }
        }
        return false
    }

    /// "update the record too ed": in a transcript, "too" ending a clause after a noun (not
    /// a degree adverb after a copula: "that's too rich"), then the utterance's last word.
    private func closesClauseBefore(_ index: Int) -> Bool {
        guard !text.punctuated, index >= 2, index == text.tokens.count - 1, text.key(index - 1) == "too" else {
            return false
        }
        let before = text.tokens[index - 2]
        return !Grammar.verbal.contains(before.key) && !Grammar.isPronounCopula(before)
            && !Grammar.subjects.contains(before.key) && !Grammar.determiners.contains(before.key)
            && !Grammar.prepositions.contains(before.key) && !WordNames.verbs.contains(before.key)
    }

    /// True when the words after `index` start a new clause addressed to the listener
    /// ("grace your car is ready", "okay tom its done", "hi will its omar").
    func startsClause(after index: Int) -> Bool {
        guard let next = text.joinedAfter(index) else { return false }
        return Discourse.clauseStarters.contains(next.key) || Grammar.isPronounCopula(next)
    }

    /// The word is a verb that takes a clause and a clause follows without a pause: the
    /// formula after a greeting or thanks ("hi hope youre well", "thanks, hope that helps",
    /// "morning trust you're keeping well"), not a vocative; set off by a comma it is the name
    /// ("Hi Hope, you're all set").
    func opensThatClause(after last: Int) -> Bool {
        guard occurrence.first == last, WordNames.clauseVerbs.contains(text.key(last)),
              let next = text.joinedAfter(last) else { return false }
        return Grammar.clauseSubjects.contains(next.key)
    }

    /// A modal name (Will, May, Can) right before a bare verb, with no pause: the modal with
    /// its subject left out, as after thanks in speech ("thank you will be ready friday",
    /// "thanks may need a signature"), not a vocative.
    func modalBeforeVerb(_ last: Int) -> Bool {
        guard occurrence.first == last, occurrence.wordClass == .modal, let next = text.joinedAfter(last) else { return false }
        return Grammar.bareVerbs.contains(next.key)
    }

    /// True when a question to the listener follows the word directly ("rose is that you",
    /// "Tom are you there"): the word calls them.
    func asksListenerAfter(_ last: Int) -> Bool {
        guard last + 1 < text.tokens.count, text.tokens[last].after.joins || text.tokens[last].after == .comma else {
            return false
        }
        return text.phrase(Discourse.listenerQuestions, startsAt: last + 1)
    }

    /// True when a discourse-marker word before the name is itself inside a phrase, so it is
    /// an adjective or adverb there, not a marker: "in good faith", "a great deal", "very
    /// well", "it's fine" (a marker opens its clause: "good, Faith", "okay grace thats done").
    func markerInPhrase(_ marker: Int) -> Bool {
        guard marker > 0, text.tokens[marker - 1].after.joins else { return false }
        let key = text.key(marker - 1)
        return Grammar.determiners.contains(key) || Grammar.prepositions.contains(key)
            || Grammar.verbal.contains(key) || Grammar.subjects.contains(key)
            || Grammar.isPronounCopula(text.tokens[marker - 1])
    }

    /// A capitalised word-name with an apostrophe possessive before a thing a customer has at
    /// a desk ("Georgia's passport", "Will's prescription"): a person's, not the place's or the
    /// word's (in cased text only; "Florence's museums" is not such a thing).
    var personalPossessive: Bool {
        guard occurrence.possessive, text.cased, let next = text.joinedAfter(occurrence.last) else { return false }
        let token = text.tokens[occurrence.first]
        return token.script == .cased && token.capitalized && Cues.personalThings.contains(next.key)
    }

    /// In a transcript, the last word after "enjoy" and a noun with its determiner ("enjoy
    /// the class dawn", "enjoy your stay grace"): the wish is complete, so a word after it
    /// calls the listener (not "we open at dawn", "enjoy the summer", "have a lovely summer").
    func closingWishBefore(_ index: Int) -> Bool {
        let sentenceStart = text.sentenceStart(from: index)
        guard index - sentenceStart == 3, text.key(sentenceStart) == "enjoy" else { return false }
        let determiner = text.key(sentenceStart + 1), noun = text.key(sentenceStart + 2)
        guard Grammar.determiners.contains(determiner) || OccurrenceJudge.possessives.contains(determiner) else {
            return false
        }
        return !Discourse.markers.contains(noun) && !Grammar.prepositions.contains(noun)
            && !Grammar.determiners.contains(noun) && !Grammar.verbal.contains(noun)
    }

    /// The word stands where a vocative stands: after a greeting ("Hi Will", "thanks ed");
    /// after a discourse marker set off by a comma ("Right, Tom,", "Ah, Patience!"); at the
    /// start of a sentence and set off ("Will, your car's ready", "Holly!", "Amber?"); between
    /// a comma and the end of a clause ("Enjoy your stay, Grace."); alone; in an identity
    /// question. `strict` (for function words: An, Or, Le) needs punctuation after a greeting.
    func inVocativeSlot(strict: Bool) -> Bool {
        let index = occurrence.first, last = occurrence.last
        let before = text.boundary(before: index)
        let after = text.tokens[last].after
        if greetingBefore(index) {
            if !after.setsOff, opensThatClause(after: last) || modalBeforeVerb(last) { return false }
            return !strict || after.setsOff
        }
        let opensClause = !strict && !text.punctuated && (after == .end || startsClause(after: last))
        if index > 0, Discourse.markers.contains(text.key(index - 1)), !markerInPhrase(index - 1) {
            if before == .comma || (opensClause && !modalBeforeVerb(last)) { return true }
        }
        if text.startsSentence(index) || before == .comma, asksListenerAfter(last) { return true }
        if text.startsSentence(index), [.comma, .exclamation, .question].contains(after) { return true }
        if !strict, text.startsSentence(index), startsClause(after: last),
           !WordNames.verbs.contains(text.key(index)) {
            return true
        }
        if !strict, !text.punctuated, index > 0, Discourse.clauseFinal.contains(text.key(index - 1)),
           after == .end || (startsClause(after: last) && !modalBeforeVerb(last)) {
            return true
        }
        if !strict, !text.punctuated, after == .end, closingWishBefore(index) { return true }
        if before == .comma, after.setsOff { return true }
        if index == 0, last == text.tokens.count - 1 { return true }
        return identityQuestion
    }
}
