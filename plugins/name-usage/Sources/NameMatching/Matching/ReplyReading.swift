/// Reads the customer's reply to a question about a name: a denial ("No, ...") or a reply
/// about someone else ("No, she's my daughter", "it's my husband's") shows the name was
/// not the customer's; "that's me", "speaking", "it's mine" confirm it.
enum ReplyReading {
    private static let confirmations = WordList.keys("me myself mine speaking moi ich yo я")
    private static let denials = WordList.keys("no nope nah nein non não nie нет hayır לא لا")
    private static let softeners = WordList.keys("problem worries bother thanks thank way rush need idea")
    private static let thirdPersons = WordList.keys("she he her him his shes hes sie er elle il ella él")

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
}
