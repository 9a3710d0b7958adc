/// Reads the customer's reply to a question about a name: a denial ("No, ...") or a reply
/// about someone else ("No, she's my daughter", "it's my husband's") shows the name was
/// not the customer's; "that's me", "speaking", "it's mine" confirm it.
enum ReplyReading {
    private static let confirmations = WordList.keys("me myself mine speaking moi ich yo я")
    private static let denials = WordList.keys("no nope nah nein non não nie нет hayır לא لا")
    private static let softeners = WordList.keys("problem worries bother thanks thank way rush need idea")
    private static let thirdPersons = WordList.keys("she he her him his shes hes sie er elle il ella él")

    private static let replyOpeners = WordList.keys("no its it is actually sorry um er erm oh its its")
    private static let assents = WordList.keys("yes yeah yep yup aye si sí ja oui sim tak да evet")

    /// True when the reply corrects the name asked about with another part of the customer's
    /// own name and without assent ("Mr Costa?" - "Pappas."; "Mrs Harrison?" - "Harris."): the
    /// agent had the name wrong. `identity` is the asked use's identity.
    static func corrects(_ raw: String, identity: String, customer: PreparedCustomer) -> Bool {
        let words = Array(Tokenizer.tokenize(raw).tokens.prefix(8))
        let asked = Set(identity.split(separator: "|").first.map { $0.split(separator: " ").map(String.init) } ?? [])
        guard !asked.isEmpty, !words.contains(where: { assents.contains($0.key) || confirmations.contains($0.key) }),
              !words.contains(where: { asked.contains($0.key) }),
              let first = words.first(where: { !replyOpeners.contains($0.key) }) else { return false }
        return customer.isCustomerKey(first.key)
    }

    /// True when the reply spells a letter out of the name asked about ("Jon, no H.", "Without
    /// the h", "with one n", "double L") and the asked name is not spelled exactly as the
    /// customer's own: the agent had a different spelling, a wrong name (rule 5).
    static func correctsSpelling(_ raw: String, identity: String, customer: PreparedCustomer) -> Bool {
        let words = Array(Tokenizer.tokenize(raw).tokens.prefix(10))
        let spells = words.indices.contains { index in
            guard index > 0, words[index].script == .cased, words[index].key.count == 1,
                  !["a", "i", "o"].contains(words[index].key) || index + 1 == words.count else { return false }
            let previous = words[index - 1].key
            if spellingCues.contains(previous) { return true }
            return index > 1 && ["the", "an", "a"].contains(previous) && ["without", "with"].contains(words[index - 2].key)
        }
        guard spells, let keys = identity.split(separator: "|").first?.split(separator: " ") else { return false }
        var own = Set(Tokenizer.tokenize(customer.customer.fullName).tokens.map(\.key))
        if let preferred = customer.customer.preferred { own.formUnion(Tokenizer.tokenize(preferred).tokens.map(\.key)) }
        return !keys.allSatisfy { own.contains(String($0)) }
    }

    private static let spellingCues = WordList.keys("no without one double single two")

    /// True when the reply shows the name asked about is someone else's.
    static func pointsElsewhere(_ raw: String) -> Bool {
        let tokens = Tokenizer.tokenize(raw).tokens.prefix(12)
        let words = Array(tokens)
        if words.contains(where: { confirmations.contains($0.key) }) { return false }
        if let first = words.first, denials.contains(first.key),
           !(words.count > 1 && softeners.contains(words[1].key)) {
            return true
        }
        for (index, word) in words.enumerated() {
            if thirdPersons.contains(word.key) { return true }
            if word.key == "my", index + 1 < words.count, Cues.otherPerson.contains(words[index + 1].key) { return true }
        }
        return false
    }

    private static let owners = WordList.keys("my ma mon mes mi mis mein meine meinem meiner mia mio minha meu мой моя моего моей moja mój")
    private static let copulas = WordList.keys("is s es est ist è é это")
    private static let sameAs = WordList.phrases("""
        same as me, same as mine, same name as me, same name as mine, same name, named after me,
        named after his father, named after her mother, after his dad, after her mum, like me,
        comme moi, como yo, wie ich
        """)

    /// Names the customer gives to someone of their own ("my daughter Marie", "Natasha is my
    /// sister", "Thabo Nkosi, same as mine"): the identities of those name parts, each part
    /// alone and all together, so the agent's mentions of them (not vocatives) mean that person.
    static func namesakes(in raw: String, customer: PreparedCustomer) -> [String] {
        let text = Tokenizer.tokenize(raw)
        guard !customer.entries.isEmpty else { return [] }
        let shared = text.tokens.indices.contains { text.phrase(sameAs, startsAt: $0) }
        var result: [String] = []
        for occurrence in OccurrenceFinder(text: text, customer: customer).occurrences() {
            if shared || relationBefore(occurrence, in: text) || relationAfter(occurrence, in: text)
                || describedThirdPerson(occurrence, in: text) {
                result.append(occurrence.identity)
                if occurrence.keys.count > 1 { result.append(contentsOf: occurrence.keys.map { $0 + "|-" }) }
                // The namesake goes by the name's nicknames too ("he's Robert too" - "Bob's tablets").
                for key in occurrence.keys {
                    for nickname in customer.nicknames.equivalents(of: key) {
                        let keys = Tokenizer.tokenize(nickname).tokens.map(\.key)
                        if keys.count == 1, let nicknameKey = keys.first { result.append(nicknameKey + "|-") }
                    }
                }
            }
        }
        return result
    }

    private static let thirdPersonCopulas = WordList.phrases("he, she, he is, she is, he was, she was, hes, shes")

    /// "he's Robert Lindgren too", "she's Maria as well": the customer gives the name to a
    /// third person they speak of ("he's" reads as "he" with an 's).
    private static func describedThirdPerson(_ occurrence: Occurrence, in text: TokenizedText) -> Bool {
        text.phrase(thirdPersonCopulas, endsBefore: occurrence.start)
    }

    /// "my daughter Marie", "my son, Daniel", "ma fille Marie", "mein Sohn Tom".
    private static func relationBefore(_ occurrence: Occurrence, in text: TokenizedText) -> Bool {
        let start = occurrence.start
        guard start >= 2, text.tokens[start - 1].after.joins || text.tokens[start - 1].after == .comma,
              Cues.otherPerson.contains(text.key(start - 1)), text.tokens[start - 2].after.joins else { return false }
        return owners.contains(text.key(start - 2))
    }

    /// "Natasha is my sister", "Marie est ma fille", "Tom's my son".
    private static func relationAfter(_ occurrence: Occurrence, in text: TokenizedText) -> Bool {
        var index = occurrence.end + 1
        if !text.tokens[occurrence.end].possessive {
            guard let copula = text.joinedAfter(occurrence.end), copulas.contains(copula.key) else { return false }
            index += 1
        }
        guard index + 1 < text.tokens.count, text.tokens[index - 1].after.joins, owners.contains(text.key(index)),
              text.tokens[index].after.joins else { return false }
        return Cues.otherPerson.contains(text.key(index + 1))
    }
}
