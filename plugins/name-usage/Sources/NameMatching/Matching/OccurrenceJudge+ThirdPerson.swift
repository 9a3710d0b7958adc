/// A name used for a third person, read from the grammar of its clause: the clause also speaks
/// to the listener, a third-person auxiliary or verb agrees with it, a staff role names it, a
/// third person is presented under it.
extension OccurrenceJudge {
    /// "And this must be Bella!", "that must be Tom": a statement (not a question) pointing at a
    /// third person who is there (a child, a pet, a companion); the listener would be "you must be".
    var presentsSomeoneThere: Bool {
        guard text.phrase(Self.presentationFrames, endsBefore: occurrence.start) else { return false }
        return text.tokens[text.sentenceEnd(from: occurrence.end)].after != .question
    }

    private static let presentationFrames = WordList.phrases("""
        this must be, that must be, this will be, this little one must be, ce doit être, esto debe ser,
        das muss sein
        """)

    /// Words after "is X" that describe someone else's state or plans.
    static let stateAfterIs = WordList.keys("""
        with coming going joining ok okay alright still allergic feeling better staying bringing
        collecting driving picking meeting working
        """)

    static let subordinators = WordList.keys("if when unless once until till before after whether")

    static let whoFrames = WordList.phrases("whos, who is, who was")

    /// "our driver David", "the engineer, David, will...": a staff role with a determiner (or
    /// set off by commas after it) names who David is, a member of staff.
    var staffRoleBefore: Bool {
        let start = occurrence.start
        guard start >= 2 else { return false }
        let role = start - 1
        guard Cues.staffRoles.contains(text.key(role)) else { return false }
        let boundary = text.tokens[role].after
        guard text.tokens[role - 1].after.joins, Self.roleDeterminers.contains(text.key(role - 1)) else { return false }
        if boundary.joins { return true }
        return boundary == .comma && text.tokens[occurrence.end].after == .comma
    }

    /// Pronouns for the listener; "you" after thank/see/meet is part of a formula.
    private static let listenerPronouns = WordList.keys("you your yourself youre youve youll youd")
    private static let formulaVerbs = WordList.keys("thank see meet bless love")
    private static let thirdPronouns = WordList.keys("he she him her his hes shes hed shed hell shell")
    /// Words before a name that make it the listener's own name or a reading of it: "you must
    /// be David", "call you David", "down as David", "did you say David".
    private static let predicateHeads = WordList.keys("be are am as you say said called named")

    /// In punctuated text, an untitled single name inside a clause (not set off as a vocative)
    /// whose clause also speaks to the listener as someone else ("David said you'd be in",
    /// "You spoke to David", "Is Lucy with you?") or refers back to the name with he or she
    /// ("David will be delighted, he loves that car"): a third person.
    var thirdPersonInClause: Bool {
        guard text.punctuated, text.cased, !occurrence.titled, occurrence.nameTokens == 1 else { return false }
        let start = occurrence.start, end = occurrence.end
        let joinedBefore = start > 0 && text.tokens[start - 1].after.joins
        let joinedAfter = text.tokens[end].after.joins
        guard joinedBefore || joinedAfter else { return false }
        if greetingBefore(start) || inIdentityFrame { return false }
        if text.phrase(Discourse.presentingFrames, endsBefore: start) { return false }
        if joinedBefore {
            let previous = text.key(start - 1)
            if Self.predicateHeads.contains(previous) || Grammar.determiners.contains(previous) { return false }
            // "Right then Bill,", "There you go Sophie.": a closing word, then the name set off.
            if text.tokens[end].after.setsOff,
               Discourse.clauseFinal.contains(previous) || Discourse.markers.contains(previous) {
                return false
            }
        }
        // Spoken to a colleague named at the start ("Tayo, Bola's here for you", "Hi Dev,
        // ..."): "you" is the colleague, and the name may be the customer introduced to them.
        if addressesColleagueFirst || addressesColleagueInSentence { return false }
        let sentenceStart = text.sentenceStart(from: start), sentenceEnd = text.sentenceEnd(from: end)
        // The clause: from the last comma or clause break before the name to the next after it.
        var clauseStart = start
        while clauseStart > sentenceStart, !text.tokens[clauseStart - 1].after.setsOff { clauseStart -= 1 }
        var clauseEnd = end
        while clauseEnd < sentenceEnd, !text.tokens[clauseEnd].after.setsOff { clauseEnd += 1 }
        var thirdPerson = false
        for index in sentenceStart...sentenceEnd where index < start || index > end {
            let key = text.key(index)
            if Self.listenerPronouns.contains(key), index >= clauseStart, index <= clauseEnd {
                if index > 0, Self.formulaVerbs.contains(text.key(index - 1)) { continue }
                // "..., is that you?": asking whether the name is the listener's.
                if index > 1, text.key(index - 2) == "is", ["that", "it", "this"].contains(text.key(index - 1)) { continue }
                return true
            }
            if index > end, Self.thirdPronouns.contains(key) { thirdPerson = true }
        }
        return thirdPerson && text.startsSentence(start)
    }

    /// Another name set off by commas inside the sentence ("Ingrid's key is on the side, Tom,
    /// can you sort her luggage?"): a colleague called in passing, so "you" is them.
    private var addressesColleagueInSentence: Bool {
        let sentenceStart = text.sentenceStart(from: occurrence.start)
        let sentenceEnd = text.sentenceEnd(from: occurrence.end)
        guard sentenceStart < sentenceEnd else { return false }
        for index in sentenceStart...sentenceEnd where index < occurrence.start || index > occurrence.end {
            guard index > sentenceStart, text.tokens[index - 1].after == .comma,
                  text.tokens[index].after == .comma || text.tokens[index].after.setsOff else { continue }
            let token = text.tokens[index]
            if token.script == .cased, token.capitalized, !token.allCaps, !customer.isCustomerKey(token.key),
               !Discourse.greetings.contains(token.key), !Discourse.markers.contains(token.key),
               Titles.prefix[token.key] == nil, WordNames.wordClass(of: token.key) == .name {
                return true
            }
        }
        return false
    }

    /// The utterance opens by calling someone other than the customer by name, set off by a
    /// comma ("Tayo, ...", "Hi Dev, ...").
    private var addressesColleagueFirst: Bool {
        var index = 0
        if text.tokens.count > 2, Discourse.greetings.contains(text.key(0)), text.tokens[0].after.joins { index = 1 }
        guard index < occurrence.start, text.tokens[index].after == .comma else { return false }
        let token = text.tokens[index]
        return token.script == .cased && token.capitalized && !customer.isCustomerKey(token.key)
            && !Discourse.greetings.contains(token.key) && !Discourse.markers.contains(token.key)
            && Titles.prefix[token.key] == nil
    }
}
