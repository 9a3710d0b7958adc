/// Reads a phone transfer: the agent putting the customer on hold, and then speaking to a
/// colleague (out of the customer's hearing) before the customer speaks again.
enum HoldReading {
    private static let holdPhrases = WordList.phrases("""
        please hold, hold please, hold on, hold the line, on hold, bear with me, one moment while i transfer,
        ill transfer you, ill put you through, putting you through
        """)

    private static let holdWords = WordList.keys("hold bear transfer through")

    /// True when the agent puts the listener on hold ("Please hold.", "I'll put you on hold").
    static func putsOnHold(_ text: TokenizedText) -> Bool {
        // A length test first, so most tokens are never hashed: hold, bear, through, transfer.
        guard text.tokens.contains(where: { token in
            let length = token.key.utf8.count
            return (length == 4 || length == 7 || length == 8) && holdWords.contains(token.key)
        }) else { return false }
        return text.tokens.indices.contains { text.phrase(holdPhrases, startsAt: $0) }
    }

    /// True when the utterance opens by greeting someone by a name that is not the customer's
    /// ("Hi Dev, I've got Mr Hussain on the line for you"): spoken to a colleague.
    static func addressesSomeoneElse(_ text: TokenizedText, customer: PreparedCustomer) -> Bool {
        let tokens = text.tokens
        guard tokens.count >= 2, Discourse.greetings.contains(tokens[0].key), tokens[0].after.joins else { return false }
        let name = tokens[1]
        guard !customer.isCustomerKey(name.key), Titles.prefix[name.key] == nil else { return false }
        if name.script == .cased, name.capitalized { return name.after.setsOff }
        return customer.nicknames.containsFolded(name.key)
    }
}
