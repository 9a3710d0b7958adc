/// One accepted use of the customer's name in an utterance.
struct NameUse: Sendable {
    /// The form as heard, title, honorific and possessive included.
    var form: String
    /// Which name it is (keys and title gender), to withdraw it if it turns out to be someone else's.
    var identity: String
    /// True when the name was asked about ("Is that Alice?"), so the reply can withdraw it.
    var question: Bool
    /// True when the name addressed the listener as a vocative ("Thanks, Tom", "hi tom"), so
    /// another person of the same name mentioned elsewhere does not withdraw it.
    var vocative: Bool = false
}
