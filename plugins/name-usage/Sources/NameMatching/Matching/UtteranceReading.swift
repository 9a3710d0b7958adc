/// What one agent utterance says about the customer's name: the uses accepted, and the
/// names it shows belong to someone else.
struct UtteranceReading: Sendable {
    /// Accepted uses, in order.
    var uses: [NameUse] = []
    /// Identities of names the utterance gives to someone else ("young Tom").
    var others: [String] = []
    /// Identities of names the utterance presents as a third person who is there ("And this
    /// must be Bella!"): later words to that name speak to them, not to the customer.
    var presented: [String] = []

    /// True when the utterance puts the listener on hold ("Please hold.").
    var putsOnHold = false
    /// The utterance's tokens.
    let text: TokenizedText

    /// Reads an agent utterance.
    init(_ raw: String, customer: PreparedCustomer) {
        let text = Tokenizer.tokenize(raw)
        self.text = text
        putsOnHold = HoldReading.putsOnHold(text)
        if let cjk = customer.cjk, cjk.hangul ? text.hasHangul : text.hasHan {
            uses.append(contentsOf: CJKFinder(text: text, name: cjk, customer: customer).uses())
        }
        guard !customer.entries.isEmpty else { return }
        for occurrence in OccurrenceFinder(text: text, customer: customer).occurrences() {
            let judge = OccurrenceJudge(text: text, customer: customer, occurrence: occurrence)
            switch judge.verdict() {
            case .accept:
                uses.append(NameUse(form: text.span(occurrence.start, occurrence.end),
                                    identity: occurrence.identity, question: judge.isQuestion,
                                    vocative: judge.isVocative))
            case .otherPerson:
                others.append(occurrence.identity)
                if judge.presentsSomeoneThere { presented.append(occurrence.identity) }
            case .reject:
                break
            }
        }
    }
}
