/// Decides whether an agent addressed or referred to the customer by name.
///
/// Only the agent's words count: not the customer saying their own name, not the agent
/// introducing themself, not another person with the same name, not a wrong name. Spellings
/// compare after Unicode normalisation, case and accent folding (ł = l, ø = o), German
/// transliteration (ü = ue, ß = ss), curly = straight apostrophe and hyphen = space. Forms that
/// count: given, preferred or nickname; title + family or given name; family name alone; full
/// name; possessive; honorifics and other scripts (`Tanaka-san`, `田中様`, `김민준 씨`, `王女士`).
/// A name that is also a word, place or brand counts only in a name slot. No I/O.
///
/// Use ``check(customer:agentName:utterances:)`` for a whole interaction, or
/// ``prepare(customer:agentName:)`` once and a ``NameUsageTracker`` fed utterance by utterance.
public struct NameMatcher: Sendable {
    /// The nicknames used.
    public let nicknames: NicknameTable

    /// Creates a matcher with a nickname table (the shipped one by default).
    public init(nicknames: NicknameTable = .default) {
        self.nicknames = nicknames
    }

    /// Prepares a customer's and agent's names for an interaction: every spelling of every
    /// part, folded, once.
    public func prepare(customer: CustomerName, agentName: String) -> PreparedCustomer {
        PreparedCustomer(customer: customer, agentName: agentName, nicknames: nicknames)
    }

    /// A tracker for one interaction, to feed utterance by utterance.
    public func tracker(customer: CustomerName, agentName: String) -> NameUsageTracker {
        NameUsageTracker(customer: prepare(customer: customer, agentName: agentName))
    }

    /// Checks a whole interaction.
    public func check(customer: CustomerName, agentName: String, utterances: [Utterance]) -> NameCheck {
        var tracker = tracker(customer: customer, agentName: agentName)
        for utterance in utterances { tracker.observe(utterance) }
        return tracker.result
    }

    /// The name forms one agent utterance uses, judged on that utterance alone (no reply to
    /// read, no earlier turn to remember). The tracker is the one to use for a whole interaction.
    public func forms(in agentUtterance: String, customer: PreparedCustomer) -> [String] {
        let reading = UtteranceReading(agentUtterance, customer: customer)
        var forms: [String] = []
        for use in reading.uses
        where use.vocative || !reading.others.contains(where: { NameUsageTracker.same(use.identity, $0) }) {
            if !forms.contains(use.form) { forms.append(use.form) }
        }
        return forms
    }
}
