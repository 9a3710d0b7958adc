/// Contexts that make a name someone else's: a relation or role, a verb that acts on someone
/// else, an apposition, a relative clause, a team, a whereabouts.
extension OccurrenceJudge {
    static let possessives = WordList.keys("your my his her our their")
    static let holidays = WordList.keys("birthday christmas xmas easter year eid diwali anniversary")
    static let wishes = WordList.keys("happy merry new blessed joyful")
    private static let speakVerbs = WordList.keys("speak talk chat speaking talking chatting")
    private static let handOver = WordList.keys("through over you")
    private static let absentStates = WordList.keys("busy off away out unavailable")
    static let placePrepositions = WordList.keys("""
        in at from near until till via into towards toward around inside outside im zum zur
        dans nel nella em w we в во في
        """)

    /// Another person who shares the name: a relation or role right before it ("your son
    /// Tom", "young Tom", "my colleague Priya"), "Tom junior", "ask/tell Mark", "let Mark
    /// know", "speak to Mark" (not a question), "leave you with Omar", "put you through to
    /// Mark", "Is Mr Brown there?", "Mark is off", "Nina will come and find you", "Mark
    /// from accounts".
    var namesSomeoneElse: Bool {
        let start = occurrence.start, end = occurrence.end
        let previous = text.joinedBefore(start)
        let next = text.joinedAfter(end)
        if let previous, Cues.otherPerson.contains(previous.key) { return true }
        // "the other Mr Cooper", "another Tom": a second person of the name, not the listener.
        if let previous, previous.key == "other" || previous.key == "another" { return true }
        if presentsSomeoneThere || staffRoleBefore || thirdPersonInClause { return true }
        if let previous, Cues.thirdPersonAuxiliaries.contains(previous.key) { return true }
        // "If Sophie rings", "when David arrives": a third-person verb in -s after a
        // subordinator; the listener would be "if you ring".
        if !occurrence.titled, let previous, Self.subordinators.contains(previous.key), let next,
           next.key.count > 3, next.key.hasSuffix("s"), !next.key.hasSuffix("ss"), !next.possessive,
           text.tokens[end].after.joins {
            return true
        }
        // "Who's David?": one does not ask the listener who they are.
        if text.phrase(Self.whoFrames, endsBefore: start) { return true }
        // "Sophie and I will sort it", "Tom and me": the speaker's companion.
        if let next, next.key == "and", let other = text.joinedAfter(end + 1), ["i", "me", "myself"].contains(other.key) {
            return true
        }

        if let titleStart = occurrence.titleStart, Cues.otherPerson.contains(text.key(titleStart)),
           let owner = text.joinedBefore(titleStart), Self.possessives.contains(owner.key) {
            return true
        }
        // "la señora López", "il signor Rossi", "der Herr Weber": a definite article before the
        // title speaks of the person (a vocative has none), unless asked "¿es usted la señora López?".
        if let titleStart = occurrence.titleStart, let article = text.joinedBefore(titleStart),
           Self.titleArticles.contains(article.key), !text.phrase(Discourse.identityFrames, endsBefore: titleStart - 1) {
            return true
        }
        // "our Mr Singh", "my Dr Patel": a titled name owned by the speaker's side is a
        // colleague or the speaker's own contact, never the listener.
        if let titleStart = occurrence.titleStart, let owner = text.joinedBefore(titleStart),
           ["our", "my"].contains(owner.key) {
            return true
        }
        if let next, Cues.otherPersonAfter.contains(next.key) { return true }
        if let previous {
            if !occurrence.titled, Cues.otherPersonVerbs.contains(previous.key) {
                return previous.key != "let" || next?.key == "know"
            }
            let before = text.joinedBefore(start - 1)
            let speaking = before.map { Self.speakVerbs.contains($0.key) } ?? false
            if previous.key == "with", !speaking { return true }
            if previous.key == "for", before?.key == "ask" { return true }
            if previous.key == "to", speaking, !asksForListener { return true }
            if previous.key == "to", let before, Self.handOver.contains(before.key) { return true }
            if previous.key == "is", !inIdentityFrame, let next, Cues.absence.contains(next.key) { return true }
        }
        if let next, next.key == "is", let state = text.joinedAfter(end + 1), Self.absentStates.contains(state.key) {
            return true
        }
        if occurrence.possessive, let next, isAbsentState(next, at: end + 1) { return true }
        if appositiveRelation || appositiveRole { return true }
        // "Mark from accounts", "Mr Brown from the bank", "Pan Nowak z działu kredytów",
        // "Klaus aus der Buchhaltung", "Pierre de la comptabilité".
        if let next, Self.fromWords.contains(next.key) || next.key == "de", var team = text.joinedAfter(end + 1) {
            var position = end + 2
            while Grammar.determiners.contains(team.key) || team.key == "l", let following = text.joinedAfter(position),
                  position < end + 4 {
                team = following
                position += 1
            }
            if Cues.teams.contains(team.key) || Cues.departments.contains(team.key) { return true }
        }
        // "Is David with you?", "is Tom coming too": the listener would be "are you".
        if !occurrence.titled, occurrence.nameTokens == 1, let previous, previous.key == "is", !inIdentityFrame,
           let next, Self.stateAfterIs.contains(next.key) {
            return true
        }
        // A firm: "Byrne and Sons", "Patel and Partners".
        if let next, next.key == "and", let firm = text.joinedAfter(end + 1), Self.firmWords.contains(firm.key) {
            return true
        }
        if !occurrence.titled, relativeClauseAfter { return true }
        if contrastedWithListener { return true }
        if !occurrence.titled, let next {
            if Cues.thirdPersonVerbs.contains(next.key), actsOnListener(from: end + 2), !asksListenerAfter(end) {
                return true
            }
            if Self.fromWords.contains(next.key), let team = text.joinedAfter(end + 1),
               team.capitalized && text.cased && !Cues.teams.contains(team.key) {
                return true
            }
            if Cues.departmentPrepositions.contains(next.key), let team = text.joinedAfter(end + 1) {
                if Cues.departments.contains(team.key) { return true }
                if Grammar.determiners.contains(team.key), let place = text.joinedAfter(end + 2),
                   Cues.departments.contains(place.key) {
                    return true
                }
            }
        }
        // A titled name as the subject of a statement about the listener ("Dr Weber will see
        // you now"); not a question to them ("Mrs Okafor, will you sign here?", "mr khan can you").
        if occurrence.titled, let next, text.tokens[end].after.joins, Cues.thirdPersonVerbs.contains(next.key),
           let object = text.joinedAfter(end + 1), !["you", "your", "u", "ya"].contains(object.key),
           text.tokens[end + 1].after.joins, actsOnListener(from: end + 3) {
            return true
        }
        return false
    }

    /// "from" before a team: "Mark from accounts", "Анна из бухгалтерии", "Jean de la comptabilité".
    private static let fromWords = WordList.keys("from из от von aus z ze")

    /// "X and Sons", "X and Partners": a firm's name.
    private static let firmWords = WordList.keys("sons son daughters co company partners associates brothers")

    /// Definite articles that, before a title, make a third-person mention in Spanish, Italian
    /// and German (not Portuguese, where "o senhor" is the polite "you").
    private static let titleArticles = WordList.keys("el la il lo der die dem den al del della alla")

    private static let absentOn = WordList.keys("lunch break holiday leave annual")

    /// Words that follow the "'s" of "is" or "has" and never a possessive's noun: adverbs and
    /// participles of a statement about the person ("John's just gone", "Mark's still with a
    /// customer", "Priya's been told", "Tom's not in").
    private static let contractionFollowers = WordList.keys("""
        just still already not never always gone been got going coming back usually normally
        probably definitely also only the a an
        """)

    /// "John's off today", "Mark's away", "Priya's on lunch", "John's on his break", "Tom's
    /// just popped out": the name's "'s" is "is" or "has" - a preposition or an adverb follows
    /// it, which a possessive (followed by its noun) never has - so this is a statement about
    /// someone, said to the listener.
    private func isAbsentState(_ token: Token, at index: Int) -> Bool {
        guard text.tokens[occurrence.end].after.joins else { return false }
        if Self.absentStates.contains(token.key) { return true }
        if Self.contractionFollowers.contains(token.key) { return true }
        if token.key == "on", var what = text.joinedAfter(index) {
            if Self.possessives.contains(what.key), let after = text.joinedAfter(index + 1) { what = after }
            if Self.absentOn.contains(what.key) { return true }
        }
        let apostrophe = text.tokens[occurrence.end].possessive
        return (text.punctuated || apostrophe) && occurrence.possessive && Self.whereabouts.contains(token.key)
    }

    /// Prepositions of whereabouts after "X's" (= "X is"): "John's on his break", "Mark's with a
    /// customer", "Priya's at the other branch", "Tom's upstairs".
    private static let whereabouts = WordList.keys("""
        on in at with off out away over up down upstairs downstairs outside inside around
        """)

    static let roleDeterminers = WordList.keys("our my the his her their")

    /// "I'll pass this to Helen, our manager." / "Helen, the duty manager, will call": set off
    /// by a comma after the name, a role or relation introduced by a determiner that is not
    /// the listener's names who Helen is, so she is not the listener. The apposition must be
    /// closed (a comma or the end of the sentence), so "Helen, our manager will see you now"
    /// (a vocative and then a statement) is not read this way.
    private var appositiveRole: Bool {
        let end = occurrence.end
        guard text.punctuated, text.tokens[end].after == .comma, end + 2 < text.tokens.count,
              Self.roleDeterminers.contains(text.key(end + 1)), text.tokens[end + 1].after.joins else { return false }
        var position = end + 2
        while position < min(end + 5, text.tokens.count) {
            let boundary = text.tokens[position].after
            if Cues.otherPerson.contains(text.key(position)) || Cues.roles.contains(text.key(position)) {
                return boundary == .comma || boundary.endsSentence || boundary == .end
            }
            if !boundary.joins { return false }
            position += 1
        }
        return false
    }

    /// "Emma who works nights said...", "Tom, who you met last week, ...": a relative clause on
    /// the name describes a person to the listener, who is someone else; not in a question
    /// ("Tom, who would you like to see?").
    private var relativeClauseAfter: Bool {
        let end = occurrence.end
        guard end + 1 < text.tokens.count, text.tokens[end].after.joins || text.tokens[end].after == .comma,
              Self.relativePronouns.contains(text.key(end + 1)) else {
            return false
        }
        // Outside English the pronoun is also an exclamation or a question word ("Inês, que
        // bom!", "Marie, qui est là ?"): only a restrictive clause, with no comma, counts there.
        if !["who", "whose"].contains(text.key(end + 1)), !text.tokens[end].after.joins { return false }
        // "hola paco que tal", "ciao Marco che bello": a fixed greeting or exclamation, not a clause.
        if let following = text.joinedAfter(end + 1), Self.exclamationHeads.contains(following.key) { return false }
        let close = text.tokens[text.sentenceEnd(from: occurrence.end)].after
        return close != .question && close != .exclamation
    }

    /// Words after que/qui/che that make a greeting or an exclamation ("que tal", "que bom",
    /// "qué gusto", "che bello", "quelle surprise"), not a relative clause.
    private static let exclamationHeads = WordList.keys("""
        tal bom boa bueno buena bien gusto placer alegria alegría bello bella bom bonito bonita
        sorpresa surpresa piacere gioia
        """)

    /// Relative pronouns for people: "Emma who works nights", "o Gabriel que trabalha aqui",
    /// "Marie qui travaille", "Anna, która pracuje", "Анна, которая".
    private static let relativePronouns = WordList.keys("""
        who whose que qui che quien quienes który która który którzy która которая который
        которые
        """)

    /// "Is that Daniel's account or yours?", "for David or for you": the name is set against the
    /// listener ("or you", "or yours" later in the sentence), so it is someone else's.
    private var contrastedWithListener: Bool {
        var position = occurrence.end + 1
        let sentenceEnd = text.sentenceEnd(from: occurrence.end)
        while position < min(sentenceEnd, occurrence.end + 8) {
            if text.key(position) == "or", text.tokens[position].after.joins {
                var look = position + 1
                if look <= sentenceEnd, ["for", "to", "with", "from"].contains(text.key(look)), look < sentenceEnd {
                    look += 1
                }
                if look <= sentenceEnd, ["you", "yours", "yourself"].contains(text.key(look)) { return true }
            }
            position += 1
        }
        return false
    }

    /// "Maria, your sister, dropped this off": set off by commas after the name, a relation
    /// of the listener's names who Maria is, so she is not the listener (in punctuated text;
    /// "Maria, your sister is here" speaks to Maria).
    private var appositiveRelation: Bool {
        let end = occurrence.end
        guard text.punctuated, text.tokens[end].after == .comma, end + 2 < text.tokens.count,
              Self.possessives.contains(text.key(end + 1)), text.tokens[end + 1].after.joins,
              Cues.otherPerson.contains(text.key(end + 2)) else { return false }
        return text.tokens[end + 2].after == .comma
    }

    private static let requestOpeners = WordList.keys("can could may might am is hi hello hiya morning please")

    /// "Can I speak to Mrs Bennett, please?": asking for the person on the line, who is the
    /// customer when they answer; not "you'll need to speak to Mark".
    private var asksForListener: Bool {
        let sentenceEnd = text.sentenceEnd(from: occurrence.end)
        if text.tokens[sentenceEnd].after == .question { return true }
        let opener = text.key(text.sentenceStart(from: occurrence.start))
        return !text.punctuated && Self.requestOpeners.contains(opener)
    }

    /// True when "you" or "your" follows within a few words in the same sentence.
    private func actsOnListener(from index: Int) -> Bool {
        var position = index
        while position < min(index + 6, text.tokens.count) {
            if ["you", "your", "youd", "youll", "youre", "youve"].contains(text.key(position)) { return true }
            if text.tokens[position].after.endsSentence { return false }
            position += 1
        }
        return false
    }


}
