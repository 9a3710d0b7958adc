/// The judgement on one occurrence of the customer's name.
enum Verdict: Sendable, Equatable {
    /// The agent addressed or referred to the customer by name.
    case accept
    /// Not the customer's name here: an ordinary word, a place or brand, the agent's own
    /// name, an address read back, a title that fits someone else.
    case reject
    /// The name of someone else who shares it ("young Tom", "my colleague Priya"); other
    /// uses of the same name in the interaction are taken to mean that person too.
    case otherPerson
}
